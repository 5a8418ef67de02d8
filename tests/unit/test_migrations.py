"""Schema creation, version checks and refusal of foreign or broken databases."""
from __future__ import annotations

import sqlite3

import peewee
import pytest

from models.accounts import staff
from models.foundation import db, migrations
from models.foundation.errors import DatabaseProblem
from models.foundation.schema import get_meta
from models.maintenance import opening


def test_empty_database_is_created_at_latest_version(db_url):
    opening.open_archive(db_url)
    try:
        assert int(get_meta("schema_version")) == migrations.SCHEMA_VERSION
        assert not staff.is_initialised()
        tables = set(db.database.get_tables())
        assert {"customer", "contact", "project", "event", "audit_entry", "grant", "staff"} <= tables
        # opening again is a no-op and keeps the data
        staff.create_first_manager("boss", "secret-123", "王主管")
        db.close_database()
        opening.open_archive(db_url)
        assert staff.is_initialised()
    finally:
        db.close_database()


def test_newer_schema_is_refused(sqlite_url):
    opening.open_archive(sqlite_url)
    from models.foundation.schema import set_meta

    set_meta("schema_version", str(migrations.SCHEMA_VERSION + 1))
    db.close_database()
    with pytest.raises(DatabaseProblem, match="比本程序"):
        opening.open_archive(sqlite_url)
    db.close_database()


def test_foreign_sqlite_file_is_left_alone(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices VALUES (1, 9.5)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="不是客户档案管家"):
        opening.open_archive(str(path))
    db.close_database()
    con = sqlite3.connect(path)
    assert con.execute("SELECT total FROM invoices").fetchall() == [(9.5,)]
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["invoices"]


def test_garbage_file_is_refused_not_overwritten(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseProblem):
        opening.open_archive(str(path))
    db.close_database()
    assert path.read_bytes() == b"this is not a database" * 100


def test_unreachable_postgres_is_a_clear_error():
    with pytest.raises(DatabaseProblem, match="无法连接数据库"):
        opening.open_archive("postgresql://nobody:pw@127.0.0.1:1/none")
    db.close_database()


# ---- upgrades from the last release's schema ----------------------------------------------

def _scratch_archive_with_data(url):
    """A realistic archive made with today's services: accounts, a card with a key person,
    a project, page-2 entries, a grant, audit entries."""
    from models.archive import contacts, customers, events
    from models.rules.access import Actor
    from tests.conftest import PASSWORD, make_user

    opening.open_archive(url)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管", company_name="示例贸易有限公司")
    li = make_user(boss, "li", "agent", display_name="李客服")
    card = customers.create_customer(boss, {"name": "杭州明达贸易有限公司", "cls": "A",
                                            "phone": "0571-88886666"}, owner=li.id)
    contacts.add_contact(boss, card.id, {"name": "张伟", "mobile": "13800138000",
                                         "birthday": (3, 5, None, True), "family": "已婚，一子"})
    contacts.add_project(boss, card.id, {"name": "仓储系统", "started_on": "2024-03-01",
                                         "amount": "86000", "status": "进行中"})
    events.add_event(li, card.id, {"event_date": "2026-11-02", "category": "合作契机",
                                   "title": "新开分店", "content": "下月在滨江开第二家店"})
    assert isinstance(li, Actor)
    return boss, card


def _counts():
    """Rows per table (tables the open archive does not have yet are left out)."""
    from models.foundation.schema import ALL_TABLES

    present = set(db.database.get_tables())
    return {m._meta.table_name: m.select().count() for m in ALL_TABLES
            if m._meta.table_name in present}


def _old_release_archive(tmp_path, target_url, version=1):
    from tests.helpers.schema_history import copy_head_file, copy_into_old_schema

    scratch = str(tmp_path / "scratch.db")
    _scratch_archive_with_data(scratch)
    before = _counts()
    copy_into_old_schema(scratch, target_url, version)
    if not db.is_postgres_url(target_url):
        copy_head_file(tmp_path / "scratch.db", db.sqlite_path(target_url))
    return before


def _fresh_signature(url):
    from tests.helpers.schema_history import schema_signature

    opening.open_archive(url)
    try:
        return schema_signature()
    finally:
        db.close_database()


@pytest.fixture
def second_url(db_url, tmp_path, request):
    """Another empty database on the same backend as db_url."""
    if db.is_postgres_url(db_url):
        from tests.pg_server import create_database, drop_database

        admin = request.getfixturevalue("pg_admin_url")
        name = db_url.rsplit("/", 1)[1] + "_fresh"
        yield create_database(admin, name)
        db.close_database()
        drop_database(admin, name)
        return
    yield str(tmp_path / "fresh.db")


