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
