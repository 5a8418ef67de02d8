"""Satisfaction for a period and the actual value of every goal metric.

Scores are read only on the cards the user may open (access.visible_condition): staff
never see the scores of cards they may not read. Goals and the monthly report are
managers' (access.QUALITY_REPORT), who see the whole department.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.desk import index
from models.desk.settings import get_settings as desk_settings
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import Customer, ServiceRecord, Staff, Survey, SurveyAnswer
from models.foundation.vocabulary import SATISFACTION_GROUPINGS
from models.quality import metrics
from models.rules import access
from models.rules.access import Actor
from models.service.reading import to_utc
from models.service.report import service_report

GROUPINGS = SATISFACTION_GROUPINGS   # in the vocabulary: the command line offers them without this module
NO_INDUSTRY = "（未填行业）"


@dataclass(frozen=True)
class SatisfactionRow:
    group: str
    responses: int            # surveys (for `indicator`: answers to that indicator)
    average: float | None
    csat: float | None
    nps: float | None = None  # over the group's surveys that asked the 0–10 question


@dataclass(frozen=True)
class Satisfaction:
    rows: tuple[SatisfactionRow, ...]
    total: SatisfactionRow
    nps: float | None          # None: no survey in the range asked the 0–10 question
    lowest: tuple[tuple[str, str, float], ...]   # (code, name, average) of the lowest customers


def _check_range(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise ValidationError([FieldProblem("date_to", "结束日期早于开始日期", date_to)])


def _answers(actor: Actor, date_from: dt.date, date_to: dt.date) -> pw.ModelSelect[Any]:   # tuples
    cond = access.visible_condition(actor)
    return (SurveyAnswer.select(SurveyAnswer.indicator, SurveyAnswer.score, Survey.id, Survey.survey_date,
                                Survey.nps, Customer.code, Customer.name, Customer.classification,
                                Staff.display_name, Customer.industry)
            .join(Survey, on=(SurveyAnswer.survey == Survey.id))
            .join(Customer, on=(Survey.customer == Customer.id))
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
            .where(cond & (Survey.survey_date >= date_from) & (Survey.survey_date <= date_to))
            .tuples())


def satisfaction(actor: Actor, date_from: dt.date, date_to: dt.date, *, by: str = "indicator") -> Satisfaction:
    _check_range(date_from, date_to)
    if by not in GROUPINGS:
        raise ValidationError([FieldProblem("by", "分组必须是：" + "、".join(GROUPINGS), by)])
    groups: dict[str, list[int]] = defaultdict(list)
    surveys_of: dict[str, dict[int, int | None]] = defaultdict(dict)   # group → survey → its NPS answer
    per_customer: dict[tuple[str, str], list[int]] = defaultdict(list)
    all_scores, nps_of = [], {}
    for indicator, score, sid, day, nps, code, name, cls, custodian, industry in _answers(actor, date_from, date_to):
        key = {"indicator": indicator, "class": cls or "-", "custodian": custodian or "（无）",
               "industry": (industry or "").strip() or NO_INDUSTRY,
               "month": f"{day:%Y-%m}" if isinstance(day, dt.date) else str(day)[:7]}[by]
        groups[key].append(score)
        surveys_of[key][sid] = nps
        per_customer[(code, name)].append(score)
        all_scores.append(score)
        nps_of[sid] = nps
    rows = tuple(SatisfactionRow(k, len(v) if by == "indicator" else len(surveys_of[k]),
                                 metrics.average(v), metrics.csat(v), metrics.nps(surveys_of[k].values()))
                 for k, v in sorted(groups.items()))
    total = SatisfactionRow("合计", len(nps_of), metrics.average(all_scores), metrics.csat(all_scores),
                            metrics.nps(nps_of.values()))
    lowest = tuple(sorted(((c, n, metrics.average(v) or 0.0) for (c, n), v in per_customer.items()),
                          key=lambda t: (t[2], t[0]))[:10])
    return Satisfaction(rows, total, metrics.nps(nps_of.values()), lowest)


def period_range(period: str, kind: str = "month") -> tuple[dt.date, dt.date]:
    """"2026-03" → the month (or, for a quarterly goal, the quarter holding it)."""
    try:
        year, month = (int(x) for x in str(period).split("-"))
        first = dt.date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError([FieldProblem("period", "期间应写成 YYYY-MM", period)]) from None
    if kind == "quarter":
        first = dt.date(year, 3 * ((month - 1) // 3) + 1, 1)
        months = 3
    else:
        months = 1
    y, m = divmod(first.month - 1 + months, 12)
    return first, dt.date(first.year + y, m + 1, 1) - dt.timedelta(days=1)


def actual(actor: Actor, metric: str, date_from: dt.date, date_to: dt.date) -> float | None:
    """The metric measured from the archive over the range (managers)."""
    actor = access.require(actor, access.QUALITY_REPORT)
    base, _, indicator = metric.partition(":")
    if base in ("csat", "average", "nps"):
        q = (SurveyAnswer.select(SurveyAnswer.score, Survey.id, Survey.nps)
             .join(Survey, on=(SurveyAnswer.survey == Survey.id))
             .where((Survey.survey_date >= date_from) & (Survey.survey_date <= date_to)))
        if indicator:
            q = q.where(SurveyAnswer.indicator == indicator)
        rows = list(q.tuples())
        if base == "nps":
            return metrics.nps({sid: n for _, sid, n in rows}.values())
        scores = [s for s, _, _ in rows]
        return metrics.csat(scores) if base == "csat" else metrics.average(scores)
    if base in ("first_response_hours", "resolve_hours", "on_time"):
        report = service_report(actor, date_from, date_to)
        if base == "on_time":
            return None if report.on_time_share is None else 100.0 * report.on_time_share
        return report.response_median if base == "first_response_hours" else report.resolution_median
    if base == "cadence":
        index.refresh(dt.date.today())      # last contact is derived: bring it up to date
        cards = Customer.select(Customer.classification, Customer.last_contact_on, Customer.created_at).where(
            Customer.status == "active").tuples()
        return metrics.cadence(((c, last, created.date() if isinstance(created, dt.datetime) else created)
                                for c, last, created in cards), desk_settings().cadence_days, date_to)
    if base == "complaints_per_100":
        start = to_utc(dt.datetime.combine(date_from, dt.time.min))
        end = to_utc(dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
        n = ServiceRecord.select().where((ServiceRecord.kind == "投诉") & (ServiceRecord.received_at >= start)
                                         & (ServiceRecord.received_at < end)).count()
        return metrics.per_100(n, Customer.select().where(Customer.status == "active").count())
    if base == "return_visits":
        return float(Survey.select().where((Survey.kind == "回访") & (Survey.survey_date >= date_from)
                                           & (Survey.survey_date <= date_to)).count())
    raise ValidationError([FieldProblem("metric", f"没有指标“{metric}”", metric)])
