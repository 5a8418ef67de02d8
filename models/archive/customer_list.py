"""The archive list and search: filters, the search index, keyset pages, the capped count.

客户名称 sorts by the name's pinyin sort key (`customer.name_sort`, issue 12; its rule is
models/foundation/name_order.py), so a page by name is a keyset page over an index too.

Pages are keyset pages (issue #13): a page after row R is "the next `limit` rows after R's
(sort value, id)" in the sort order, with ties broken by id, so any page costs what the
first does and a row inserted or deleted meanwhile neither repeats nor hides another.
`offset` is still accepted (the CLI and old callers) but costs what it skips.

Search text goes through the gram index (models/archive/search_text.py). On SQLite
`sqlite_plan` picks the cheapest of three plans from the number of candidates the index
gives and an estimate of how many truly match (exact for needles of up to 3 characters,
from a sample of candidates for longer ones): read the candidates and check each (rare
needles), walk the list in sort order probing the candidates (common ones), or walk it
checking each row's column (needles most cards match, "有限公司"). On PostgreSQL
`postgres_plan` lets the GIN index's candidates drive when they are fewer than
sqrt(limit × customers) (unless the index's statistics call the needle common), else scans
the list in sort order and stops at the page's end.

An agent's list and search start from what they see: their own cards and their grants,
as two indexed queries joined by UNION (access.visible_ids), never `owner = ? OR id IN …`
over the whole table (PostgreSQL scans every row for that).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.archive import search_text
from models.foundation.db import database, is_postgres
from models.foundation.dto import CustomerRow
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import Customer, Staff
from models.foundation.validation import clean_query
from models.foundation.vocabulary import CUSTOMER_STATUSES
from models.rules import access
from models.rules.access import Actor

COUNT_CAP = 1000   # a search counts matches up to this; more show as "1,000+"


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    cls: str | None = None
    owner_id: int | None = None
    status: str | None = "active"   # None = all
    sort: str = "updated_at"
    descending: bool = True
    only: str | None = None         # a named filter of a higher layer ("stale": 待核实, the desk's rule)


# named filters that rules above the archive own (models.desk.upkeep registers "stale"), so
# the list asks them instead of repeating them
NAMED_FILTERS: dict[str, Callable[[], pw.Expression]] = {}


def register_filter(name: str, condition: Callable[[], pw.Expression]) -> None:
    NAMED_FILTERS[name] = condition


SORT_COLUMNS = {"code": Customer.code, "name": Customer.name_sort,   # by pinyin (issue 12)
                "cls": Customer.classification,
                "industry": Customer.industry, "custodian": pw.fn.COALESCE(Staff.display_name, ""),
                "status": Customer.status, "updated_at": Customer.updated_at}
# the sorts whose pages may be read in parts (an agent's own cards and grants; a 全部 list's
# statuses) and merged in Python: their columns compare by code point as Python does, on
# both databases (SQLite's BINARY; COLLATE "C" on PostgreSQL, v10 and v11)
MERGED_SORTS = ("updated_at", "name", "code", "cls", "industry", "status")
ROW_ATTR = {"code": "code", "name": "name_sort", "cls": "cls", "industry": "industry", "custodian": "custodian",
            "status": "status", "updated_at": "updated_at"}


def query_text(text: object) -> str:
    """Search text as typed, checked: control characters (a NUL) removed, length limited."""
    try:
        return clean_query(text)
    except ValueError as exc:
        raise ValidationError([FieldProblem("query", str(exc), text)]) from None


# ---- the search condition -----------------------------------------------------------------

def _contains(needle: str) -> pw.Expression:
    """The verification: `needle` is a substring of the search column (both lower-case)."""
    fn = pw.fn.strpos if is_postgres() else pw.fn.instr
    return fn(Customer.search_text, needle) > 0


_size_cache: dict[str, tuple[float, int]] = {}


def _archive_size() -> int:
    """About how many customers there are (the highest id; cached for a minute)."""
    key = str(id(database.obj))
    hit = _size_cache.get(key)
    if hit and time.monotonic() - hit[0] < 60:
        return hit[1]
    size = Customer.select(pw.fn.MAX(Customer.id)).scalar() or 0
    _size_cache[key] = (time.monotonic(), size)
    return size


def dense_limit(limit: int = 200) -> int:
    """Above this many matches scanning the sort index finds a page sooner than reading the
    matches: reading a card row costs ~20 times a step along an index (measured, SQLite,
    100,000 demo cards), so the two meet at sqrt(limit × customers / 20)."""
    return max(limit, int((limit * max(_archive_size(), 1) / 20) ** 0.5))


def _member(ids: Any, *, drive: bool) -> pw.Expression:
    """`id IN (ids)`. When the list should not be driven by `ids` (it is large), `+id` keeps
    SQLite from looking rows up by it: it scans the sort index and checks membership.
    PostgreSQL's planner chooses a hashed semi-join by itself (`+id` would defeat it)."""
    lhs = Customer.id if drive or is_postgres() else pw.NodeList((pw.SQL("+"), Customer.id), glue="")
    return pw.Expression(lhs, "IN", ids)


