"""Audit checkpoints (issue 9.7): taking one (audited, names the head it anchors), checking
the log against it later, the checkpoint file and its refusals, the checkpoint on every
audit workbook, and re-initialising an archive at a place that still has an old head."""
from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook

from models.accounts import staff
from models.archive import customers
from models.foundation import db
from models.foundation.checkpoint import AuditCheckpoint, parse_checkpoint
from models.foundation.errors import ArchiveError, PermissionDenied
from models.foundation.schema import AuditEntry
from models.maintenance import opening
from models.rules import audit, audit_checkpoint, audit_log
from models.transfer.audit_export import export_audit
from tests.conftest import PASSWORD


def _newest() -> AuditEntry:
    return AuditEntry.select().order_by(AuditEntry.id.desc()).first()


def test_checkpoint_names_the_head_and_taking_it_is_audited(people):
    boss, li = people["boss"], people["li"]
    customers.create_customer(li, {"name": "检查点测试公司"})
    head = _newest()
    cp = audit_checkpoint.take(boss)
    assert (cp.entry_id, cp.digest, cp.entries) == (head.id, head.hash, AuditEntry.select().count() - 1)
    assert cp.taken_by == "boss" and cp.archive == db.describe(db.current_url())
    taken = _newest()
    assert taken.action == "audit_checkpoint" and taken.actor_name == "boss"
    assert json.loads(taken.details) == {"entry_id": head.id, "sha256": head.hash, "entries": cp.entries}
    customers.create_customer(li, {"name": "之后的客户"})
    n = AuditEntry.select().count()
    res = audit_checkpoint.verify_against(cp)
    assert res.ok and res.checked == n
    assert AuditEntry.select().count() == n            # checking appends nothing
    assert audit_log.verify_as(people["it"], checkpoint=cp).ok
    for who in ("li", "sales"):
        with pytest.raises(PermissionDenied):
            audit_checkpoint.take(people[who])
        with pytest.raises(PermissionDenied):
            audit_log.verify_as(people[who], checkpoint=cp)


def test_checkpoint_text_round_trips_and_is_readable(people):
    cp = audit_checkpoint.take(people["boss"])
    text = cp.text()
    assert parse_checkpoint(text) == cp
    assert parse_checkpoint(cp.machine_line()) == cp          # the one line is enough
    assert parse_checkpoint("打印件抄录：\n  " + cp.machine_line() + "  \n") == cp
    assert f"第 {cp.entry_id} 条" in text and "审计日志检查点" in text and cp.digest[:8] in text
    assert len(text.splitlines()) <= 12


@pytest.mark.parametrize("content, words", [
    ("", "没有检查点"),
    ("hello world\n", "没有检查点"),
    ('{"id": 5}', "没有检查点"),
    ("client-archive-checkpoint v1 id=5 entries=5 sha256=abc at=2026-01-01T00:00:00Z archive=x",
     "摘要"),
    ("client-archive-checkpoint v1 id=-5 entries=5 sha256=" + "a" * 64 + " at=2026-01-01T00:00:00Z archive=x",
     "编号"),
    ("client-archive-checkpoint v1 id=99999999999999999999999 entries=5 sha256=" + "a" * 64
     + " at=2026-01-01T00:00:00Z archive=x", "编号"),
    ("client-archive-checkpoint v1 id=5 entries=9 sha256=" + "a" * 64 + " at=2026-01-01T00:00:00Z archive=x",
     "条数"),
    ("client-archive-checkpoint v1 id=5 entries=5 sha256=" + "a" * 64 + " at=yesterday archive=x", "时间"),
    ("client-archive-checkpoint v9 id=5 entries=5 sha256=" + "a" * 64 + " at=2026-01-01T00:00:00Z archive=x",
     "版本"),
    ("client-archive-checkpoint v1 id=5 entries=5 sha256=" + "a" * 64 + " at=2026-01-01T00:00:00Z archive=x\n"
     "client-archive-checkpoint v1 id=6 entries=6 sha256=" + "b" * 64 + " at=2026-01-01T00:00:00Z archive=x",
     "多个"),
])
def test_malformed_checkpoint_text_is_a_user_error(content, words):
    with pytest.raises(ArchiveError, match=words):
        parse_checkpoint(content)


