"""Page 2: the dated key-event log (重要事项记录).

Entries are never silently edited: an edit first copies the earlier text into
EventRevision, so the card shows what it said before and who changed it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from models.archive.cards import events_of
from models.archive.history import history_of
from models.archive.journal import Journal
from models.archive.lookup import find_customer
from models.foundation.changes import Changes, Kind, card_changes, record_changes
from models.foundation.db import write_transaction
from models.foundation.dto import ChangeEntry, EventInfo
from models.foundation.errors import ConflictError, FieldProblem, NotFound, ValidationError
from models.foundation.schema import (
    NOTIFICATION_CARD,
    Customer,
    Event,
    EventRevision,
    Notification,
    Staff,
    utcnow,
)
from models.foundation.validation import clean_line, clean_text, parse_date
from models.foundation.vocabulary import EVENT_CATEGORIES, EVENT_LABELS
from models.rules import access, audit
from models.rules.access import Actor


def validate_event(data: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for key in ("event_date", "category", "title", "content", "source_department"):
        value = data.get(key)
        try:
            if key == "event_date":
                clean[key] = parse_date(value)
                if clean[key] is None:
                    raise ValueError("请填写日期")
                if clean[key] > dt.date.today() + dt.timedelta(days=366):
                    raise ValueError("日期太远，请检查")
            elif key == "category":
                if value not in EVENT_CATEGORIES:
                    raise ValueError("类别必须是：" + "、".join(EVENT_CATEGORIES))
                clean[key] = value
            elif key == "title":
                clean[key] = clean_line(value, 200)
                if not clean[key]:
                    raise ValueError("请填写标题")
            elif key == "content":
                clean[key] = clean_text(value, 20000)
            else:
                clean[key] = clean_line(value, 100)
        except ValueError as exc:
            problems.append(FieldProblem(key, f"{EVENT_LABELS[key]}：{exc}", value))
    if problems:
        raise ValidationError(problems)
    return clean


_customer = find_customer   # by code or id (models/archive/lookup.py)


def _default_department(actor: Actor) -> str:
    staff = Staff.get_by_id(actor.id)
    return staff.department.name if staff.department is not None else ""


def _event_info(event_id: int, customer_id: int) -> EventInfo:
    return next(e for e in events_of(customer_id) if e.id == event_id)


def event_row(customer_id: int, clean: dict[str, Any], *, recorded_by: int, recorded_at: dt.datetime,
              is_report: bool = False) -> dict[str, Any]:
    """Every column of a new page-2 entry from validated data (forms and bulk writers alike)."""
    return dict(customer=customer_id, event_date=clean["event_date"], category=clean["category"],
                title=clean["title"], content=clean.get("content", ""),
                source_department=clean.get("source_department", ""), recorded_by=recorded_by,
                recorded_at=recorded_at, is_report=is_report, version=1)


def write_new_event(actor: Actor, customer: Customer, clean: dict[str, Any], journal: Journal, *,
                    is_report: bool = False) -> int:
    """The write half of recording an entry (`edit` checked by the caller). `is_report` keeps
    the mark of an entry that was reported, when an exported log is imported back."""
    now = utcnow()
    event_id: int = Event.insert(**event_row(customer.id, clean, recorded_by=actor.id, recorded_at=now,
                                        is_report=is_report)).execute()
    Customer.update(updated_at=now, updated_by=actor.id).where(Customer.id == customer.id).execute()
    journal.customer("add_event", customer.id, customer.code,
                     {"event_id": event_id, "category": clean["category"], "title": clean["title"]})
    record_changes(card_changes(customer.id, also=[Kind.EVENTS]))
    return event_id


def add_event(actor: Actor, customer_id_or_code: int | str, data: dict[str, Any]) -> EventInfo:
    """A staff member with edit rights records an entry."""
    customer = _customer(customer_id_or_code)
    actor = access.require(actor, access.EDIT, customer)
    clean = validate_event(data)
    clean["source_department"] = clean["source_department"] or _default_department(actor)
    with write_transaction():
        event_id = write_new_event(actor, customer, clean, Journal(actor))
    return _event_info(event_id, customer.id)


def report_event(actor: Actor, customer_id_or_code: int | str, data: dict[str, Any]) -> int:
    """Any department reports a major matter; write-only, and the custodian is notified.
    Returns the new entry's id (the reporter may not read the card back)."""
    customer = _customer(customer_id_or_code)
    actor = access.require(actor, access.REPORT, customer, label=customer.code)
    clean = validate_event(data)
    clean["source_department"] = clean["source_department"] or _default_department(actor)
    with write_transaction():
        event = Event.create(customer=customer, recorded_by=actor.id, is_report=True, **clean)
        # the card changed (a new page-2 entry): its 最后更新 moves, its version does not, so
        # nobody's open edit of page 1 becomes stale because of a report
        Customer.update(updated_at=utcnow(), updated_by=actor.id).where(Customer.id == customer.id).execute()
        record_changes(card_changes(customer.id, also=[Kind.EVENTS]))
        if customer.owner_id and customer.owner_id != actor.id:
            record_changes(Changes.of(Kind.NOTIFICATIONS))
            # kind "card": the title is card content, readable only while the custodian of
            # today may open the card (models/access_requests/requests.py)
            Notification.create(recipient=customer.owner_id, customer=customer, kind=NOTIFICATION_CARD,
                                message=f"{actor.display_name} 报告了客户 {customer.code} {customer.name} "
                                        f"的重要事项：{clean['title']}")
        audit.record(actor, "report_event", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"event_id": event.id, "category": clean["category"], "title": clean["title"]})
    return event.id


def edit_event(actor: Actor, event_id: int, expected_version: int, data: dict[str, Any]) -> EventInfo:
    """Correct an entry; the earlier text stays visible in its history."""
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound("重要事项", str(event_id))
    customer = Customer.get_by_id(event.customer_id)
    actor = access.require(actor, access.EDIT, customer)
    clean = validate_event({"source_department": event.source_department, **data})
    with write_transaction():
        EventRevision.create(event=event, event_date=event.event_date, category=event.category,
                             title=event.title, content=event.content, edited_by=actor.id)
        rows = (Event.update(version=Event.version + 1, **clean)
                .where((Event.id == event.id) & (Event.version == expected_version)).execute())
        if rows != 1:
            raise ConflictError("重要事项", event.title)
        audit.record(actor, "edit_event", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"event_id": event.id,
                              "changes": {k: [str(getattr(event, k)), str(v)] for k, v in clean.items()
                                          if getattr(event, k) != v}})
        record_changes(Changes.of(Kind.CARD, Kind.EVENTS, customers=[customer.id]))
    return _event_info(event.id, customer.id)


def change_history(actor: Actor, customer_id_or_code: int | str) -> list[ChangeEntry]:
    """The card's own change history (追踪客户变化), newest save first, in words."""
    customer = _customer(customer_id_or_code)
    access.require(actor, access.VIEW, customer)
    return history_of(customer.id)
