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
from dataclasses import dataclass

import peewee as pw

from models.archive import customer_list
from models.desk import index
from models.desk.settings import get_settings
from models.foundation.changes import card_changes, record_changes
from models.foundation.db import write_transaction
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


def verify_card(actor: Actor, code_or_id) -> dt.datetime:
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


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _scope(actor: Actor, mine_only: bool):
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


def _overdue_condition(cls: str, today: dt.date, settings):
    limit_day = today - dt.timedelta(days=settings.cadence_days[cls])
    return (Customer.classification == cls) & (
        (Customer.last_contact_on.is_null(False) & (Customer.last_contact_on < limit_day))
        | (Customer.last_contact_on.is_null() & (Customer.created_at < _start(limit_day))))


def _stale_condition(cls: str, today: dt.date, settings):
    limit_at = _start(today - dt.timedelta(days=settings.stale_days[cls]))
    page1 = pw.fn.COALESCE(Customer.page1_at, Customer.created_at)
    return ((Customer.classification == cls) & (page1 < limit_at)
            & (Customer.verified_at.is_null() | (Customer.verified_at < limit_at)))


def stale_condition(today: dt.date | None = None):
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


def is_stale(customer: Customer, today: dt.date | None = None) -> bool:
    """For the card's 上次核实 line: would this card be listed as stale?"""
    today = today or dt.date.today()
    days = get_settings().stale_days.get(customer.classification, 365)
    base = _date(customer.page1_at or customer.created_at)
    if customer.verified_at:
        base = max(base, _date(customer.verified_at))
    return (today - base).days > days