def test_checkpoint_files_bad_or_missing_are_user_errors(tmp_path):
    with pytest.raises(ArchiveError, match="找不到检查点文件"):
        audit_checkpoint.read_file(tmp_path / "none.txt")
    with pytest.raises(ArchiveError, match="不是检查点文件"):
        audit_checkpoint.read_file(tmp_path)
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\xff\xfe\x00garbage" * 100)
    with pytest.raises(ArchiveError, match="没有检查点"):
        audit_checkpoint.read_file(binary)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * 2_000_000)
    with pytest.raises(ArchiveError, match="太大"):
        audit_checkpoint.read_file(huge)


def test_checkpoint_file_is_written_once(people, tmp_path):
    cp = audit_checkpoint.take(people["boss"])
    path = tmp_path / "检查点.txt"
    audit_checkpoint.write_file(cp, path)
    assert audit_checkpoint.read_file(path) == cp
    with pytest.raises(ArchiveError, match="已存在"):
        audit_checkpoint.write_file(cp, path)          # an earlier anchor is never overwritten
    assert audit_checkpoint.read_file(path) == cp


def test_checkpoint_of_a_broken_chain_is_refused(sqlite_archive, sqlite_url):
    import sqlite3

    con = sqlite3.connect(sqlite_url)
    con.execute("DROP TRIGGER audit_entry_no_update")
    with con:
        con.execute("UPDATE audit_entry SET actor_name='x' WHERE id=1")
    con.close()
    n = AuditEntry.select().count()
    with pytest.raises(ArchiveError, match="第 1 条记录的内容被修改过"):
        audit_checkpoint.take(sqlite_archive)
    assert AuditEntry.select().count() == n


def test_checkpoint_from_a_future_or_other_archive(people):
    cp = audit_checkpoint.take(people["boss"])
    ahead = AuditCheckpoint(cp.entry_id + 50, "c" * 64, cp.entries + 50, cp.taken_at, cp.archive)
    res = audit_checkpoint.verify_against(ahead)
    assert not res.ok and "少于检查点记录的" in res.problem
    other = AuditCheckpoint(cp.entry_id, "d" * 64, cp.entries, cp.taken_at, "别的档案")
    res = audit_checkpoint.verify_against(other)
    assert not res.ok and "摘要与库中不符" in res.problem and "别的档案" in res.problem


def test_audit_workbook_carries_a_checkpoint_sheet(people, tmp_path):
    boss = people["boss"]
    customers.create_customer(people["li"], {"name": "导出检查点公司"})
    path = tmp_path / "log.xlsx"
    result = export_audit(boss, path)
    wb = load_workbook(path, read_only=True)
    assert wb.sheetnames == ["审计日志", "检查点"]
    lines = [str(r[0]) + ("\t" + str(r[1]) if len(r) > 1 and r[1] is not None else "")
             for r in wb["检查点"].iter_rows(values_only=True) if r and r[0] is not None]
    wb.close()
    sheet_text = "\n".join(lines)
    assert "链条完整" in sheet_text
    cp = parse_checkpoint(sheet_text)
    assert result.checkpoint == cp and cp.entries == result.rows
    assert audit_checkpoint.verify_against(cp).ok
    exported = _newest()
    assert exported.action == "export_excel"
    assert json.loads(exported.details)["checkpoint"] == {"entry_id": cp.entry_id, "sha256": cp.digest,
                                                           "entries": cp.entries}


# ---- re-initialising where an old head still lies ----------------------------------------

