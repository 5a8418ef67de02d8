"""Backing up a SQLite archive: a consistent copy of the database file and its audit head.

The copy is made with SQLite's online backup API (safe while the app and other users are
working), checked with `PRAGMA quick_check`, and renamed into place only when complete, so a
failed backup leaves no half-written file. The audit head (`archive.db.audit-head`) is copied
first, beside the copy, so the copy is never behind its head and `audit verify` passes when
the backup is opened (`--db BACKUP.db`). A PostgreSQL archive is backed up on its server
(pg_dump); the app refuses with that advice. Each backup is one audit entry.

Who: a backup is the whole database, every sensitive field included — more than any read
path shows anyone (`show --reveal` refuses an admin-only account). So it needs a manager
who also holds the admin capability (access.BACKUP): the small office's first account; in
an IT-run office the head of the department, not the IT account. (The alternative, backups
encrypted with a passphrase only a manager holds, would let IT schedule them; not built.)
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.foundation import db as dbmod
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import ArchiveError
from models.foundation.files import PathArg
from models.rules import access, audit
from models.rules.access import Actor

HEAD_SUFFIX = ".audit-head"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str


def head_of(path: Path) -> Path:
    return path.with_name(path.name + HEAD_SUFFIX)


def copy_sqlite_archive(source: Path, target: Path) -> None:
    """Copy `source` (and its audit head) to `target`, atomically; raises ArchiveError."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp_head = head_of(tmp)
    try:
        if head_of(source).exists():
            shutil.copyfile(head_of(source), tmp_head)
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                status = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if status != "ok":
            raise ArchiveError(f"备份文件校验失败（{status}），已放弃这次备份")
        os.replace(tmp, target)
        if tmp_head.exists():
            os.replace(tmp_head, head_of(target))
    except (OSError, sqlite3.Error) as exc:
        raise ArchiveError(f"备份失败：{exc}") from exc
    finally:
        for leftover in (tmp, tmp_head):
            if leftover.exists():
                leftover.unlink()


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def backup_archive(actor: Actor, target: PathArg | None = None) -> BackupResult:
    """备份档案: copy the open SQLite archive to `target` (a new .db file), or without one as a
    manual copy into the archive's backups folder (models.maintenance.backups)."""
    from models.maintenance import backups

    actor = access.require(actor, access.BACKUP, label="备份档案")
    url = dbmod.current_url()
    if dbmod.is_postgres():
        raise ArchiveError("部门共用的 PostgreSQL 档案请在数据库服务器上用 pg_dump 备份"
                           f"（{backups.pg_dump_line(url)}），备份后用 backups --record 登记日期；"
                           "本功能用于 SQLite 档案文件")
    source = dbmod.sqlite_path(url) if url else None
    if source is None:
        raise ArchiveError("没有打开的档案文件")
    if target is None:
        target = backups.take_copy(Path(source).expanduser().resolve(), "manual").path
        return _audited(actor, target)
    target = Path(target).expanduser().resolve()
    if not target.parent.is_dir():
        raise ArchiveError(f"文件夹不存在：{target.parent}")
    if target == Path(source).resolve():
        raise ArchiveError("不能把档案备份到它自己的文件上")
    copy_sqlite_archive(Path(source), target)
    return _audited(actor, target)


def _audited(actor: Actor, target: Path) -> BackupResult:
    result = BackupResult(target, target.stat().st_size, sha256_of(target))
    with write_transaction():
        audit.record(actor, "backup", target_type="archive", target_label=target.name,
                     details={"file": target.name, "size": result.size, "sha256": result.sha256})
        record_changes(Changes.of(Kind.AUDIT))
    return result
