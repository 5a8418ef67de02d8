"""Greetings (节日问候): who to greet for a festival, and marking a batch sent.

Who: the active customers in the user's custody (a manager: the whole department) whose
class's greeting rule names the festival (models.desk.settings), with their primary key
person. Marking sent writes one page-2 entry (category 节日问候, title "春节问候（2027）")
per card, all in one transaction; a card already holding that entry is not listed again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.archive import events
from models.calendar.errors import CalendarError
from models.calendar.festivals import FestivalInfo, festival_by_name_or_key, next_festival
from models.desk.settings import get_settings
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import Contact, Customer, Event
from models.foundation.vocabulary import GREETING_CHANNELS
from models.rules import access, audit
from models.rules.access import Actor


@dataclass(frozen=True)
class GreetLine:
    customer_id: int
    code: str
    customer: str
    cls: str
    person: str          # the primary key person's name (not a sensitive field)


def festival(text: str) -> FestivalInfo:
    try:
        return festival_by_name_or_key(text)
    except CalendarError as exc:
        raise ValidationError([FieldProblem("festival", exc.text, text)]) from None


def occurrence(info: FestivalInfo, year: int | None, today: dt.date) -> dt.date:
    """The festival's date in `year`, or its next date from today."""
    start = dt.date(year, 1, 1) if year else today
    return next_festival(info.key, start).date


def title_for(info: FestivalInfo, on: dt.date) -> str:
    return f"{info.name}问候（{on.year}）"


def _scope(actor: Actor) -> pw.Expression:
    cond = access.visible_condition(actor) & (Customer.status == "active")
    if not access.sees_department_desk(actor):
        cond &= Customer.owner == actor.id
    return cond


def to_greet(actor: Actor, text: str, *, year: int | None = None, today: dt.date | None = None,
             limit: int = 100_000) -> tuple[FestivalInfo, dt.date, list[GreetLine]]:
    today = today or dt.date.today()
    actor = access.refresh(actor)
    info = festival(text)
    on = occurrence(info, year, today)
    settings = get_settings()
    classes = [c for c in ("A", "B", "C") if settings.greets(c, info.key)]
    if not classes:
        return info, on, []
    done = Event.select(Event.customer).where((Event.category == "节日问候") & (Event.title == title_for(info, on)))
    rows = list(Customer.select(Customer.id, Customer.code, Customer.name, Customer.classification)
                .where(_scope(actor) & Customer.classification.in_(classes) & Customer.id.not_in(done))
                .order_by(Customer.classification, Customer.code).limit(limit).tuples())
    people: dict[int, str] = {}
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):
        for cid, name in (Contact.select(Contact.customer, Contact.name)
                          .where(Contact.customer.in_(ids[start:start + 500]))
                          .order_by(Contact.customer, Contact.is_primary.desc(), Contact.position, Contact.id)
                          .tuples()):
            people.setdefault(cid, name)
    return info, on, [GreetLine(cid, code, name, cls, people.get(cid, "")) for cid, code, name, cls in rows]


def mark_sent(actor: Actor, text: str, codes: list[str], *, channel: str, year: int | None = None,
              today: dt.date | None = None) -> int:
    """One 节日问候 entry per card, all or nothing; returns how many were written."""
    today = today or dt.date.today()
    if channel not in GREETING_CHANNELS:
        raise ValidationError([FieldProblem("channel", "渠道必须是：" + "、".join(GREETING_CHANNELS), channel)])
    info = festival(text)
    on = occurrence(info, year, today)
    title = title_for(info, on)
    customers = []
    for code in dict.fromkeys(c.strip() for c in codes if c.strip()):
        c = Customer.get_or_none(Customer.code == code)
        if c is None:
            raise NotFound("客户", code)
        access.require(actor, access.EDIT, c)
        customers.append(c)
    if not customers:
        raise ValidationError([FieldProblem("codes", "请至少选择一位客户")])
    written = 0
    with write_transaction():
        for c in customers:
            if Event.select().where((Event.customer == c.id) & (Event.category == "节日问候")
                                    & (Event.title == title)).exists():
                continue
            person = (Contact.select(Contact.name).where(Contact.customer == c.id)
                      .order_by(Contact.is_primary.desc(), Contact.position, Contact.id).scalar()) or ""
            events.add_event(actor, c.id, {
                "event_date": today, "category": "节日问候", "title": title,
                "content": f"通过{channel}向{person or '客户'}致以{info.name}问候"})
            written += 1
        audit.record(actor, "greet", target_type="festival", target_label=info.name,
                     details={"festival": info.key, "date": on.isoformat(), "channel": channel,
                              "customers": written})
    return written
