"""动态管理: 核实 (page 1 confirmed current), stale cards, and customers overdue for contact.

- A card is **stale** when page 1 (company fields, key people, projects) has been neither
  changed nor confirmed (核实) for the class's limit — 365 days, A customers 180 (settable).
  核实 is one click, audited, recording who and when.
- A customer is **overdue for contact** when the newest page-2 entry by service staff is
  older than the class's cadence (A 30, B 60, C 120 days, settable); a card that has never
  had one counts from the day it was created. Reports from other departments do not count.
  Listed by how long overdue, A first.
"""
from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

import peewee as pw

from models.archive import customer_list
from models.desk import index
from models.desk.settings import DeskSettings, get_settings
from models.foundation.changes import card_changes, record_changes
from models.foundation.db import database, write_transaction
from models.foundation.errors import NotFound
from models.foundation.schema import Customer, Staff, utcnow
from models.rules import access, audit
from models.rules.access import Actor


@dataclass(frozen=True)
class CardDue:
    """A customer needing attention: overdue for contact or stale."""

    customer_id: int
    code: str
    name: str
    cls: str
    custodian: str
    since: dt.date            # last contact / last page-1 change or 核实
    days_over: int            # days past the limit


def verify_card(actor: Actor, code_or_id: int | str) -> dt.datetime:
    """核实: the user confirms page 1 is current. Returns the time recorded."""
    q = (Customer.code == code_or_id.strip()) if isinstance(code_or_id, str) else (Customer.id == code_or_id)
    customer = Customer.get_or_none(q)
    if customer is None:
        raise NotFound("客户", str(code_or_id))
    actor = access.require(actor, access.EDIT, customer)
    now = utcnow()
    with write_transaction():
        Customer.update(verified_at=now, verified_by=actor.id).where(Customer.id == customer.id).execute()
        audit.record(actor, "verify_card", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={})
        record_changes(card_changes(customer.id))
    return now


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _scope(actor: Actor, mine_only: bool) -> pw.Expression:
    """The user's own customers (a custodian always sees them: no grant look-up, so the
    owner index serves the query), or the department's for those who see it."""
    if mine_only or not access.sees_department_desk(actor):
        return (Customer.owner == actor.id) & (Customer.status == "active")
    return access.visible_condition(actor) & (Customer.status == "active")


def overdue_for_contact(actor: Actor, *, today: dt.date | None = None, mine_only: bool = False,
                        limit: int = 500, refresh: bool = True) -> list[CardDue]:
    today = today or dt.date.today()
    actor = access.refresh(actor)
    if refresh:      # last contact is derived: bring it up to date first
        index.refresh(today)
    settings = get_settings()
    out: list[CardDue] = []
    names = dict(Staff.select(Staff.id, Staff.display_name).tuples())
    for cls in ("A", "B", "C"):
        last_or_created = pw.fn.COALESCE(Customer.last_contact_on, Customer.created_at)
        rows = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.owner,
                                Customer.last_contact_on, Customer.created_at)
                .where(_scope(actor, mine_only) & _overdue_condition(cls, today, settings))
                .order_by(last_or_created).limit(limit).tuples())
        for cid, code, name, owner, last, created in rows:
            base = _date(last) if last else _date(created)
            over = (today - base).days - settings.cadence_days[cls]
            out.append(CardDue(cid, code, name, cls, names.get(owner, ""), base, over))
    out.sort(key=lambda d: ("ABC".index(d.cls), -d.days_over))
    return out[:limit]


def _overdue_condition(cls: str, today: dt.date, settings: DeskSettings) -> pw.Expression:
    limit_day = today - dt.timedelta(days=settings.cadence_days[cls])
    return (Customer.classification == cls) & (
        (Customer.last_contact_on.is_null(False) & (Customer.last_contact_on < limit_day))
        | (Customer.last_contact_on.is_null() & (Customer.created_at < _start(limit_day))))


