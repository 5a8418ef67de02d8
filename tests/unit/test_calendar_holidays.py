"""Statutory holidays with 调休: lunar-python's real schedules, entered years, the warning."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from lunar_python.util import HolidayUtil

from models.calendar.errors import CalendarError
from models.calendar.holiday_text import format_holiday_schedule, parse_holiday_schedule
from models.calendar.holidays import (
    DayKind,
    DayOverride,
    HolidaySchedule,
    builtin_years,
    day_info,
    day_kind,
    holiday_name,
    is_working_day,
    missing_schedule_message,
    missing_schedule_years,
    schedule_known,
)

SCHEDULE_2027 = """\
# 2027 年（测试用，非官方）
2027-01-01~01-03 元旦 休
2027-02-06~2027-02-12 春节 休
2027-02-14 春节 班
2027-10-01~2027-10-07 国庆节 休
2027-09-26 国庆节 班
2027-10-09 国庆节 班
"""


def _days(first, last):
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def test_builtin_years_are_the_ones_lunar_python_ships():
    years = builtin_years()
    assert set(range(2002, 2027)) <= years
    assert 2001 not in years                    # only two make-up days for 2002's 元旦
    for year in years:
        assert HolidayUtil.getHolidays(year) or HolidayUtil.getHolidays(year + 1)
    assert schedule_known(2025) and schedule_known(2026)


def test_national_day_2025_with_its_make_up_days():
    for d in _days(date(2025, 10, 1), date(2025, 10, 8)):
        assert day_kind(d) is DayKind.HOLIDAY and not is_working_day(d)
        assert holiday_name(d) == "国庆节、中秋节"
        assert HolidayUtil.getHoliday(d.isoformat()).isWork() is False
    assert date(2025, 9, 28).weekday() == 6 and date(2025, 10, 11).weekday() == 5
    for d in (date(2025, 9, 28), date(2025, 10, 11)):
        assert day_kind(d) is DayKind.MAKEUP_WORKDAY and is_working_day(d)
        assert HolidayUtil.getHoliday(d.isoformat()).isWork() is True
    assert day_kind(date(2025, 10, 9)) is DayKind.WORKDAY
    assert day_kind(date(2025, 10, 12)) is DayKind.WEEKEND
    assert holiday_name(date(2025, 10, 9)) is None


def test_spring_festival_2026():
    off = _days(date(2026, 2, 15), date(2026, 2, 23))
    assert all(day_kind(d) is DayKind.HOLIDAY for d in off)
    assert {holiday_name(d) for d in off} == {"春节"}
    assert day_info(date(2026, 2, 14)) == (date(2026, 2, 14), DayKind.MAKEUP_WORKDAY, "春节")
    assert day_kind(date(2026, 2, 28)) is DayKind.MAKEUP_WORKDAY
    assert day_kind(date(2026, 2, 13)) is DayKind.WORKDAY
    assert day_kind(date(2026, 1, 1)) is DayKind.HOLIDAY and holiday_name(date(2026, 1, 1)) == "元旦"


def test_an_unknown_year_falls_back_to_monday_to_friday():
    assert not schedule_known(2027)
    assert date(2027, 10, 1).weekday() == 4
    assert day_kind(date(2027, 10, 1)) is DayKind.WORKDAY           # a Friday, no schedule
    assert day_kind(date(2027, 10, 2)) is DayKind.WEEKEND
    assert day_kind(date(2027, 2, 6)) is DayKind.WEEKEND
    assert holiday_name(date(2027, 10, 1)) is None


def test_an_entered_year_adds_its_schedule():
    schedule = HolidaySchedule.from_texts({2027: SCHEDULE_2027})
    assert schedule.schedule_known(2027) and schedule.schedule_known(2026)
    assert schedule.day_kind(date(2027, 10, 1)) is DayKind.HOLIDAY
    assert schedule.holiday_name(date(2027, 10, 1)) == "国庆节"
    assert schedule.day_kind(date(2027, 10, 9)) is DayKind.MAKEUP_WORKDAY
    assert schedule.day_kind(date(2027, 9, 26)) is DayKind.MAKEUP_WORKDAY
    assert schedule.day_kind(date(2027, 10, 8)) is DayKind.WORKDAY
    # lunar-python's years are untouched.
    assert schedule.day_kind(date(2025, 10, 8)) is DayKind.HOLIDAY
    assert day_kind(date(2027, 10, 1), schedule) is DayKind.HOLIDAY


def test_an_entered_year_replaces_lunar_pythons_schedule_for_that_year():
    schedule = HolidaySchedule({2026: {date(2026, 10, 1): ("国庆节", False)}})
    assert schedule.day_kind(date(2026, 10, 1)) is DayKind.HOLIDAY
    assert schedule.day_kind(date(2026, 10, 2)) is DayKind.WORKDAY      # not entered: plain
    assert schedule.day_kind(date(2026, 2, 14)) is DayKind.WEEKEND      # the 调休 is gone
    # The built-in 元旦 break of 2019 starts on 2018-12-30 and still belongs to 2019.
    schedule = HolidaySchedule({2018: {date(2018, 10, 1): ("国庆节", False)}})
    assert schedule.day_kind(date(2018, 12, 30)) is DayKind.HOLIDAY
    assert schedule.day_kind(date(2018, 12, 29)) is DayKind.MAKEUP_WORKDAY
    assert schedule.day_kind(date(2018, 5, 1)) is DayKind.WORKDAY


def test_without_lunar_python_everything_is_monday_to_friday():
    schedule = HolidaySchedule(builtin=False)
    assert not schedule.schedule_known(2025)
    assert schedule.day_kind(date(2025, 10, 1)) is DayKind.WORKDAY
    assert schedule.day_kind(date(2025, 9, 28)) is DayKind.WEEKEND


def test_conflicting_entered_years_are_refused():
    with pytest.raises(CalendarError) as err:
        HolidaySchedule({2026: {date(2026, 12, 31): ("元旦", False)},
                         2027: {date(2026, 12, 31): ("元旦", True)}})
    assert err.value.code == "conflicting_schedules"


def test_missing_schedule_warning_rule():
    assert missing_schedule_years(date(2026, 11, 30)) == []
    assert missing_schedule_years(date(2026, 12, 1)) == [2027]
    assert missing_schedule_message(date(2026, 12, 1)) == \
        "2027 年的法定节假日安排尚未录入，工作日按周一至周五计算"
    assert missing_schedule_years(date(2027, 3, 1)) == [2027]
    assert missing_schedule_message(date(2027, 12, 5)) == \
        "2027、2028 年的法定节假日安排尚未录入，工作日按周一至周五计算"
    assert missing_schedule_message(date(2026, 6, 1)) is None
    entered = HolidaySchedule.from_texts({2027: SCHEDULE_2027})
    assert entered.missing_schedule_years(date(2026, 12, 1)) == []
    assert entered.missing_schedule_message(date(2027, 12, 1)) == \
        "2028 年的法定节假日安排尚未录入，工作日按周一至周五计算"


def test_schedule_text_is_read_and_written_back():
    days = parse_holiday_schedule(SCHEDULE_2027, 2027)
    assert days[date(2027, 10, 7)] == DayOverride("国庆节", False)
    assert days[date(2027, 10, 9)] == DayOverride("国庆节", True)
    assert date(2027, 10, 8) not in days and len(days) == 3 + 7 + 1 + 7 + 2
    text = format_holiday_schedule(days)
    assert "2027-10-01~2027-10-07 国庆节 休" in text and "2027-10-09 国庆节 班" in text
    assert parse_holiday_schedule(text, 2027) == days
    # A 元旦 break that starts in December belongs to the next year's schedule.
    spill = parse_holiday_schedule("2018-12-30~2019-01-01 元旦 休\n2018-12-29 元旦 班", 2019)
    assert len(spill) == 4
    assert parse_holiday_schedule("２０２７／１０／０１ 至 １０／０３  国庆节  放假")[
        date(2027, 10, 3)] == ("国庆节", False)


@pytest.mark.parametrize("text, code, words", [
    ("2027-10-01 国庆节", "bad_line", "第 1 行"),
    ("2027-10-01~2027-10-07 国庆节 休\n\n2027-10-05 国庆节 休", "overlap", "第 3 行"),
    ("2027-10-01~2027-10-07 国庆节 休\n2027-10-07~2027-10-08 中秋节 休", "overlap", "与第 1 行重叠"),
    ("2027-02-30 春节 休", "bad_date", "2027-02-30"),
    ("2027-10-07~2027-10-01 国庆节 休", "range_backwards", "结束日期早于开始日期"),
    ("2027-01-01~2027-03-01 春节 休", "range_too_long", "31"),
    ("2027-10-08 国庆节 班", "workday_not_weekend", "星期五"),
    ("2027-10-01 国庆节 睡觉", "bad_status", "休"),
    ("2028-10-01 国庆节 休", "outside_year", "2027"),
    ("# 只有注释\n", "empty_schedule", "空"),
    ("2027-09-26 国庆节 班", "empty_schedule", "没有放假"),
])
def test_bad_schedule_text_names_the_line(text, code, words):
    with pytest.raises(CalendarError) as err:
        parse_holiday_schedule(text, 2027)
    assert err.value.code == code and words in err.value.text
