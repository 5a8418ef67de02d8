"""The service clock: deadlines and elapsed working time of a record, on the working calendar.

Pure arithmetic over naive **local** times (the caller converts from the stored UTC); every
working-time question is asked of models.calendar.worktime.

The clock runs while a record is 已受理 or 处理中. It stops in 待客户 (waiting for the
customer) and while the record is resolved (已解决, 已回访, 已关闭): a reopened record's
resolution clock continues from where it stopped, so the time the customer believed the
matter settled is not held against the handler.

- response deadline: received + the severity's response limit (nothing pauses it: the first
  handling step — 处理中, 待客户 or 已解决 — *is* the response);
- resolution deadline: received + the resolution limit, moved on by the working time of
  every stop before it (a stop still running counts up to `now`, so a record waiting on
  the customer never becomes overdue while it waits);
- a deadline passed is passed for good: a stop that starts after it moves it no more.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.calendar.holidays import HolidaySchedule
from models.calendar.worktime import WorkingHours, add_working_time, working_seconds_between
from models.foundation.vocabulary import OPEN_SERVICE_STATUSES

RUNNING = ("已受理", "处理中")


def stops(received: datetime, changes: Iterable[tuple[datetime, str]], now: datetime
          ) -> list[tuple[datetime, datetime]]:
    """The intervals the clock stood still: `changes` are (when, status after) in order; a
    stop still running ends at `now` (or at its start, when `now` is earlier)."""
    out, since = [], None
    for at, status in changes:
        if status in RUNNING:
            if since is not None:
                out.append((since, max(since, at)))
                since = None
        elif since is None:
            since = max(at, received)
    if since is not None:
        out.append((since, max(since, now)))
    return out


@dataclass(frozen=True)
class Deadlines:
    respond_by: datetime
    resolve_by: datetime


def deadlines(received: datetime, respond: timedelta, resolve: timedelta,
              changes: Iterable[tuple[datetime, str]], now: datetime,
              schedule: HolidaySchedule, hours: WorkingHours) -> Deadlines:
    paused = stops(received, changes, now)
    return Deadlines(add_working_time(received, respond, schedule, hours),
                     add_working_time(received, resolve, schedule, hours, paused=paused))


def working_hours_between(a: datetime, b: datetime, schedule: HolidaySchedule,
                          hours: WorkingHours, paused: Iterable[tuple[datetime, datetime]] = ()) -> float:
    """Working hours from a to b minus `paused` (what the report shows)."""
    return working_seconds_between(a, b, schedule, hours, paused=paused) / 3600


def is_open(status: str) -> bool:
    return status in OPEN_SERVICE_STATUSES
