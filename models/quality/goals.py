"""Service goals (持续改进): a metric, a target, a unit and a monitoring period, set by a
manager; each period shows target vs actual and met / not met (metrics.is_met: times and
complaints are met at or below the target, the rest at or above)."""
from __future__ import annotations

from dataclasses import dataclass

from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import QualityGoal
from models.foundation.validation import clean_text
from models.foundation.vocabulary import GOAL_PERIODS
from models.quality import analysis, metrics
from models.quality.settings import get_settings
from models.rules import access, audit
from models.rules.access import Actor


@dataclass(frozen=True)
class GoalStatus:
    id: int
    metric: str
    target: float
    unit: str
    period: str
    actual: float | None
    met: bool


def check_metric(metric: str) -> str:
    metric = (metric or "").strip()
    base, sep, indicator = metric.partition(":")
    if base not in metrics.METRICS or (sep and (base not in ("csat", "average")
                                                or indicator not in get_settings().indicators)):
        raise ValidationError([FieldProblem("metric", f"没有指标“{metric}”（可用：{'、'.join(metrics.METRICS)}，"
                                            "或 csat:指标名）", metric)])
    return metric


def add_goal(actor: Actor, metric: str, target, *, unit: str = "", period: str = "month") -> int:
    actor = access.require(actor, access.QUALITY_SETUP)
    metric = check_metric(metric)
    try:
        value = float(target)
    except (TypeError, ValueError):
        raise ValidationError([FieldProblem("target", "目标值必须是数字", target)]) from None
    if period not in GOAL_PERIODS:
        raise ValidationError([FieldProblem("period", "监测周期必须是 month 或 quarter", period)])
    unit = clean_text(unit, 16) or metrics.METRICS[metric.split(":")[0]][1]
    with write_transaction():
        goal = QualityGoal.create(metric=metric, target=value, unit=unit, period=period, created_by=actor.id)
        audit.record(actor, "goal_add", target_type="settings", target_label=f"服务目标·{metric}",
                     details={"goal_id": goal.id, "metric": metric, "target": value, "period": period})
    return goal.id


def goals_for(actor: Actor, period: str) -> list[GoalStatus]:
    """Every active goal measured over its period containing the month `period` (YYYY-MM)."""
    actor = access.require(actor, access.QUALITY_REPORT)
    out = []
    for g in QualityGoal.select().where(QualityGoal.active).order_by(QualityGoal.id):
        start, end = analysis.period_range(period, g.period)
        value = analysis.actual(actor, g.metric, start, end)
        out.append(GoalStatus(g.id, g.metric, g.target, g.unit, g.period, value,
                              metrics.is_met(g.metric, g.target, value)))
    return out
