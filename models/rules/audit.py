"""Append-only, hash-chained audit log.

Each entry stores the hash of the previous one and its own hash over its content, so a
changed, deleted, reordered or inserted entry breaks the chain. The database refuses
UPDATE/DELETE on the table (triggers made by migrations). The newest (id, hash) is also
kept outside the database (next to a SQLite file; in the user's config directory for
PostgreSQL) so cutting off the tail is detected as well. What the chain and head cannot
catch (a rewrite with every hash recomputed and the head rewritten too, a rollback together
with the head) needs a checkpoint kept outside: models/rules/audit_checkpoint.py.
A new archive created where an earlier one's head still lies sets that head aside
(`stale_head`, `set_aside`; models/accounts/staff.py first_start logs it).

`record()` must run inside the caller's write transaction so a write and its audit
entry commit together; it opens one itself when called outside a transaction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from platformdirs import user_config_dir

from models.foundation import db as dbmod
from models.foundation.bulk import insert_rows
from models.foundation.db import database, is_postgres
from models.foundation.schema import AuditEntry, utcnow
from models.foundation.vocabulary import AUDIT_ACTION_LABELS as ACTION_LABELS  # noqa: F401 - re-exported

GENESIS = "0" * 64
_ADVISORY_LOCK_KEY = 70_111_223  # serialises chain appends across PCs on PostgreSQL
_MACHINE = socket.gethostname()[:128]



@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    bad_entry_id: int | None = None
    problem: str = ""
    last_id: int | None = None   # the newest entry checked (the head a checkpoint would name)
    last_hash: str = ""


def _content_hash(prev_hash: str, at: dt.datetime, actor_id: int | None, actor_name: str,
                  machine: str, action: str, target_type: str, target_id: int | None,
                  target_label: str, outcome: str, details: str) -> str:
    payload = json.dumps(
        [prev_hash, at.strftime("%Y-%m-%dT%H:%M:%S"), actor_id, actor_name, machine, action,
         target_type, target_id, target_label, outcome, details],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_hash(e: AuditEntry) -> str:
    return _content_hash(e.prev_hash, e.at, e.actor_id, e.actor_name, e.machine, e.action,
                         e.target_type, e.target_id, e.target_label, e.outcome, e.details)


def lock_chain() -> None:
    """Inside a write transaction: keep every other writer from appending until it ends
    (SQLite's BEGIN IMMEDIATE already does; PostgreSQL takes a transaction advisory lock)."""
    if is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_LOCK_KEY,))


def record(actor: object, action: str, *, target_type: str = "", target_id: int | None = None,
           target_label: str = "", outcome: str = "allowed", details: dict[str, Any] | None = None,
           actor_name: str | None = None) -> AuditEntry:
    """Append one entry. `actor` may be None (e.g. a failed login for an unknown name)."""
    if not database.in_transaction():
        with dbmod.write_transaction():
            return record(actor, action, target_type=target_type, target_id=target_id,
                          target_label=target_label, outcome=outcome, details=details,
                          actor_name=actor_name)
    lock_chain()
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev = last.hash if last else GENESIS
    at = utcnow()
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    fields: dict[str, Any] = dict(
        at=at,
        actor_id=getattr(actor, "id", None),
        actor_name=((actor_name if actor_name is not None else getattr(actor, "username", "")) or "")[:64],
        machine=_MACHINE,
        action=action,
        target_type=target_type,
        target_id=target_id,
        target_label=(target_label or "")[:200],
        outcome=outcome,
        details=details_text,
    )
    digest = _content_hash(prev, **fields)
    entry = AuditEntry.create(prev_hash=prev, hash=digest, **fields)
    _set_pending(entry.id, digest, last is not None)
    return entry


# ---- the head kept outside the database -------------------------------------------------

# Per thread: each thread has its own connection and so its own write transaction.
# head = (newest entry id, its hash, whether the chain already had entries before this txn)
_pending = threading.local()


def _set_pending(entry_id: int, digest: str, had_entries: bool) -> None:
    earlier = getattr(_pending, "head", None)
    _pending.head = (entry_id, digest, earlier[2] if earlier else had_entries)


def head_path() -> Path | None:
    url = dbmod.current_url()
    if not url:
        return None
    if dbmod.is_postgres_url(url):
        key = hashlib.sha1(dbmod.describe(url).encode()).hexdigest()[:12]
        return Path(user_config_dir(dbmod.APP_DIR_NAME, appauthor=False)) / f"audit-head-{key}.txt"
    path = dbmod.sqlite_path(url)
    if path is None or str(path) == ":memory:":
        return None
    return path.with_name(path.name + ".audit-head")


