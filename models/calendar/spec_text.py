"""Reading and writing a `DateSpec` as people type and read it.

Accepted (full-width digits and spaces are fine; a leading 农历/阴历/旧历 or 公历/阳历/新历
says which calendar):

- solar: `1985-03-05`, `1985/3/5`, `1985.3.5`, `19850305`, `1985年3月5日`, `3月5日`, `3月5号`,
  `03-05`, `3-5`;
- lunar: `农历三月初五`, `农历 3-5`, `农历1985年三月初五`, `农历 1985-03-05`, `农历正月十五`,
  `农历腊月廿三`, `农历冬月三十`, `农历十一月二十`, `农历闰四月初八`, `闰四月初八`,
  `一九八五年三月初五`. Day names 初一…初十, 十一…十九, 二十, 廿一…廿九 (or 二十一…),
  三十 (or 卅); month names 正/一 … 十, 冬/十一, 腊/十二.

The rule for which calendar: an explicit prefix wins (公历 with 闰 is refused — the solar
calendar has no leap months); otherwise 闰 means lunar, digits mean solar, and Chinese
numerals mean lunar unless written the solar way, with 日/号 and no 初/廿/卅/正/冬/腊
(三月十五 and 三月初五 are lunar, 一九八五年三月五日 is solar).

Written (`format_date_spec`), one form each, which parses back to the same spec:
`1985年3月5日`, `3月5日`, `农历三月廿一`, `农历闰四月初八`, `农历1957年三月廿一`.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from .birthdays import DateSpec
from .errors import CalendarError
from .lunar import DAY_NAMES, lunar_month_name

_LUNAR_PREFIXES = ("农历", "阴历", "旧历")
_SOLAR_PREFIXES = ("公历", "阳历", "新历")
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_MONTH_WORDS = {"正": 1, "元": 1, "冬": 11, "腊": 12}

_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(
    r"(?:(?P<y>\d{4})(?:[-/.]|年))?(?P<leap>闰)?(?P<m>\d{1,2})(?:[-/.]|月)(?P<d>\d{1,2})[日号]?")
_CHINESE = re.compile(
    r"(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年)?(?P<leap>闰)?"
    r"(?P<m>[正元冬腊]|[一二三四五六七八九十]{1,3}|\d{1,2})月"
    r"(?P<d>[初十廿卅一二两三四五六七八九〇零]{1,4}|\d{1,2})(?P<suffix>[日号])?")

EXAMPLES = "1985-03-05、3月5日、农历三月初五、农历闰四月初八"


def format_date_spec(spec: DateSpec, *, with_year: bool = True) -> str:
    """The one way a remembered date is shown.

    Solar `1985年3月5日` / `3月5日`; lunar `农历三月廿一`, `农历闰四月初八`,
    `农历1957年三月廿一`. Lunar months are written 正月 … 十月 冬月 腊月 (how people say
    them, and how lunar-python prints them); 十一月/十二月 are read but never written.
    """
    year = f"{spec.year}年" if with_year and spec.year is not None else ""
    if spec.lunar:
        return f"农历{year}{lunar_month_name(spec.month, spec.leap)}{DAY_NAMES[spec.day]}"
    return f"{year}{spec.month}月{spec.day}日"


def parse_date_spec(text: str) -> DateSpec:
    """What a person typed → DateSpec; CalendarError (Chinese text) when it is not a date."""
    original = (text or "").strip()
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    if not s:
        raise CalendarError("empty", f"请输入日期，例如 {EXAMPLES}")
    calendar = None
    for prefix in _LUNAR_PREFIXES + _SOLAR_PREFIXES:
        if s.startswith(prefix):
            calendar, s = prefix in _LUNAR_PREFIXES, s[len(prefix):]
            break
    if calendar is False and "闰" in s:
        raise CalendarError("leap_on_solar", "公历日期没有闰月；农历闰月请写「农历闰四月初八」",
                            input=original)

    for pattern, chinese in ((_COMPACT, False), (_NUMERIC, False), (_CHINESE, True)):  # noqa: B007 - used after the loop
        match = pattern.fullmatch(s)
        if match:
            break
    else:
        raise _unrecognised(original)
    groups = match.groupdict()
    leap = bool(groups.get("leap"))
    lunar = calendar if calendar is not None else (leap or chinese and _lunar_style(groups))
    year = _number(groups["y"]) if groups["y"] else None
    month = _month(groups["m"])
    day = _day(groups["d"])
    if year is None and groups["y"] or month is None or day is None:
        raise _unrecognised(original)
    return DateSpec(lunar=lunar, month=month, day=day, leap=leap, year=year)


def _lunar_style(groups: dict[str, Any]) -> bool:
    """Chinese numerals without a prefix: 初五/廿三/卅, 正月/冬月/腊月, or no 日 → lunar.

    A lunar date is never written with 日 (三月初五, 三月十五), while a solar date in
    Chinese numerals always is (一九八五年三月五日), so 三月十五 is lunar, 三月十五日 solar.
    """
    return (groups["m"] in "正冬腊" or groups["d"][0] in "初廿卅"
            or not groups["suffix"])


def _unrecognised(text: str) -> CalendarError:
    return CalendarError("unrecognised", f"无法识别的日期「{text}」，可以这样写：{EXAMPLES}",
                         input=text)


def _number(s: str) -> int | None:
    """Arabic digits, a digit-by-digit Chinese year (一九八五), or a Chinese number < 100."""
    if s.isdigit() and s.isascii():
        return int(s)
    if len(s) == 4 and all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1:
            return None
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        o = _CN_DIGITS.get(ones, -1) if ones else 0
        return None if t < 1 or o < 0 else t * 10 + o
    return _CN_DIGITS.get(s) if len(s) == 1 else None


def _month(s: str) -> int | None:
    return _MONTH_WORDS.get(s) or _number(s)


def _day(s: str) -> int | None:
    if s.startswith("初"):
        n = _number(s[1:]) if s[1:] else None
        return n if n is not None and 1 <= n <= 10 else None
    for head, base in (("廿", 20), ("卅", 30)):
        if s.startswith(head):
            rest = s[1:]
            if not rest:
                return base
            n = _number(rest)
            return base + n if n is not None and 1 <= n <= 9 else None
    return _number(s)
