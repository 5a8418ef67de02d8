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


def _every_page(actor, q, size=4):
    """The ids of every page of `q`, each read after the last row of the one before."""
    seen, after = [], None
    while True:
        page = customers.list_customers(actor, q, after=after, limit=size)
        seen += [r.id for r in page]
        if len(page) < size:
            return seen
        after = customer_list.sort_key(page[-1], q)


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


def test_the_list_by_custodian_reads_in_name_user_id_order_for_a_manager_and_an_agent(people):
    """By custodian (read custodian by custodian, issue 13): pages in the order of (display
    name, user name, id), two custodians sharing a display name kept apart, cards without a
    custodian first, an agent's grants among their own, both directions."""
    from models.access_requests import requests
    from models.foundation.schema import Customer, Staff
    from models.rules import access
    from tests.conftest import make_user

    boss = people["boss"]
    twin = make_user(boss, "li2", "agent", display_name="李客服")   # the same name as li
    _add(boss, people["li"].id, 5)
    _add(boss, twin.id, 4)
    granted = _add(boss, people["zhao"].id, 3)[:2]
    _add(boss, None, 2)
    for cid in granted:
        requests.grant(boss, cid, "li", "view")
    names = {s.id: (s.display_name, s.username) for s in Staff.select()}
    for who in ("boss", "li"):
        actor = people[who]
        visible = [(cid, owner) for cid, owner in Customer.select(Customer.id, Customer.owner)
                   .where(access.visible_condition(actor), Customer.status == "active").tuples()]
        for descending in (False, True):
            expected = [cid for cid, owner in sorted(
                visible, key=lambda v: (*names.get(v[1], ("", "")), v[0]), reverse=descending)]
            q = ListQuery(sort="custodian", descending=descending)
            seen = _every_page(actor, q)
            assert seen == expected, (who, descending)
            assert [r.id for r in customers.list_customers(actor, q, offset=3, limit=5)] == expected[3:8]
    li_rows = customers.list_customers(people["li"], ListQuery(sort="custodian", descending=False), limit=100)
    assert {r.id for r in li_rows} >= set(granted)     # the grants are listed among their custodian's


@pytest.mark.parametrize("sort", ("code", "name", "cls", "industry", "status", "updated_at"))
def test_lists_read_in_parts_keep_the_databases_order(people, sort):
    """An agent's pages by 客户编号, 分类, 所属行业 and 状态 (their own cards and their grants read
    apart and merged, issue 13), and every list of 全部 statuses (each status read apart), are
    the order the database gives the whole visible set, in both directions, for an agent and
    a manager, and under a search."""
    from models.access_requests import requests
    from models.foundation.schema import Customer
    from models.rules import access

    boss, li = people["boss"], people["li"]
    own = _add(boss, li.id, 9)
    granted = _add(boss, people["zhao"].id, 6)[::2]
    for cid in granted:
        requests.grant(boss, cid, "li", "view")
    card = customers.get_card(boss, own[1], audit_view=False)
    customers.archive_customer(boss, own[1], card.version, "合并排序测试")
    column = customer_list.SORT_COLUMNS[sort]
    for actor, status, text, descending in itertools.product((li, boss), (None, "active"), ("", "测试"),
                                                             (False, True)):
        order = (column.desc(), Customer.id.desc()) if descending else (column.asc(), Customer.id.asc())
        whole = Customer.select(Customer.id).where(access.visible_condition(actor))
        if status:
            whole = whole.where(Customer.status == status)
        expected = [cid for (cid,) in whole.order_by(*order).tuples()]
        q = ListQuery(sort=sort, descending=descending, status=status, text=text)
        seen = _every_page(actor, q)
        assert seen == expected, (actor.username, status, text, descending)
        assert set(granted) <= set(seen)
        assert (own[1] in seen) == (status is None)
