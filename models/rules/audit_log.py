"""Reading the audit log for a signed-in user: filters, pages, the export's stream, verify.

The chain itself (append, verify, head) is models/rules/audit.py; this module adds the
permission check (managers and admins, `access.AUDIT_READ`) in front of it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import peewee as pw

from models.foundation.checkpoint import AuditCheckpoint
from models.foundation.dto import AuditInfo
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.localtime import local_day_start_utc
from models.foundation.schema import AuditEntry
from models.foundation.validation import parse_date
from models.foundation.vocabulary import AUDIT_ACTION_LABELS as ACTION_LABELS
from models.rules import access
from models.rules.access import Actor
from models.rules.audit import VerifyResult, verify
from models.rules.audit_checkpoint import verify_against

_day_start_utc = local_day_start_utc


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except ValueError as exc:
        raise ValidationError([FieldProblem("date", f"日期：{exc}", value)]) from None


def action_key(action: str) -> str:
    """An action given by key ('grant') or by its Chinese label ('授权')."""
    action = (action or "").strip()
    for key, label in ACTION_LABELS.items():
        if action == label:
            return key
    return action


def _filtered(user: str | None = None, customer_code: str | None = None, action: str | None = None,
              since: object = None, until: object = None, outcome: str | None = None,
              up_to: int | None = None) -> pw.ModelSelect[AuditEntry]:
    query = AuditEntry.select()
    if up_to is not None:   # an export bounded by its checkpoint: nothing newer than its head
        query = query.where(AuditEntry.id <= up_to)
    if user:
        query = query.where(AuditEntry.actor_name == user.strip())
    if customer_code:
        query = query.where((AuditEntry.target_type == "customer")
                            & (AuditEntry.target_label == customer_code.strip()))
    if action:
        query = query.where(AuditEntry.action == action_key(action))
    if outcome:
        query = query.where(AuditEntry.outcome == outcome)
    start, end = _as_date(since), _as_date(until)
    if start:
        query = query.where(AuditEntry.at >= _day_start_utc(start))
    if end:
        query = query.where(AuditEntry.at < _day_start_utc(end + dt.timedelta(days=1)))
    return query


def _info(e: AuditEntry) -> AuditInfo:
    return AuditInfo(e.id, e.at, e.actor_name, e.machine, e.action, ACTION_LABELS.get(e.action, e.action),
                     e.target_type, e.target_label, e.outcome, e.details)


def query(actor: Actor, *, user: str | None = None, customer_code: str | None = None,
          action: str | None = None, since: object = None, until: object = None,
          outcome: str | None = None, limit: int = 500, offset: int = 0) -> list[AuditInfo]:
    """Entries matching the filters, newest first. Dates are local calendar days, inclusive."""
    access.require(actor, access.AUDIT_READ)
    q = _filtered(user, customer_code, action, since, until, outcome)
    return [_info(e) for e in q.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)]


def count(actor: Actor, *, user: str | None = None, customer_code: str | None = None,
          action: str | None = None, since: object = None, until: object = None,
          outcome: str | None = None, up_to: int | None = None) -> int:
    access.require(actor, access.AUDIT_READ)
    return _filtered(user, customer_code, action, since, until, outcome, up_to).count()


def iter_entries(actor: Actor, *, batch: int = 2000, **filters: Any) -> Iterator[AuditInfo]:
    """Every matching entry, newest first, fetched in batches (for the Excel export)."""
    access.require(actor, access.AUDIT_READ)
    before = None
    while True:
        q = _filtered(**filters)
        if before is not None:
            q = q.where(AuditEntry.id < before)
        rows = list(q.order_by(AuditEntry.id.desc()).limit(batch))
        if not rows:
            return
        for e in rows:
            yield _info(e)
        before = rows[-1].id


def verify_as(actor: Actor, checkpoint: AuditCheckpoint | None = None) -> VerifyResult:
    """`verify()` for a signed-in user: managers and admins only (a denial is audited);
    with a checkpoint (models/rules/audit_checkpoint.py), the log is checked against it too."""
    access.require(actor, access.AUDIT_READ)
    if checkpoint is not None:
        return verify_against(checkpoint)
    return verify()
