"""The backups folder of a SQLite archive: automatic copies, their kinds and their retention.

Where: `backups/` beside the archive file; each copy is `<stem>-YYYYMMDD-HHMMSS-<kind>.db`
(local time; `-2`, `-3` … before the kind when two copies fall in one second) with its
audit head beside it (`….db.audit-head`), made by models.maintenance.backup's checked online
copy (backup API, quick_check, renamed into place when complete).

Kinds and when they are taken:
  daily, weekly  at the first opening of a local calendar day (the app or any command); the
                 first automatic copy of a calendar week (Monday–Sunday) is the weekly one
  pre-upgrade    before a schema upgrade (models.maintenance.opening)
  pre-import     before an import that writes more than 100 rows (foundation.safety_copy)
  manual         管理 → 备份档案… / `backup` without a file name
  pre-restore    the archive set aside by a restore (models.maintenance.restore)

Retention (after each automatic copy): the newest KEEP_DAILY daily and KEEP_WEEKLY weekly
copies stay (archive_meta `backup_keep_daily` / `backup_keep_weekly`, set by `backups
--keep-daily N --keep-weekly N`; 0 turns that kind off), and the newest KEEP_PRE_IMPORT
pre-import copies; manual, pre-upgrade and pre-restore copies are never deleted by the
program. Automatic copies are not audit entries (they stay in the archive's own folder,
readable only by who can read the archive); manual backups, retention changes and restores
are.

The check at every opening is one directory listing (no database query unless a copy is
due). A PostgreSQL archive is copied on its server (pg_dump); an admin records that a dump
was taken (`backups --record`, archive_meta `backup_recorded_on`) and the app reminds the
admin when none has been recorded for REMIND_AFTER_DAYS days.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models.foundation import db as dbmod
from models.foundation import safety_copy
from models.foundation.errors import ArchiveError, UsageError

if TYPE_CHECKING:
    from models.rules.access import Actor

FOLDER = "backups"
KINDS = ("daily", "weekly", "pre-upgrade", "pre-import", "manual", "pre-restore")
KEEP_DAILY, KEEP_WEEKLY, KEEP_PRE_IMPORT = 7, 4, 10
MAX_KEEP = 366
META_KEEP_DAILY, META_KEEP_WEEKLY = "backup_keep_daily", "backup_keep_weekly"
META_RECORDED = "backup_recorded_on"
REMIND_AFTER_DAYS = 7
STAMP = "%Y%m%d-%H%M%S"

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>"
                   + "|".join(re.escape(k) for k in sorted(KINDS, key=len, reverse=True)) + r")\.db$")

# the last automatic copy that failed in this process (the status bar says so)
last_failure: str = ""


@dataclass(frozen=True)
class Copy:
    path: Path
    taken: dt.datetime      # local time, from the name
    kind: str
    size: int


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar says: the newest copy (SQLite) or the recorded dump (PostgreSQL)."""

    postgres: bool
    last: Copy | None = None
    recorded_on: dt.date | None = None
    overdue: bool = False           # PostgreSQL: no dump recorded for REMIND_AFTER_DAYS days
    failure: str = ""               # an automatic copy failed in this process


def archive_file(url: str | None = None) -> Path | None:
    """The open (or given) archive's file, or None for PostgreSQL / an in-memory database."""
    url = url or dbmod.current_url()
    if not url:
        return None
    path = dbmod.sqlite_path(url)
    if path is None or str(path) == ":memory:":
        return None
    return path.expanduser().resolve()


def folder_for(archive: Path) -> Path:
    return archive.parent / FOLDER


def list_copies(archive: Path) -> list[Copy]:
    """This archive's copies in its backups folder, newest first (other files are ignored)."""
    folder = folder_for(archive)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        m = _NAME.match(name)
        if m is None or m["stem"] != archive.stem:
            continue
        path = folder / name
        try:
            st = path.stat()
        except OSError:
            continue
        taken = dt.datetime.strptime(m["stamp"], STAMP)
        # copies of one second: the number, then the file's time orders them
        found.append(((taken, int(m["n"] or 1), st.st_mtime_ns), Copy(path, taken, m["kind"], st.st_size)))
    return [c for _key, c in sorted(found, key=lambda t: t[0], reverse=True)]


def taken_from_name(name: str) -> dt.datetime | None:
    """The time in a backups-folder copy's name (local), or None for another name."""
    m = _NAME.match(name)
    return dt.datetime.strptime(m["stamp"], STAMP) if m is not None else None


