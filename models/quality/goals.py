"""Service goals (持续改进): a metric, a target, a unit and a monitoring period, set by a
manager; each period shows target vs actual and met / not met (metrics.is_met: times and
complaints are met at or below the target, the rest at or above)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
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


def _checked_target(target: Any, period: str) -> float:
    """A goal's target as a number and its monitoring period, or the Chinese reason why not."""
    try:
        value = float(target)
    except (TypeError, ValueError):
        raise ValidationError([FieldProblem("target", "目标值必须是数字", target)]) from None
    if period not in GOAL_PERIODS:
        raise ValidationError([FieldProblem("period", "监测周期必须是 month 或 quarter", period)])
    return value


def add_goal(actor: Actor, metric: str, target: Any, *, unit: str = "", period: str = "month") -> int:
    actor = access.require(actor, access.QUALITY_SETUP)
    metric = check_metric(metric)
    value = _checked_target(target, period)
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


def _goal(goal_id: int | str) -> QualityGoal:
    g = QualityGoal.get_or_none((QualityGoal.id == goal_id) & QualityGoal.active)
    if g is None:
        raise NotFound("服务目标", str(goal_id))
    return g


def change_goal(actor: Actor, goal_id: int, target: Any, *, unit: str = "", period: str = "month") -> int:
    """A new target, unit or period for a goal (the metric stays; a different one is a new goal)."""
    actor = access.require(actor, access.QUALITY_SETUP)
    g = _goal(goal_id)
    value = _checked_target(target, period)
    unit = clean_text(unit, 16) or g.unit
    with write_transaction():
        QualityGoal.update(target=value, unit=unit, period=period).where(QualityGoal.id == g.id).execute()
        audit.record(actor, "settings", target_type="settings", target_label=f"服务目标·{g.metric}",
                     details={"goal_id": g.id, "target": [g.target, value], "unit": [g.unit, unit],
                              "period": [g.period, period]})
    return g.id


def retire_goal(actor: Actor, goal_id: int) -> int:
    """停用: the goal is no longer measured (kept, so the audit log keeps its meaning)."""
    actor = access.require(actor, access.QUALITY_SETUP)
    g = _goal(goal_id)
    with write_transaction():
        QualityGoal.update(active=False).where(QualityGoal.id == g.id).execute()
        audit.record(actor, "settings", target_type="settings", target_label=f"服务目标·{g.metric}",
                     details={"goal_id": g.id, "retired": True})
    return g.id


def metric_label(metric: str) -> str:
    base, _, indicator = metric.partition(":")
    label = metrics.METRICS.get(base, (metric,))[0]
    return f"{label}·{indicator}" if indicator else label


def metric_choices() -> list[tuple[str, str]]:
    """(metric, label) for every measurable metric, with CSAT and the average per indicator."""
    out = [(k, v[0]) for k, v in metrics.METRICS.items()]
    for indicator in get_settings().indicators:
        out += [(f"csat:{indicator}", metric_label(f"csat:{indicator}")),
                (f"average:{indicator}", metric_label(f"average:{indicator}"))]
    return out


def _shift(period: str, kind: str, back: int) -> str:
    year, month = (int(x) for x in period.split("-"))
    total = year * 12 + month - 1 - back * (3 if kind == "quarter" else 1)
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def period_label(period: str, kind: str) -> str:
    year, month = (int(x) for x in period.split("-"))
    return f"{year}Q{(month - 1) // 3 + 1}" if kind == "quarter" else f"{year}-{month:02d}"


def goal_trend(actor: Actor, goal_id: int, period: str, *, periods: int = 6) -> list[tuple[str, float | None, bool]]:
    """The goal's actual over its last `periods` monitoring periods up to `period` (oldest first):
    (period label, actual, met)."""
    actor = access.require(actor, access.QUALITY_REPORT)
    analysis.period_range(period)          # a readable period, or the one clear sentence
    g = _goal(goal_id)
    out = []
    for back in range(periods - 1, -1, -1):
        p = _shift(period, g.period, back)
        start, end = analysis.period_range(p, g.period)
        value = analysis.actual(actor, g.metric, start, end)
        out.append((period_label(p, g.period), value, metrics.is_met(g.metric, g.target, value)))
    return out
