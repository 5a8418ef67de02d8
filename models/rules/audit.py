"""Append-only, hash-chained audit log.

Each entry stores the hash of the previous one and its own hash over its content, so a
changed, deleted, reordered or inserted entry breaks the chain. The database refuses
UPDATE/DELETE on the table (triggers made by migrations). The newest (id, hash) is also
kept outside the database (next to a SQLite file; in the user's config directory for
PostgreSQL) so cutting off the tail is detected as well.

`record()` must run inside the caller's write transaction so a write and its audit
entry commit together; it opens one itself when called outside a transaction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

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


def _content_hash(prev_hash: str, at: dt.datetime, actor_id, actor_name, machine, action,
                  target_type, target_id, target_label, outcome, details) -> str:
    payload = json.dumps(
        [prev_hash, at.strftime("%Y-%m-%dT%H:%M:%S"), actor_id, actor_name, machine, action,
         target_type, target_id, target_label, outcome, details],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_hash(e: AuditEntry) -> str:
    return _content_hash(e.prev_hash, e.at, e.actor_id, e.actor_name, e.machine, e.action,
                         e.target_type, e.target_id, e.target_label, e.outcome, e.details)


def record(actor, action: str, *, target_type: str = "", target_id: int | None = None,
           target_label: str = "", outcome: str = "allowed", details: dict | None = None,
           actor_name: str | None = None) -> AuditEntry:
    """Append one entry. `actor` may be None (e.g. a failed login for an unknown name)."""
    if not database.in_transaction():
        with dbmod.write_transaction():
            return record(actor, action, target_type=target_type, target_id=target_id,
                          target_label=target_label, outcome=outcome, details=details,
                          actor_name=actor_name)
    if is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_LOCK_KEY,))
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev = last.hash if last else GENESIS
    at = utcnow()
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    fields = dict(
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
    if str(path) == ":memory:":
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


# ---- verification -----------------------------------------------------------------------

def verify(batch: int = 5000) -> VerifyResult:
    """Walk the whole chain in id order; name the first entry that does not fit."""
    prev = GENESIS
    checked = 0
    last_id = 0
    seen_head = False
    head = read_head()
    while True:
        rows = list(AuditEntry.select().where(AuditEntry.id > last_id)
                    .order_by(AuditEntry.id).limit(batch))
        if not rows:
            break
        for e in rows:
            if e.prev_hash != prev:
                return VerifyResult(False, checked, e.id,
                                    f"第 {e.id} 条记录与前一条记录衔接不上（前面的记录被删除、插入或调换）")
            if entry_hash(e) != e.hash:
                return VerifyResult(False, checked, e.id, f"第 {e.id} 条记录的内容被修改过")
            if head and e.id == head[0]:
                if e.hash != head[1]:
                    return VerifyResult(False, checked, e.id, f"第 {e.id} 条记录与库外保存的最新摘要不符")
                seen_head = True
            prev = e.hash
            last_id = e.id
            checked += 1
    if head and not seen_head:
        return VerifyResult(False, checked, head[0],
                            f"日志被截断：库外记录的最新条目 {head[0]} 已不存在（现只有 {checked} 条）")
    if head is None and checked and not is_postgres() and head_path() is not None:
        return VerifyResult(False, checked, last_id,
                            f"库外保存的最新摘要文件缺失（{head_path().name}），无法确认日志末尾没有被截断；"
                            f"最后一条为第 {last_id} 条")
    return VerifyResult(True, checked)


def record_many(actor, action: str, entries: list[dict], *, batch: int = 500) -> int:
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
    if is_postgres():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_LOCK_KEY,))
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    prev = last.hash if last else GENESIS
    at = utcnow()
    actor_id = getattr(actor, "id", None)
    actor_name = (getattr(actor, "username", "") or "")[:64]
    rows = []
    for item in entries:
        fields = dict(
            at=at, actor_id=actor_id, actor_name=actor_name, machine=_MACHINE,
            action=item.get("action", action),
            target_type=item.get("target_type", ""), target_id=item.get("target_id"),
            target_label=(item.get("target_label") or "")[:200],
            outcome=item.get("outcome", "allowed"),
            details=json.dumps(item.get("details") or {}, ensure_ascii=False, sort_keys=True,
                               default=str),
        )
        digest = _content_hash(prev, **fields)
        rows.append({**fields, "prev_hash": prev, "hash": digest})
        prev = digest
    insert_rows(AuditEntry, rows)   # executemany: insert_many spends its time building SQL
    newest = AuditEntry.select(AuditEntry.id).where(AuditEntry.hash == prev).first()
    _set_pending(newest.id, prev, last is not None)
    return len(rows)


# ---- reading the log (managers and admins) -------------------------------------------------


dbmod.transaction_hooks.register(after_commit=flush_head, after_rollback=discard_pending)
