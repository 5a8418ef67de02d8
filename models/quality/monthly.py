"""The monthly service report (managers): goals vs actuals, satisfaction, service records,
greetings and events done, stale cards, per agent; PDF or workbook through produce_file."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import peewee as pw

from models.desk import upkeep
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.files import PathArg, produce_file
from models.foundation.schema import Customer, Event, ServiceRecord, Staff, Survey, get_meta
from models.quality import analysis, goals, metrics
from models.quality.dto import MonthlyReport
from models.quality.plan import months_back
from models.rules import access, audit
from models.rules.access import Actor
from models.service.reading import to_utc
from models.service.report import service_report


def build(actor: Actor, month: str) -> MonthlyReport:
    actor = access.require(actor, access.QUALITY_REPORT)
    start, end = analysis.period_range(month)
    sat = analysis.satisfaction(actor, start, end, by="indicator")
    svc = service_report(actor, start, end)
    rows = [("服务单", str(svc.total)), *((f"　{k}", str(n)) for k, n in sorted(svc.by_kind.items())),
            ("首次响应中位数（工作小时）", "-" if svc.response_median is None else f"{svc.response_median:.1f}"),
            ("解决时间中位数（工作小时）", "-" if svc.resolution_median is None else f"{svc.resolution_median:.1f}"),
            ("按期解决率", "-" if svc.on_time_share is None else f"{100 * svc.on_time_share:.1f}%")]
    activity = Counter(dict(Event.select(Event.category, pw.fn.COUNT(Event.id))
                            .where((Event.event_date >= start) & (Event.event_date <= end))
                            .group_by(Event.category).tuples()))
    goal_rows = tuple((g.metric, metrics.METRICS.get(g.metric.split(":")[0], (g.metric,))[0], g.target, g.unit,
                       g.actual, g.met) for g in goals.goals_for(actor, month))
    t0, t1 = to_utc(dt.datetime.combine(start, dt.time.min)), to_utc(dt.datetime.combine(end + dt.timedelta(1),
                                                                                          dt.time.min))
    agents = []
    for s in Staff.select().where(Staff.status == "active").order_by(Staff.username):
        if not access.may_hold_custody(s):
            continue
        agents.append((s.display_name,
                       Customer.select().where((Customer.owner == s.id) & (Customer.status == "active")).count(),
                       Event.select().where((Event.recorded_by == s.id) & (Event.event_date >= start)
                                            & (Event.event_date <= end)).count(),
                       Survey.select().where((Survey.recorded_by == s.id) & (Survey.survey_date >= start)
                                             & (Survey.survey_date <= end)).count(),
                       ServiceRecord.select().where((ServiceRecord.assignee == s.id) & (ServiceRecord.resolved_at >= t0)
                                                    & (ServiceRecord.resolved_at < t1)).count()))
    trend = []
    for back in range(5, -1, -1):
        first = months_back(start, back)
        f, t = analysis.period_range(f"{first:%Y-%m}")
        trend.append((f"{first:%Y-%m}", analysis.actual(actor, "csat", f, t)))
    return MonthlyReport(
        month, get_meta("company_name", ""), goal_rows,
        tuple((r.group, r.responses, r.average, r.csat) for r in sat.rows), sat.total.responses, sat.nps,
        tuple(rows), tuple(sorted(activity.items(), key=lambda kv: -kv[1])),
        upkeep.count_stale(actor, today=end), upkeep.count_overdue_for_contact(actor, today=end),
        tuple(agents), tuple(trend))


def write_report(actor: Actor, month: str, out: PathArg) -> str:
    from exports import quality_report

    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError([FieldProblem("out", "报告文件须为 .pdf 或 .xlsx", out)])
    report = build(actor, month)
    writer = quality_report.write_pdf if suffix == ".pdf" else quality_report.write_xlsx

    def entry(_result: object, digest: str) -> None:
        audit.record(actor, "monthly_report", target_type="report", target_label=f"月度服务报告·{month}",
                     details={"file": target.name, "sha256": digest})

    produce_file(target, lambda tmp: writer(report, tmp), entry)
    return str(target)
