"""从备份恢复: put a checked backup in place of the open SQLite archive, as one audited step.

1. Who: the right to take a backup (access.BACKUP: a manager who also holds the admin
   capability) — a restore replaces every customer's file.
2. The backup is first copied (SQLite backup API, read-only on the source) to a staging file
   beside the archive, with its audit head; every check runs on that staged copy, so what
   is checked is exactly what goes in place and the chosen file is never touched:
   `PRAGMA integrity_check`, an archive of this program at a version this program knows
   (a newer one is refused), the audit chain link by link, and the head file beside the
   backup (required when the chain has entries) naming an entry of that chain. Any failure
   refuses with one Chinese sentence and changes nothing.
3. The current archive is set aside as a copy of its own (kind pre-restore in the backups
   folder, never deleted by the program), so the restore can be undone by restoring it.
4. The staged copy is written into the archive file with the backup API (through SQLite's
   locks: other connections of this and other processes see the restored archive, none
   writes into a replaced file), and its head replaces the archive's head. An older backup
   is upgraded (one transaction). The `restore` audit entry is then appended to the
   restored archive's chain, naming the file, its SHA-256, the set-aside copy and the
   replaced archive's newest entry (id and hash: the link between the two chains). If the
   upgrade or that entry fails, the set-aside copy is put back the same way: nothing changed.
A PostgreSQL archive is restored on its server (pg_restore); the app refuses with that advice.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.foundation import db as dbmod
from models.foundation import migrations
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import ArchiveError
from models.foundation.files import PathArg
from models.foundation.localtime import SECONDS, local_text
from models.foundation.schema import AuditEntry
from models.foundation.vocabulary import AUDIT_ACTION_LABELS
from models.maintenance import backups
from models.maintenance.backup import head_of, sha256_of
from models.rules import access, audit
from models.rules.access import Actor

LABEL = "从备份恢复档案"
_CHAIN_SQL = ("SELECT id, prev_hash, hash, at, actor_id, actor_name, machine, action, target_type, "
              "target_id, target_label, outcome, details FROM audit_entry WHERE id > ? ORDER BY id LIMIT 5000")


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds (shown before anything changes)."""

    path: Path
    taken: dt.datetime             # local time: from a backups-folder name, else the file's time
    schema_version: int
    customers: int
    events: int
    audit_entries: int
    newest_entry: str              # "2026-12-01 09:30:12 boss 备份", or "" for an empty log
    sha256: str


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    set_aside: Path                # the archive as it was: restore this to undo
    upgraded_from: int | None      # the backup's version when it was upgraded


def _refuse(text: str) -> ArchiveError:
    return ArchiveError(f"{text}，未做任何改动")


def _archive() -> Path:
    if dbmod.is_postgres():
        raise ArchiveError("部门共用的 PostgreSQL 档案请在数据库服务器上用 pg_restore 恢复"
                           "（例如 pg_restore --clean --if-exists -d 数据库名 备份文件.dump），"
                           "本功能用于 SQLite 档案文件")
    archive = backups.archive_file()
    if archive is None:
        raise ArchiveError("没有打开的档案文件")
    dbmod.refuse_if_read_only()
    return archive


def _staging(archive: Path) -> Path:
    return archive.with_name(f".{archive.name}.restore-{os.getpid()}.tmp")


def _stage(source: Path, staging: Path) -> None:
    """Copy `source` (read-only) and its head to `staging`."""
    try:
        if head_of(source).exists():
            staging_head = head_of(staging)
            staging_head.write_bytes(head_of(source).read_bytes())
        # no -wal beside it (the app's copies): immutable, so not even a -shm file is made there
        wal = Path(f"{source}-wal")
        src = sqlite3.connect(f"{source.as_uri()}?{'mode=ro' if wal.exists() else 'immutable=1'}", uri=True)
        try:
            dst = sqlite3.connect(str(staging))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise _refuse(f"备份文件已损坏或不是本程序的档案（{exc}）") from exc
    except OSError as exc:
        raise _refuse(f"无法读取备份文件：{exc.strerror or exc}") from exc


def _check_chain(con: sqlite3.Connection, head: tuple[int, str] | None) -> tuple[int, str]:
    """(entries, newest entry's text) when the chain and head hold, else ArchiveError."""
    prev, count, last_id, seen_head, newest = audit.GENESIS, 0, 0, False, None
    while True:
        rows = con.execute(_CHAIN_SQL, (last_id,)).fetchall()
        if not rows:
            break
        for row in rows:
            row = (*row[:3], AuditEntry.at.python_value(row[3]), *row[4:])
            problem = audit.check_link(row, prev)
            if problem:
                raise _refuse(f"备份的审计日志校验未通过：{problem}")
            if head and row[0] == head[0]:
                if row[2] != head[1]:
                    raise _refuse(f"备份的审计日志与它的校验文件不符（第 {row[0]} 条）")
                seen_head = True
            prev, last_id, count, newest = row[2], row[0], count + 1, row
        if len(rows) < 5000:
            break
    if count and head is None:
        raise _refuse("备份旁边缺少审计日志校验文件（.audit-head），无法确认日志完整")
    if head and not seen_head:
        raise _refuse(f"备份的审计日志被截断：校验文件记录的第 {head[0]} 条不存在")
    text = ""
    if newest is not None:
        text = (f"{local_text(newest[3], SECONDS)} {newest[5]} "
                f"{AUDIT_ACTION_LABELS.get(newest[7], newest[7])}").strip()
    return count, text


