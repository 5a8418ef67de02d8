"""Recurring dates: fall-backs, window queries, age, the hint, and the speed the 今日 page needs."""
from __future__ import annotations

from datetime import date

import pytest
from lunar_python import Lunar

from models.calendar.birthdays import (
    DateSpec,
    age_at,
    next_occurrence,
    occurrence_in,
    occurrences_between,
    this_year_hint,
)
from models.calendar.errors import CalendarError


def _lunar(year, month, day):
    s = Lunar.fromYmd(year, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def test_solar_feb_29_is_remembered_on_feb_28_in_common_years():
    spec = DateSpec(lunar=False, month=2, day=29)
    assert occurrence_in(spec, 2027) == date(2027, 2, 28)
    assert occurrence_in(spec, 2028) == date(2028, 2, 29)
    assert next_occurrence(spec, date(2027, 1, 1)) == date(2027, 2, 28)
    assert next_occurrence(spec, date(2027, 3, 1)) == date(2028, 2, 29)
    assert occurrences_between(spec, date(2027, 1, 1), date(2028, 12, 31)) == \
        [date(2027, 2, 28), date(2028, 2, 29)]


def test_next_occurrence_counts_the_day_itself():
    spec = DateSpec(lunar=False, month=3, day=5)
    assert next_occurrence(spec, date(2026, 3, 5)) == date(2026, 3, 5)
    assert next_occurrence(spec, date(2026, 3, 6)) == date(2027, 3, 5)


def test_leap_month_birthday_falls_back_in_years_without_that_leap_month():
    spec = DateSpec(lunar=True, month=4, day=8, leap=True)        # 闰四月初八
    assert next_occurrence(spec, date(2020, 5, 1)) == _lunar(2020, -4, 8) == date(2020, 5, 30)
    assert next_occurrence(spec, date(2025, 1, 1)) == _lunar(2025, 4, 8) == date(2025, 5, 5)
    # An ordinary 四月 birthday in a year with 闰四月 stays in the ordinary month.
    assert next_occurrence(DateSpec(True, 4, 8), date(2020, 1, 1)) == date(2020, 4, 30)


def test_day_thirty_falls_back_to_day_29():
    spec = DateSpec(lunar=True, month=4, day=30)
    assert next_occurrence(spec, date(2025, 1, 1)) == _lunar(2025, 4, 29) == date(2025, 5, 26)


def test_la_yue_birthday_is_found_in_january_of_the_next_solar_year():
    spec = DateSpec(lunar=True, month=12, day=8)                   # 腊月初八
    assert next_occurrence(spec, date(2024, 12, 1)) == date(2025, 1, 7) == _lunar(2024, 12, 8)
    assert occurrences_between(spec, date(2025, 1, 1), date(2025, 12, 31)) == [date(2025, 1, 7)]
    assert occurrences_between(spec, date(2026, 1, 1), date(2026, 1, 31)) == \
        [date(2026, 1, 26)] == [_lunar(2025, 12, 8)]


def test_a_window_can_hold_none_or_several():
    spec = DateSpec(lunar=True, month=8, day=15)
    assert occurrences_between(spec, date(2026, 9, 26), date(2026, 12, 31)) == []
    assert occurrences_between(spec, date(2024, 1, 1), date(2026, 12, 31)) == \
        [date(2024, 9, 17), date(2025, 10, 6), date(2026, 9, 25)]
    assert occurrences_between(spec, date(2026, 1, 1), date(2025, 1, 1)) == []


@pytest.mark.parametrize("kwargs, code", [
    (dict(lunar=False, month=13, day=1), "bad_month"),
    (dict(lunar=False, month=2, day=30), "bad_day"),
    (dict(lunar=False, month=4, day=31), "bad_day"),
    (dict(lunar=False, month=2, day=29, year=2027), "bad_day"),
    (dict(lunar=False, month=3, day=5, leap=True), "leap_on_solar"),
    (dict(lunar=True, month=3, day=31), "bad_lunar_day"),
    (dict(lunar=True, month=3, day=0), "bad_lunar_day"),
    (dict(lunar=True, month=4, day=8, leap=True, year=2025), "no_leap_month"),
    (dict(lunar=True, month=4, day=30, year=2025), "no_such_day"),
    (dict(lunar=True, month=4, day=8, year=1850), "lunar_year_out_of_range"),
    (dict(lunar=False, month=3, day=5, year=99), "bad_year"),
])
def test_invalid_specs_are_refused_with_a_code(kwargs, code):
    with pytest.raises(CalendarError) as err:
        DateSpec(**kwargs)
    assert err.value.code == code and err.value.text


def test_valid_edge_specs():
    DateSpec(lunar=False, month=2, day=29)
    DateSpec(lunar=False, month=2, day=29, year=2028)
    DateSpec(lunar=True, month=4, day=8, leap=True)                # without a year: any year
    DateSpec(lunar=True, month=4, day=8, leap=True, year=2020)     # 2020 had 闰四月
    DateSpec(lunar=True, month=11, day=30)


def test_origin_and_age():
    spec = DateSpec(lunar=True, month=12, day=20, year=1985)        # 农历1985年腊月二十
    assert spec.origin() == _lunar(1985, 12, 20) == date(1986, 1, 29)
    jan = next_occurrence(spec, date(2026, 1, 1))                 # lunar 2025's, in January 2026
    assert jan == _lunar(2025, 12, 20) and age_at(spec, jan) == 40
    solar = DateSpec(lunar=False, month=3, day=5, year=1985)
    assert age_at(solar, date(2026, 3, 5)) == 41
    assert age_at(DateSpec(lunar=False, month=3, day=5), date(2026, 3, 5)) is None


def test_this_year_hint_labels_the_next_occurrence():
    spec = DateSpec(lunar=True, month=3, day=21)                   # 农历三月廿一
    assert this_year_hint(spec, date(2026, 1, 1)) == "今年 5月7日" and \
        _lunar(2026, 3, 21) == date(2026, 5, 7)
    assert this_year_hint(spec, date(2026, 5, 8)) == \
        f"明年 {_lunar(2027, 3, 21).month}月{_lunar(2027, 3, 21).day}日"
    # 腊月 dates of this lunar year come next January: 明年.
    assert this_year_hint(DateSpec(True, 12, 8), date(2025, 3, 1)) == "明年 1月26日"
    # Two years away: lunar 2027's 腊月初一 is 2027-12-28; lunar 2028 has 闰五月, so its
    # 腊月初一 only comes on 2029-01-15.
    spec = DateSpec(lunar=True, month=12, day=1)
    assert _lunar(2027, 12, 1) == date(2027, 12, 28) and _lunar(2028, 12, 1) == date(2029, 1, 15)
    assert this_year_hint(spec, date(2027, 12, 28)) == "今年 12月28日"
    assert this_year_hint(spec, date(2027, 12, 29)) == "2029年 1月15日"
