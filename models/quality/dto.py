"""What the monthly service report carries to exports/ (no tables, no services)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MonthlyReport:
    month: str                                         # YYYY-MM
    company: str
    goals: tuple[tuple[str, str, float, str, float | None, bool], ...]   # metric, label, target, unit, actual, met
    satisfaction: tuple[tuple[str, int, float | None, float | None], ...]  # indicator, answers, average, csat
    surveys: int
    nps: float | None
    service: tuple[tuple[str, str], ...]               # (label, value) lines
    activity: tuple[tuple[str, int], ...]              # page-2 entries per category (greetings, events …)
    stale_cards: int
    overdue_contact: int
    agents: tuple[tuple[str, int, int, int, int], ...]  # name, customers, entries, surveys, resolved records
    trend: tuple[tuple[str, float | None], ...]        # (month, CSAT) for the last six months
