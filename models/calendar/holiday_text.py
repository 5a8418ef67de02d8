"""The text form in which an administrator enters a year's holiday schedule.

One line per stretch of days, as the State Council's notice reads::

    # 2027 年（国务院办公厅通知）
    2027-10-01~2027-10-07 国庆节 休
    2027-09-26 国庆节 班
    2027-10-09 国庆节 班

A line is `date` or `date~date` (also `至`, `到`, `～`, `—`; the end may leave out the
year: `2027-10-01~10-07`), the holiday's name, and `休` (also 放假/休息) or `班` (also
上班/补班/调休上班). Blank lines and `#` comments are skipped. Refused, naming the line:
an unreadable line or date, a range that ends before it starts or is longer than
31 days, a `班` on a weekday (it is a working day anyway), a date outside the year (for a
year's schedule: December of the year before up to December 31), and a date that an
earlier line already gave.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from .errors import CalendarError
from .holidays import DayOverride

MAX_RANGE_DAYS = 31
_REST = ("休", "放假", "休息", "假")
_WORK = ("班", "上班", "补班", "调休上班", "工作")
_DATE = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
_SHORT = r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
_LINE = re.compile(rf"(?P<a>{_DATE})(?:\s*(?:~|至|到|—|–)\s*(?P<b>{_SHORT}))?"
                   r"\s+(?P<name>\S+)\s+(?P<status>\S+)")
_WEEKDAYS = "一二三四五六日"


def parse_holiday_schedule(text: str, year: int | None = None) -> dict[date, DayOverride]:
    """The admin's text → `{date: DayOverride(name, is_workday)}`; CalendarError otherwise."""
    days: dict[date, DayOverride] = {}
    line_of: dict[date, int] = {}
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = unicodedata.normalize("NFKC", raw).split("#", 1)[0].strip()
        if not line:
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            raise _line_error(number, raw, "bad_line", "无法识别。格式如：2027-10-01~2027-10-07 "
                              "国庆节 休，或 2027-10-09 国庆节 班")
        first = _date(match["a"], None, number, raw)
        last = _date(match["b"], first.year, number, raw) if match["b"] else first
        name, status = match["name"], match["status"]
        if status in _REST:
            is_workday = False
        elif status in _WORK:
            is_workday = True
        else:
            raise _line_error(number, raw, "bad_status", f"最后一项应为「休」或「班」，而不是「{status}」")
        if last < first:
            raise _line_error(number, raw, "range_backwards", "结束日期早于开始日期")
        if (last - first).days + 1 > MAX_RANGE_DAYS:
            raise _line_error(number, raw, "range_too_long", f"一段不能超过 {MAX_RANGE_DAYS} 天")
        if len(name) > 20:
            raise _line_error(number, raw, "bad_name", "节日名称太长（最多 20 个字）")
        d = first
        while d <= last:
            if year is not None and not date(year - 1, 12, 1) <= d <= date(year, 12, 31):
                raise _line_error(number, raw, "outside_year",
                                  f"{d.isoformat()} 不在 {year} 年的安排之内")
            if is_workday and d.weekday() < 5:
                raise _line_error(number, raw, "workday_not_weekend",
                                  f"{d.isoformat()} 是星期{_WEEKDAYS[d.weekday()]}，本来就上班，"
                                  "调休上班只会在周六或周日")
            if d in days:
                raise _line_error(number, raw, "overlap",
                                  f"{d.isoformat()} 与第 {line_of[d]} 行重叠", other=line_of[d])
            days[d] = DayOverride(name, is_workday)
            line_of[d] = number
            d += timedelta(days=1)
    if not days:
        raise CalendarError("empty_schedule", "安排是空的：至少要有一行放假安排")
    if year is not None and not any(not v.is_workday and d.year == year for d, v in days.items()):
        raise CalendarError("empty_schedule", f"{year} 年的安排里没有放假的日子")
    return days


def format_holiday_schedule(days: Mapping[date, tuple[str, bool]]) -> str:
    """The text form of a schedule; consecutive days of one holiday and status share a line.

    `parse_holiday_schedule(format_holiday_schedule(days)) == days`.
    """
    lines = []
    run: list[Any] = []          # [first day, last day, name, is_workday]
    for d in sorted(days):
        name, is_workday = days[d]
        if run and run[1] + timedelta(days=1) == d and run[2:] == [name, is_workday]:
            run[1] = d
            continue
        if run:
            lines.append(_format_run(*run))
        run = [d, d, name, is_workday]
    if run:
        lines.append(_format_run(*run))
    return "\n".join(lines) + ("\n" if lines else "")


def _format_run(first: date, last: date, name: str, is_workday: bool) -> str:
    span = first.isoformat() if first == last else f"{first.isoformat()}~{last.isoformat()}"
    return f"{span} {name} {'班' if is_workday else '休'}"


def _date(s: str, default_year: int | None, number: int, raw: str) -> date:
    parts = [int(p) for p in re.split(r"[-/.年月日]", s) if p]
    if len(parts) == 2 and default_year is not None:
        parts.insert(0, default_year)
    try:
        return date(*parts)
    except (TypeError, ValueError):
        raise _line_error(number, raw, "bad_date", f"日期「{s}」不存在") from None


def _line_error(number: int, raw: str, code: str, why: str, **data: object) -> CalendarError:
    return CalendarError(code, f"第 {number} 行（{raw.strip()}）：{why}", line=number,
                         input=raw, **data)
