"""The statutory holiday schedule the archive works on: lunar-python's years plus the
years an admin enters (`holiday_year` table, the text format of models.calendar.holiday_text).

Every working-day question (service deadlines later) takes its HolidaySchedule from here.
"""
from __future__ import annotations

import datetime as dt

from models.calendar.errors import CalendarError
from models.calendar.holiday_text import parse_holiday_schedule
from models.calendar.holidays import HolidaySchedule, builtin_years
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import HolidayYear, utcnow
from models.rules import access, audit
from models.rules.access import Actor


def schedule() -> HolidaySchedule:
    """The schedule with every entered year (an entered year replaces lunar-python's)."""
    entered = {}
    for row in HolidayYear.select():
        try:
            entered[row.year] = parse_holiday_schedule(row.text, row.year)
        except CalendarError:
            continue   # refused when entered; an unreadable row must not stop the desk
    return HolidaySchedule(entered)


def enter_year(actor: Actor, year: int, text: str) -> int:
    """An admin enters (or replaces) a year's schedule; returns the number of days in it."""
    actor = access.require(actor, access.ADMIN)
    try:
        days = parse_holiday_schedule(text, year)
    except CalendarError as exc:
        raise ValidationError([FieldProblem("text", exc.text, text)]) from None
    if not days:
        raise ValidationError([FieldProblem("text", "没有读到任何节假日或调休日", text)])
    with write_transaction():
        (HolidayYear.insert(year=year, text=text, entered_by=actor.id, entered_at=utcnow())
         .on_conflict(conflict_target=[HolidayYear.year],
                      update={HolidayYear.text: text, HolidayYear.entered_by: actor.id,
                              HolidayYear.entered_at: utcnow()}).execute())
        audit.record(actor, "holiday_schedule", target_type="settings", target_label=f"{year} 年节假日",
                     details={"year": year, "days": len(days),
                              "builtin": year in builtin_years()})
    return len(days)


def missing_schedule_notice(today: dt.date | None = None) -> str | None:
    """The 今日 page's line when this or next year's schedule is unknown."""
    from models.calendar.holidays import missing_schedule_message

    return missing_schedule_message(today or dt.date.today(), schedule())