def _read_head(path: Path) -> tuple[int, str] | None:
    try:
        ident, digest = head_of(path).read_text(encoding="ascii").split()
        return int(ident), digest
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise _refuse("备份旁边的审计日志校验文件无法读取") from exc


def _taken(source: Path) -> dt.datetime:
    taken = backups.taken_from_name(source.name)
    if taken is not None:
        return taken
    return dt.datetime.fromtimestamp(source.stat().st_mtime).replace(microsecond=0)


def _check(source: Path, staging: Path) -> BackupInfo:
    try:
        con = sqlite3.connect(str(staging))
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise _refuse(f"备份文件已损坏（完整性检查：{status}）")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"archive_meta", "customer", "event", "audit_entry", "staff"} <= tables:
                raise _refuse("这个文件不是客户档案管家的档案")
            row = con.execute("SELECT value FROM archive_meta WHERE key='schema_version'").fetchone()
            version = int(row[0]) if row and str(row[0]).isdigit() else 0
            if version < 1:
                raise _refuse("这个文件不是客户档案管家的档案（缺少版本信息）")
            if version > migrations.SCHEMA_VERSION:
                raise _refuse(f"备份来自更新版本的程序（档案第 {version} 版，本程序只支持到第 "
                              f"{migrations.SCHEMA_VERSION} 版），请先升级客户档案管家")
            entries, newest = _check_chain(con, _read_head(staging))
            customers = con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
            events = con.execute("SELECT COUNT(*) FROM event").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _refuse(f"备份文件已损坏或不是本程序的档案（{exc}）") from exc
    return BackupInfo(source, _taken(source), version, customers, events, entries, newest,
                      sha256_of(source))


def _cleanup(staging: Path) -> None:
    for path in (staging, head_of(staging), Path(f"{staging}-journal")):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _resolve(file: PathArg) -> Path:
    source = Path(file).expanduser().resolve()
    if not source.is_file():
        raise ArchiveError(f"找不到备份文件：{source}")
    return source


def inspect_backup(actor: Actor, file: PathArg) -> BackupInfo:
    """Check a backup and say what it holds (nothing changes; the dialog's first step)."""
    access.require(actor, access.BACKUP, label=LABEL)
    archive, source = _archive(), _resolve(file)
    staging = _staging(archive)
    try:
        _stage(source, staging)
        return _check(source, staging)
    finally:
        _cleanup(staging)


def _put_in_place(staged: Path, archive: Path) -> None:
    """Write `staged` into the archive file through SQLite (one step), then its head."""
    src = sqlite3.connect(str(staged))
    try:
        dst = sqlite3.connect(str(archive), timeout=dbmod.SQLITE_BUSY_TIMEOUT_S)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    live_head = head_of(archive)
    if head_of(staged).exists():
        tmp = live_head.with_name(live_head.name + ".restore.tmp")
        tmp.write_bytes(head_of(staged).read_bytes())
        os.replace(tmp, live_head)
    elif live_head.exists():
        live_head.unlink()


def restore_archive(actor: Actor, file: PathArg,
                    progress: Callable[[int, int], object] | None = None) -> RestoreResult:
    """Check `file`, set the archive aside (pre-restore), put `file` in place; audited."""
    actor = access.require(actor, access.BACKUP, label=LABEL)
    archive, source = _archive(), _resolve(file)
    if source == archive:
        raise ArchiveError("不能用档案自己的文件恢复它")
    staging = _staging(archive)
    try:
        _stage(source, staging)
        info = _check(source, staging)
        replaced = AuditEntry.select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
        aside = backups.take_copy(archive, "pre-restore")
        try:
            _put_in_place(staging, archive)
        except (OSError, sqlite3.Error) as exc:
            raise ArchiveError(f"恢复失败（{exc}），档案未改动；原档案另存在 {aside.path}") from exc
        try:
            url = dbmod.current_url()
            assert url is not None      # the archive just put in place is open
            start = migrations.migrate_to_latest(url, backup=backups.pre_upgrade_copy,
                                                 progress=progress)
            with write_transaction():
                audit.record(actor, "restore", target_type="archive", target_label=source.name, details={
                    "file": source.name, "sha256": info.sha256, "set_aside_as": aside.path.name,
                    "backup_taken": info.taken.isoformat(sep=" "), "schema_version": info.schema_version,
                    "replaced_head": [replaced.id, replaced.hash] if replaced else None})
                record_changes(Changes.of(*Kind, customers=None))
        except BaseException as exc:
            _put_back(aside.path, archive)
            if isinstance(exc, ArchiveError):
                raise ArchiveError(f"恢复失败，档案已复原：{exc.message}") from exc
            raise
    finally:
        _cleanup(staging)
    return RestoreResult(info, aside.path, start if start != migrations.SCHEMA_VERSION else None)


def _put_back(aside: Path, archive: Path) -> None:
    _put_in_place(aside, archive)


def describe(info: BackupInfo) -> list[str]:
    """The lines shown before a restore (command line and dialog)."""
    return [f"备份文件：{info.path}",
            f"备份时间：{info.taken:%Y-%m-%d %H:%M:%S}",
            f"档案版本：第 {info.schema_version} 版",
            f"客户：{info.customers} 家，重要事项：{info.events} 条",
            f"审计日志：{info.audit_entries} 条，最新一条：{info.newest_entry or '（无）'}"]