def flush_head() -> None:
    """Called after a commit: remember the newest entry outside the database.

    The head only moves forward along an unbroken chain: it is not rewritten when the
    entry it names is gone or changed (a truncated tail whose ids were reused by new
    entries stays detectable), and a SQLite archive that has entries but lost its head
    file does not silently get a new one (`verify` reports it)."""
    pending = getattr(_pending, "head", None)
    _pending.head = None
    if pending is None:
        return
    path = head_path()
    if path is None:
        return
    current = read_head()
    if current:
        if current[0] >= pending[0]:
            return
        still = AuditEntry.select(AuditEntry.hash).where(AuditEntry.id == current[0]).first()
        if still is None or still.hash != current[1]:
            return
    elif pending[2] and not is_postgres():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(f"{pending[0]} {pending[1]}\n", encoding="ascii")
        tmp.replace(path)
    except OSError:
        pass  # a read-only location must not stop the work; verify reports a stale head


def discard_pending() -> None:
    _pending.head = None


def read_head() -> tuple[int, str] | None:
    path = head_path()
    if path is None or not path.exists():
        return None
    try:
        ident, digest = path.read_text(encoding="ascii").split()
        return int(ident), digest
    except (OSError, ValueError):
        return None


# ---- an old head where a new archive begins -------------------------------------------------

@dataclass(frozen=True)
class OldHead:
    """A head file left by an archive that is no longer at this place (re-initialisation)."""

    path: Path                   # where it lies now
    entry_id: int | None         # what it names (None when the file cannot be read)
    digest: str
    moved_to: Path | None = None # where it was set aside


def stale_head() -> OldHead | None:
    """The head file at this archive's place when this database's chain does not contain
    the entry it names (or it cannot be read) — e.g. `archive.db` was deleted and created
    again, or a PostgreSQL database dropped and recreated. None when there is no head file
    or it fits this database."""
    path = head_path()
    if path is None or not path.exists():
        return None
    head = read_head()
    if head is not None:
        row = AuditEntry.select(AuditEntry.hash).where(AuditEntry.id == head[0]).first()
        if row is not None and row.hash == head[1]:
            return None
        return OldHead(path, head[0], head[1])
    return OldHead(path, None, "")


