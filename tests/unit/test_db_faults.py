"""Known conditions apart from bugs in the core: account states by class, driver errors that
mean a full disk, a held lock or a read-only file, the PostgreSQL timeouts, read-only opening."""
from __future__ import annotations

import os
import sqlite3
import uuid

import peewee
import pytest

from models.accounts import admin, staff
from models.archive import customers
from models.foundation import db
from models.foundation.errors import (
    AccountUnavailable,
    DatabaseBusy,
    DatabaseReadOnly,
    DiskFull,
    FileProblem,
    LoginFailed,
)
from models.foundation.faults import known_condition
from models.foundation.schema import Staff
from models.maintenance import opening
from models.rules import access, auth
from tests.conftest import PASSWORD


@pytest.mark.parametrize("status", ["disabled", "frozen", "departed"])
def test_account_states_are_classes_not_message_text(archive, status):
    agent = staff.add_user(archive, "li", PASSWORD, "agent", department="客服部")
    actor = auth.login("li", PASSWORD)
    if status == "disabled":
        admin.set_enabled(archive, "li", False)
    else:
        Staff.update(status=status).where(Staff.id == agent.id).execute()
    with pytest.raises(AccountUnavailable) as during:
        access.refresh(actor)
    with pytest.raises(AccountUnavailable) as at_login:
        auth.login("li", PASSWORD)
    assert during.value.status == at_login.value.status == status
    with pytest.raises(LoginFailed) as wrong:
        auth.login("li", "wrong-pass-1")
    assert not isinstance(wrong.value, AccountUnavailable)


def test_a_full_disk_behind_a_failed_rollback(sqlite_archive, sqlite_url):
    pages = db.database.execute_sql("PRAGMA page_count").fetchone()[0]
    db.database.execute_sql(f"PRAGMA max_page_count = {int(pages)}")
    with pytest.raises(peewee.OperationalError) as exc:
        for i in range(400):
            customers.create_customer(sqlite_archive, {"name": f"客户{i}", "notes": "备注" * 2000})
    found = known_condition(exc.value)
    assert isinstance(found, DiskFull) and found.database and found.path == sqlite_url
    assert "磁盘已满" in found.message and sqlite_url in found.message


def test_sqlite_busy_names_the_file(sqlite_archive, sqlite_url, monkeypatch):
    db.database.execute_sql("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(sqlite_url, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(peewee.OperationalError) as exc:
            customers.create_customer(sqlite_archive, {"name": "甲公司"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    found = known_condition(exc.value)
    assert isinstance(found, DatabaseBusy) and found.shared_file and sqlite_url in found.message


def test_a_bug_while_handling_a_known_condition_stays_a_bug():
    try:
        try:
            raise OSError(28, "No space left on device", "/tmp/x")
        except OSError:
            raise KeyError("oops") from None
    except KeyError as bug:
        assert known_condition(bug) is None
    assert isinstance(known_condition(IsADirectoryError(21, "Is a directory", "/tmp")), FileProblem)


@pytest.fixture
def pg_url(pg_admin_url, tmp_path, monkeypatch):
    """A PostgreSQL archive (these behaviours have no SQLite counterpart)."""
    from tests.pg_server import create_database

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    url = create_database(pg_admin_url, f"ca_faults_{os.getpid()}_{uuid.uuid4().hex[:8]}")
    opening.open_archive(url)
    staff.create_first_manager("boss", PASSWORD, "王主管")
    yield url
    db.close_database()


def test_postgres_sessions_wait_with_limits(pg_url):
    assert db.database.execute_sql("SHOW lock_timeout").fetchone()[0] == "10s"
    assert db.database.execute_sql("SHOW statement_timeout").fetchone()[0] == "1min"


def test_postgres_statement_timeout_is_worded(pg_url, monkeypatch):
    monkeypatch.setattr(db, "PG_STATEMENT_TIMEOUT_S", 1)
    db.close_database()
    db.open_database(pg_url)
    with pytest.raises(peewee.DatabaseError) as exc:
        db.database.execute_sql("SELECT pg_sleep(3)")
    db.database.rollback()
    found = known_condition(exc.value)
    assert isinstance(found, DatabaseBusy) and found.statement and "1 秒" in found.message


def test_a_read_only_archive_reads_and_refuses_writes(sqlite_archive, sqlite_url, monkeypatch):
    card = customers.create_customer(sqlite_archive, {"name": "甲公司"})
    db.close_database()
    monkeypatch.setattr(db, "sqlite_file_writable", lambda path: False)
    opening.open_archive(sqlite_url)
    assert db.is_read_only()
    actor = auth.login("boss", PASSWORD)          # records nothing: it cannot
    assert customers.get_card(actor, card.code).name == "甲公司"
    with pytest.raises(DatabaseReadOnly, match="只读") as exc:
        customers.create_customer(actor, {"name": "乙公司"})
    assert exc.value.location == sqlite_url
    with pytest.raises(DatabaseReadOnly):
        customers.get_card(actor, card.code, reveal_sensitive=True)   # a reveal must be audited
    with pytest.raises(LoginFailed):
        auth.login("boss", "wrong-pass-1")
    # even a write that bypasses the services is stopped by SQLite itself
    with pytest.raises(peewee.OperationalError) as raw:
        db.database.execute_sql("DELETE FROM customer")
    assert isinstance(known_condition(raw.value), DatabaseReadOnly)
    db.close_database()
    assert not db.is_read_only()