def test_v1_archive_upgrades_with_its_data_to_the_fresh_schema(db_url, second_url, tmp_path):
    from models.rules import audit, auth
    from tests.conftest import PASSWORD
    from tests.helpers.schema_history import schema_signature

    before = _old_release_archive(tmp_path, db_url)
    opening.open_archive(db_url)
    try:
        assert int(get_meta("schema_version")) == migrations.SCHEMA_VERSION
        after = _counts()
        assert {t: n for t, n in after.items() if t in before} == before   # every row survived
        assert auth.login("li", PASSWORD).username == "li"  # accounts still sign in
        assert audit.verify().ok                         # the chain is intact
        from models.foundation.schema import Staff
        assert [s.must_change_password for s in Staff.select()] == [False, False]
        import datetime as dt

        from models.foundation.schema import Customer
        # v3 back-fills the last contact from page 2 (the agent's entry of 2026-11-02)
        assert Customer.get().last_contact_on == dt.date(2026, 11, 2)
        upgraded = schema_signature()
    finally:
        db.close_database()
    assert upgraded == _fresh_signature(second_url)      # same tables, columns, indexes, triggers


def test_upgrade_keeps_a_checked_copy_of_the_old_archive(sqlite_url, tmp_path):
    """The copy goes into the backups folder as kind pre-upgrade (it was `archive.db.v1.bak`
    beside the archive before issue 18), and the caller is told before any step runs."""
    from pathlib import Path

    from models.maintenance import backups
    from tests.helpers.schema_history import sqlite_column_names

    before = _old_release_archive(tmp_path, sqlite_url)
    told = []

    def on_upgrade(upgrade):
        told.append((upgrade.message(), int(get_meta("schema_version"))))

    steps = []
    opening.open_archive(sqlite_url, on_upgrade=on_upgrade, progress=lambda d, t: steps.append((d, t)))
    db.close_database()
    pre = [c for c in backups.list_copies(Path(sqlite_url)) if c.kind == "pre-upgrade"]
    assert len(pre) == 1
    copy = pre[0].path
    assert copy.parent == tmp_path / "backups" and copy.exists()
    total = migrations.SCHEMA_VERSION - 1
    assert told == [(f"档案将从第 1 版升级到第 {migrations.SCHEMA_VERSION} 版，升级前已备份到 {copy}", 1)]
    assert steps == [(i, total) for i in range(1, total + 1)]
    assert "must_change_password" not in sqlite_column_names(copy, "staff")   # still version 1
    assert copy.with_name(copy.name + ".audit-head").exists()
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT value FROM archive_meta WHERE key='schema_version'").fetchone() == ("1",)
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == before["customer"]
        assert con.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0] == before["audit_entry"]
    finally:
        con.close()


def test_a_failing_step_leaves_the_archive_as_it_was(db_url, tmp_path, monkeypatch):
    before = _old_release_archive(tmp_path, db_url)
    real_step = migrations.STEPS[2]

    def half_done_then_broken():
        real_step()                                      # the column is added …
        raise peewee.OperationalError("disk I/O error")  # … then the step fails

    monkeypatch.setitem(migrations.STEPS, 2, half_done_then_broken)
    with pytest.raises(DatabaseProblem, match="升级数据库到版本 2 失败"):
        opening.open_archive(db_url)
    assert int(get_meta("schema_version")) == 1
    assert "must_change_password" not in {c.name for c in db.database.get_columns("staff")}
    after = _counts()
    assert {t: n for t, n in before.items() if t in after} == after
    db.close_database()