def _recreate_empty(db_url, request):
    """Delete the SQLite file (not its head), or drop and recreate the PostgreSQL database."""
    db.close_database()
    if db.is_postgres_url(db_url):
        from tests.pg_server import create_database

        create_database(request.getfixturevalue("pg_admin_url"), db_url.rsplit("/", 1)[1])
    else:
        for suffix in ("", "-wal", "-shm"):
            db.sqlite_path(db_url).with_name(db.sqlite_path(db_url).name + suffix).unlink(missing_ok=True)
    opening.open_archive(db_url)


def test_reinit_sets_the_old_head_aside_audited_and_verify_passes(archive, db_url, request):
    for i in range(6):
        customers.create_customer(archive, {"name": f"旧档案客户{i}"})
    earlier = audit_checkpoint.take(archive)
    head_file = audit.head_path()
    old_text = head_file.read_text(encoding="ascii")
    old_id, old_digest = audit.read_head()
    _recreate_empty(db_url, request)
    assert audit.stale_head() is not None
    started = staff.first_start("wang", PASSWORD, "王主管")
    assert started.actor.username == "wang"
    aside = started.old_head
    assert aside is not None and (aside.entry_id, aside.digest) == (old_id, old_digest)
    assert aside.moved_to.name.startswith(head_file.name + ".old-")
    assert aside.moved_to.read_text(encoding="ascii") == old_text      # preserved, byte for byte
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [e.action for e in entries] == ["init", "audit_head_reset"]
    assert json.loads(entries[1].details) == {"old_head_id": old_id, "old_head_sha256": old_digest,
                                              "set_aside_as": aside.moved_to.name}
    assert audit.read_head() == (entries[1].id, entries[1].hash)
    assert audit.verify().ok
    customers.create_customer(started.actor, {"name": "新档案客户"})
    assert audit.verify().ok and audit.stale_head() is None
    res = audit_checkpoint.verify_against(earlier)      # the earlier archive's checkpoint: says why
    assert not res.ok and "重新初始化过" in res.problem and aside.moved_to.name in res.problem


def test_first_start_on_a_fresh_archive_sets_nothing_aside(sqlite_url):
    opening.open_archive(sqlite_url)
    try:
        assert audit.stale_head() is None
        started = staff.first_start("wang", PASSWORD, "王主管")
        assert started.old_head is None
        assert [e.action for e in AuditEntry.select()] == ["init"]
    finally:
        db.close_database()


def test_reinit_that_fails_puts_the_old_head_back(sqlite_archive, sqlite_url, tmp_path, monkeypatch):
    customers.create_customer(sqlite_archive, {"name": "旧档案客户"})
    head_file = audit.head_path()
    old_text = head_file.read_text(encoding="ascii")
    _recreate_empty(sqlite_url, None)
    with pytest.raises(ArchiveError):
        staff.first_start("wang", "short", "王主管")      # refused before anything is moved

    def disk_full(*_args):
        raise OSError("No space left on device")

    monkeypatch.setattr(staff, "set_meta", disk_full)   # fails inside the write transaction
    with pytest.raises(OSError):
        staff.first_start("wang", PASSWORD, "王主管")
    assert head_file.read_text(encoding="ascii") == old_text
    assert not list(tmp_path.glob("archive.db.audit-head.old-*"))
    assert not staff.is_initialised()


def test_unreadable_old_head_is_set_aside_too(sqlite_url, tmp_path):
    shutil.copyfile(__file__, tmp_path / "archive.db.audit-head")      # not a head at all
    opening.open_archive(sqlite_url)
    try:
        started = staff.first_start("wang", PASSWORD, "王主管")
        assert started.old_head is not None and started.old_head.entry_id is None
        details = json.loads(_newest().details)
        assert details["old_head_id"] is None and details["set_aside_as"].startswith("archive.db.audit-head.old-")
        assert audit.verify().ok
    finally:
        db.close_database()
