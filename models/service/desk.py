"""The 今日 lines of service records (a source registered with models.desk.today).

The assignee sees their open records whose next deadline (the response while nobody has
responded, else the resolution) is less than `near_days` working days away, or passed;
a manager also sees every overdue record of the department (flagged to the manager). A
record waiting on the customer (待客户) is not listed: its clock stands still.
"""
from __future__ import annotations

import datetime as dt

from models.calendar.worktime import working_seconds_between
from models.desk.holidays import schedule as holiday_schedule
from models.desk.today import DeskItem, register_source
from models.rules import access
from models.rules.access import Actor
from models.service.reading import list_records, local_now
from models.service.settings import get_settings


def _now_for(today: dt.date) -> dt.datetime:
    now = local_now()
    if now.date() == today:
        return now
    return dt.datetime.combine(today, get_settings().hours.start)   # planning ahead / tests


def service_items(actor: Actor, today: dt.date) -> list[DeskItem]:
    now = _now_for(today)
    settings, cal = get_settings(), holiday_schedule()
    manager = access.sees_all_service(actor)
    out = []
    for r in list_records(actor, open_only=True, now=now):
        if r.paused:
            continue
        mine = r.assignee_username == actor.username
        if not mine and not (manager and r.overdue):
            continue
        which, deadline = (("响应", r.respond_by) if r.first_response_at is None else ("解决", r.resolve_by))
        left = working_seconds_between(now, deadline, cal, settings.hours)
        if left > settings.near.total_seconds() and not r.overdue:
            continue
        if r.overdue:
            state = "已逾期" + ("" if mine else f"（处理人：{r.assignee}）")
        else:
            state = f"剩余 {left / 3600:.1f} 工作小时"
        text = f"{r.number} {r.kind}·{r.severity}：{r.title}，{which}期限 {deadline:%Y-%m-%d %H:%M}，{state}"
        out.append(DeskItem(deadline.date(), "service", r.code, r.customer, text,
                            f"service:{r.id}:{which}:{deadline:%Y%m%d%H%M}", r.customer_id))
    return out


register_source(service_items)
