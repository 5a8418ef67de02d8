"""Faults of the environment get words: a full disk, a lock held elsewhere, a read-only
archive, a file that is not an archive yet. Each names where, and nothing is half-written."""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import threading
import uuid
from pathlib import Path

import pytest

from tests.cli.test_errors_cli import _clean
from tests.conftest import PASSWORD


def _run(url, *argv):
    from tests.cli.conftest import CliResult
    from ui.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", url, *argv], stdout=out, stderr=err)
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def scli(sqlite_url, monkeypatch):
    """`cli` on a SQLite file only (what these tests do is about the file)."""
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    monkeypatch.delenv("CLIENT_ARCHIVE_DB", raising=False)
    assert _run(sqlite_url, "init", "--admin", "boss").code == 0
    return lambda *argv: _run(sqlite_url, *argv)


# ---- a file that is not an archive yet ------------------------------------------------------

def test_an_empty_file_is_not_built_into_an_archive(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    empty = tmp_path / "empty.db"
    empty.touch()
    res = _clean(_run(str(empty), "--user", "boss", "search", "x"))
    assert res.code == 1 and "这里还没有档案" in res.err and str(empty) in res.err and "init" in res.err
    assert empty.stat().st_size == 0                     # nothing was built inside it
    assert _run(str(empty), "init", "--admin", "boss").code == 0   # only init creates
    assert _run(str(empty), "--user", "boss", "search", "x").code == 0


def test_a_database_without_an_archive(db_url, monkeypatch):
    """An empty PostgreSQL database (or a SQLite file with tables but no accounts)."""
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    from models.foundation import db
    from models.maintenance import opening

    opening.open_archive(db_url)    # the schema only, as an older version left it
    db.close_database()
    res = _clean(_run(db_url, "--user", "boss", "show", "KH000001"))
    assert res.code == 1 and "这里还没有档案" in res.err
    assert "用户名或密码错误" not in res.err


# ---- a full disk ----------------------------------------------------------------------------

def test_a_full_disk_is_named_not_a_failed_rollback(scli, sqlite_url, monkeypatch):
    from models.foundation import db

    with sqlite3.connect(sqlite_url) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
    # SQLite reports SQLITE_FULL when the file would grow beyond max_page_count: a full disk
    monkeypatch.setitem(db.SQLITE_PRAGMAS, "max_page_count", pages)
    res = _clean(scli("--user", "boss", "demo", "--customers", "30"))
    assert res.code == 1 and "磁盘已满" in res.err and sqlite_url in res.err, res
    assert "rollback" not in res.err
    monkeypatch.delitem(db.SQLITE_PRAGMAS, "max_page_count")
    assert scli("--user", "boss", "search", "").out == ""          # nothing half-written


def _mount_tmpfs(path: Path, size: str, *options: str) -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("*** needs root to mount a tmpfs: real-disk test skipped ***")
    path.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]),
                           "tmpfs", str(path)], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"*** cannot mount a tmpfs here ({proc.stderr.strip()}): test skipped ***")


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system at `folder` until only about `leave` bytes are free."""
    free = shutil.disk_usage(folder).free
    try:
        with open(folder / "filler", "ab") as f:
            f.write(b"\0" * max(0, free - leave))
    except OSError:   # the last block did not fit: full is what we wanted
        pass


def test_a_real_full_disk(tmp_path, monkeypatch):
    mnt = tmp_path / "small"
    _mount_tmpfs(mnt, "4m")     # the archive at schema v7 with its WAL outgrows 1 MB
    try:
        monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
        url = str(mnt / "archive.db")
        assert _run(url, "init", "--admin", "boss").code == 0
        _fill(mnt, 48 * 1024)     # room for SQLite's -shm file, not for the write
        res = _clean(_run(url, "--user", "boss", "demo", "--customers", "30"))
        assert res.code == 1 and "磁盘已满" in res.err and url in res.err, res
        _fill(mnt, 0)             # not even the -shm file fits: SQLite says "disk I/O error"
        res = _clean(_run(url, "--user", "boss", "search", "x"))
        assert res.code == 1 and "磁盘已满" in res.err and url in res.err, res
        (mnt / "filler").unlink()
        assert _run(url, "--user", "boss", "search", "").code == 0
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


# ---- locks held elsewhere -------------------------------------------------------------------

def test_sqlite_locked_by_another_program(scli, sqlite_url, monkeypatch):
    from models.foundation import db

    monkeypatch.setitem(db.SQLITE_PRAGMAS, "busy_timeout", 300)
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_S", 0.3)
    other = sqlite3.connect(sqlite_url, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")        # another program writing and not letting go
    try:
        res = _clean(scli("--user", "boss", "customer", "add", "--name", "甲公司"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert res.code == 1 and "数据库正忙" in res.err and sqlite_url in res.err
    assert "另一个程序或另一台电脑" in res.err and "database is locked" not in res.err


@pytest.fixture
def pg_cli(pg_admin_url, tmp_path, monkeypatch):
    """A PostgreSQL archive with one customer; waiting for a lock gives up after 1 s."""
    from models.foundation import db
    from tests.pg_server import create_database

    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    monkeypatch.setattr(db, "PG_LOCK_TIMEOUT_S", 1)
    url = create_database(pg_admin_url, f"ca_locks_{os.getpid()}_{uuid.uuid4().hex[:8]}")
    assert _run(url, "init", "--admin", "boss").code == 0
    code = _run(url, "--user", "boss", "customer", "add", "--name", "甲公司").out.strip()
    return (lambda *argv: _run(url, *argv)), url, code


@pytest.mark.parametrize("held", ["audit lock", "table lock"])
def test_postgres_waits_for_a_lock_ten_seconds_not_forever(pg_cli, held):
    import psycopg

    cli, url, code = pg_cli
    other = psycopg.connect(url)
    try:
        if held == "audit lock":   # another PC in the middle of a write (the audit chain's lock)
            from models.rules import audit

            other.execute("SELECT pg_advisory_lock(%s)", (audit._ADVISORY_LOCK_KEY,))
        else:
            other.execute("LOCK TABLE customer IN ACCESS EXCLUSIVE MODE")
        result = {}
        worker = threading.Thread(target=lambda: result.update(res=cli("--user", "boss", "show", code)))
        worker.start()
        worker.join(30)
        assert not worker.is_alive(), "show waited for the lock without a limit"
    finally:
        other.close()
    res = _clean(result["res"])
    assert res.code == 1 and "数据库正忙：另一台电脑正在写入（等待锁超过 1 秒）" in res.err, res


# ---- a read-only archive --------------------------------------------------------------------

def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_a_read_only_archive_opens_for_reading(scli, sqlite_url, monkeypatch):
    """Tests run as root, for whom chmod 0444 blocks nothing: the permission check is simulated
    here (the file is then really opened with SQLite's mode=ro); the test below uses a file
    system mounted read-only, which stops root too."""
    from models.foundation import db

    code = scli("--user", "boss", "customer", "add", "--name", "甲公司").out.strip()
    before = _digest(sqlite_url)
    monkeypatch.setattr(db, "sqlite_file_writable", lambda path: False)
    res = _clean(scli("--user", "boss", "search", "甲"))
    assert res.code == 0 and res.out.startswith(code) and "只读" in res.err
    assert "甲公司" in scli("--user", "boss", "show", code).out
    for argv in (["customer", "add", "--name", "乙公司"], ["show", code, "--reveal"],
                 ["event", "add", code, "--date", "2024-01-01", "--category", "回访", "--title", "t"]):
        res = _clean(scli("--user", "boss", *argv))
        assert res.code == 1 and f"档案以只读方式打开（文件不可写）：{sqlite_url}" in res.err, res
    assert _digest(sqlite_url) == before


def test_a_read_only_file_system(tmp_path, monkeypatch):
    mnt = tmp_path / "ro"
    _mount_tmpfs(mnt, "4m")
    try:
        monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
        url = str(mnt / "archive.db")
        assert _run(url, "init", "--admin", "boss").code == 0
        code = _run(url, "--user", "boss", "customer", "add", "--name", "甲公司").out.strip()
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        res = _clean(_run(url, "--user", "boss", "search", "甲"))   # no -shm can be created here
        assert res.code == 0 and res.out.startswith(code), res
        res = _clean(_run(url, "--user", "boss", "customer", "add", "--name", "乙公司"))
        assert res.code == 1 and "档案以只读方式打开（文件不可写）" in res.err, res
        res = _clean(_run(url, "--user", "boss", "export", "excel", str(mnt / "x.xlsx")))
        assert res.code == 1 and "无法写入" in res.err, res
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
