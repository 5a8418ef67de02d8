"""Shared fixtures: a fresh archive per test on SQLite and (parametrised) PostgreSQL."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from tests.pg_server import PgServer, create_database, drop_database, start_for_session  # noqa: E402

IN_CI = os.environ.get("CI") == "true"
PASSWORD = "secret-123"


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():
    """Cheap argon2 parameters for the whole run (production cannot lower them)."""
    from models.rules import auth
    from tests.helpers import fast_hash

    previous = fast_hash.install()
    yield
    auth.configure_hasher(previous)


@pytest.fixture(scope="session", autouse=True)
def private_log_folder(tmp_path_factory):
    """Every main.py run writes the log (models/foundation/logs.py): tests that start one as a
    subprocess without their own XDG_STATE_HOME must not write this PC's real log folder."""
    previous = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("state"))
    yield
    if previous is None:
        os.environ.pop("XDG_STATE_HOME", None)
    else:
        os.environ["XDG_STATE_HOME"] = previous


@pytest.fixture(scope="session")
def pg_admin_url():
    server = PgServer()
    yield start_for_session(server, in_ci=IN_CI)
    server.stop()


_pg_counter = [0]


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path, monkeypatch):
    """A URL for an empty archive on each backend; a PostgreSQL one is dropped after its test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))   # crash reports (ui/cli/crash.py)
    if request.param == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    admin = request.getfixturevalue("pg_admin_url")
    _pg_counter[0] += 1
    name = f"ca_test_{os.getpid()}_{_pg_counter[0]}"
    yield create_database(admin, name)
    try:
        from models.foundation import db

        db.close_database()
    finally:
        drop_database(admin, name)


@pytest.fixture
def sqlite_url(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))   # crash reports (ui/cli/crash.py)
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
