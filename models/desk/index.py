"""Reminder dates and last contact, kept current from the cards themselves.

The 今日 page must open in well under 200 ms at 100,000 customers and 300,000 key people,
so it never converts lunar dates while showing: each remembered day has a row in
`reminder_date` holding its next solar date, and the page reads them with one query over
covering indexes (schema v8: from the user's cards to their dates on SQLite, the day's
dates hashed against the cards on PostgreSQL).

The rows are derived, never edited: `refresh()` recomputes them for every card changed
since the previous refresh (every write to a card moves `customer.updated_at` — forms,
import, handover alike), rolls forward the dates that have passed, and recomputes each
changed card's last contact (the newest page-2 entry by service staff — reports from other
departments do not count). It runs when the 今日 page or a desk command needs it, so a
missed day (the app not started, a PC off for a week) is caught up at the next start.
The first refresh of an archive builds everything (~a few seconds at 100,000 customers).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from models.calendar.birthdays import DateSpec, next_occurrence
from models.calendar.errors import CalendarError
from models.foundation.db import database, is_postgres, write_transaction
from models.foundation.schema import (
    Contact,
    Customer,
    Event,
    Project,
    ReminderDate,
    Staff,
    get_meta,
    set_meta,
    utcnow,
)

MARK_KEY = "desk.indexed_until"       # updated_at of the newest card already indexed
ROLLED_KEY = "desk.rolled_on"         # the day passed dates were last rolled forward
SAFETY = dt.timedelta(minutes=10)     # a transaction may commit a little after its timestamp
BATCH = 500
_ADVISORY_KEY = 70_111_224       # serialises refreshes across PCs on PostgreSQL


def _next(spec: DateSpec, today: dt.date) -> dt.date | None:
    try:
        return next_occurrence(spec, today)
    except CalendarError:
        return None


def _birthday_spec(c: Contact) -> DateSpec | None:
    month, day, lunar, leap = c.birthday_month, c.birthday_day, bool(c.birthday_lunar), bool(c.birthday_leap)
    if not (month and day):
        return None
    try:
        return DateSpec(lunar=lunar, month=month, day=day, leap=leap and lunar)
    except CalendarError:
        return None


def _solar_spec(d: dt.date | None) -> DateSpec | None:
    if d is None:
        return None
    return DateSpec(lunar=False, month=d.month, day=d.day)


def _rows_for(customer_ids: list[int], today: dt.date) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for c in (Contact.select(Contact.id, Contact.customer, Contact.birthday_month, Contact.birthday_day,
                             Contact.birthday_lunar, Contact.birthday_leap)
              .where(Contact.customer.in_(customer_ids) & Contact.birthday_month.is_null(False))):
        spec = _birthday_spec(c)
        when = _next(spec, today) if spec else None
        if when:
            rows.append({"customer": c.customer_id, "contact": c.id, "kind": "birthday", "next_on": when})
    for cid, founded in (Customer.select(Customer.id, Customer.founded_on)
                         .where(Customer.id.in_(customer_ids) & Customer.founded_on.is_null(False)).tuples()):
        spec = _solar_spec(founded)
        when = _next(spec, today) if spec else None
        if when:
            rows.append({"customer": cid, "contact": None, "kind": "founded", "next_on": when})
    for cid, first in (Project.select(Project.customer, pw.fn.MIN(Project.started_on))
                       .where(Project.customer.in_(customer_ids) & Project.started_on.is_null(False))
                       .group_by(Project.customer).tuples()):
        spec = _solar_spec(_as_date(first)) if first else None
        when = _next(spec, today) if spec else None
        if when:
            rows.append({"customer": cid, "contact": None, "kind": "first_coop", "next_on": when})
    return rows


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _reindex(customer_ids: list[int], today: dt.date) -> None:
    ReminderDate.delete().where(ReminderDate.customer.in_(customer_ids)).execute()
    rows = _rows_for(customer_ids, today)
    for start in range(0, len(rows), BATCH):
        ReminderDate.insert_many(rows[start:start + BATCH]).execute()
    service_staff = Staff.select(Staff.id).where(Staff.role.in_(("agent", "manager")))
    newest = (Event.select(pw.fn.MAX(Event.event_date))
              .where((Event.customer == Customer.id) & ~Event.is_report
                     & Event.recorded_by.in_(service_staff)))
    Customer.update(last_contact_on=newest).where(Customer.id.in_(customer_ids)).execute()


def _roll(today: dt.date) -> int:
    """Move every passed date to its next occurrence (a birthday shown yesterday moves to
    next year); returns how many rows moved."""
    passed = list(ReminderDate.select(ReminderDate.customer).where(ReminderDate.next_on < today)
                  .distinct().tuples())
    ids = [r[0] for r in passed]
    for start in range(0, len(ids), BATCH):
        _reindex(ids[start:start + BATCH], today)
    return len(ids)


def refresh(today: dt.date | None = None) -> int:
    """Bring the reminder dates and last contacts up to date; returns the cards re-indexed."""
    today = today or dt.date.today()
    mark_text = get_meta(MARK_KEY, "")
    mark = dt.datetime.fromisoformat(mark_text) if mark_text else None
    query = Customer.select(Customer.id, Customer.updated_at)
    if mark is not None:
        query = query.where(Customer.updated_at >= mark - SAFETY)
    changed = list(query.tuples())
    rolled_text = get_meta(ROLLED_KEY, "")
    needs_roll = rolled_text != today.isoformat()
    if rolled_text and today < dt.date.fromisoformat(rolled_text):
        # asked about an earlier day (`--date` in the past): next dates counted from then
        changed = list(Customer.select(Customer.id, Customer.updated_at).tuples())
    if not changed and not needs_roll:
        return 0
    with write_transaction():
        if is_postgres():   # one PC at a time rebuilds the derived rows
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_ADVISORY_KEY,))
        ids = [r[0] for r in changed]
        for start in range(0, len(ids), BATCH):
            _reindex(ids[start:start + BATCH], today)
        if needs_roll:
            _roll(today)
            set_meta(ROLLED_KEY, today.isoformat())
        if changed:
            newest = max(r[1] for r in changed)
            set_meta(MARK_KEY, _as_datetime(newest).isoformat())
        elif mark is None:
            set_meta(MARK_KEY, utcnow().isoformat())
    return len(changed)


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
