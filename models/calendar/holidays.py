"""Statutory holidays (法定节假日) with make-up working days (调休), and which days are worked.

Two sources:

- lunar-python's `HolidayUtil` ships the State Council's schedule for the years it knows
  (2002–2026 in lunar-python 1.4.8; `builtin_years()` says exactly);
- schedules an administrator enters for later years (or to correct one). This package
  cannot read the database, so a caller builds `HolidaySchedule({2027: {date: (name,
  is_workday)}, ...})` — or `HolidaySchedule.from_texts({2027: text})` from the text form
  `holiday_text.parse_holiday_schedule` reads — and passes it in.

An entered year replaces lunar-python's data for that year as a whole (the State Council
publishes a year's schedule as one notice), matched on the holiday each built-in day
belongs to, so a 元旦 rest day on 12-31 belongs to the next year's schedule.

A year nobody knows falls back to Monday–Friday. `missing_schedule_years` says when to warn:
always when this year is unknown, and from December 1 when next year is unknown (the
notice for next year usually comes out in November).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from lunar_python.util import HolidayUtil

from .errors import CalendarError

# lunar-python's names, as the State Council's notices write them.
_NAMES = {"元旦节": "元旦", "国庆中秋": "国庆节、中秋节"}
WARN_NEXT_YEAR_FROM = (12, 1)   # (month, day) from which an unknown next year is warned


class DayKind(StrEnum):
    WORKDAY = "workday"                 # Monday–Friday, nothing special
    WEEKEND = "weekend"                 # Saturday/Sunday off
    HOLIDAY = "holiday"                 # a statutory day off (also on a weekend in the break)
    MAKEUP_WORKDAY = "makeup_workday"   # a Saturday/Sunday that is worked (调休上班)

    @property
    def is_working(self) -> bool:
        return self in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


class DayOverride(NamedTuple):
    name: str
    is_workday: bool


class DayInfo(NamedTuple):
    date: date
    kind: DayKind
    name: str | None    # the holiday a rest or make-up day belongs to, else None


class _Builtin(NamedTuple):
    days: dict[date, tuple[str, bool, int]]   # date → (name, is_workday, holiday's year)
    years: frozenset[int]


@lru_cache(maxsize=1)
def _builtin() -> _Builtin:
    days: dict[date, tuple[str, bool, int]] = {}
    # getHolidays(year) is a string search in lunar-python's table; asking a wide range of
    # years keeps us right when a newer lunar-python ships more of them.
    for year in range(1990, 2200):
        for h in HolidayUtil.getHolidays(year):
            d = date.fromisoformat(h.getDay())
            target = date.fromisoformat(h.getTarget())
            days[d] = (_NAMES.get(h.getName(), h.getName()), bool(h.isWork()), target.year)
    # A year is covered when its holidays are in the table: 2001 only holds two make-up
    # days for 2002's 元旦, so it does not count.
    years = frozenset(year for _, _, year in days.values())
    return _Builtin(days, years)


def builtin_years() -> frozenset[int]:
    """The years lunar-python's holiday table covers."""
    return _builtin().years


