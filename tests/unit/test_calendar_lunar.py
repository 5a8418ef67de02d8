"""Lunar ↔ solar conversion, checked against lunar-python itself and known real dates."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lunar_python import Lunar, LunarYear, Solar

from models.calendar.errors import CalendarError
from models.calendar.lunar import (
    LUNAR_MAX_YEAR,
    LUNAR_MIN_YEAR,
    LunarDate,
    leap_month_of,
    lunar_months,
    lunar_new_years_eve,
    lunar_occurrences,
    lunar_of_solar,
    lunar_year_of,
    month_length,
    solar_date_of_lunar,
    solar_term_date,
    spring_festival,
)

YEARS = range(LUNAR_MIN_YEAR, LUNAR_MAX_YEAR + 1)


def _solar(s: Solar) -> date:
    return date(s.getYear(), s.getMonth(), s.getDay())


def test_every_month_of_every_year_matches_lunar_python():
    """1900–2100: each month (leap months included) has lunar-python's length, its first
    day lands where lunar-python's Lunar.fromYmd puts it and its last day where
    lunar-python's month table (first Julian day + length - 1) says."""
    for year in YEARS:
        theirs = LunarYear.fromYear(year).getMonthsInYear()
        ours = lunar_months(year)
        assert [(m.month, m.leap, m.days) for m in ours] == \
            [(abs(m.getMonth()), m.isLeap(), m.getDayCount()) for m in theirs]
        for m in theirs:
            signed, leap, days = m.getMonth(), m.isLeap(), m.getDayCount()
            first = _solar(Lunar.fromYmd(year, signed, 1).getSolar())
            last = _solar(Solar.fromJulianDay(m.getFirstJulianDay() + days - 1))
            assert solar_date_of_lunar(year, abs(signed), 1, leap) == first
            assert solar_date_of_lunar(year, abs(signed), days, leap) == last
        assert leap_month_of(year) == LunarYear.fromYear(year).getLeapMonth()


def test_every_day_of_every_year_round_trips_and_is_contiguous():
    """Every lunar day 1900–2100 maps to a solar date, one after the other without gaps,
    and back (lunar_of_solar) to itself."""
    expected = spring_festival(LUNAR_MIN_YEAR)
    for year in YEARS:
        for m in lunar_months(year):
            for day in range(1, m.days + 1):
                d = solar_date_of_lunar(year, m.month, day, m.leap, strict=True)
                assert d == expected
                assert lunar_of_solar(d) == LunarDate(year, m.month, day, m.leap)
                expected += timedelta(days=1)
    assert expected - timedelta(days=1) == lunar_new_years_eve(LUNAR_MAX_YEAR)


@pytest.mark.parametrize("year", [1950, 1985, 2020, 2025, 2033, 2099])
def test_every_day_of_sample_years_is_what_lunar_python_gives(year):
    for m in LunarYear.fromYear(year).getMonthsInYear():
        for day in range(1, m.getDayCount() + 1):
            expected = _solar(Lunar.fromYmd(year, m.getMonth(), day).getSolar())
            assert solar_date_of_lunar(year, abs(m.getMonth()), day, m.isLeap()) == expected


def test_known_real_dates():
    assert spring_festival(2026) == date(2026, 2, 17)            # 春节 2026
    assert solar_date_of_lunar(2026, 8, 15) == date(2026, 9, 25)  # 中秋 2026
    assert spring_festival(2025) == date(2025, 1, 29)
    assert lunar_of_solar(date(2025, 7, 25)) == LunarDate(2025, 6, 1, True)   # 闰六月初一
    assert lunar_of_solar(date(2025, 7, 25)).name() == "农历闰六月初一"
    assert solar_term_date(2025, "清明") == date(2025, 4, 4)
    assert solar_term_date(2025, "冬至") == date(2025, 12, 21)
    assert solar_term_date(2024, "冬至") == date(2024, 12, 21)


