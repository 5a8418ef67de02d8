"""The festivals a service department greets its customers on.

The registry (`FESTIVALS`, in calendar order) is the list of days a greeting goes to every
customer: the traditional festivals (lunar), 清明 and 冬至 (solar terms, from
lunar-python's table), and the three public days 元旦, 劳动节, 国庆节. Days aimed at part
of the customers — 妇女节, 儿童节, 教师节, 情人节 — are deliberately not in it: a greeting
sent to everyone on them would be odd; add them here (key, name, kind, rule) when a
setting needs them. Keys are stable and English so settings can store them.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .errors import CalendarError
from .lunar import lunar_new_years_eve, lunar_year_of, solar_date_of_lunar, solar_term_date


class FestivalKind(StrEnum):
    TRADITIONAL = "traditional"
    PUBLIC = "public"
    SOLAR_TERM = "solar_term"


@dataclass(frozen=True)
class FestivalInfo:
    """A registry entry. `rule` is ("lunar", month, day), ("solar", month, day),
    ("term", name) or ("eve",) for 除夕 — the last day of the lunar year."""

    key: str
    name: str
    kind: FestivalKind
    rule: tuple[Any, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, order=True)
class Festival:
    date: date
    key: str
    name: str
    kind: FestivalKind


_T, _P, _S = FestivalKind.TRADITIONAL, FestivalKind.PUBLIC, FestivalKind.SOLAR_TERM
FESTIVALS: dict[str, FestivalInfo] = {f.key: f for f in (
    FestivalInfo("new_year", "元旦", _P, ("solar", 1, 1), ("元旦节", "新年")),
    FestivalInfo("laba", "腊八节", _T, ("lunar", 12, 8), ("腊八",)),
    FestivalInfo("chuxi", "除夕", _T, ("eve",), ("大年三十", "年三十", "除夕夜")),
    FestivalInfo("spring_festival", "春节", _T, ("lunar", 1, 1), ("过年", "新春", "大年初一")),
    FestivalInfo("lantern", "元宵节", _T, ("lunar", 1, 15), ("元宵", "上元节", "正月十五")),
    FestivalInfo("qingming", "清明节", _S, ("term", "清明"), ("清明",)),
    FestivalInfo("labour_day", "劳动节", _P, ("solar", 5, 1), ("五一", "五一劳动节")),
    FestivalInfo("dragon_boat", "端午节", _T, ("lunar", 5, 5), ("端午", "端阳节")),
    FestivalInfo("qixi", "七夕节", _T, ("lunar", 7, 7), ("七夕",)),
    FestivalInfo("mid_autumn", "中秋节", _T, ("lunar", 8, 15), ("中秋", "八月十五")),
    FestivalInfo("double_ninth", "重阳节", _T, ("lunar", 9, 9), ("重阳", "重九")),
    FestivalInfo("national_day", "国庆节", _P, ("solar", 10, 1), ("国庆", "十一")),
    FestivalInfo("dongzhi", "冬至", _S, ("term", "冬至"), ("冬节",)),
)}


def festival_by_name_or_key(text: str) -> FestivalInfo:
    """Resolve what a user or a setting names: `春节`, `中秋`, `中秋节`, `spring_festival`."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if s.lower() in FESTIVALS:
        return FESTIVALS[s.lower()]
    for info in FESTIVALS.values():
        if s == info.name or s in info.aliases:
            return info
    names = "、".join(f.name for f in FESTIVALS.values())
    raise CalendarError("unknown_festival", f"没有名为「{s}」的节日；可选：{names}", input=s)


def festivals_between(start: date, end: date,
                      keys: Iterable[str] | None = None) -> list[Festival]:
    """Every festival in [start, end] (both included), by date.

    `keys` (keys or names, as `festival_by_name_or_key` reads them) limits which.
    """
    if end < start:
        return []
    if keys is None:
        wanted = list(FESTIVALS.values())
    else:
        wanted = [festival_by_name_or_key(k) for k in keys]
    found = []
    for info in wanted:
        for d in _dates(info, start, end):
            if start <= d <= end:
                found.append(Festival(d, info.key, info.name, info.kind))
    order = {key: i for i, key in enumerate(FESTIVALS)}
    found.sort(key=lambda f: (f.date, order[f.key]))
    return found


def festivals_on(d: date) -> list[Festival]:
    return festivals_between(d, d)


def next_festival(key_or_name: str, on_or_after: date) -> Festival:
    """The next time a festival comes (the day itself counts)."""
    info = festival_by_name_or_key(key_or_name)
    # Every festival comes once a solar or lunar year; 400 days always holds the next one.
    return festivals_between(on_or_after, date.fromordinal(on_or_after.toordinal() + 400),
                             [info.key])[0]


def _dates(info: FestivalInfo, start: date, end: date) -> list[date]:
    kind, *args = info.rule
    if kind == "solar":
        month, day = args
        return [date(y, month, day) for y in range(start.year, end.year + 1)]
    if kind == "term":
        return [solar_term_date(y, args[0]) for y in range(start.year, end.year + 1)]
    # Lunar rules: every lunar year overlapping the window; a 腊月 date of lunar year Y
    # lands in solar year Y+1.
    years = range(lunar_year_of(start), lunar_year_of(end) + 1)
    if kind == "eve":
        return [lunar_new_years_eve(y) for y in years]
    month, day = args
    return [solar_date_of_lunar(y, month, day) for y in years]
