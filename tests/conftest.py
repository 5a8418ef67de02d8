"""Shared fixtures: a fresh archive per test on SQLite and (parametrised) PostgreSQL."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("CLIENT_ARCHIVE_FAST_HASH", "1")  # tests only: cheap argon2 parameters
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from tests.pg_server import PgServer, PgUnavailable, create_database  # noqa: E402

IN_CI = os.environ.get("CI") == "true"
PASSWORD = "secret-123"


@pytest.fixture(scope="session")
def pg_admin_url():
    server = PgServer()
    try:
        url = server.start()
    except PgUnavailable as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"*** PostgreSQL NOT AVAILABLE, PostgreSQL tests skipped: {exc} ***")
    yield url
    server.stop()


_pg_counter = [0]


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path, monkeypatch):
    """A URL for an empty archive on each backend."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))   # crash reports (ui/crash.py)
    if request.param == "sqlite":
        return str(tmp_path / "archive.db")
    admin = request.getfixturevalue("pg_admin_url")
    _pg_counter[0] += 1
    return create_database(admin, f"ca_test_{os.getpid()}_{_pg_counter[0]}")


@pytest.fixture
def sqlite_url(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))   # crash reports (ui/crash.py)
    return str(tmp_path / "archive.db")


@pytest.fixture
def archive(db_url):
    """An open, initialised archive with a manager/admin 'boss'."""
    from models.accounts import staff
    from models.foundation import db
    from models.maintenance import opening

    opening.open_archive(db_url)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管", company_name="示例贸易有限公司")
    yield boss
    db.close_database()


@pytest.fixture
def sqlite_archive(sqlite_url):
    from models.accounts import staff
    from models.foundation import db
    from models.maintenance import opening

    opening.open_archive(sqlite_url)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管", company_name="示例贸易有限公司")
    yield boss
    db.close_database()


def make_user(boss, username, role, *, display_name=None, is_admin=False, department="客服部"):
    from models.accounts import staff
    from models.rules.access import Actor

    info = staff.add_user(boss, username, PASSWORD, role, is_admin=is_admin,
                          department=department, display_name=display_name or username)
    return Actor(info.id, info.username, info.display_name, info.role, info.is_admin)


@pytest.fixture
def people(archive):
    """boss (manager+admin), two agents, a sales staff member and an IT admin."""
    boss = archive
    return {
        "boss": boss,
        "li": make_user(boss, "li", "agent", display_name="李客服"),
        "zhao": make_user(boss, "zhao", "agent", display_name="赵客服"),
        "sales": make_user(boss, "sales", "staff", display_name="孙业务", department="销售部"),
        "it": make_user(boss, "it", "staff", display_name="周管理", is_admin=True, department="信息部"),
    }
