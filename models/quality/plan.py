"""The periodic survey plan on 今日: a customer of a planned class (default A every 6
months, B every 12) whose last survey — or, never surveyed, the card's creation — is older
than the plan shows to its custodian as a `survey` line. Lines, not tasks: they disappear
by themselves once the survey is recorded, and 已办/稍后 marks work as for every line."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from models.desk.today import DeskItem, register_source
from models.foundation.schema import Customer, Survey
from models.quality.settings import get_settings
from models.rules.access import Actor


def months_back(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 - months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_for_survey(actor: Actor, today: dt.date, *, limit: int = 200) -> list[DeskItem]:
    out: list[DeskItem] = []
    last = (Survey.select(Survey.customer, pw.fn.MAX(Survey.survey_date).alias("last"))
            .group_by(Survey.customer))
    for cls, months in sorted(get_settings().plan_months.items()):
        if months <= 0:
            continue
        limit_day = months_back(today, months)
        rows = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.created_at, last.c.last)
                .join(last, pw.JOIN.LEFT_OUTER, on=(Customer.id == last.c.customer_id))
                .where((Customer.owner == actor.id) & (Customer.status == "active")
                       & (Customer.classification == cls)
                       & ((last.c.last < limit_day)
                          | (last.c.last.is_null() & (Customer.created_at < dt.datetime.combine(
                              limit_day, dt.time.min)))))
                .order_by(Customer.code).limit(limit).tuples())
        for cid, code, name, created, last_day in rows:
            since = last_day or (created.date() if isinstance(created, dt.datetime) else created)
            since = since if isinstance(since, dt.date) else dt.date.fromisoformat(str(since)[:10])
            text = (f"{cls} 类客户每 {months} 个月调查一次满意度，上次："
                    + (f"{since:%Y-%m-%d}" if last_day else "从未调查"))
            out.append(DeskItem(today, "survey", code, name, text, f"survey:{cid}:{today:%Y%m}", cid, cls))
    return out


register_source(due_for_survey)


def return_visit_number(task_title: str) -> str | None:
    """The service record a return-visit task is about (its title is "回访：NUMBER …", written by
    models.service.return_visit), else None."""
    import re

    m = re.match(r"回访：\s*([A-Z]{2}\d{4}-\d+)", task_title or "")
    return m.group(1) if m else None
