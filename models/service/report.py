"""The manager's service report for a date range (records received in the range).

Decisions: the justified share counts 有效 and 部分有效 among the judged complaints; the
percentiles are nearest-rank (P90 of n values is the ⌈0.9·n⌉-th smallest), the median the
usual one (mean of the middle two); response time runs from 受理 to the first handling step,
resolution time to the last 已解决 minus the stops (待客户, resolved states), both in working
hours on the archive's calendar; on-time share and first-contact resolution (never reopened,
at most one handling step) are shares of the resolved records; a repeat complainant is a
customer with two or more complaints in the range.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter

from models.desk.holidays import schedule as holiday_schedule
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import Customer, ServiceRecord, ServiceStep
from models.rules import access
from models.rules.access import Actor
from models.service import clock
from models.service.dto import ReportRow, ServiceReport
from models.service.reading import local, local_now, to_utc
from models.service.settings import get_settings


def nearest_rank(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p * len(ordered))) - 1]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def compute(rows: list[ReportRow], date_from: dt.date | None = None,
            date_to: dt.date | None = None) -> ServiceReport:
    """The metrics of already-loaded rows (pure: the unit tests feed hand-made rows)."""
    complaints = [r for r in rows if r.kind == "投诉"]
    judged = [r for r in complaints if r.verdict]
    response = [r.response_hours for r in rows if r.response_hours is not None]
    resolution = [r.resolution_hours for r in rows if r.resolution_hours is not None]
    resolved = [r for r in rows if r.resolved]
    scores = [r.satisfaction for r in rows if r.satisfaction is not None]
    per_customer = Counter((r.code, r.customer) for r in complaints)
    repeat = tuple(sorted(((c, n, k) for (c, n), k in per_customer.items() if k >= 2),
                          key=lambda t: (-t[2], t[0])))
    return ServiceReport(
        date_from, date_to, len(rows), dict(Counter(r.kind for r in rows)),
        dict(Counter(r.category for r in complaints if r.category)), dict(Counter(r.severity for r in rows)),
        dict(Counter(r.dept for r in complaints if r.dept)), len(judged),
        _share(sum(1 for r in judged if r.verdict in ("justified", "partly")), len(judged)),
        statistics.median(response) if response else None, nearest_rank(response, 0.9),
        statistics.median(resolution) if resolution else None, nearest_rank(resolution, 0.9),
        len(resolved), _share(sum(1 for r in resolved if not r.missed_resolution), len(resolved)),
        _share(sum(1 for r in resolved if r.reopen_count == 0 and r.handling_steps <= 1), len(resolved)),
        statistics.mean(scores) if scores else None, repeat, tuple(rows))


def service_report(actor: Actor, date_from: dt.date, date_to: dt.date, *,
                   now: dt.datetime | None = None) -> ServiceReport:
    """Managers only: every record received from `date_from` to `date_to` (local days)."""
    access.require(actor, access.MANAGE)
    if date_to < date_from:
        raise ValidationError([FieldProblem("date_to", "结束日期早于开始日期", date_to)])
    now = now or local_now()
    settings, cal = get_settings(), holiday_schedule()
    start = to_utc(dt.datetime.combine(date_from, dt.time.min))
    end = to_utc(dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
    recs = list(ServiceRecord.select(ServiceRecord, Customer).join(Customer, on=(ServiceRecord.customer == Customer.id))
                .where((ServiceRecord.received_at >= start) & (ServiceRecord.received_at < end))
                .order_by(ServiceRecord.received_at))
    steps: dict[int, list[tuple[dt.datetime, str, str]]] = {}
    for rid, at, action, status in (ServiceStep.select(ServiceStep.record, ServiceStep.at, ServiceStep.action,
                                                      ServiceStep.status)
                                    .where(ServiceStep.record.in_([r.id for r in recs]))
                                    .order_by(ServiceStep.at, ServiceStep.id).tuples()):
        steps.setdefault(rid, []).append((local(at), action, status))
    rows = []
    for r in recs:
        received, history = local(r.received_at), steps.get(r.id, [])
        response = (clock.working_hours_between(received, local(r.first_response_at), cal, settings.hours)
                    if r.first_response_at else None)
        resolution = None
        if r.resolved_at:
            solved = local(r.resolved_at)
            pauses = clock.stops(received, [(a, s) for a, _, s in history if a <= solved], solved)
            resolution = clock.working_hours_between(received, solved, cal, settings.hours, pauses)
        rows.append(ReportRow(r.number, r.kind, r.customer.code, r.customer.name, r.severity, r.category,
                              r.responsible_dept, r.verdict, response, resolution,
                              r.resolved_at is not None and r.status not in ("已受理", "处理中", "待客户"),
                              bool(r.missed_resolution), r.reopen_count,
                              sum(1 for _, a, st in history if a == "status" and st != "已解决"), r.satisfaction))
    return compute(rows, date_from, date_to)