def _dump(path):
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_an_upgrade_interrupted_halfway_leaves_the_archive_unchanged(db_url, tmp_path, monkeypatch):
    """Steps 2 and 3 succeed, step 4 fails half-way: nothing of 2, 3 or 4 stays (it used to
    stay at version 3, half-upgraded). SQLite: schema and every row as before (a dump)."""
    from tests.helpers.schema_history import schema_signature

    before = _old_release_archive(tmp_path, db_url)
    if not db.is_postgres_url(db_url):
        dump_before = _dump(db.sqlite_path(db_url))
    db.open_database(db_url)
    signature_before = schema_signature()
    db.close_database()
    real_step = migrations.STEPS[4]

    def half_done_then_broken():
        real_step()                                      # notification.kind is added …
        raise peewee.OperationalError("disk I/O error")  # … then the step fails

    monkeypatch.setitem(migrations.STEPS, 4, half_done_then_broken)
    with pytest.raises(DatabaseProblem, match="升级数据库到版本 4 失败，档案保持第 1 版未变"):
        opening.open_archive(db_url)
    assert int(get_meta("schema_version")) == 1
    assert schema_signature() == signature_before
    after = _counts()
    assert {t: n for t, n in before.items() if t in after} == after
    db.close_database()
    if not db.is_postgres_url(db_url):
        assert _dump(db.sqlite_path(db_url)) == dump_before
    monkeypatch.setitem(migrations.STEPS, 4, real_step)   # the next attempt upgrades it
    opening.open_archive(db_url)
    try:
        assert int(get_meta("schema_version")) == migrations.SCHEMA_VERSION
    finally:
        db.close_database()


def test_a_new_archive_runs_no_step(db_url, monkeypatch):
    def must_not_run():
        raise AssertionError("a new archive is created at the latest version, not migrated")

    for version in migrations.STEPS:
        monkeypatch.setitem(migrations.STEPS, version, must_not_run)
    opening.open_archive(db_url)
    try:
        assert int(get_meta("schema_version")) == migrations.SCHEMA_VERSION
    finally:
        db.close_database()


def test_version_1_notifications_get_their_kind(db_url, tmp_path):
    """v4 on an archive made by version 1 (no notification.kind) with messages in it: the
    access decisions stay readable after access ends, the reported matter does not."""
    import datetime as dt

    from models.access_requests import requests
    from models.archive import customers, events
    from models.foundation.schema import Notification
    from tests.conftest import PASSWORD, make_user
    from tests.helpers.schema_history import copy_head_file, copy_into_old_schema

    scratch = str(tmp_path / "scratch.db")
    opening.open_archive(scratch)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管")
    make_user(boss, "li", "agent", display_name="李客服")
    sales = make_user(boss, "sales", "staff", display_name="孙业务", department="销售部")
    card = customers.create_customer(boss, {"name": "华东贸易有限公司"}, owner="li")
    events.report_event(sales, card.code, {"event_date": dt.date(2026, 11, 2), "category": "合作契机",
                                           "title": "对方计划在成都开分店"})
    rid = requests.request_access(sales, card.code, "下周拜访")
    requests.reject(boss, rid, "与业务无关")
    gid = requests.grant(boss, card.code, "sales", "view", days=3)
    requests.revoke(boss, gid)
    copy_into_old_schema(scratch, db_url, 1)
    if not db.is_postgres_url(db_url):
        copy_head_file(tmp_path / "scratch.db", db.sqlite_path(db_url))

    opening.open_archive(db_url)
    try:
        assert int(get_meta("schema_version")) == migrations.SCHEMA_VERSION
        kinds = {n.message[:6]: n.kind for n in Notification.select()}
        assert kinds == {"孙业务 报告": "card", "您对客户 K": "access", "主管授予您查": "access",
                         "您查阅客户 ": "access"}
        card = customers.get_card(boss, card.code)
        customers.update_customer(boss, card.id, card.version, {}, owner="boss")
        from models.foundation.schema import Staff
        from models.rules.access import Actor
        li = Actor.from_staff(Staff.get(Staff.username == "li"))
        sales = Actor.from_staff(Staff.get(Staff.username == "sales"))
        assert requests.inbox(li) == [] and requests.unread_count(li) == 0
        assert len(requests.inbox(sales)) == 3 and requests.unread_count(sales) == 3
    finally:
        db.close_database()


def test_version_1_archive_is_searchable_through_the_new_index(db_url, tmp_path):
    """Step 9 back-fills the search index: after the upgrade a 1-, 2- and 4-character query,
    a key person's name and a phone fragment find the card through the index (on SQLite the
    FTS5 table holds its grams; PostgreSQL's expression index builds itself)."""
    from models.archive import customer_list, customers
    from models.rules import auth
    from tests.conftest import PASSWORD

    _old_release_archive(tmp_path, db_url)
    opening.open_archive(db_url)
    try:
        boss = auth.login("boss", PASSWORD)
        for text in ("明", "明达", "杭州明达", "张伟", "8888", "mingda", "hzmd"):
            assert [r.name for r in customers.search(boss, text)] == ["杭州明达贸易有限公司"], text
        assert customers.search(boss, "无此客户") == []
        if not db.is_postgres():
            assert customer_list._sqlite_matches(["明达"]) == 1      # in the index, not a scan
        else:
            with db.database.atomic():     # a one-row table is scanned unless told not to
                db.database.execute_sql("SET LOCAL enable_seqscan = off")
                plan = db.database.execute_sql(
                    "EXPLAIN SELECT id FROM customer WHERE search_grams(search_text) @> ARRAY['明达']").fetchall()
            assert "customer_search_grams" in str(plan)
    finally:
        db.close_database()


