"""`backups` and `restore FILE [--yes]` (issue 18): the contract's columns, the day's copy
taken once by the first command, retention settings, restore's confirmation and refusals."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from models.foundation import db


def _rows(res) -> list[list[str]]:
    return [line.split("\t") for line in res.out.splitlines()]


def test_the_first_command_of_the_day_takes_the_copy_and_backups_lists_it(cli, db_url):
    if db.is_postgres_url(db_url):
        res = cli("backups")
        assert res.code == 0 and res.out == ""
        assert "pg_dump --format=custom" in res.err and "尚未登记" in res.err
        return
    assert cli("--user", "boss", "search", "x").code == 0   # the first command after init
    cli("--user", "boss", "customer", "add", "--name", "第二条命令之前的公司")
    res = cli("backups")
    assert res.code == 0, res
    rows = _rows(res)
    assert len(rows) == 1, rows           # once per day, whatever the number of commands
    date, path, size, kind = rows[0]
    assert kind == "weekly" and date.startswith(dt.date.today().isoformat())
    assert Path(path).parent == Path(db_url).parent / "backups" and int(size) == Path(path).stat().st_size

    assert cli("--user", "boss", "backup").code == 0     # no file name: a manual copy in the folder
    assert [r[3] for r in _rows(cli("backups"))] == ["manual", "weekly"]


def test_retention_and_record_need_a_manager_with_the_admin_capability(cli, db_url, monkeypatch):
    from tests.conftest import PASSWORD

    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", "it", "--role", "staff", "--admin", "--dept", "信息部").code == 0
    assert cli("--user", "it", "backups", "--keep-daily", "3").code == 3
    if db.is_postgres_url(db_url):
        assert cli("--user", "it", "backups", "--record").code == 3
        res = cli("--user", "boss", "backups", "--record")
        assert res.code == 0 and dt.date.today().isoformat() in res.out
        assert f"最近登记的备份：{dt.date.today().isoformat()}" in cli("backups").err
        assert cli("--user", "boss", "backups", "--record", "2999-01-01").code == 2
        return
    res = cli("--user", "boss", "backups", "--keep-daily", "3", "--keep-weekly", "8")
    assert res.code == 0 and "每日 3 份，每周 8 份" in res.out
    assert cli("--user", "boss", "backups", "--keep-daily", "-1").code == 2
    assert cli("--user", "boss", "backups", "--record").code == 1   # SQLite copies itself


@pytest.fixture
def sqlite_cli(cli, db_url):
    if db.is_postgres_url(db_url):
        res = cli("--user", "boss", "restore", "x.db", "--yes")
        assert res.code == 1 and "pg_restore" in res.err
        pytest.skip("a PostgreSQL archive is restored on its server")
    return cli


def test_restore_puts_the_copy_back_and_can_be_undone(sqlite_cli, db_url, monkeypatch):
    cli = sqlite_cli
    cli("--user", "boss", "customer", "add", "--name", "备份里的公司")
    assert cli("--user", "boss", "backup").code == 0
    copy = _rows(cli("backups"))[0][1]
    assert copy.endswith("-manual.db")
    cli("--user", "boss", "customer", "add", "--name", "之后的公司")

    monkeypatch.setattr("sys.stdin", io.StringIO(""))   # no terminal, no --yes: refused
    res = cli("--user", "boss", "restore", copy)
    assert res.code == 2 and "--yes" in res.err

    res = cli("--user", "boss", "restore", copy, "--yes")
    assert res.code == 0, res
    assert "客户：1 家" in res.out and "已恢复" in res.out
    found = cli("--user", "boss", "search", "公司").out
    assert "备份里的公司" in found and "之后的公司" not in found
    assert cli("--user", "boss", "audit", "verify").code == 0

    aside = [r for r in _rows(cli("backups")) if r[3] == "pre-restore"][0][1]
    assert cli("--user", "boss", "restore", aside, "--yes").code == 0
    assert "之后的公司" in cli("--user", "boss", "search", "公司").out


def test_restore_asks_on_a_terminal(sqlite_cli, db_url, monkeypatch):
    cli = sqlite_cli
    cli("--user", "boss", "backup")
    copy = _rows(cli("backups"))[0][1]

    class Terminal(io.StringIO):
        def isatty(self):
            return True
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    res = cli("--user", "boss", "restore", copy)
    assert res.code == 1 and "未恢复" in res.out
    assert not [r for r in _rows(cli("backups")) if r[3] == "pre-restore"]


def test_a_corrupted_copy_is_refused_with_a_chinese_sentence(sqlite_cli, db_url, tmp_path):
    cli = sqlite_cli
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 300)
    cli("--user", "boss", "customer", "add", "--name", "留在档案里的公司")
    res = cli("--user", "boss", "restore", str(bad), "--yes")
    assert res.code == 1 and "未做任何改动" in res.err and "Traceback" not in res.err
    assert res.err.count("\n") == 1
    res = cli("--user", "boss", "restore", str(tmp_path / "missing.db"), "--yes")
    assert res.code == 1 and "找不到备份文件" in res.err
    assert cli("--user", "nobody", "restore", str(bad), "--yes").code == 4   # no such account
    assert "留在档案里的公司" in cli("--user", "boss", "search", "公司").out
    assert not [r for r in _rows(cli("backups")) if r[3] == "pre-restore"]   # nothing set aside


def test_an_older_archive_says_it_is_upgraded_on_stderr(tmp_path, monkeypatch):
    from models.accounts import staff
    from models.foundation import migrations
    from models.maintenance import opening
    from tests.conftest import PASSWORD
    from tests.helpers.schema_history import copy_head_file, copy_into_old_schema
    from ui.cli import run

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    scratch = str(tmp_path / "scratch.db")
    opening.open_archive(scratch)
    staff.create_first_manager("boss", PASSWORD, "王主管")
    target = tmp_path / "office" / "archive.db"
    target.parent.mkdir()
    copy_into_old_schema(scratch, str(target), 1)
    copy_head_file(tmp_path / "scratch.db", target)
    err = io.StringIO()
    assert run(["--db", str(target), "--user", "boss", "backups"], stdout=io.StringIO(), stderr=err) == 0
    lines = err.getvalue().splitlines()
    pre = next((target.parent / "backups").glob("archive-*-pre-upgrade.db"))
    assert lines == [f"档案将从第 1 版升级到第 {migrations.SCHEMA_VERSION} 版，升级前已备份到 {pre}"]
