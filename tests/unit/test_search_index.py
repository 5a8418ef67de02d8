"""The search index (issue #13) finds exactly what a plain scan of the search column finds,
after any mix of writes, on both databases; the first page never waits for the count."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.archive import contacts, customer_list, customers
from models.archive.customer_list import ListQuery
from models.foundation.schema import Customer
from models.rules import access

# few characters, so that random names share grams and queries often match
HAN = "张王华明达科技贸易有限公司伟"
ALPHABET = HAN + "abhx0123"
names = st.text(alphabet=ALPHABET, min_size=1, max_size=8)
# up to 3 characters the index answers exactly; longer needles are candidates checked
queries = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), min_size=3, max_size=6)

op = st.one_of(
    st.tuples(st.just("create"), names, st.sampled_from(["li", "zhao"])),
    st.tuples(st.just("rename"), st.integers(0, 50), names),
    st.tuples(st.just("contact"), st.integers(0, 50), names),
    st.tuples(st.just("archive"), st.integers(0, 50), st.none()),
    st.tuples(st.just("restore"), st.integers(0, 50), st.none()),
    st.tuples(st.just("handover"), st.integers(0, 50), st.sampled_from(["li", "zhao"])),
)


def plain_scan(actor, needle: str) -> set[int]:
    """What the list showed before the index: LIKE over the column, the visibility rule."""
    return {cid for (cid,) in Customer.select(Customer.id)
            .where(access.visible_condition(actor), Customer.search_text.contains(needle)).tuples()}


def indexed(actor, text: str) -> set[int]:
    return {r.id for r in customers.list_customers(actor, ListQuery(text=text, status=None), limit=10_000)}


def apply(people, step) -> None:
    boss = people["boss"]
    kind, a, b = step
    ids = [cid for (cid,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
    if kind == "create":
        customers.create_customer(boss, {"name": a + "公司"}, owner=people[b].id)
        return
    if not ids:
        return
    cid = ids[a % len(ids)]
    card = customers.get_card(boss, cid, audit_view=False)
    try:
        if kind == "rename":
            customers.update_customer(boss, cid, card.version, {"name": b + "集团"})
        elif kind == "contact":
            contacts.add_contact(boss, cid, {"name": b})
        elif kind == "archive" and card.status == "active":
            customers.archive_customer(boss, cid, card.version, "测试")
        elif kind == "restore" and card.status == "archived":
            customers.restore_customer(boss, cid, card.version)
        elif kind == "handover":
            customers.update_customer(boss, cid, card.version, {}, owner=people[b].username)
    except Exception as exc:  # noqa: BLE001 - a duplicate name etc. is refused as it should be
        if type(exc).__module__ != "models.foundation.errors":
            raise


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(steps=st.lists(op, min_size=1, max_size=8), texts=queries)
def test_index_search_equals_a_plain_scan(people, monkeypatch, steps, texts):
    for step in steps:
        apply(people, step)
    from models.archive.search_text import normalise_query

    real_plan, real_pg_plan = customer_list.sqlite_plan, customer_list.postgres_plan
    # force each plan in turn: the visible set by dense_limit, SQLite's three text plans
    # (driven, member, scan) and PostgreSQL's two (driven, scan) whatever their estimated costs
    for plan, limit in (("index", 10 ** 9), ("scan", -1), ("driven", 10 ** 9), ("member", 10 ** 9),
                        ("scan", 10 ** 9)):
        monkeypatch.setattr(customer_list, "dense_limit", lambda _limit=200, v=limit: v)
        monkeypatch.setattr(customer_list, "sqlite_plan",
                            real_plan if plan == "index" else lambda *_a, p=plan, **_k: p)
        monkeypatch.setattr(customer_list, "postgres_plan", real_pg_plan if plan == "index" else
                            lambda *_a, p="scan" if plan == "scan" else "driven", **_k: p)
        for who in ("boss", "li"):
            for text in texts:
                needle = normalise_query(text)
                assert indexed(people[who], text) == plain_scan(people[who], needle), (plan, limit, who, text)


def test_bulk_writers_index_their_cards(people):
    """Demo data (its own bulk INSERT) and new cards from the importer are searchable at once."""
    from models.demo import generator as demo
    from models.foundation.schema import Contact

    demo.generate(people["boss"], 20, agents=2, seed=3)
    for row in Customer.select().limit(5):
        assert row.id in indexed(people["boss"], row.name[2:4])
        assert row.id in indexed(people["boss"], row.code)
    person = Contact.select().first()
    assert person.customer_id in indexed(people["boss"], person.name)


@pytest.mark.parametrize("text", ["华", "科技", "zz9", ""])
def test_capped_count_is_exact_below_the_cap_and_cap_plus_one_above(people, text):
    boss = people["boss"]
    for i in range(12):
        customers.create_customer(boss, {"name": f"华信科技{'一二三四五六七八九十甲乙'[i]}号有限公司"})
    q = ListQuery(text=text)
    exact = customers.count_customers(boss, q)
    assert customer_list.count_upto(boss, q, cap=100) == exact
    assert customer_list.count_upto(boss, q, cap=5) == (min(exact, 6) if text else exact)


def test_a_credit_code_or_a_fragment_of_it_finds_the_company(people):
    """Issue 16: the 统一社会信用代码 is searchable, whole or by a fragment of 4+ characters."""
    boss = people["boss"]
    card = customers.create_customer(boss, {"name": "福州明达贸易有限公司", "credit_code": "91350100M000100Y43"})
    customers.create_customer(boss, {"name": "厦门华信科技有限公司"})
    for text in ("91350100M000100Y43", "91350100m000100y43", "M000", "100Y43", "0100M0"):
        assert [r.id for r in customers.search(boss, text)] == [card.id], text


def test_the_stale_filter_lists_what_the_desk_calls_stale(people):
    """Issue 11.6: 待核实 in the list is the desk's own rule (models.desk.upkeep), not a copy."""
    import datetime as dt

    from models.desk import upkeep
    from models.foundation.schema import Customer

    boss = people["boss"]
    ids = [customers.create_customer(boss, {"name": f"待核实测试{i}号公司", "cls": "ABC"[i % 3]}).id
           for i in range(6)]
    long_ago = dt.datetime(2020, 1, 1)
    Customer.update(page1_at=long_ago, created_at=long_ago).where(Customer.id.in_(ids[:4])).execute()
    upkeep.verify_card(boss, ids[0])                       # verified today: not stale any more
    listed = {r.id for r in customers.list_customers(boss, ListQuery(only="stale"), limit=1000)}
    assert listed == {d.customer_id for d in upkeep.stale_cards(boss)} == set(ids[1:4])
    # with a search and for an agent too
    assert {r.id for r in customers.list_customers(boss, ListQuery(text="待核实测试", only="stale"))} == set(ids[1:4])
    assert customers.list_customers(people["li"], ListQuery(only="stale")) == []