def test_version_1_archive_gets_pinyin_sort_keys(db_url, tmp_path):
    """Step 10 back-fills the name's sort key: after the upgrade the list sorted by 客户名称
    reads in pinyin order (code-point order was MBP…, 七喜, 万迅, 东方 …), a page after a row
    continues from it, and every key is the one a writer would store today."""
    from models.archive import customer_list, customers
    from models.archive.customer_list import ListQuery
    from models.foundation import name_order
    from models.foundation.schema import Customer
    from models.rules import auth
    from tests.conftest import PASSWORD
    from tests.helpers.schema_history import copy_head_file, copy_into_old_schema

    names = ["MBP科技", "七喜电脑", "万迅科技", "东方电气", "重庆银行", "阿里巴巴", "百度在线", "美团点评", "2号仓库"]
    scratch = str(tmp_path / "scratch.db")
    opening.open_archive(scratch)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管")
    for name in names:
        customers.create_customer(boss, {"name": name})
    copy_into_old_schema(scratch, db_url, 1)
    if not db.is_postgres_url(db_url):
        copy_head_file(tmp_path / "scratch.db", db.sqlite_path(db_url))

    opening.open_archive(db_url)
    try:
        boss = auth.login("boss", PASSWORD)
        q = ListQuery(sort="name", descending=False)
        listed = customers.list_customers(boss, q)
        assert [r.name for r in listed] == ["2号仓库", "阿里巴巴", "百度在线", "重庆银行", "东方电气", "MBP科技",
                                            "美团点评", "七喜电脑", "万迅科技"]
        rest = customers.list_customers(boss, q, after=customer_list.sort_key(listed[4], q))
        assert [r.name for r in rest] == ["MBP科技", "美团点评", "七喜电脑", "万迅科技"]
        assert {c.name: c.name_sort for c in Customer.select()} == {n: name_order.key(n) for n in names}
        if db.is_postgres():    # compared byte by byte, whatever the server's default collation
            assert db.database.execute_sql(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'customer' AND column_name = 'name_sort'").fetchone() == ("C",)
    finally:
        db.close_database()


def test_version_1_archive_gets_an_agents_sort_indexes(db_url, tmp_path):
    """Step 11 adds (custodian, status, column, id) indexes: after the upgrade an agent's own
    cards by 客户编号, 分类, 所属行业 and 状态 are read along them in order (no sort of
    everything they hold), the list still shows the upgraded cards, and on PostgreSQL the
    sort columns compare by code point (COLLATE "C") as on SQLite."""
    from models.archive import customers
    from models.archive.customer_list import ListQuery
    from models.rules import auth
    from tests.conftest import PASSWORD

    _old_release_archive(tmp_path, db_url)
    opening.open_archive(db_url)
    try:
        li = auth.login("li", PASSWORD)
        for sort, column in (("code", "code"), ("cls", "classification"), ("industry", "industry"),
                             ("status", None)):
            rows = customers.list_customers(li, ListQuery(sort=sort))
            assert [r.name for r in rows] == ["杭州明达贸易有限公司"]
            order = f'"{column}", "id"' if column else '"id"'
            sql = f'SELECT id FROM customer WHERE owner_id = 2 AND status = \'active\' ORDER BY {order} LIMIT 200'
            if db.is_postgres():
                with db.database.atomic():   # a one-row table is scanned unless told not to
                    db.database.execute_sql("SET LOCAL enable_seqscan = off")
                    plan = str(db.database.execute_sql("EXPLAIN " + sql).fetchall())
            else:
                plan = str(db.database.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
            name = f"customer_owner_id_status_{column}_id" if column else "customer_owner_id_status_id"
            assert name in plan and "TEMP B-TREE" not in plan, (sort, plan)
        if db.is_postgres():    # compared by code point, as Python merges them, whatever the server's locale
            assert dict(db.database.execute_sql(
                "SELECT column_name, collation_name FROM information_schema.columns WHERE table_name = 'customer' "
                "AND column_name IN ('code', 'industry', 'classification', 'status')").fetchall()) == {
                "code": "C", "industry": "C", "classification": "C", "status": "C"}
    finally:
        db.close_database()