class HolidaySchedule:
    """Which days are worked: lunar-python's schedule plus the years an admin entered.

    `entered` maps a year to its days `{date: (name, is_workday)}`; the days may reach into
    December of the year before (元旦 breaks and their make-up days do). `builtin=False`
    ignores lunar-python's table (for tests of the fall-back).
    """

    def __init__(self, entered: Mapping[int, Mapping[date, tuple[str, bool]]] | None = None,
                 *, builtin: bool = True) -> None:
        self._builtin = _builtin() if builtin else _Builtin({}, frozenset())
        self._entered_years = frozenset(entered or ())
        self._days: dict[date, DayOverride] = {}
        for year, days in sorted((entered or {}).items()):
            for d, (name, is_workday) in days.items():
                value = DayOverride(str(name), bool(is_workday))
                if self._days.get(d, value) != value:
                    raise CalendarError(
                        "conflicting_schedules",
                        f"{d.isoformat()} 在两个年份的安排里不一致（{year} 年）", date=d, year=year)
                self._days[d] = value

    @classmethod
    def from_texts(cls, texts: Mapping[int, str], *, builtin: bool = True) -> HolidaySchedule:
        """Build from the admin's text per year (see `holiday_text.parse_holiday_schedule`)."""
        from .holiday_text import parse_holiday_schedule
        return cls({year: parse_holiday_schedule(text, year) for year, text in texts.items()},
                   builtin=builtin)

    # -- questions about one day -------------------------------------------------------
    def day_info(self, d: date) -> DayInfo:
        entry = self._days.get(d)
        if entry is None:
            built = self._builtin.days.get(d)
            if built is not None and built[2] not in self._entered_years:
                entry = DayOverride(built[0], built[1])
        weekend = d.weekday() >= 5
        if entry is None:
            return DayInfo(d, DayKind.WEEKEND if weekend else DayKind.WORKDAY, None)
        if not entry.is_workday:
            return DayInfo(d, DayKind.HOLIDAY, entry.name)
        if weekend:
            return DayInfo(d, DayKind.MAKEUP_WORKDAY, entry.name)
        # A weekday marked as worked is an ordinary workday (lunar-python lists a few).
        return DayInfo(d, DayKind.WORKDAY, None)

    def day_kind(self, d: date) -> DayKind:
        return self.day_info(d).kind

    def is_working_day(self, d: date) -> bool:
        return self.day_info(d).kind.is_working

    def holiday_name(self, d: date) -> str | None:
        """The holiday a statutory rest day or a make-up working day belongs to."""
        return self.day_info(d).name

    # -- questions about years ---------------------------------------------------------
    def known_years(self) -> frozenset[int]:
        return self._builtin.years | self._entered_years

    def schedule_known(self, year: int) -> bool:
        return year in self._builtin.years or year in self._entered_years

    def missing_schedule_years(self, today: date) -> list[int]:
        """The years the 今日 page should warn about (see the module docstring)."""
        missing = [] if self.schedule_known(today.year) else [today.year]
        if (today.month, today.day) >= WARN_NEXT_YEAR_FROM \
                and not self.schedule_known(today.year + 1):
            missing.append(today.year + 1)
        return missing

    def missing_schedule_message(self, today: date) -> str | None:
        """`2028 年的法定节假日安排尚未录入，工作日按周一至周五计算`, or None."""
        return missing_schedule_text(self.missing_schedule_years(today))


def missing_schedule_text(years: list[int]) -> str | None:
    if not years:
        return None
    return f"{'、'.join(str(y) for y in years)} 年的法定节假日安排尚未录入，工作日按周一至周五计算"


@lru_cache(maxsize=1)
def default_schedule() -> HolidaySchedule:
    """lunar-python's schedule alone (what callers get when they pass none)."""
    return HolidaySchedule()


def _schedule(schedule: HolidaySchedule | None) -> HolidaySchedule:
    return default_schedule() if schedule is None else schedule


def day_kind(d: date, schedule: HolidaySchedule | None = None) -> DayKind:
    return _schedule(schedule).day_kind(d)


def day_info(d: date, schedule: HolidaySchedule | None = None) -> DayInfo:
    return _schedule(schedule).day_info(d)


def is_working_day(d: date, schedule: HolidaySchedule | None = None) -> bool:
    return _schedule(schedule).is_working_day(d)


def holiday_name(d: date, schedule: HolidaySchedule | None = None) -> str | None:
    return _schedule(schedule).holiday_name(d)


def schedule_known(year: int, schedule: HolidaySchedule | None = None) -> bool:
    return _schedule(schedule).schedule_known(year)


def missing_schedule_years(today: date, schedule: HolidaySchedule | None = None) -> list[int]:
    return _schedule(schedule).missing_schedule_years(today)


def missing_schedule_message(today: date, schedule: HolidaySchedule | None = None) -> str | None:
    return _schedule(schedule).missing_schedule_message(today)
