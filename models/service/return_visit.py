"""The return visit (回访) after a resolved record: a follow-up task for the assignee, due
N working days after the resolution (default 3, a manager's setting, archive_meta key
`service.return_visit_days`; 0 turns it off). Created inside the resolving step's
transaction, so a resolution never exists without its visit. A reopened and re-resolved
record gets a new one (the earlier visit may already have happened)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from models.calendar.worktime import add_working_time
from models.desk.holidays import schedule as holiday_schedule
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import Customer, FollowUp, ServiceRecord, get_meta, set_meta
from models.rules import access, audit
from models.rules.access import Actor
from models.service.settings import get_settings

META_KEY = "service.return_visit_days"
DEFAULT_DAYS = 3


def delay_days() -> int:
    try:
        return max(0, int(get_meta(META_KEY, str(DEFAULT_DAYS))))
    except ValueError:
        return DEFAULT_DAYS


def set_delay_days(actor: Actor, days: Any) -> int:
    actor = access.require(actor, access.QUALITY_SETUP)
    try:
        n = int(days)
    except (TypeError, ValueError):
        n = -1
    if not 0 <= n <= 30:
        raise ValidationError([FieldProblem("days", "回访时间应为 0–30 个工作日（0 表示不自动安排）", days)])
    with write_transaction():
        old = delay_days()
        set_meta(META_KEY, str(n))
        audit.record(actor, "settings", target_type="settings", target_label="回访时间",
                     details={"return_visit_days": [old, n]})
    return n


def schedule_visit(actor: Actor, rec: ServiceRecord, customer: Customer, resolved: dt.datetime) -> int | None:
    """Inside the caller's transaction; `resolved` is naive local time."""
    days = delay_days()
    if days == 0 or rec.assignee_id is None:
        return None
    s = get_settings()
    due = add_working_time(resolved, dt.timedelta(seconds=days * s.hours.seconds_per_day),
                           holiday_schedule(), s.hours)
    task = FollowUp.create(customer=customer.id, assignee=rec.assignee_id, due_on=due.date(),
                           title=f"回访：{rec.number} {rec.title}"[:200],
                           note="了解客户对处理结果是否满意，并记录回访（满意度调查）", created_by=actor.id)
    audit.record(actor, "add_task", target_type="customer", target_id=customer.id, target_label=customer.code,
                 details={"task_id": task.id, "title": task.title, "due": str(due.date()),
                          "return_visit": rec.number})
    return task.id