def _stale_condition(cls: str, today: dt.date, settings: DeskSettings) -> pw.Expression:
    limit_at = _start(today - dt.timedelta(days=settings.stale_days[cls]))
    page1 = pw.fn.COALESCE(Customer.page1_at, Customer.created_at)
    return ((Customer.classification == cls) & (page1 < limit_at)
            & (Customer.verified_at.is_null() | (Customer.verified_at < limit_at)))


def stale_condition(today: dt.date | None = None) -> pw.Expression:
    """The desk's stale-card rule as one WHERE condition on Customer (every class): the
    archive list's 待核实 filter asks this, so the list and 今日 agree."""
    today = today or dt.date.today()
    settings = get_settings()
    condition = _stale_condition("A", today, settings)
    for cls in ("B", "C"):
        condition |= _stale_condition(cls, today, settings)
    return condition


customer_list.register_filter("stale", stale_condition)


def count_overdue_for_contact(actor: Actor, *, today: dt.date | None = None, mine_only: bool = False) -> int:
    today = today or dt.date.today()
    actor = access.refresh(actor)
    settings = get_settings()
    return sum(Customer.select().where(_scope(actor, mine_only) & _overdue_condition(c, today, settings)).count()
               for c in ("A", "B", "C"))


def count_stale(actor: Actor, *, today: dt.date | None = None, mine_only: bool = False) -> int:
    today = today or dt.date.today()
    actor = access.refresh(actor)
    settings = get_settings()
    return sum(Customer.select().where(_scope(actor, mine_only) & _stale_condition(c, today, settings)).count()
               for c in ("A", "B", "C"))


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def stale_cards(actor: Actor, *, today: dt.date | None = None, mine_only: bool = False,
                limit: int = 500) -> list[CardDue]:
    today = today or dt.date.today()
    actor = access.refresh(actor)
    settings = get_settings()
    names = dict(Staff.select(Staff.id, Staff.display_name).tuples())
    out: list[CardDue] = []
    for cls in ("A", "B", "C"):
        page1 = pw.fn.COALESCE(Customer.page1_at, Customer.created_at)
        rows = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.owner,
                                Customer.page1_at, Customer.created_at, Customer.verified_at)
                .where(_scope(actor, mine_only) & _stale_condition(cls, today, settings))
                .order_by(page1).limit(limit).tuples())
        for cid, code, name, owner, p1, created, verified in rows:
            base = max(_date(p1 or created), _date(verified) if verified else dt.date.min)
            over = (today - base).days - settings.stale_days[cls]
            out.append(CardDue(cid, code, name, cls, names.get(owner, ""), base, over))
    out.sort(key=lambda d: ("ABC".index(d.cls), -d.days_over))
    return out[:limit]


@dataclass(frozen=True)
class DueLists:
    """Both lists of the 今日 page with their totals (the lists cut to `limit`)."""

    cadence: list[CardDue]
    cadence_total: int
    stale: list[CardDue]
    stale_total: int
    # with `since=True`: every due card's date (the one its 今日 line is keyed by)
    cadence_since: dict[int, dt.date] = field(default_factory=dict)
    stale_since: dict[int, dt.date] = field(default_factory=dict)


def _flag(condition: pw.Expression) -> pw.Node:
    return pw.Case(None, ((condition, 1),), 0)


def _stale_since(page1: pw.Node) -> pw.Node:
    """The later of the last page-1 change and the last 核实: the date a stale line shows."""
    return pw.Case(None, ((Customer.verified_at.is_null(False) & (Customer.verified_at > page1),
                           Customer.verified_at),), page1)


