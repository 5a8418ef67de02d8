"""The log file (models/foundation/logs.py): what IT needs, and nothing personal in it."""
from __future__ import annotations

import logging

import pytest

import main
from models.foundation import logs, migrations
from models.foundation.version import program_version

ADMIN_PASSWORD = "Adm1n-Pass-4815"
NEW_STAFF_PASSWORD = "Staff-Pass-1623"
WRONG_PASSWORD = "Wr0ng-Guess-7777"
CUSTOMER = "甄嬛传奇贸易有限公司"
PHONE = "13912345678"
STAFF_NAME = "林小燕"


def log_text() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(logs.log_dir().glob("client-archive.log*")))


@pytest.fixture
def command(sqlite_url, monkeypatch, capsys):
    """command(*argv, password=...) runs main.main as the executable does; returns (code, out)."""
    monkeypatch.delenv("CLIENT_ARCHIVE_DB", raising=False)

    def invoke(*argv, password=ADMIN_PASSWORD):
        monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", password)
        code = main.main(["--db", sqlite_url, *argv])
        return code, capsys.readouterr().out
    return invoke


def test_a_session_leaves_what_it_did_and_nobody_s_data(command, sqlite_url, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", NEW_STAFF_PASSWORD)
    assert command("init", "--admin", "boss", "--display-name", "王主管", "--company", "示例贸易")[0] == 0
    assert command("--user", "boss", "user", "add", "xiaoyan", "--role", "agent", "--dept", "客服部",
                   "--display-name", STAFF_NAME)[0] == 0
    code, out = command("--user", "boss", "customer", "add", "--name", CUSTOMER, "--phone", PHONE)
    assert code == 0
    code, out = command("--user", "boss", "search", "甄嬛传奇")
    assert code == 0 and CUSTOMER in out
    assert command("--user", "boss", "search", "甄嬛传奇", password=WRONG_PASSWORD)[0] == 4
    text = log_text()
    # what IT needs: start and stop with version and exit code, the archive and its schema
    # version, the commands by name, and the failed sign-in by its class
    assert f"start command init: version {program_version()}" in text
    assert "start command customer add:" in text and "start command user add:" in text
    assert text.count("start command search:") == 2 and "stop command search: exit 4" in text
    assert f"archive {sqlite_url}, schema version {migrations.SCHEMA_VERSION}" in text
    assert "command search: models.foundation.errors.LoginFailed, exit 4" in text
    # what it must never hold
    for secret in (ADMIN_PASSWORD, NEW_STAFF_PASSWORD, WRONG_PASSWORD, CUSTOMER, "甄嬛", PHONE,
                   "5678", STAFF_NAME, "王主管", "示例贸易", "xiaoyan", "boss"):
        assert secret not in text, secret


def test_a_bug_names_its_crash_report(command, monkeypatch):
    from ui.cli import version_cmds

    def broken(ctx, args):
        raise RuntimeError(f"a bug while looking at {CUSTOMER}")

    monkeypatch.setattr(version_cmds, "cmd_version", broken)
    assert command("version")[0] == 70
    reports = list(logs.log_dir().glob("crash-*.txt"))
    assert len(reports) == 1
    text = log_text()
    assert f"builtins.RuntimeError, crash report {reports[0].name}" in text
    assert "stop command version: exit 70" in text and CUSTOMER not in text


def test_a_postgresql_url_is_logged_without_its_password(sqlite_url):
    logs.start("command test")
    logs.archive_opened("postgresql://ca:S3cret-Pw@db.example:5432/archive", 6, 7)
    logs.stop(0)
    text = log_text()
    assert "archive postgresql://ca@db.example:5432/archive, schema version 6 (program's is 7: archive is older)" in text
    assert "S3cret-Pw" not in text


def test_the_log_rotates_at_its_size_and_keeps_five(sqlite_url, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.start("command test")
    for n in range(400):
        logs.event("event number %d of a long run", n)
    logs.stop(0)
    names = sorted(p.name for p in logs.log_dir().iterdir())
    assert names == ["client-archive.log"] + [f"client-archive.log.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= 2_000 for p in logs.log_dir().iterdir())
    assert "stop command test: exit 0" in (logs.log_dir() / "client-archive.log").read_text("utf-8")


def test_an_unwritable_log_folder_costs_the_log_only(command, tmp_path, monkeypatch):
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    code, out = command("version")
    assert code == 0 and out.startswith("program\t")


def test_without_start_records_go_nowhere(capsys, sqlite_url):
    logs.error("command x", ValueError("张三 13912345678"))   # e.g. the CLI in-process in tests
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
    assert not logs.log_dir().exists()
    assert logging.getLogger("client_archive").propagate is False
