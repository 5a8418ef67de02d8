"""The test tooling itself: collection without Unix-only modules, and no databases left behind."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

PG_SERVER = Path(__file__).resolve().parents[1] / "pg_server.py"


@pytest.fixture
def pg_server_without_pwd(monkeypatch):
    """tests/pg_server.py loaded as on Windows: no `pwd` module, no os.geteuid, no test URL.

    Loaded as a separate module so the copy the session's fixtures use stays untouched."""
    monkeypatch.setitem(sys.modules, "pwd", None)  # `import pwd` now raises ImportError
    monkeypatch.delattr(os, "geteuid", raising=False)
    monkeypatch.delenv("CLIENT_ARCHIVE_TEST_PG", raising=False)
    spec = importlib.util.spec_from_file_location("pg_server_as_on_windows", PG_SERVER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pg_server_imports_without_pwd_and_explains_what_to_set(pg_server_without_pwd):
    server = pg_server_without_pwd.PgServer()
    with pytest.raises(pg_server_without_pwd.PgUnavailable, match="CLIENT_ARCHIVE_TEST_PG=postgresql://"):
        server.start()
    assert server.dir is None  # nothing was created on disk


def test_without_a_server_the_postgres_tests_are_skipped_loudly(pg_server_without_pwd):
    with pytest.raises(pytest.skip.Exception) as skipped:
        pg_server_without_pwd.start_for_session(pg_server_without_pwd.PgServer(), in_ci=False)
    message = str(skipped.value)
    assert message.startswith("*** PostgreSQL NOT AVAILABLE, PostgreSQL tests skipped: ")
    assert "CLIENT_ARCHIVE_TEST_PG" in message and message.endswith(" ***")


def test_in_ci_a_missing_server_fails_instead_of_skipping(pg_server_without_pwd):
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is required in CI: .*CLIENT_ARCHIVE_TEST_PG"):
        pg_server_without_pwd.start_for_session(pg_server_without_pwd.PgServer(), in_ci=True)


def test_a_given_server_url_is_used_without_pwd(pg_server_without_pwd, monkeypatch):
    url = "postgresql://postgres@127.0.0.1:5432/postgres"
    monkeypatch.setenv("CLIENT_ARCHIVE_TEST_PG", url)
    assert pg_server_without_pwd.PgServer().start() == url


def _database_names(admin_url):
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        return {row[0] for row in conn.execute("SELECT datname FROM pg_database")}


def test_a_test_database_is_dropped_even_with_a_connection_left_open(pg_admin_url):
    import psycopg

    from tests.pg_server import create_database, drop_database

    name = f"ca_tooling_{os.getpid()}"
    url = create_database(pg_admin_url, name)
    leaked = psycopg.connect(url)  # what a test that forgets to close leaves behind
    try:
        assert name in _database_names(pg_admin_url)
        drop_database(pg_admin_url, name)
        assert name not in _database_names(pg_admin_url)
        with pytest.raises(psycopg.OperationalError):
            leaked.execute("SELECT 1")  # the server ended it
    finally:
        leaked.close()
