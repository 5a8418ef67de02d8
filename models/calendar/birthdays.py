"""Recurring dates — birthdays, founding days, first-cooperation anniversaries.

A `DateSpec` is what people remember: a solar or lunar month-day, optionally with the
year it first happened. Its yearly occurrences follow two fall-back rules:

- solar 2月29日 is remembered on 2月28日 in common years;
- lunar 闰X月 falls back to the ordinary X月 in lunar years without that leap month, and
  三十 falls back to 廿九 in a 29-day month.

The year is only the origin: it is validated (the date must have existed) and gives the
age (`age_at`), but plays no part in finding occurrences.
"""
from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass
from datetime import date

from .errors import CalendarError
from .lunar import check_lunar_year, lunar_month_name, lunar_year_of, solar_date_of_lunar

SOLAR_MIN_YEAR = 1000   # a four-digit year: old brands were founded before 1900
SOLAR_MAX_YEAR = 9999
_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: leap max


@dataclass(frozen=True)
class DateSpec:
    """A remembered date: solar or lunar month-day, optionally with its year.

    `leap` only for lunar dates (闰四月). `year` is the solar year for a solar date and
    the lunar year for a lunar one; with a year, the date must have existed (1985年2月29日
    and 农历1985年闰四月初八 are refused). Construction raises CalendarError.
    """

    lunar: bool
    month: int
    day: int
    leap: bool = False
    year: int | None = None

    def __post_init__(self) -> None:
        for name in ("month", "day", "year"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise CalendarError("bad_value", f"{name} 必须是整数：{value!r}", field=name)
        if not 1 <= self.month <= 12:
            raise CalendarError("bad_month", f"月份应为 1—12，收到 {self.month}",
                                month=self.month)
        if self.lunar:
            self._check_lunar()
        else:
            self._check_solar()

    def _check_solar(self) -> None:
        if self.leap:
            raise CalendarError("leap_on_solar", "公历日期没有闰月；农历闰月请写「农历闰四月初八」")
        if self.year is not None and not SOLAR_MIN_YEAR <= self.year <= SOLAR_MAX_YEAR:
            raise CalendarError("bad_year", f"年份应为 {SOLAR_MIN_YEAR}—{SOLAR_MAX_YEAR}，"
                                f"收到 {self.year}", year=self.year)
        limit = _DAYS_IN_MONTH[self.month]
        if self.year is not None:
            limit = _stdlib_calendar.monthrange(self.year, self.month)[1]
        if not 1 <= self.day <= limit:
            where = f"{self.year}年{self.month}月" if self.year is not None else f"{self.month}月"
            raise CalendarError("bad_day", f"{where}只有 {limit} 天，没有 {self.day} 日",
                                month=self.month, day=self.day, days=limit, year=self.year)

    def _check_lunar(self) -> None:
        if not 1 <= self.day <= 30:
            raise CalendarError("bad_lunar_day", f"农历日应为初一至三十，收到 {self.day}",
                                day=self.day)
        if self.year is not None:
            check_lunar_year(self.year)
            solar_date_of_lunar(self.year, self.month, self.day, self.leap, strict=True)

    @property
    def month_name(self) -> str:
        """`3月` for a solar date, `闰四月` / `腊月` for a lunar one."""
        return lunar_month_name(self.month, self.leap) if self.lunar else f"{self.month}月"

    def origin(self) -> date | None:
        """The solar date it first happened (the birth date), when the year is known."""
        if self.year is None:
            return None
        if self.lunar:
            return solar_date_of_lunar(self.year, self.month, self.day, self.leap, strict=True)
        return date(self.year, self.month, self.day)


def occurrence_in(spec: DateSpec, year: int) -> date:
    """The occurrence in a solar year (solar spec) or lunar year (lunar spec)."""
    if spec.lunar:
        return solar_date_of_lunar(year, spec.month, spec.day, spec.leap)
    day = spec.day
    if spec.month == 2 and day == 29 and not _stdlib_calendar.isleap(year):
        day = 28
    return date(year, spec.month, day)


def next_occurrence(spec: DateSpec, on_or_after: date) -> date:
    """The first occurrence on or after a day (the day itself counts)."""
    year = lunar_year_of(on_or_after) if spec.lunar else on_or_after.year
    found = occurrence_in(spec, year)
    if found < on_or_after:
        found = occurrence_in(spec, year + 1)
    return found


def occurrences_between(spec: DateSpec, start: date, end: date) -> list[date]:
    """Every occurrence in [start, end], both included, oldest first."""
    if end < start:
        return []
    if spec.lunar:
        years = range(lunar_year_of(start), lunar_year_of(end) + 1)
    else:
        years = range(start.year, end.year + 1)
    found = (occurrence_in(spec, y) for y in years)
    return [d for d in found if start <= d <= end]


def age_at(spec: DateSpec, occurrence: date) -> int | None:
    """How many years since the origin at an occurrence (40 for a 40th birthday).

    Counted in lunar years for a lunar spec, so a 腊月 birthday celebrated in January
    still counts the year it belongs to. None without a year.
    """
    if spec.year is None:
        return None
    year = lunar_year_of(occurrence) if spec.lunar else occurrence.year
    return year - spec.year


def this_year_hint(spec: DateSpec, today: date) -> str:
    """The solar date of the next occurrence (today included), labelled by its year.

    `今年 4月18日`, `明年 1月28日`; further away (a date just passed, followed by a lunar
    year with a leap month) the year is written out: `2027年 1月18日`. Shown next to the
    input so the user sees what a lunar date means this year.
    """
    d = next_occurrence(spec, today)
    label = {0: "今年", 1: "明年"}.get(d.year - today.year, f"{d.year}年")
    return f"{label} {d.month}月{d.day}日"

