"""The metrics, pure: hand-made data in, numbers out (the unit tests check known answers).

Decisions: CSAT is the share of answers scored 4 or 5 among all answers (every question of
every survey counts once), in percent; the average is the mean of all answers; NPS is the
share of promoters (9–10) minus the share of detractors (0–6) among the surveys that asked
the 0–10 question, in percent; an empty population gives None ("no data"), never 0.
Cadence compliance is the share of active customers whose last contact (or, never
contacted, the card's creation) lies within their class's cadence on the given day.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable

from models.foundation.vocabulary import QUALITY_METRICS

METRICS = QUALITY_METRICS   # in the vocabulary: the command line lists them without this package
# CSAT of one indicator: csat:产品质量 (the indicator's name after the colon)
INDICATOR_PREFIX = "csat:"


def csat(scores: Iterable[int]) -> float | None:
    scores = list(scores)
    if not scores:
        return None
    return 100.0 * sum(1 for s in scores if s >= 4) / len(scores)


def average(scores: Iterable[int]) -> float | None:
    scores = list(scores)
    return statistics.mean(scores) if scores else None


def nps(values: Iterable[int | None]) -> float | None:
    answered = [v for v in values if v is not None]
    if not answered:
        return None
    promoters = sum(1 for v in answered if v >= 9)
    detractors = sum(1 for v in answered if v <= 6)
    return 100.0 * (promoters - detractors) / len(answered)


def median(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def on_time(resolved_missed: Iterable[bool]) -> float | None:
    """`resolved_missed`: for each resolved record, whether it missed its deadline."""
    marks = list(resolved_missed)
    if not marks:
        return None
    return 100.0 * sum(1 for m in marks if not m) / len(marks)


def cadence(customers: Iterable[tuple[str, dt.date | None, dt.date]], cadence_days: dict[str, int],
            on: dt.date) -> float | None:
    """`customers`: (class, last contact or None, created on)."""
    rows = list(customers)
    if not rows:
        return None
    within = sum(1 for cls, last, created in rows
                 if (on - (last or created)).days <= cadence_days.get(cls, 10_000))
    return 100.0 * within / len(rows)


def per_100(count: int, customers: int) -> float | None:
    return 100.0 * count / customers if customers else None


def is_met(metric: str, target: float, actual: float | None) -> bool:
    """A goal is met when the actual is at least (or, for times and complaints, at most) the
    target; no data is not met."""
    if actual is None:
        return False
    base = metric.split(":", 1)[0]
    direction = METRICS.get(base, ("", "", "higher"))[2]
    return actual <= target if direction == "lower" else actual >= target
