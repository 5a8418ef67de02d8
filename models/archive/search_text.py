"""The denormalised search column: name, code, phones, contact names/phones and pinyin.

Computed when a customer or its contacts are written, never when searching. Holds no
sensitive personal field, so search cannot leak one. Every writer (forms, contacts, demo
data, the importer) goes through `build` / `build_from`, so the column means the same
everywhere.

The index (issue #13, schema step 9) holds every 1-, 2- and 3-character gram of each part
of the column (a part is one name, phone, code …; grams never span two parts), so 1- and
2-character Chinese queries are served as well as longer ones (FTS5's trigram tokenizer and
pg_trgm need 3 characters). A query of up to 3 characters is one gram and the index answers
it exactly; a longer one looks up its trigrams and each candidate is verified against the
column:
  * SQLite: the contentless FTS5 table `customer_search` (detail=none: document lists only,
    ~2 bytes a posting) holding each customer's grams, hex-coded so no tokenizer rule
    can split or fold one; its vocabulary table gives each gram's document count;
  * PostgreSQL: a GIN expression index on `search_grams(search_text)` (a SQL function of the
    column), so PostgreSQL keeps it right by itself; pg_stats gives the common grams.
`store` and `index_new` are the only writers of the column and keep the SQLite index in the
same transaction; nothing else writes `search_text`. The name's pinyin sort key
(`name_sort`, models/foundation/name_order.py) is written beside it by the same two paths:
`store` for a card already written, `derived_columns` for new rows.

Pinyin is exactly what `pypinyin.lazy_pinyin` gives for the whole name (phrases decide
polyphones: 重庆 → chongqing, 银行 → yinhang), but computed per segment: pypinyin splits a
name into Han/non-Han runs and dictionary words (`pypinyin.seg.simpleseg.seg`) and converts
each segment on its own, so caching the conversion per segment gives the same result about
ten times faster (company names share words: 有限公司, 科技, 贸易).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from models.foundation import name_order
from models.foundation.db import database, is_postgres
from models.foundation.validation import narrow

_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=65536)
def _segment_forms(segment: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin  # ~300 ms of dictionaries: only where a name is written

    full = "".join(lazy_pinyin(segment, errors="default"))
    initials = "".join(lazy_pinyin(segment, style=Style.FIRST_LETTER, errors="default"))
    return full, initials


@lru_cache(maxsize=131072)
def pinyin_forms(name: str) -> tuple[str, str]:
    """('zhangsan', 'zs') for 张三; non-Chinese characters pass through."""
    full, initials = [], []
    for segment in name_order.segments(name):
        f, i = _segment_forms(segment)
        full.append(f)
        initials.append(i)
    return "".join(full).lower().replace(" ", ""), "".join(initials).lower().replace(" ", "")


def _compose(code: str, name: str, phone: str, fax: str, email: str,
             contacts: Iterable[tuple[str, str, str, str]], credit_code: str = "") -> str:
    parts = [code, name, phone, fax, email]
    parts.extend(pinyin_forms(name))
    digit_forms = [phone, fax]
    for c_name, c_phone, c_mobile, c_email in contacts:
        parts.extend([c_name, c_phone, c_mobile, c_email])
        parts.extend(pinyin_forms(c_name))
        digit_forms.extend([c_phone, c_mobile])
    parts.extend(_DIGITS.sub("", p) for p in digit_forms if p)
    parts.append(credit_code)   # 统一社会信用代码 (issue 16), last: schema step 9 appended it so
    return "\x1f".join(narrow(p).lower() for p in parts if p)


def build(customer: Any, contacts: Iterable[Any]) -> str:
    """The search text of a customer object and its contact objects (attribute access)."""
    return _compose(customer.code, customer.name, customer.phone, customer.fax, customer.email,
                    ((c.name, c.phone, c.mobile, c.email) for c in contacts),
                    getattr(customer, "credit_code", "") or "")


def build_from(row: Mapping[str, Any], contacts: Iterable[Mapping[str, Any]]) -> str:
    """`build` for plain dicts (bulk writers such as the importer)."""
    return _compose(row["code"], row["name"], row["phone"], row["fax"], row["email"],
                    ((c["name"], c["phone"], c["mobile"], c["email"]) for c in contacts),
                    row.get("credit_code") or "")


def derived_columns(row: Mapping[str, Any], contacts: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The columns computed from a new card's fields (bulk writers: forms, imports, demo
    data): the search column and the name's sort key."""
    return {"search_text": build_from(row, contacts), "name_sort": name_order.key(row["name"])}


