"""从备份恢复 (issue 18): a good copy comes back as one audited step that can itself be undone;
a corrupted, foreign, headless or newer copy is refused and nothing changes; PostgreSQL
is pointed to pg_restore."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from models.archive import customers
from models.foundation import db, migrations
from models.foundation.errors import ArchiveError, PermissionDenied
from models.foundation.schema import AuditEntry, Customer
from models.maintenance import backup, backups, restore
from models.rules import audit
from tests.conftest import make_user


def _names() -> list[str]:
    return sorted(c.name for c in Customer.select())


def _archive() -> Path:
    return backups.archive_file()


def _state(archive: Path) -> tuple[bytes, list[str], str]:
    """What must not change: the head file, every row (a dump), the folder's copies."""
    con = sqlite3.connect(archive)
    try:
        dump = list(con.iterdump())
    finally:
        con.close()
    return backup.head_of(archive).read_bytes(), dump, sorted(p.name for p in archive.parent.iterdir())


@pytest.fixture
def with_backup(sqlite_archive):
    """An archive with two customers and a manual copy of it, then a third customer."""
    boss = sqlite_archive
    customers.create_customer(boss, {"name": "备份里有的甲公司"})
    customers.create_customer(boss, {"name": "备份里有的乙公司"})
    copy = backup.backup_archive(boss).path
    customers.create_customer(boss, {"name": "备份之后才有的丙公司"})
    return boss, copy


def test_a_good_copy_comes_back_and_the_set_aside_copy_undoes_it(with_backup):
    boss, copy = with_backup
    info = restore.inspect_backup(boss, copy)
    assert (info.customers, info.schema_version) == (2, migrations.SCHEMA_VERSION)
    assert info.newest_entry.endswith("boss 新建客户")   # the backup's own entry is after the copy
    lines = restore.describe(info)
    assert "客户：2 家" in lines[3] and str(copy) in lines[0]

    result = restore.restore_archive(boss, copy)
    assert _names() == ["备份里有的乙公司", "备份里有的甲公司"]
    assert audit.verify().ok
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "restore" and entry.actor_name == "boss"
    assert result.set_aside.name in entry.details and info.sha256 in entry.details
    assert [c.kind for c in backups.list_copies(_archive())][:1] == ["pre-restore"]

    # undo: the set-aside copy holds the third customer and its own intact chain
    restore.restore_archive(boss, result.set_aside)
    assert _names() == ["备份之后才有的丙公司", "备份里有的乙公司", "备份里有的甲公司"]
    assert audit.verify().ok
    assert customers.create_customer(boss, {"name": "恢复后还能写入"}).id   # a working archive


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, min(len(data), 6 * page), 7):
        data[offset] ^= 0x5A    # scribble over b-tree pages, keep the header readable
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["corrupted", "not_a_database", "no_head", "tampered_log", "newer"])
def test_a_bad_copy_is_refused_and_nothing_changes(with_backup, tmp_path, damage):
    boss, copy = with_backup
    bad = tmp_path / "bad.db"
    shutil.copyfile(copy, bad)
    shutil.copyfile(backup.head_of(copy), backup.head_of(bad))
    expected = {"corrupted": "已损坏（完整性检查", "not_a_database": "已损坏或不是本程序的档案",
                "no_head": "缺少审计日志校验文件", "tampered_log": "审计日志校验未通过",
                "newer": "备份来自更新版本的程序"}[damage]
    if damage == "corrupted":
        _corrupt(bad)
    elif damage == "not_a_database":
        bad.write_bytes(b"PK\x03\x04 not sqlite" * 500)
    elif damage == "no_head":
        backup.head_of(bad).unlink()
    else:
        con = sqlite3.connect(bad)
        if damage == "tampered_log":
            con.execute("DROP TRIGGER audit_entry_no_update")
            con.execute("UPDATE audit_entry SET target_label = '改过' WHERE id = 2")
        else:
            con.execute("UPDATE archive_meta SET value = ? WHERE key = 'schema_version'",
                        (str(migrations.SCHEMA_VERSION + 1),))
        con.commit()
        con.close()
    archive = _archive()
    before = _state(archive)
    for attempt in (restore.inspect_backup, restore.restore_archive):
        with pytest.raises(ArchiveError, match=expected) as refused:
            attempt(boss, bad)
        assert "未做任何改动" in refused.value.message
    assert _state(archive) == before
    assert len(_names()) == 3 and audit.verify().ok


def test_restore_needs_a_manager_with_the_admin_capability(with_backup):
    boss, copy = with_backup
    it = make_user(boss, "it", "staff", is_admin=True)
    folder = sorted(p.name for p in (_archive().parent / "backups").iterdir())
    for attempt in (restore.inspect_backup, restore.restore_archive):
        with pytest.raises(PermissionDenied):
            attempt(it, copy)
    assert len(_names()) == 3
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).get().action == "access_denied"
    assert sorted(p.name for p in (_archive().parent / "backups").iterdir()) == folder   # nothing set aside


def test_an_older_backup_is_upgraded_after_it_is_put_in_place(sqlite_archive, tmp_path):
    from tests.helpers.schema_history import copy_head_file, copy_into_old_schema

    boss = sqlite_archive
    customers.create_customer(boss, {"name": "第一版的客户"})
    scratch = db.current_url()
    old = tmp_path / "old" / "v1.db"
    old.parent.mkdir()
    copy_into_old_schema(scratch, str(old), 1)
    copy_head_file(Path(scratch), old)
    from models.maintenance import opening
    opening.open_archive(scratch)
    customers.create_customer(boss, {"name": "新版才有的客户"})
    result = restore.restore_archive(boss, old)
    assert result.upgraded_from == 1 and result.info.schema_version == 1
    assert _names() == ["第一版的客户"] and audit.verify().ok
    kinds = {c.kind for c in backups.list_copies(_archive())}
    assert {"pre-restore", "pre-upgrade"} <= kinds


def test_postgres_restore_is_refused_with_the_pg_restore_advice(archive, tmp_path):
    if not db.is_postgres():
        pytest.skip("SQLite archives are restored by the app")
    (tmp_path / "x.db").write_bytes(b"")
    with pytest.raises(ArchiveError, match="pg_restore"):
        restore.restore_archive(archive, tmp_path / "x.db")


def test_a_restore_that_cannot_be_audited_is_undone(with_backup, monkeypatch):
    """The swap happened, then the restore's own audit entry fails (a full disk): the set-aside
    copy is put back, so the archive is as it was and its chain still verifies."""
    boss, copy = with_backup
    real_record = audit.record

    def full_disk_for_restore(actor, action, **kw):
        if action == "restore":
            raise ArchiveError("磁盘已满")
        return real_record(actor, action, **kw)
    monkeypatch.setattr(audit, "record", full_disk_for_restore)
    with pytest.raises(ArchiveError, match="恢复失败，档案已复原：磁盘已满"):
        restore.restore_archive(boss, copy)
    monkeypatch.setattr(audit, "record", real_record)
    assert len(_names()) == 3 and audit.verify().ok
    assert customers.create_customer(boss, {"name": "复原后照常写入"}).id and audit.verify().ok