def _new_path(archive: Path, kind: str, now: dt.datetime) -> Path:
    folder = folder_for(archive)
    base = f"{archive.stem}-{now.strftime(STAMP)}"
    target, n = folder / f"{base}-{kind}.db", 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}-{kind}.db"
    return target


def take_copy(archive: Path, kind: str, now: dt.datetime | None = None) -> Copy:
    """A checked copy of `archive` into its backups folder; raises ArchiveError."""
    from models.maintenance.backup import copy_sqlite_archive

    assert kind in KINDS, kind
    now = (now or dt.datetime.now()).replace(microsecond=0)
    try:
        folder_for(archive).mkdir(exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"无法创建备份文件夹 {folder_for(archive)}：{exc.strerror or exc}") from exc
    target = _new_path(archive, kind, now)
    copy_sqlite_archive(archive, target)
    return Copy(target, now, kind, target.stat().st_size)


def delete_copy(copy: Copy) -> None:
    from models.maintenance.backup import head_of

    for path in (copy.path, head_of(copy.path)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def prune(archive: Path, keep_daily: int, keep_weekly: int,
          keep_pre_import: int = KEEP_PRE_IMPORT) -> list[Copy]:
    """Delete the daily, weekly and pre-import copies beyond the newest N of each; returns them."""
    keep = {"daily": keep_daily, "weekly": keep_weekly, "pre-import": keep_pre_import}
    seen = dict.fromkeys(keep, 0)
    gone = []
    for copy in list_copies(archive):
        if copy.kind not in keep:
            continue          # manual, pre-upgrade, pre-restore: never deleted by the program
        seen[copy.kind] += 1
        if seen[copy.kind] > keep[copy.kind]:
            try:
                delete_copy(copy)
            except OSError:
                continue      # tried again after the next copy
            gone.append(copy)
    return gone


def retention() -> tuple[int, int]:
    """(keep daily, keep weekly) as set for the open archive."""
    from models.foundation.schema import get_meta

    def number(key: str, default: int) -> int:
        try:
            return max(0, min(MAX_KEEP, int(get_meta(key, str(default)))))
        except ValueError:
            return default
    return number(META_KEEP_DAILY, KEEP_DAILY), number(META_KEEP_WEEKLY, KEEP_WEEKLY)


def due_kind(archive: Path, now: dt.datetime) -> str | None:
    """'weekly' or 'daily' when no automatic copy has been taken today, else None (one listing)."""
    today, week = now.date(), now.isocalendar()[:2]
    automatic = [c for c in list_copies(archive) if c.kind in ("daily", "weekly")]
    if any(c.taken.date() == today for c in automatic):
        return None
    if any(c.kind == "weekly" and c.taken.isocalendar()[:2] == week for c in automatic):
        return "daily"
    return "weekly"


def _taken_today(url: str, now: dt.datetime) -> bool:
    """The fast path of every opening: one listing and string tests, no Path, no parsing."""
    path = dbmod.sqlite_path(url)
    if path is None:
        return True
    archive = os.path.abspath(os.path.expanduser(str(path)))
    stem = os.path.splitext(os.path.basename(archive))[0]
    try:
        names = os.listdir(os.path.join(os.path.dirname(archive), FOLDER))
    except OSError:
        return False
    prefix = f"{stem}-{now:%Y%m%d}-"
    return any(n.startswith(prefix) and n.endswith(("-daily.db", "-weekly.db"))
               and (m := _NAME.match(n)) is not None and m["stem"] == stem for n in names)


def take_daily_if_due(url: str, now: dt.datetime | None = None) -> Copy | None:
    """At an opening: the day's automatic copy when none exists yet, then the retention rule.

    A failure does not stop the opening: it is remembered (`last_failure`) and raised as
    ArchiveError for the caller to show."""
    global last_failure
    now = now or dt.datetime.now()
    if _taken_today(url, now):
        return None
    archive = archive_file(url)
    if archive is None or dbmod.is_read_only() or not archive.exists():
        return None
    kind = due_kind(archive, now)
    if kind is None:
        return None
    keep_daily, keep_weekly = retention()
    if kind == "weekly" and keep_weekly == 0:
        kind = "daily"
    if kind == "daily" and keep_daily == 0:
        return None
    try:
        copy = take_copy(archive, kind, now)
    except ArchiveError as exc:
        last_failure = exc.message
        raise
    last_failure = ""
    prune(archive, keep_daily, keep_weekly)
    return copy


def pre_upgrade_copy(url: str, label: str) -> str | None:
    """The migrations' backup callback: a pre-upgrade copy into the backups folder."""
    archive = archive_file(url)
    if archive is None or not archive.exists():
        return None
    return str(take_copy(archive, "pre-upgrade").path)


def _pre_import_copy(what: str, rows: int) -> Copy | None:
    archive = archive_file()
    if archive is None or dbmod.is_read_only():
        return None
    try:
        copy = take_copy(archive, "pre-import")
    except ArchiveError as exc:
        raise ArchiveError(f"写入 {rows} 行之前的自动备份失败，未写入任何数据：{exc.message}") from exc
    keep_daily, keep_weekly = retention()
    prune(archive, keep_daily, keep_weekly)
    return copy


safety_copy.install(_pre_import_copy)


# ---- settings and the status ------------------------------------------------------------

def set_retention(actor: Actor, keep_daily: int | None, keep_weekly: int | None) -> tuple[int, int]:
    """`backups --keep-daily N --keep-weekly N`: how many automatic copies stay (BACKUP right);
    copies beyond the new numbers are deleted at once."""
    from models.foundation.changes import Changes, Kind, record_changes
    from models.foundation.db import write_transaction
    from models.foundation.schema import set_meta
    from models.rules import access, audit

    actor = access.require(actor, access.BACKUP, label="设置自动备份保留份数")
    for value in (keep_daily, keep_weekly):
        if value is not None and not 0 <= value <= MAX_KEEP:
            raise UsageError(f"保留份数须在 0 到 {MAX_KEEP} 之间")
    old = retention()
    new = (old[0] if keep_daily is None else keep_daily, old[1] if keep_weekly is None else keep_weekly)
    with write_transaction():
        set_meta(META_KEEP_DAILY, str(new[0]))
        set_meta(META_KEEP_WEEKLY, str(new[1]))
        audit.record(actor, "settings", target_type="settings", target_label="自动备份保留份数",
                     details={"keep_daily": [old[0], new[0]], "keep_weekly": [old[1], new[1]]})
        record_changes(Changes.of(Kind.AUDIT))
    archive = archive_file()
    if archive is not None:
        prune(archive, *new)     # at once: fewer copies kept means older ones go now
    return new


def record_server_backup(actor: Actor, day: dt.date | None = None) -> dt.date:
    """`backups --record`: a PostgreSQL dump was taken (today, or `day`); audited."""
    from models.foundation.changes import Changes, Kind, record_changes
    from models.foundation.db import write_transaction
    from models.foundation.schema import set_meta
    from models.rules import access, audit

    actor = access.require(actor, access.BACKUP, label="登记服务器备份")
    if not dbmod.is_postgres():
        raise ArchiveError("SQLite 档案由本程序自动备份，无需登记；用 backups 查看已有的备份")
    day = day or dt.date.today()
    if day > dt.date.today():
        raise UsageError("备份日期不能晚于今天")
    with write_transaction():
        set_meta(META_RECORDED, day.isoformat())
        audit.record(actor, "backup", target_type="archive", target_label="pg_dump",
                     details={"recorded_on": day.isoformat()})
        record_changes(Changes.of(Kind.AUDIT))
    return day


def recorded_on() -> dt.date | None:
    from models.foundation.schema import get_meta

    try:
        return dt.date.fromisoformat(get_meta(META_RECORDED)) if get_meta(META_RECORDED) else None
    except ValueError:
        return None


def status(today: dt.date | None = None) -> BackupStatus:
    """The newest copy of the open SQLite archive, or the PostgreSQL reminder."""
    today = today or dt.date.today()
    if dbmod.is_postgres():
        day = recorded_on()
        overdue = day is None or (today - day).days >= REMIND_AFTER_DAYS
        return BackupStatus(True, recorded_on=day, overdue=overdue)
    archive = archive_file()
    copies = list_copies(archive) if archive is not None else []
    return BackupStatus(False, last=copies[0] if copies else None, failure=last_failure)


def pg_dump_line(url: str | None = None) -> str:
    """The pg_dump command for the open PostgreSQL archive (no password in it)."""
    from urllib.parse import unquote, urlparse

    p = urlparse(url or dbmod.current_url() or "")
    parts = ["pg_dump", "--format=custom"]
    if p.hostname:
        parts += ["-h", p.hostname]
    if p.port:
        parts += ["-p", str(p.port)]
    if p.username:
        parts += ["-U", unquote(p.username)]
    name = unquote(p.path.lstrip("/")) or "DBNAME"
    parts += ["-f", f"{name}-YYYYMMDD.dump", name]
    return " ".join(parts)
