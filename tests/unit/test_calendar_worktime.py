"""Working time around real holidays (lunar-python's 2025/2026 schedules), pauses, settings."""
from __future__ import annotations

from datetime import UTC, time, timedelta
from datetime import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar.errors import CalendarError
from models.calendar.holidays import DayKind, HolidaySchedule, day_kind
from models.calendar.worktime import (
    WorkingHours,
    add_working_days,
    add_working_time,
    is_working_time,
    next_working_moment,
    working_seconds_between,
)

H = 3600
LUNCH = WorkingHours(time(9), time(18), breaks=((time(12), time(13)),))


def test_received_the_day_before_national_day():
    # 2025-10-01..08 are off; 10-09 (Thursday) is the first working day after.
    assert day_kind(dt(2025, 10, 9).date()) is DayKind.WORKDAY
    assert add_working_time(dt(2025, 9, 30, 16), 4) == dt(2025, 10, 9, 11)
    assert working_seconds_between(dt(2025, 9, 30, 16), dt(2025, 10, 9, 11)) == 4 * H


def test_a_make_up_saturday_counts():
    # Friday 2025-10-10 evening; Saturday 10-11 is a 调休 working day.
    assert add_working_time(dt(2025, 10, 10, 17), 3) == dt(2025, 10, 11, 11)
    assert add_working_time(dt(2025, 10, 10, 20), 2) == dt(2025, 10, 11, 11)
    # Friday 2026-02-13 evening: Saturday 02-14 is worked, then 春节 02-15..23 is off.
    assert add_working_time(dt(2026, 2, 13, 20), 11) == dt(2026, 2, 24, 11)
    # An ordinary Saturday does not count.
    assert add_working_time(dt(2025, 11, 14, 17), 3) == dt(2025, 11, 17, 11)


def test_start_outside_working_hours_begins_at_the_next_working_moment():
    assert add_working_time(dt(2025, 11, 16, 22), 1) == dt(2025, 11, 17, 10)     # Sunday night
    assert add_working_time(dt(2025, 11, 17, 7), 1) == dt(2025, 11, 17, 10)      # early Monday
    assert add_working_time(dt(2025, 11, 17, 18), 1) == dt(2025, 11, 18, 10)     # at closing
    assert next_working_moment(dt(2025, 9, 30, 18, 30)) == dt(2025, 10, 9, 9)
    assert next_working_moment(dt(2025, 11, 17, 10)) == dt(2025, 11, 17, 10)
    assert is_working_time(dt(2025, 11, 17, 9)) and not is_working_time(dt(2025, 11, 17, 18))


def test_the_earliest_moment_rule_and_zero():
    assert add_working_time(dt(2025, 11, 17, 14), 4) == dt(2025, 11, 17, 18)     # not 09:00 next
    assert add_working_time(dt(2025, 11, 16, 22), 0) == dt(2025, 11, 16, 22)


def test_amounts_as_float_decimal_and_timedelta():
    start = dt(2025, 11, 17, 9)
    assert add_working_time(start, 1.5) == dt(2025, 11, 17, 10, 30)
    assert add_working_time(start, Decimal("1.25")) == dt(2025, 11, 17, 10, 15)
    assert add_working_time(start, timedelta(minutes=90)) == dt(2025, 11, 17, 10, 30)
    for bad in (-1, "2", True, float("nan")):
        with pytest.raises(CalendarError):
            add_working_time(start, bad)


def test_working_days_are_days_times_the_working_hours():
    # 3 working days from Friday 17:00 = 27 working hours = the next Wednesday 17:00.
    assert add_working_days(dt(2025, 11, 14, 17), 3) == dt(2025, 11, 19, 17)
    assert add_working_days(dt(2025, 11, 14, 20), 3) == dt(2025, 11, 19, 18)
    # Across 国庆: from Tuesday 2025-09-30 10:00, one working day ends 10-09 10:00.
    assert add_working_days(dt(2025, 9, 30, 10), 1) == dt(2025, 10, 9, 10)
    assert add_working_days(dt(2025, 11, 17, 9), 1, hours_cfg=LUNCH) == dt(2025, 11, 17, 18)


