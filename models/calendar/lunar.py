"""Lunar ↔ solar conversion on top of lunar-python, with the month and day names we show.

lunar-python computes each lunar year from astronomy (about 8 ms a year here); this module
asks it once per lunar year and keeps a small table (month → first day, length) in an
`functools.cache`, so every later question is a dictionary look-up and a date addition.

Supported: lunar years `LUNAR_MIN_YEAR`..`LUNAR_MAX_YEAR` (1900–2100), i.e. solar dates
from 1900-01-31 (正月初一 of 1900) to the last day of lunar 2100 (early 2101). That is
the range published calendars agree on and the range the tests check day by day.

Month names: 正月 二月 … 十月 冬月 腊月 — what people say (and what lunar-python prints);
十一月/十二月 are accepted when parsing but never produced.
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from .errors import CalendarError


def _lunar_python() -> Any:   # lunar-python ships no types
    """lunar-python, imported on the first conversion (~20 ms that a command or the
    sign-in dialog need not wait for: the DTOs import this module for their types)."""
    import lunar_python

    return lunar_python

LUNAR_MIN_YEAR = 1900
LUNAR_MAX_YEAR = 2100

# Julian day number (noon) of a date = its proleptic Gregorian ordinal + this.
_JD_OFFSET = 1721425

MONTH_NAMES = ("", "正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月",
               "十月", "冬月", "腊月")
DAY_NAMES = ("", "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
             "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
             "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十")


class LunarMonthInfo(NamedTuple):
    month: int          # 1..12
    leap: bool
    first: date         # the solar date of 初一
    days: int           # 29 or 30


class LunarDate(NamedTuple):
    year: int
    month: int
    day: int
    leap: bool = False

    def name(self, *, with_year: bool = False) -> str:
        """`农历闰四月初八`, or `农历2025年闰六月初一` with the year."""
        year = f"{self.year}年" if with_year else ""
        return f"农历{year}{lunar_month_name(self.month, self.leap)}{DAY_NAMES[self.day]}"


class _YearTable(NamedTuple):
    months: tuple[LunarMonthInfo, ...]        # in calendar order, leap month after its month
    by_key: dict[tuple[int, bool], LunarMonthInfo]
    starts: tuple[int, ...]                   # ordinals of each month's 初一, for bisect
    leap_month: int                           # 0 when the year has none
    end: date                                 # the last day of the year (除夕)


def lunar_month_name(month: int, leap: bool = False) -> str:
    """`四月`, `闰四月`, `冬月`, `腊月`."""
    return ("闰" if leap else "") + MONTH_NAMES[month]


def lunar_day_name(day: int) -> str:
    """`初一` … `初十`, `十一` … `二十`, `廿一` … `廿九`, `三十`."""
    return DAY_NAMES[day]


def check_lunar_year(lunar_year: int) -> None:
    if not LUNAR_MIN_YEAR <= lunar_year <= LUNAR_MAX_YEAR:
        raise CalendarError(
            "lunar_year_out_of_range",
            f"农历年份 {lunar_year} 超出支持范围（{LUNAR_MIN_YEAR}—{LUNAR_MAX_YEAR} 年）",
            year=lunar_year, min_year=LUNAR_MIN_YEAR, max_year=LUNAR_MAX_YEAR)


@cache  # bounded: at most 201 lunar years, ~2 KB each
def _year(lunar_year: int) -> _YearTable:
    check_lunar_year(lunar_year)
    months = []
    for m in _lunar_python().LunarYear.fromYear(lunar_year).getMonthsInYear():
        first = date.fromordinal(int(m.getFirstJulianDay()) - _JD_OFFSET)
        months.append(LunarMonthInfo(abs(m.getMonth()), m.isLeap(), first, m.getDayCount()))
    last = months[-1]
    return _YearTable(
        months=tuple(months),
        by_key={(m.month, m.leap): m for m in months},
        starts=tuple(m.first.toordinal() for m in months),
        leap_month=next((m.month for m in months if m.leap), 0),
        end=date.fromordinal(last.first.toordinal() + last.days - 1),
    )


def lunar_months(lunar_year: int) -> tuple[LunarMonthInfo, ...]:
    """The months of a lunar year in order (12, or 13 with the leap month)."""
    return _year(lunar_year).months


def leap_month_of(lunar_year: int) -> int:
    """The leap month of a lunar year (4 for 闰四月), 0 when it has none."""
    return _year(lunar_year).leap_month


def month_length(lunar_year: int, month: int, leap: bool = False) -> int:
    """29 or 30; CalendarError when the year has no such (leap) month."""
    return _month(lunar_year, month, leap, strict=True).days


def spring_festival(lunar_year: int) -> date:
    """The solar date of 正月初一 of a lunar year."""
    return _year(lunar_year).months[0].first


def lunar_new_years_eve(lunar_year: int) -> date:
    """The last day of a lunar year (除夕): 腊月廿九 or 腊月三十."""
    return _year(lunar_year).end


def _month(lunar_year: int, month: int, leap: bool, *, strict: bool) -> LunarMonthInfo:
    if not 1 <= month <= 12:
        raise CalendarError("bad_month", f"农历月份应为 1—12，收到 {month}", month=month)
    table = _year(lunar_year)
    info = table.by_key.get((month, leap))
    if info is None:
        if strict:
            raise CalendarError(
                "no_leap_month", f"农历{lunar_year}年没有{lunar_month_name(month, True)}",
                year=lunar_year, month=month, leap_month=table.leap_month)
        info = table.by_key[(month, False)]
    return info


def solar_date_of_lunar(lunar_year: int, month: int, day: int, leap: bool = False, *,
                        strict: bool = False) -> date:
    """The solar date of a lunar month-day in `lunar_year`.

    Not strict (the rule for birthdays and anniversaries): a leap-month date in a year
    without that leap month falls back to the ordinary month (闰四月初八 → 四月初八), and
    day 30 in a 29-day month falls back to day 29 (三十 → 廿九). Strict: those raise
    CalendarError (`no_leap_month`, `no_such_day`) — for checking a full date someone
    typed, such as a birth date with its year.
    """
    if not 1 <= day <= 30:
        raise CalendarError("bad_lunar_day", f"农历日应为初一至三十，收到 {day}", day=day)
    info = _month(lunar_year, month, leap, strict=strict)
    if day > info.days:
        if strict:
            raise CalendarError(
                "no_such_day",
                f"农历{lunar_year}年{lunar_month_name(month, leap)}只有{DAY_NAMES[info.days]}，"
                f"没有{DAY_NAMES[day]}",
                year=lunar_year, month=month, leap=leap, day=day, days=info.days)
        day = info.days
    return date.fromordinal(info.first.toordinal() + day - 1)


def lunar_year_of(d: date) -> int:
    """The lunar year a solar date belongs to (the year before, until 春节)."""
    year = d.year
    if LUNAR_MIN_YEAR <= year <= LUNAR_MAX_YEAR:
        if d >= _year(year).months[0].first:
            return year
        if year > LUNAR_MIN_YEAR:
            return year - 1
    elif year == LUNAR_MAX_YEAR + 1 and d <= _year(LUNAR_MAX_YEAR).end:
        return LUNAR_MAX_YEAR
    raise _date_out_of_range(d)


def _date_out_of_range(d: date) -> CalendarError:
    return CalendarError(
        "date_out_of_range",
        f"{d.year}年{d.month}月{d.day}日超出农历换算的支持范围（农历{LUNAR_MIN_YEAR}—"
        f"{LUNAR_MAX_YEAR} 年）", date=d)


def lunar_of_solar(d: date) -> LunarDate:
    """The lunar date of a solar date: `lunar_of_solar(date(2025, 7, 25))` is 闰六月初一."""
    year = lunar_year_of(d)
    table = _year(year)
    i = bisect_right(table.starts, d.toordinal()) - 1
    info = table.months[i]
    return LunarDate(year, info.month, d.toordinal() - table.starts[i] + 1, info.leap)


def lunar_occurrences(month: int, day: int, leap: bool, start: date, end: date) -> list[date]:
    """Every solar date in [start, end] (both included) of a lunar month-day, oldest first.

    Looks at every lunar year that overlaps the window — a 腊月 date of lunar year Y lands
    in January or February of solar year Y+1 — and applies the fall-backs of
    `solar_date_of_lunar` (闰月 → ordinary month, 三十 → 廿九).
    """
    if end < start:
        return []
    found = []
    for lunar_year in range(lunar_year_of(start), lunar_year_of(end) + 1):
        d = solar_date_of_lunar(lunar_year, month, day, leap)
        if start <= d <= end:
            found.append(d)
    return found


def solar_term_date(solar_year: int, name: str) -> date:
    """The date (Beijing time, as lunar-python computes it) of a solar term in a solar year.

    Only the two terms the product greets on are offered: 清明 and 冬至.
    """
    return _solar_terms(solar_year)[name]


@cache  # bounded by the supported range
def _solar_terms(solar_year: int) -> dict[str, date]:
    check_lunar_year(solar_year)
    # lunar-python's table for year Y runs from 大雪 of Y-1 to 惊蛰 of Y+1: "清明" is April
    # of Y, "冬至" is December of Y-1 and "DONG_ZHI" is December of Y.
    lp = _lunar_python()
    table = lp.LunarYear.fromYear(solar_year).getJieQiJulianDays()
    names = lp.Lunar.JIE_QI_IN_USE
    wanted = {"清明": names.index("清明"), "冬至": names.index("DONG_ZHI")}
    out = {}
    for name, i in wanted.items():
        s = lp.Solar.fromJulianDay(table[i])
        out[name] = date(s.getYear(), s.getMonth(), s.getDay())
    return out