def _fts_match(grams: list[str]) -> str:
    return " AND ".join(search_text.fts_token(g) for g in grams)


def _sqlite_matches(grams: list[str], cap: int | None = None) -> int:
    """Customers holding every gram, counted up to `cap` if given (FTS5 intersects its
    document lists incrementally; ~1 ms per 10,000 of the longest list)."""
    if cap is None:
        return int(database.execute_sql("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?",
                                        (_fts_match(grams),)).fetchone()[0])
    return int(database.execute_sql(
        "SELECT count(*) FROM (SELECT 1 FROM customer_search WHERE customer_search MATCH ? LIMIT ?)",
        (_fts_match(grams), cap)).fetchone()[0])


_pg_stats: dict[str, tuple[float, dict[str, float]]] = {}


def _postgres_freqs() -> dict[str, float]:
    """The search index's common grams with the share of customers holding each (pg_stats of
    the index, which ANALYZE keeps; read every five minutes)."""
    key = str(id(database.obj))
    hit = _pg_stats.get(key)
    if hit is None or time.monotonic() - hit[0] > 300:
        row = database.execute_sql(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE tablename = 'customer_search_grams'").fetchone()
        freqs = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
        hit = _pg_stats[key] = (time.monotonic(), freqs)
    return hit[1]


def _postgres_candidates(grams: list[str], cap: int) -> int:
    """Customers holding every gram, counted from the GIN index up to `cap`."""
    return int(database.execute_sql(
        "SELECT count(*) FROM (SELECT 1 FROM customer WHERE search_grams(search_text) @> %s::text[] LIMIT %s) c",
        (grams, cap)).fetchone()[0])


def postgres_plan(grams: list[str], *, limit: int) -> str:
    """The cheaper way to a page of `limit` matches on PostgreSQL:
    "driven"  the candidates, read from the GIN index, drive the query and are checked;
    "scan"    walk the list's sort index checking each row's column until the page is full.
    Both read one table row per candidate or per step (the column is in no list index), so
    with C candidates of N customers they cost C and limit × N / C: they meet at
    sqrt(limit × N). The index's statistics settle common needles at once (all their grams
    common, the independent estimate well past the meeting point); the others' candidates are
    counted from the index, up to the meeting point."""
    size = max(_archive_size(), 1)
    meet = max(limit, int((limit * size) ** 0.5))
    freqs = _postgres_freqs()
    if all(g in freqs for g in grams):
        estimate = float(size)
        for g in grams:
            estimate *= freqs[g]
        if estimate > 2 * meet:
            return "scan"
    return "driven" if _postgres_candidates(grams, meet + 1) <= meet else "scan"


# SQLite's costs per row, measured at 100,000 demo cards (2 cores, µs): reading a card row
# by id and checking the column; one step along the sort index (with a membership probe);
# putting one candidate into the membership list the planner builds from the index.
ROW_READ, INDEX_STEP, LIST_BUILD = 10.0, 1.4, 0.8
SAMPLE = 200   # candidates checked to estimate how many of them truly match a long needle
COUNT_CANDIDATES = 20_000   # candidates are counted up to max(this, 5 % of the archive)


def _sqlite_sample_hits(grams: list[str], needle: str) -> tuple[int, int]:
    """(candidates checked, true matches among them) for the first SAMPLE candidates."""
    row = database.execute_sql(
        "SELECT count(*), coalesce(sum(instr(c.search_text, ?) > 0), 0) FROM "
        "(SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ? LIMIT ?) s "
        "JOIN customer c ON c.id = s.id", (needle, _fts_match(grams), SAMPLE)).fetchone()
    return row[0], row[1]


def sqlite_plan(needle: str, grams: list[str], *, limit: int, may_drive: bool) -> str:
    """The cheapest way to find a page of `limit` matches (SQLite):
    "driven"  read every candidate the index gives, check it, sort the matches;
    "member"  walk the sort index, probing a list of the candidates, until the page is full;
    "scan"    walk the sort index checking each row's column (best when most rows match).
    Candidates C come from the index; true matches M equal C for a needle the index answers
    exactly (≤ 3 characters), else are estimated from a sample of candidates. Walking in sort
    order fills a page after about limit × customers / M rows."""
    size = max(_archive_size(), 1)
    cap = max(COUNT_CANDIDATES, size // 20)
    candidates = _sqlite_matches(grams, cap=cap)
    capped = candidates >= cap   # then at least `cap`: as many as the archive for the list's cost
    if len(needle) <= search_text.GRAM:
        matches = float(candidates)
    else:
        checked, hits = _sqlite_sample_hits(grams, needle) if candidates else (0, 0)
        matches = candidates * hits / checked if checked else 0.0
    walked = limit * size / matches if matches else float("inf")
    costs = {"member": (size if capped else candidates) * LIST_BUILD + walked * INDEX_STEP,
             "scan": walked * ROW_READ}
    if may_drive and not capped:
        costs["driven"] = candidates * ROW_READ
    return min(costs, key=lambda plan: costs[plan])


def text_condition(needle: str, *, limit: int = 200, may_drive: bool = True) -> pw.Expression:
    """The WHERE condition for a normalised search needle: index candidates verified against
    the column when they are few, the column alone (an ordered scan) when they are many.
    `may_drive`: whether the candidates may drive the query (not when a smaller set does)."""
    grams = search_text.query_grams(needle)
    verify = _contains(needle)
    if not grams:
        return verify
    if is_postgres():
        if postgres_plan(grams, limit=limit) == "scan":
            return verify
        # the candidates as a subquery the planner cannot flatten (OFFSET 0): with the GIN
        # condition beside an agent's own-cards condition it ANDed the two bitmaps, lost the
        # rows' exactness and computed every row's grams again (0.9 s at 1,000,000 for "5678")
        candidates = pw.SQL("(SELECT id FROM customer WHERE search_grams(search_text) @> %s::text[] OFFSET 0)",
                            (grams,))
        return pw.Expression(Customer.id, "IN", candidates) & verify
    plan = sqlite_plan(needle, grams, limit=limit, may_drive=may_drive)
    if plan == "scan":
        return verify
    # a needle of up to 3 characters is one gram: the index's answer is exact, and checking
    # it needs no customer row (the list's sort index and the gram list answer it together)
    exact = len(needle) <= search_text.GRAM
    candidates = pw.SQL("(SELECT rowid FROM customer_search WHERE customer_search MATCH ?)", (_fts_match(grams),))
    found = _member(candidates, drive=plan == "driven")
    return found if exact else found & verify   # membership first: a row is read only for a candidate


# ---- the list -------------------------------------------------------------------------------

def apply_filters(query: pw.ModelSelect[Customer], q: ListQuery, *, limit: int = 200,
                  text_may_drive: bool = True) -> pw.ModelSelect[Customer]:
    """The list's filters (search text, class, custodian, status) on a Customer query; the
    list, its exports and prints share them so that what is printed is what was listed."""
    if q.text:
        needle = search_text.normalise_query(query_text(q.text))
        if needle:
            query = query.where(text_condition(needle, limit=limit, may_drive=text_may_drive))
    if q.cls:
        query = query.where(Customer.classification == q.cls)
    if q.owner_id:
        query = query.where(Customer.owner == q.owner_id)
    if q.status:
        query = query.where(Customer.status == q.status)
    if q.only:
        if q.only not in NAMED_FILTERS:
            raise ValidationError([FieldProblem("only", f"没有这个筛选：{q.only}")])
        query = query.where(NAMED_FILTERS[q.only]())
    return query


def _list_select(actor: Actor, q: ListQuery, columns: list[Any], *, limit: int = 200) -> pw.ModelSelect[Customer]:
    query = (Customer.select(*columns)
             .join(Staff, join_type=pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id)))
    visible = access.visible_ids(actor)
    if visible is None:
        return apply_filters(query, q, limit=limit)
    # the cards they see drive the query when they are few (a staff member's grants);
    # else the sort index does, checking membership (an agent's tenth of the archive)
    few = visible.limit(dense_limit(limit) + 1).count() <= dense_limit(limit)
    query = query.where(_member(visible, drive=few))
    return apply_filters(query, q, limit=limit, text_may_drive=not few)


def count_customers(actor: Actor, q: ListQuery = ListQuery()) -> int:
    """The exact number of matches (a whole scan of them: use count_upto for a search box)."""
    return _list_select(actor, q, [Customer.id]).count()


def count_upto(actor: Actor, q: ListQuery = ListQuery(), cap: int | None = None) -> int:
    """The number of matches if at most `cap` (COUNT_CAP), else cap + 1 (shown as "1,000+").
    A list without search text is counted exactly (an index count)."""
    cap = COUNT_CAP if cap is None else cap
    if not q.text:
        return count_customers(actor, q)
    inner = _list_select(actor, q, [Customer.id], limit=cap).limit(cap + 1)
    return Customer.select(pw.fn.COUNT(pw.SQL("*"))).from_(inner.alias("m")).scalar() or 0


def sort_key(row: CustomerRow, q: ListQuery) -> tuple[Any, ...]:
    """The keyset cursor of a row: (its value in the sort column, its id); by custodian,
    (display name, user name, id) — two custodians may share a display name."""
    if q.sort == "custodian":
        return row.custodian, row.custodian_username, row.id
    return getattr(row, ROW_ATTR.get(q.sort, "updated_at")), row.id


def _sort_terms(q: ListQuery) -> list[Any]:
    """The ORDER BY terms before the id (the values sort_key gives, in the same order)."""
    if q.sort == "custodian":
        return [SORT_COLUMNS["custodian"], pw.fn.COALESCE(Staff.username, "")]
    return [SORT_COLUMNS.get(q.sort, Customer.updated_at)]


def list_customers(actor: Actor, q: ListQuery = ListQuery(), *, offset: int = 0, limit: int = 200,
                   after: tuple[Any, ...] | None = None) -> list[CustomerRow]:
    """One page of the cards `actor` may open, sorted on raw values in the database; `after`
    = sort_key of the last row shown gives the next page (keyset).

    In the default order (最后更新) and by 客户名称 an agent's page is two indexed queries,
    their own cards (owner, status, updated_at / name_sort) and their grants, merged here: it
    costs what they see. The name's key is ASCII compared byte by byte, so Python merges it
    as the database sorts it. By custodian and by status the list reads one custodian (one
    status) after another. Other orders (code, class, industry) are merged the same way: their
    columns compare by code point on both databases (MERGED_SORTS). A list of every
    status (全部) without search text reads each status apart the same way: the indexes
    order cards within a status."""
    if q.sort == "custodian" and not q.text:
        return _by_groups(actor, q, _custodian_groups(q.descending), offset=offset, limit=limit, after=after)
    if q.sort == "status" and not q.text:
        return _by_groups(actor, q, _status_groups(q), offset=offset, limit=limit, after=after)
    parts = _pieces(actor, q) if q.sort in MERGED_SORTS else None
    if parts is None or len(parts) < 2:
        return _page(actor, q, offset=offset, limit=limit, after=after)
    rows = {}
    for part in parts:
        for r in _page(actor, q, offset=0, limit=offset + limit, after=after, part=part):
            rows[r.id] = r
    merged = sorted(rows.values(), key=lambda r: sort_key(r, q), reverse=q.descending)
    return merged[offset:offset + limit]


def _pieces(actor: Actor, q: ListQuery) -> list[pw.Expression] | None:
    """The conditions whose pages are read apart and merged: what the actor sees in parts
    (access.visible_parts; None for a manager), each split by status when the list shows
    every status and no search (a search's candidates may drive one query instead)."""
    parts = access.visible_parts(actor)
    if q.status is not None or q.text:
        return parts
    statuses = [Customer.status == s for s in CUSTOMER_STATUSES]
    return statuses if parts is None else [p & s for p in parts for s in statuses]


ROW_COLUMNS = [Customer.id, Customer.code, Customer.name, Customer.classification, Customer.industry,
               Customer.status, Customer.updated_at, Staff.display_name, Staff.username, Customer.name_sort]


def _rows(query: pw.ModelSelect[Customer]) -> list[CustomerRow]:
    return [CustomerRow(r[0], r[1], r[2], r[3], r[4], r[7] or "", r[8] or "", r[5], r[6], name_sort=r[9])
            for r in query.tuples()]


# a group of the list read along an index: its place in the order, and its condition
Group = tuple[tuple[Any, ...], pw.Expression]


def _custodian_groups(descending: bool) -> list[Group]:
    """Every possible custodian in list order, keyed (display name, user name); no custodian
    is ("", ""), first in ascending order."""
    people = sorted((s.display_name or "", s.username or "", s.id)
                    for s in Staff.select(Staff.id, Staff.display_name, Staff.username))
    groups: list[Group] = [(("", ""), Customer.owner.is_null())]
    groups += [((name, user), Customer.owner == sid) for name, user, sid in people]
    return groups[::-1] if descending else groups


def _status_groups(q: ListQuery) -> list[Group]:
    statuses = sorted(s for s in CUSTOMER_STATUSES if q.status in (None, s))
    groups: list[Group] = [((s,), Customer.status == s) for s in statuses]
    return groups[::-1] if q.descending else groups


def _by_groups(actor: Actor, q: ListQuery, groups: list[Group], *, offset: int, limit: int,
               after: tuple[Any, ...] | None) -> list[CustomerRow]:
    """A list sorted by a column of few values (custodian, status) without a full sort: the
    groups are read one after another, each in id order along its index, until the page is
    full (the order of ORDER BY the group's key, id; issue 13). An agent's cards come from
    each part of what they see (their own, their grants), merged by id."""
    want = offset + limit
    visible = access.visible_parts(actor)
    parts: list[pw.Expression | None] = [*visible] if visible is not None else [None]
    rows: list[CustomerRow] = []
    for key, condition in groups:
        if after is not None:
            at = tuple(after[:len(key)])
            if (key < at) if not q.descending else (key > at):
                continue   # before the cursor's group
        found: dict[int, CustomerRow] = {}
        for part in parts:
            query = Customer.select(*ROW_COLUMNS).join(Staff, join_type=pw.JOIN.LEFT_OUTER,
                                                      on=(Customer.owner == Staff.id))
            if part is not None:
                query = query.where(part)
            query = apply_filters(query, q, limit=limit, text_may_drive=False).where(condition)
            if after is not None and key == tuple(after[:len(key)]):
                query = query.where(Customer.id < after[-1] if q.descending else Customer.id > after[-1])
            query = query.order_by(Customer.id.desc() if q.descending else Customer.id.asc())
            found.update((r.id, r) for r in _rows(query.limit(want - len(rows))))
        rows += sorted(found.values(), key=lambda r: r.id, reverse=q.descending)[:want - len(rows)]
        if len(rows) >= want:
            break
    return rows[offset:offset + limit]


def order_terms(q: ListQuery) -> list[Any]:
    """The list's ORDER BY for `q` (ties by id), for a query joined to the custodian (Staff):
    what the list shows, the order its exports and prints follow."""
    terms = [*_sort_terms(q), Customer.id]
    return [t.desc() if q.descending else t.asc() for t in terms]


def _page(actor: Actor, q: ListQuery, *, offset: int, limit: int, after: tuple[Any, ...] | None,
          part: pw.Expression | None = None) -> list[CustomerRow]:
    terms = _sort_terms(q)
    order = order_terms(q)
    columns = ROW_COLUMNS
    if part is None:
        query = _list_select(actor, q, columns, limit=limit)
    else:   # one part of what an agent sees: its own index drives it
        query = apply_filters(Customer.select(*columns)
                              .join(Staff, join_type=pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
                              .where(part), q, limit=limit, text_may_drive=False)
    if after is not None:
        *values, last_id = after
        values = [t.db_value(v) if isinstance(t, pw.Field) else v for t, v in zip(terms, values, strict=True)]
        ahead, cursor = pw.Tuple(*terms, Customer.id), pw.Tuple(*values, last_id)
        query = query.where(ahead < cursor if q.descending else ahead > cursor)
    query = query.order_by(*order).limit(limit)
    if offset:
        query = query.offset(offset)
    return _rows(query)


def search(actor: Actor, text: str, *, limit: int = 200, include_archived: bool = True) -> list[CustomerRow]:
    q = ListQuery(text=text, status=None if include_archived else "active", sort="code",
                  descending=False)
    return list_customers(actor, q, limit=limit)