def test_a_pause_across_a_weekend():
    start = dt(2025, 11, 14, 10)          # Friday
    pause = [(dt(2025, 11, 14, 16), dt(2025, 11, 17, 11))]   # 待客户 Friday 16:00 → Monday 11:00
    assert add_working_time(start, 8) == dt(2025, 11, 14, 18)
    assert add_working_time(start, 8, paused=pause) == dt(2025, 11, 17, 13)
    assert working_seconds_between(start, dt(2025, 11, 17, 13), paused=pause) == 8 * H
    assert working_seconds_between(start, dt(2025, 11, 17, 13)) == 12 * H
    # Overlapping and unordered pauses are merged; a pause still running has no end.
    assert working_seconds_between(start, dt(2025, 11, 14, 18), paused=[
        (dt(2025, 11, 14, 15), dt(2025, 11, 14, 16)), (dt(2025, 11, 14, 11), dt(2025, 11, 14, 12)),
        (dt(2025, 11, 14, 11, 30), dt(2025, 11, 14, 12, 30))]) == 8 * H - int(2.5 * H)
    assert working_seconds_between(start, dt(2025, 11, 17, 12),
                                   paused=[(dt(2025, 11, 17, 10), None)]) == 9 * H
    with pytest.raises(CalendarError) as err:
        add_working_time(start, 8, paused=[(dt(2025, 11, 17, 10), None)])
    assert err.value.code == "open_pause"
    with pytest.raises(CalendarError) as err:
        working_seconds_between(start, dt(2025, 11, 17, 12),
                                paused=[(dt(2025, 11, 17, 10), dt(2025, 11, 17, 9))])
    assert err.value.code == "bad_pause"


def test_working_seconds_between_is_signed_and_skips_holidays():
    a, b = dt(2025, 9, 30, 9), dt(2025, 10, 9, 18)
    assert working_seconds_between(a, b) == 18 * H
    assert working_seconds_between(b, a) == -18 * H
    assert working_seconds_between(dt(2025, 11, 17, 9), dt(2025, 11, 17, 18), hours_cfg=LUNCH) \
        == 8 * H


def test_unknown_year_counts_monday_to_friday_and_entered_years_count_their_holidays():
    assert add_working_time(dt(2027, 9, 30, 16), 4) == dt(2027, 10, 1, 11)    # no schedule
    entered = HolidaySchedule.from_texts({2027: "2027-10-01~2027-10-07 国庆节 休\n"
                                                "2027-10-09 国庆节 班"})
    assert add_working_time(dt(2027, 9, 30, 16), 4, entered) == dt(2027, 10, 8, 11)
    assert add_working_time(dt(2027, 10, 8, 17), 2, entered) == dt(2027, 10, 9, 10)


def test_working_hours_setting():
    assert WorkingHours().seconds_per_day == 9 * H and WorkingHours().to_text() == "09:00-18:00"
    assert LUNCH.seconds_per_day == 8 * H
    assert LUNCH.to_text() == "09:00-12:00,13:00-18:00"
    assert WorkingHours.parse("09:00-12:00，13:00-18:00") == LUNCH
    assert WorkingHours.parse("08:30-17:30") == WorkingHours(time(8, 30), time(17, 30))
    assert add_working_time(dt(2025, 11, 17, 11), 2, hours_cfg=LUNCH) == dt(2025, 11, 17, 14)
    for bad in ("18:00-09:00", "nine to six", "09:00-12:00,11:00-18:00"):
        with pytest.raises(CalendarError):
            WorkingHours.parse(bad)


def test_aware_datetimes_are_refused():
    with pytest.raises(CalendarError) as err:
        add_working_time(dt(2025, 11, 17, 9, tzinfo=UTC), 1)
    assert err.value.code == "aware_datetime"


moments = st.datetimes(min_value=dt(2025, 1, 1), max_value=dt(2027, 12, 31)).map(
    lambda m: m.replace(microsecond=0))


@settings(max_examples=150, deadline=None)
@given(moments, st.integers(0, 60 * 9 * 60 * 60), st.booleans())
def test_adding_then_measuring_gives_the_amount_back(start, seconds, lunch):
    cfg = LUNCH if lunch else WorkingHours()
    end = add_working_time(start, timedelta(seconds=seconds), hours_cfg=cfg)
    assert end >= start
    assert working_seconds_between(start, end, hours_cfg=cfg) == seconds
    if seconds:
        assert is_working_time(end - timedelta(seconds=1), hours_cfg=cfg)
