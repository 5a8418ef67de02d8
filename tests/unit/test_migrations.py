"""Schema creation, version checks and refusal of foreign or broken databases."""
from __future__ import annotations

import sqlite3

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


def test_version_1_notifications_get_their_kind(db_url):
    """Step 2 on a database made by version 1 (no notification.kind) with messages in it:
    the access decisions stay readable after access ends, the reported matter does not."""
    import datetime as dt

    from models.access_requests import requests
    from models.archive import customers, events
    from models.foundation.schema import Notification, set_meta
    from tests.conftest import PASSWORD, make_user

    opening.open_archive(db_url)
    try:
        boss = staff.create_first_manager("boss", PASSWORD, "王主管")
        li = make_user(boss, "li", "agent", display_name="李客服")
        sales = make_user(boss, "sales", "staff", display_name="孙业务", department="销售部")
        card = customers.create_customer(boss, {"name": "华东贸易有限公司"}, owner="li")
        events.report_event(sales, card.code, {"event_date": dt.date(2026, 11, 2), "category": "合作契机",
                                               "title": "对方计划在成都开分店"})
        rid = requests.request_access(sales, card.code, "下周拜访")
        requests.reject(boss, rid, "与业务无关")
        gid = requests.grant(boss, card.code, "sales", "view", days=3)
        requests.revoke(boss, gid)
        # back to what version 1 wrote: no kind column, schema version 1
        db.database.execute_sql("ALTER TABLE notification DROP COLUMN kind")
        set_meta("schema_version", "1")
        db.close_database()

        opening.open_archive(db_url)
        assert int(get_meta("schema_version")) == migrations.SCHEMA_VERSION
        kinds = {n.message[:6]: n.kind for n in Notification.select()}
        assert kinds == {"孙业务 报告": "card", "您对客户 K": "access", "主管授予您查": "access",
                         "您查阅客户 ": "access"}
        customers.update_customer(boss, card.id, card.version, {}, owner="boss")
        assert requests.inbox(li) == [] and requests.unread_count(li) == 0
        assert len(requests.inbox(sales)) == 3 and requests.unread_count(sales) == 3
    finally:
        db.close_database()