def test_leap_month_falls_back_to_the_ordinary_month():
    assert leap_month_of(2020) == 4 and leap_month_of(2025) == 6
    # 2020 has 闰四月: the leap date is its own day, a month after 四月初八.
    assert solar_date_of_lunar(2020, 4, 8, leap=True) == date(2020, 5, 30)
    assert solar_date_of_lunar(2020, 4, 8) == date(2020, 4, 30)
    # 2025 has no 闰四月: 闰四月初八 is remembered on 四月初八.
    assert solar_date_of_lunar(2025, 4, 8, leap=True) == \
        _solar(Lunar.fromYmd(2025, 4, 8).getSolar()) == date(2025, 5, 5)
    with pytest.raises(CalendarError) as err:
        solar_date_of_lunar(2025, 4, 8, leap=True, strict=True)
    assert err.value.code == "no_leap_month" and "2025年没有闰四月" in err.value.text


def test_day_thirty_in_a_short_month_falls_back_to_day_29():
    assert month_length(2025, 4) == LunarYear.fromYear(2025).getMonth(4).getDayCount() == 29
    assert solar_date_of_lunar(2025, 4, 30) == solar_date_of_lunar(2025, 4, 29) \
        == _solar(Lunar.fromYmd(2025, 4, 29).getSolar()) == date(2025, 5, 26)
    with pytest.raises(CalendarError) as err:
        solar_date_of_lunar(2025, 4, 30, strict=True)
    assert err.value.code == "no_such_day" and "只有廿九" in err.value.text


def test_new_years_eve_is_the_29th_or_the_30th():
    assert month_length(2024, 12) == 29
    assert lunar_new_years_eve(2024) == date(2025, 1, 28)    # 腊月廿九
    assert month_length(2023, 12) == 30
    assert lunar_new_years_eve(2023) == date(2024, 2, 9)     # 腊月三十
    assert lunar_new_years_eve(2023) == _solar(Lunar.fromYmd(2023, 12, 30).getSolar())


def test_window_query_finds_a_la_yue_date_in_january_of_the_next_solar_year():
    # 腊月初八 of lunar 2024 is 2025-01-07; lunar 2025's comes in 2026.
    assert lunar_occurrences(12, 8, False, date(2025, 1, 1), date(2025, 12, 31)) == \
        [date(2025, 1, 7)]
    assert lunar_occurrences(12, 8, False, date(2025, 1, 8), date(2026, 12, 31)) == \
        [date(2026, 1, 26)]
    # A two-year window holds both, and a 闰六月 date shows its leap day only in 2025.
    assert lunar_occurrences(6, 1, True, date(2024, 1, 1), date(2026, 12, 31)) == \
        [solar_date_of_lunar(2024, 6, 1), date(2025, 7, 25), solar_date_of_lunar(2026, 6, 1)]
    assert lunar_occurrences(1, 1, False, date(2025, 3, 1), date(2025, 2, 1)) == []


def test_lunar_year_of_switches_at_spring_festival():
    assert lunar_year_of(date(2026, 2, 16)) == 2025
    assert lunar_year_of(date(2026, 2, 17)) == 2026


def test_out_of_range_is_a_calendar_error():
    for call in (lambda: solar_date_of_lunar(1899, 1, 1), lambda: solar_date_of_lunar(2101, 1, 1),
                 lambda: lunar_of_solar(date(1900, 1, 30)), lambda: lunar_year_of(date(2102, 1, 1))):
        with pytest.raises(CalendarError) as err:
            call()
        assert err.value.code in ("lunar_year_out_of_range", "date_out_of_range")
    with pytest.raises(CalendarError):
        solar_date_of_lunar(2025, 13, 1)
    with pytest.raises(CalendarError):
        solar_date_of_lunar(2025, 1, 31)


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(1900, 1, 31), max_value=date(2100, 12, 31)))
def test_lunar_of_solar_agrees_with_lunar_python(d):
    lunar = Solar.fromYmd(d.year, d.month, d.day).getLunar()
    assert lunar_of_solar(d) == LunarDate(lunar.getYear(), abs(lunar.getMonth()), lunar.getDay(),
                                          lunar.getMonth() < 0)
