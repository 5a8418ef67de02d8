"""Stored times are naive UTC; people read (and print) the PC's local time. No Qt."""
from __future__ import annotations

import datetime as dt

MINUTES = "%Y-%m-%d %H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"
DATE = "%Y-%m-%d"


def to_local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone()


def local_text(utc: dt.datetime | None, fmt: str = MINUTES, empty: str = "") -> str:
    """`utc` (naive UTC, as stored) as local time; `empty` when there is none."""
    return empty if utc is None else to_local(utc).strftime(fmt)


def local_day_start_utc(day: dt.date) -> dt.datetime:
    """Midnight of a local calendar day, as the naive UTC time the database stores."""
    return dt.datetime.combine(day, dt.time.min).astimezone().astimezone(dt.UTC).replace(tzinfo=None)
