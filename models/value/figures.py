"""What the class and the Pareto view are computed from: each customer's projects.

A project counts as business unless it is still 洽谈中 (no deal yet). Its amount falls in
the period in which it started (started_on); a project without a start date has no place in
time and counts for the project total only. A customer "has a project" in the last N months
when one started in that window or was running in it (ended in it, or not ended and 进行中).
Cooperation years run from the first project's start to the reference day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee as pw

from models.foundation.schema import Customer, Project

NOT_BUSINESS = ("洽谈中",)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the 31st becomes the month's last day)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    for d in range(day.day, 27, -1):
        try:
            return dt.date(y, m, d)
        except ValueError:
            continue
    return dt.date(y, m, min(day.day, 28))


@dataclass
class CustomerFigures:
    id: int
    code: str
    name: str
    cls: str
    owner_id: int | None
    projects: int = 0
    first_start: dt.date | None = None
    last_active: dt.date | None = None      # the latest day a project was running
    amounts: list[tuple[dt.date, Decimal]] = field(default_factory=list)  # (started_on, amount) of dated business projects

    def amount_since(self, since: dt.date, until: dt.date) -> Decimal:
        return sum((a for d, a in self.amounts if since < d <= until), Decimal(0))

    def active_since(self, since: dt.date) -> bool:
        return self.last_active is not None and self.last_active > since

    def years(self, today: dt.date) -> int:
        if self.first_start is None:
            return 0
        years = today.year - self.first_start.year
        if (today.month, today.day) < (self.first_start.month, self.first_start.day):
            years -= 1
        return max(years, 0)


def load_figures(condition: pw.Expression | None, today: dt.date) -> list[CustomerFigures]:
    """Figures of the active customers matching `condition` (the caller's visibility/filters)."""
    query = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.classification,
                             Customer.owner).where(Customer.status == "active"))
    if condition is not None:
        query = query.where(condition)
    # tuples, not model instances: building a model per row was two thirds of the time
    figures = {cid: CustomerFigures(cid, code, name, cls, owner)
               for cid, code, name, cls, owner in query.tuples()}
    if not figures:
        return []
    ids = list(figures)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, started, ended, amount, status in (
                Project.select(Project.customer, Project.started_on, Project.ended_on, Project.amount,
                               Project.status)
                .where(Project.customer.in_(chunk) & Project.status.not_in(NOT_BUSINESS)).tuples()):
            f = figures[cid]
            f.projects += 1
            if started is None or started > today:
                continue
            if f.first_start is None or started < f.first_start:
                f.first_start = started
            if amount:
                f.amounts.append((started, Decimal(amount)))
            running_until = ended if ended else (today if status == "进行中" else started)
            running_until = min(running_until, today)
            if f.last_active is None or running_until > f.last_active:
                f.last_active = running_until
    return sorted(figures.values(), key=lambda f: f.code)


def wan(amount: Decimal) -> str:
    """¥86.0万 for amounts from ten thousand, ¥8,600 below."""
    if amount >= 10000:
        return f"¥{amount / 10000:,.1f}万"
    return f"¥{amount:,.0f}"
