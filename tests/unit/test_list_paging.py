"""Keyset pages of the archive list (issue #13): every row once, in every sort, for a
manager and an agent, while others add and archive cards between pages."""
from __future__ import annotations

import itertools

import pytest

from models.archive import customer_list, customers
from models.archive.customer_list import ListQuery

SORTS = ("code", "name", "cls", "industry", "custodian", "status", "updated_at")
counter = itertools.count()


def _add(boss, owner, n):
    made = []
    for _ in range(n):
        i = next(counter)
        made.append(customers.create_customer(
            boss, {"name": f"测试{i:04d}号有限公司", "cls": "ABC"[i % 3], "industry": ["制造", "零售", ""][i % 3]},
            owner=owner).id)
    return made


@pytest.mark.parametrize("sort", SORTS)
def test_pages_visit_every_row_once_under_concurrent_inserts_and_archiving(people, sort):
    boss, li, zhao = people["boss"], people["li"].id, people["zhao"].id
    ids = _add(boss, li, 12) + _add(boss, zhao, 8)
    for who, descending in (("boss", sort != "code"), ("li", True)):
        actor = people[who]
        q = ListQuery(sort=sort, descending=descending)
        before = {r.id for r in customers.list_customers(actor, q, limit=10_000)}
        seen, archived, after = [], set(), None
        for _ in range(100):   # ~10 pages are enough: more means the cursor does not advance
            page = customers.list_customers(actor, q, after=after, limit=6)
            if not page:
                break
            seen += [r.id for r in page]
            if len(page) < 6:   # the end, as the lazy list decides (later inserts land after it)
                break
            after = customer_list.sort_key(page[-1], q)
            # meanwhile: two new cards, one card not shown yet and one shown are archived
            _add(boss, li, 2)
            for cid in ([i for i in before if i not in seen and i not in archived][:1]
                        + [i for i in seen if i not in archived][:1]):
                card = customers.get_card(boss, cid, audit_view=False)
                customers.archive_customer(boss, cid, card.version, "分页测试")
                archived.add(cid)
        else:
            raise AssertionError(f"paging did not end: {seen[-12:]}")
        assert len(seen) == len(set(seen)), "a row was shown twice"
        assert before - archived <= set(seen), "a row that existed throughout was skipped"
        for cid in archived:   # restore for the next round
            card = customers.get_card(boss, cid, audit_view=False)
            customers.restore_customer(boss, cid, card.version)
    assert ids