@pytest.fixture
def many_cards(people):
    """300 cards: 299 of 华X贸易有限公司 and one 恒信达; pinyin hengxinda."""
    boss = people["boss"]
    rows = [{"name": f"华{i:03d}贸易有限公司"} for i in range(299)] + [{"name": "恒信达"}]
    for row in rows:
        customers.create_customer(boss, row)
    return people


def test_postgres_plans_for_common_rare_and_long_needles(many_cards):
    """PostgreSQL lets the GIN index's candidates drive when they are few and walks the list
    when most cards match (the index's statistics say so, or the count)."""
    from models.archive import search_text
    from models.foundation import db

    if not db.is_postgres():
        pytest.skip("PostgreSQL's planner only (SQLite's is tested below)")
    db.database.execute_sql("ANALYZE customer")
    customer_list._pg_stats.clear()

    def plan(text, limit=20):
        return customer_list.postgres_plan(search_text.query_grams(search_text.normalise_query(text)), limit=limit)

    assert plan("有限公司") == "scan"        # 299 of 300 cards: the first 20 rows in order match
    assert plan("华") == "scan"
    assert plan("恒信") == "driven"          # one card: read it
    assert plan("hengxinda") == "driven"     # a long needle, one card
    assert plan("有限公司", limit=300) == "driven"   # a page as large as the archive: read them all
    boss = many_cards["boss"]
    assert [r.name for r in customers.list_customers(boss, ListQuery(text="hengxinda"))] == ["恒信达"]
    page = customers.list_customers(boss, ListQuery(text="有限公司", status=None), limit=20)
    assert len(page) == 20 and all("有限公司" in r.name for r in page)


def test_sqlite_plans_for_common_rare_and_long_needles(many_cards, monkeypatch):
    from models.archive import search_text
    from models.foundation.db import is_postgres

    if is_postgres():
        pytest.skip("SQLite's planner only (PostgreSQL's is tested above)")

    def plan(text, limit=20):
        needle = search_text.normalise_query(text)
        return customer_list.sqlite_plan(needle, search_text.query_grams(needle), limit=limit, may_drive=True)

    assert plan("有限公司") == "scan"        # every card but one: the first 20 rows in order do
    assert plan("恒信") == "driven"          # one card: read it
    assert plan("hengxinda") == "driven"     # a long needle, one card: its candidates are read
    assert plan("华") == "scan"
    boss = many_cards["boss"]
    page = customers.list_customers(boss, ListQuery(text="有限公司", status=None), limit=20)
    assert len(page) == 20 and all("有限公司" in r.name for r in page)
    assert [r.name for r in customers.list_customers(boss, ListQuery(text="hengxinda"))] == ["恒信达"]


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.text(alphabet="张伟华科技有限公司abcxyz0123456789 -", max_size=12), max_size=5))
def test_the_grams_are_every_run_of_one_to_three_characters_of_each_part(parts):
    """The index's grams (computed with C-level loops for speed) are exactly the 1-, 2- and
    3-character slices of each part, and none spans two parts."""
    from models.archive import search_text

    text = search_text.SEPARATOR.join(parts)
    expected = {p[i:i + n] for p in parts for n in (1, 2, 3) for i in range(len(p) - n + 1)}
    assert search_text.grams(text) == expected
    assert search_text._fts_document(text).split() == [search_text.fts_token(g) for g in sorted(expected)]
