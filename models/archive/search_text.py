"""The denormalised search column: name, code, phones, contact names/phones and pinyin.

Computed when a customer or its contacts are written, never when searching. Holds no
sensitive personal field, so search cannot leak one. Every writer (forms, contacts, demo
data, the importer) goes through `build` / `build_from`, so the column means the same
everywhere.

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

from pypinyin import Style, lazy_pinyin
from pypinyin.seg.simpleseg import seg as _segments

from models.foundation.validation import narrow

_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=65536)
def _segment_forms(segment: str) -> tuple[str, str]:
    full = "".join(lazy_pinyin(segment, errors="default"))
    initials = "".join(lazy_pinyin(segment, style=Style.FIRST_LETTER, errors="default"))
    return full, initials


@lru_cache(maxsize=131072)
def pinyin_forms(name: str) -> tuple[str, str]:
    """('zhangsan', 'zs') for 张三; non-Chinese characters pass through."""
    full, initials = [], []
    for segment in _segments(name):
        f, i = _segment_forms(segment)
        full.append(f)
        initials.append(i)
    return "".join(full).lower().replace(" ", ""), "".join(initials).lower().replace(" ", "")


def _compose(code, name, phone, fax, email, contacts: Iterable[tuple]) -> str:
    parts = [code, name, phone, fax, email]
    parts.extend(pinyin_forms(name))
    digit_forms = [phone, fax]
    for c_name, c_phone, c_mobile, c_email in contacts:
        parts.extend([c_name, c_phone, c_mobile, c_email])
        parts.extend(pinyin_forms(c_name))
        digit_forms.extend([c_phone, c_mobile])
    parts.extend(_DIGITS.sub("", p) for p in digit_forms if p)
    return "\x1f".join(narrow(p).lower() for p in parts if p)


def build(customer, contacts) -> str:
    """The search text of a customer object and its contact objects (attribute access)."""
    return _compose(customer.code, customer.name, customer.phone, customer.fax, customer.email,
                    ((c.name, c.phone, c.mobile, c.email) for c in contacts))


def build_from(row: Mapping, contacts: Iterable[Mapping]) -> str:
    """`build` for plain dicts (bulk writers such as the importer)."""
    return _compose(row["code"], row["name"], row["phone"], row["fax"], row["email"],
                    ((c["name"], c["phone"], c["mobile"], c["email"]) for c in contacts))


def normalise_query(text: str) -> str:
    """Lower-case NFKC; a phone-looking query loses its spaces and dashes."""
    q = narrow(text).lower()
    if q and re.fullmatch(r"[0-9+\-() ]+", q) and sum(ch.isdigit() for ch in q) >= 3:
        q = _DIGITS.sub("", q)
    return q