def due_lists(actor: Actor, *, today: dt.date, mine_only: bool = False, limit: int = 50,
              since: bool = False) -> DueLists:
    """The customers overdue for contact and the stale cards — the most overdue `limit` of
    each, A first, the same lines `overdue_for_contact` / `stale_cards` give — and how many
    there are. Every query reads only the customer_desk index (schema v8), never a customer
    row: one per class and kind takes its top `limit` and counts them all (COUNT(*) OVER ()
    before the LIMIT) — the database ranks; a pass handing every due card to Python cost
    more at 10,000 cards — and the lines' codes and names come by primary key. Raw rows, no
    peewee conversion per cell. With `since` (the department view: `limit` 0 allowed) every
    due card's date comes back too, from one pass per kind, and counts the cards. Last
    contact must be current (the 今日 page refreshed the index first)."""
    actor = access.refresh(actor)
    settings = get_settings()
    scope = _scope(actor, mine_only)
    contact_base = pw.fn.COALESCE(Customer.last_contact_on, Customer.created_at)
    stale_base = _stale_since(pw.fn.COALESCE(Customer.page1_at, Customer.created_at))
    kinds = (("cadence", _overdue_condition, contact_base, settings.cadence_days),
             ("stale", _stale_condition, stale_base, settings.stale_days))
    counts: dict[str, dict[str, int]] = {"cadence": {}, "stale": {}}
    dates: dict[str, dict[int, dt.date]] = {}
    if since:
        for kind, condition, base, _days in kinds:
            rows = database.execute(Customer.select(Customer.id, Customer.classification, base).where(
                scope & reduce(operator.or_, [condition(c, today, settings) for c in "ABC"]))).fetchall()
            dates[f"{kind}_since"] = {cid: _date(b) for cid, _cls, b in rows}
            for _cid, cls, _b in rows:
                counts[kind][cls] = counts[kind].get(cls, 0) + 1
    chosen: dict[str, list[tuple[Any, ...]]] = {"cadence": [], "stale": []}
    for kind, condition, base, _days in kinds:
        for cls in ("A", "B", "C"):     # each class's most overdue, as the per-class queries had it
            if limit <= 0 or (since and not counts[kind].get(cls)):
                continue
            # COUNT(*) OVER (): how many are due, counted before the LIMIT, in the same query
            total = pw.fn.COUNT(pw.SQL("*")).over() if not since else pw.Value(0)
            rows = database.execute(Customer.select(Customer.id, Customer.owner, base, total)
                                    .where(scope & condition(cls, today, settings))
                                    .order_by(base, Customer.id).limit(limit)).fetchall()
            chosen[kind] += [(cid, cls, owner, b) for cid, owner, b, _n in rows]
            if not since:
                counts[kind][cls] = rows[0][3] if rows else 0
    ids = sorted({r[0] for rows in chosen.values() for r in rows})
    labels: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 5000):    # the lines' codes and names: by primary key
        labels.update((cid, (code, name)) for cid, code, name in Customer.select(
            Customer.id, Customer.code, Customer.name).where(Customer.id.in_(ids[start:start + 5000])).tuples())
    names = dict(Staff.select(Staff.id, Staff.display_name).tuples()) if ids else {}

    def lines(rows: list[tuple[Any, ...]], days: dict[str, int]) -> list[CardDue]:
        out = []
        for cid, cls, owner, b in rows:
            day = _date(b)
            code, name = labels[cid]
            out.append(CardDue(cid, code, name, cls, names.get(owner, ""), day, (today - day).days - days[cls]))
        out.sort(key=lambda d: ("ABC".index(d.cls), -d.days_over))
        return out[:limit]

    return DueLists(lines(chosen["cadence"], settings.cadence_days), sum(counts["cadence"].values()),
                    lines(chosen["stale"], settings.stale_days), sum(counts["stale"].values()), **dates)


def is_stale(customer: Customer, today: dt.date | None = None) -> bool:
    """For the card's 上次核实 line: would this card be listed as stale?"""
    today = today or dt.date.today()
    days = get_settings().stale_days.get(customer.classification, 365)
    base = _date(customer.page1_at or customer.created_at)
    if customer.verified_at:
        base = max(base, _date(customer.verified_at))
    return (today - base).days > days