def set_aside(old: OldHead) -> OldHead:
    """Rename the old head to `<name>.old-YYYYMMDD-HHMMSS` (local time) beside it, never
    over another file: nothing is discarded. Returns it with `moved_to` filled in."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = old.path.with_name(f"{old.path.name}.old-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = old.path.with_name(f"{old.path.name}.old-{stamp}-{n}")
    old.path.rename(target)
    return OldHead(old.path, old.entry_id, old.digest, target)


def put_back(old: OldHead) -> None:
    """Undo `set_aside` when the re-initialisation that needed it did not commit."""
    if old.moved_to is not None and old.moved_to.exists() and not old.path.exists():
        old.moved_to.rename(old.path)


# ---- verification -----------------------------------------------------------------------

_CHAIN_COLUMNS = (AuditEntry.id, AuditEntry.prev_hash, AuditEntry.hash, AuditEntry.at,
                  AuditEntry.actor_id, AuditEntry.actor_name, AuditEntry.machine, AuditEntry.action,
                  AuditEntry.target_type, AuditEntry.target_id, AuditEntry.target_label,
                  AuditEntry.outcome, AuditEntry.details)


def _stored_time(value: Any) -> dt.datetime:
    """The `at` column as the driver returns it (a datetime, or SQLite's text) → datetime,
    as peewee's DateTimeField would read it."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            parsed: dt.datetime = AuditEntry.at.python_value(value)
            return parsed
    return cast(dt.datetime, value)


def chain_rows(after_id: int = 0, batch: int = 5000) -> Iterator[tuple[Any, ...]]:
    """(id, prev_hash, hash, *hashed fields) in id order, fetched in batches. Raw cursor
    rows: peewee's per-column conversion cost two thirds of a walk over the whole log."""
    while True:
        sql, params = (AuditEntry.select(*_CHAIN_COLUMNS).where(AuditEntry.id > after_id)
                       .order_by(AuditEntry.id).limit(batch).sql())
        rows = database.execute_sql(sql, params).fetchall()
        if not rows:
            return
        for row in rows:
            yield (*row[:3], _stored_time(row[3]), *row[4:])
        after_id = rows[-1][0]


def check_link(row: Sequence[Any], prev: str) -> str:
    """'' when the row follows `prev` and its hash covers its content, else the problem."""
    if row[1] != prev:
        return f"第 {row[0]} 条记录与前一条记录衔接不上（前面的记录被删除、插入或调换）"
    if _content_hash(row[1], *row[3:]) != row[2]:
        return f"第 {row[0]} 条记录的内容被修改过"
    return ""


def _time_text(value: Any) -> str:
    """The hashed form of the `at` column straight from the driver's value: SQLite's text
    'YYYY-MM-DD HH:MM:SS[.ffffff]' is cut, not parsed (what _content_hash's strftime gives)."""
    if (type(value) is str and len(value) >= 19 and value[4] == "-" and value[10] in " T"
            and value[13] == ":" and value[16] == ":"):
        return value[:10] + "T" + value[11:19]
    return _stored_time(value).strftime("%Y-%m-%dT%H:%M:%S")


def verify(batch: int = 5000) -> VerifyResult:
    """Walk the whole chain in id order; name the first entry that does not fit. The hash is
    recomputed from raw cursor tuples in one tight loop (issue #13: within 1.5× a bare
    hash-chain loop; check_link/_content_hash give the same answer one row at a time)."""
    dumps, sha256 = json.dumps, hashlib.sha256
    head = read_head()
    head_id, head_digest = (head[0], head[1]) if head else (None, None)
    prev = GENESIS
    checked = 0
    last_id = 0
    seen_head = False
    while True:
        sql, params = (AuditEntry.select(*_CHAIN_COLUMNS).where(AuditEntry.id > last_id)
                       .order_by(AuditEntry.id).limit(batch).sql())
        rows = database.execute_sql(sql, params).fetchall()
        if not rows:
            break
        for row in rows:
            if row[1] != prev:
                return VerifyResult(False, checked, row[0],
                                    f"第 {row[0]} 条记录与前一条记录衔接不上（前面的记录被删除、插入或调换）")
            payload = dumps([prev, _time_text(row[3]), *row[4:]], ensure_ascii=False, separators=(",", ":"))
            if sha256(payload.encode("utf-8")).hexdigest() != row[2]:
                return VerifyResult(False, checked, row[0], f"第 {row[0]} 条记录的内容被修改过")
            if row[0] == head_id:
                if row[2] != head_digest:
                    return VerifyResult(False, checked, row[0], f"第 {row[0]} 条记录与库外保存的最新摘要不符")
                seen_head = True
            prev = row[2]
            checked += 1
        last_id = rows[-1][0]
    if head and not seen_head:
        return VerifyResult(False, checked, head[0],
                            f"日志被截断：库外记录的最新条目 {head[0]} 已不存在（现只有 {checked} 条）")
    missing = head_path() if head is None and checked and not is_postgres() else None
    if missing is not None:
        return VerifyResult(False, checked, last_id,
                            f"库外保存的最新摘要文件缺失（{missing.name}），无法确认日志末尾没有被截断；"
                            f"最后一条为第 {last_id} 条")
    return VerifyResult(True, checked, last_id=last_id or None, last_hash=prev if checked else "")


def record_many(actor: object, action: str, entries: list[dict[str, Any]], *, batch: int = 500) -> int:
    """Append one entry per item of `entries` (each: target_type, target_id, target_label,
    details, and optionally its own action instead of `action`) in bulk, keeping the hash
    chain exactly as `record()` would. Must run inside the caller's write transaction (bulk
    work such as a handover of thousands of customers, an import's per-card entries). `batch` is kept for callers; rows go in one prepared INSERT.
    The chain is computed in order and inserted in that order, so ids follow the chain:
    SQLite's BEGIN IMMEDIATE and PostgreSQL's advisory lock keep other writers out meanwhile."""
    if not entries:
        return 0
    if not database.in_transaction():
        raise RuntimeError("record_many must run inside a write transaction")
    lock_chain()
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev = last.hash if last else GENESIS
    at = utcnow()
    actor_id = getattr(actor, "id", None)
    actor_name = (getattr(actor, "username", "") or "")[:64]
    rows = []
    for item in entries:
        row = dict(
            at=at, actor_id=actor_id, actor_name=actor_name, machine=_MACHINE,
            action=item.get("action", action),
            target_type=item.get("target_type", ""), target_id=item.get("target_id"),
            target_label=(item.get("target_label") or "")[:200],
            outcome=item.get("outcome", "allowed"),
            details=json.dumps(item.get("details") or {}, ensure_ascii=False, sort_keys=True,
                               default=str),
        )
        digest = _content_hash(prev, **row)
        row["prev_hash"], row["hash"] = prev, digest
        rows.append(row)
        prev = digest
    insert_rows(AuditEntry, rows)   # executemany: insert_many spends its time building SQL
    newest = AuditEntry.select(AuditEntry.id).where(AuditEntry.hash == prev).first()
    _set_pending(newest.id, prev, last is not None)
    return len(rows)


# ---- reading the log (managers and admins) -------------------------------------------------


dbmod.transaction_hooks.register(after_commit=flush_head, after_rollback=discard_pending)
