"""What people type → DateSpec, the one way it is shown, and the round trip between them."""
from __future__ import annotations

import calendar
import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar.birthdays import DateSpec
from models.calendar.errors import CalendarError
from models.calendar.lunar import lunar_months
from models.calendar.spec_text import format_date_spec, parse_date_spec

S, L = False, True


@pytest.mark.parametrize("text, spec", [
    ("1985-03-05", DateSpec(S, 3, 5, year=1985)),
    ("1985/3/5", DateSpec(S, 3, 5, year=1985)),
    ("1985.3.5", DateSpec(S, 3, 5, year=1985)),
    ("19850305", DateSpec(S, 3, 5, year=1985)),
    ("1985年3月5日", DateSpec(S, 3, 5, year=1985)),
    ("3月5日", DateSpec(S, 3, 5)),
    ("3月5号", DateSpec(S, 3, 5)),
    ("03-05", DateSpec(S, 3, 5)),
    ("3-5", DateSpec(S, 3, 5)),
    ("2月29日", DateSpec(S, 2, 29)),
    ("公历3月5日", DateSpec(S, 3, 5)),
    ("一九八五年三月五日", DateSpec(S, 3, 5, year=1985)),
    ("１９８５－０３－０５", DateSpec(S, 3, 5, year=1985)),        # full-width
    (" 3 月 5 日 ", DateSpec(S, 3, 5)),
    ("农历三月初五", DateSpec(L, 3, 5)),
    ("农历 3-5", DateSpec(L, 3, 5)),
    ("农历1985年三月初五", DateSpec(L, 3, 5, year=1985)),
    ("农历 1985-03-05", DateSpec(L, 3, 5, year=1985)),
    ("阴历三月初五", DateSpec(L, 3, 5)),
    ("三月初五", DateSpec(L, 3, 5)),
    ("三月十五", DateSpec(L, 3, 15)),
    ("闰四月初八", DateSpec(L, 4, 8, leap=True)),
    ("农历闰四月初八", DateSpec(L, 4, 8, leap=True)),
    ("农历2020年闰四月初八", DateSpec(L, 4, 8, leap=True, year=2020)),
    ("农历闰4月8日", DateSpec(L, 4, 8, leap=True)),
    ("农历正月十五", DateSpec(L, 1, 15)),
    ("农历一月十五", DateSpec(L, 1, 15)),
    ("农历腊月廿三", DateSpec(L, 12, 23)),
    ("农历腊月二十三", DateSpec(L, 12, 23)),
    ("农历十二月廿三", DateSpec(L, 12, 23)),
    ("农历冬月三十", DateSpec(L, 11, 30)),
    ("农历冬月卅", DateSpec(L, 11, 30)),
    ("农历十一月二十", DateSpec(L, 11, 20)),
    ("农历十月初十", DateSpec(L, 10, 10)),
    ("农历八月十九", DateSpec(L, 8, 19)),
    ("农历　正月　初一", DateSpec(L, 1, 1)),                       # ideographic spaces
])
def test_accepted_forms(text, spec):
    assert parse_date_spec(text) == spec


@pytest.mark.parametrize("text, code, words", [
    ("", "empty", "请输入日期"),
    ("13月1日", "bad_month", "1—12"),
    ("1985-13-01", "bad_month", "13"),
    ("2月30日", "bad_day", "2月只有 29 天"),
    ("1985年2月29日", "bad_day", "1985年2月只有 28 天"),
    ("农历三月三十一", "bad_lunar_day", "初一至三十"),
    ("农历三十一", "unrecognised", "无法识别"),
    ("农历三月初十一", "unrecognised", "无法识别"),
    ("公历闰四月初八", "leap_on_solar", "公历日期没有闰月"),
    ("农历1985年闰四月初八", "no_leap_month", "农历1985年没有闰四月"),
    ("农历2025年四月三十", "no_such_day", "只有廿九"),
    ("农历1850年三月初五", "lunar_year_out_of_range", "1900"),
    ("hello", "unrecognised", "农历三月初五"),
    ("85-3-5", "unrecognised", "无法识别"),
])
def test_rejections_say_why_in_chinese(text, code, words):
    with pytest.raises(CalendarError) as err:
        parse_date_spec(text)
    assert err.value.code == code
    assert words in err.value.text and str(err.value) == err.value.text


@pytest.mark.parametrize("spec, with_year, text", [
    (DateSpec(S, 3, 5, year=1985), True, "1985年3月5日"),
    (DateSpec(S, 3, 5, year=1985), False, "3月5日"),
    (DateSpec(L, 3, 21), True, "农历三月廿一"),
    (DateSpec(L, 3, 21, year=1957), True, "农历1957年三月廿一"),
    (DateSpec(L, 4, 8, leap=True), True, "农历闰四月初八"),
    (DateSpec(L, 11, 30), True, "农历冬月三十"),
    (DateSpec(L, 12, 23), True, "农历腊月廿三"),
    (DateSpec(L, 1, 15), True, "农历正月十五"),
    (DateSpec(L, 10, 10), True, "农历十月初十"),
])
def test_the_one_way_to_show_a_date(spec, with_year, text):
    assert format_date_spec(spec, with_year=with_year) == text


@st.composite
def date_specs(draw):
    if draw(st.booleans()):
        if draw(st.booleans()):
            year = draw(st.integers(1900, 2100))
            month = draw(st.sampled_from(lunar_months(year)))
            return DateSpec(True, month.month, draw(st.integers(1, month.days)), month.leap,
                            year)
        return DateSpec(True, draw(st.integers(1, 12)), draw(st.integers(1, 30)),
                        draw(st.booleans()))
    year = draw(st.none() | st.integers(1000, 9999))
    month = draw(st.integers(1, 12))
    days = calendar.monthrange(year or 2000, month)[1]
    return DateSpec(False, month, draw(st.integers(1, days)), year=year)


@settings(max_examples=400, deadline=None)
@given(date_specs())
def test_format_then_parse_gives_the_spec_back(spec):
    assert parse_date_spec(format_date_spec(spec)) == spec
    assert parse_date_spec(format_date_spec(spec, with_year=False)) == \
        dataclasses.replace(spec, year=None)