def normalise_query(text: str) -> str:
    """Lower-case NFKC; a phone-looking query loses its spaces and dashes."""
    q = narrow(text).lower()
    if q and re.fullmatch(r"[0-9+\-() ]+", q) and sum(ch.isdigit() for ch in q) >= 3:
        q = _DIGITS.sub("", q)
    return q


# ---- the gram index ------------------------------------------------------------------

SEPARATOR = "\x1f"


GRAM = 3   # the longest gram


def grams(text: str) -> set[str]:
    """Every run of 1, 2 and 3 adjacent characters of each part of `text` (GRAM = 3)."""
    out: set[str] = set()
    for part in text.split(SEPARATOR):   # the characters, the pairs, the triples: in C loops
        out.update(part, map(str.__add__, part, part[1:]),
                   map("".join, zip(part, part[1:], part[2:], strict=False)))   # (the shorter ends them)
    return out


def query_grams(needle: str) -> list[str]:
    """The grams a match of `needle` must contain: the needle itself up to 3 characters (the
    index answers exactly), else its trigrams (candidates to verify)."""
    if len(needle) <= GRAM:
        return [needle] if needle else []
    return sorted({needle[i:i + GRAM] for i in range(len(needle) - GRAM + 1)})


_TOKENS: dict[str, str] = {}   # gram -> token: grams repeat across cards (an import's 30 M
                                # tokens of 100,000 cards cost ~25 s computed one by one)


def fts_token(gram: str) -> str:
    """A gram as an FTS5 token: 'u' + 6 hex digits a character, nothing a tokenizer touches."""
    token = _TOKENS.get(gram)
    if token is None:
        if len(_TOKENS) > 2_000_000:   # a bound on the memory (~200 MB at most)
            _TOKENS.clear()
        token = _TOKENS[gram] = "u" + "".join(f"{ord(ch):06x}" for ch in gram)
    return token


def _fts_document(text: str) -> str:
    return " ".join(map(fts_token, sorted(grams(text))))


def store(customer_id: int, text: str, name: str) -> None:
    """Write a customer's search column (and its SQLite index entries) and the sort key of
    its `name`, in the caller's transaction."""
    from models.foundation.schema import Customer

    key = name_order.key(name)
    old, old_key = Customer.select(Customer.search_text, Customer.name_sort).where(
        Customer.id == customer_id).tuples().first() or (None, None)
    if old == text and old_key == key:
        return
    if old != text and not is_postgres():
        if old is not None:
            database.execute_sql("INSERT INTO customer_search(customer_search, rowid, grams) "
                                 "VALUES ('delete', ?, ?)", (customer_id, _fts_document(old)))
        database.execute_sql("INSERT INTO customer_search(rowid, grams) VALUES (?, ?)",
                             (customer_id, _fts_document(text)))
    Customer.update(search_text=text, name_sort=key).where(Customer.id == customer_id).execute()


def index_new(rows: Iterable[Mapping[str, Any]]) -> None:
    """Index customers just inserted with their search column (rows with "id" and
    "search_text"), in the caller's transaction. PostgreSQL's index keeps itself."""
    if is_postgres():
        return
    values = [(r["id"], _fts_document(r["search_text"])) for r in rows]
    cursor = database.cursor()
    for i in range(0, len(values), 1000):
        cursor.executemany("INSERT INTO customer_search(rowid, grams) VALUES (?, ?)", values[i:i + 1000])


def rebuild_index() -> int:
    """Index every customer again (schema step 9's back-fill; a repair)."""
    if is_postgres():
        return 0
    database.execute_sql("INSERT INTO customer_search(customer_search) VALUES ('delete-all')")
    rows = database.execute_sql("SELECT id, search_text FROM customer").fetchall()
    index_new({"id": cid, "search_text": text or ""} for cid, text in rows)
    return len(rows)
