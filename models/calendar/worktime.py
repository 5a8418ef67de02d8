"""Working time on the holiday calendar: deadlines and elapsed time in working hours.

All datetimes are naive local times — the office PC's clock, the time the people in the
department live by. (The database stores naive UTC; the caller converts with
`models.localtime` before asking.) Aware datetimes are refused.

Working time is the `WorkingHours` of every working day of the `HolidaySchedule` (Monday–
Friday, minus statutory rest days, plus 调休 make-up days). The rules:

- `add_working_time(start, hours)` is the earliest moment at which `hours` of working time
  have passed since `start`; a start outside working time starts counting at the next
  working moment. So 4 hours from 14:00 is 18:00 that day (not 09:00 the next one).
- `add_working_days(start, n)` is `n × (working hours per day)` of working time — what help
  desks do: 3 working days from Friday 17:00 end on Wednesday 17:00; from Friday 20:00
  (outside working time) they end on Wednesday 18:00.
- `working_seconds_between(a, b, paused=...)` counts working seconds in [a, b), minus the
  working seconds of paused intervals (a record waiting on the customer, 待客户).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .errors import CalendarError
from .holidays import HolidaySchedule, default_schedule

# The longest run of non-working days we look through before deciding that the schedule
# has no working days at all (a real break is at most ~10 days).
_MAX_IDLE_DAYS = 366
Pause = tuple[datetime, datetime | None]


@dataclass(frozen=True)
class WorkingHours:
    """The working hours of a working day: `start`–`end`, minus optional `breaks`.

    `WorkingHours()` is 09:00–18:00 with no break (9 hours a day); a lunch break is
    `WorkingHours(time(9), time(18), breaks=((time(12), time(13)),))`.
    """

    start: time = time(9)
    end: time = time(18)
    breaks: tuple[tuple[time, time], ...] = ()

    def __post_init__(self) -> None:
        if self.start.tzinfo or self.end.tzinfo or not self.start < self.end:
            raise CalendarError("bad_hours", f"上班时间应早于下班时间：{self._span(self.start, self.end)}")
        edge = self.start
        for b_start, b_end in self.breaks:
            if not edge < b_start < b_end < self.end:
                raise CalendarError("bad_break", f"休息时间 {self._span(b_start, b_end)} 应在上下班"
                                    "时间之内，按先后排列，互不重叠")
            edge = b_end

    @staticmethod
    def _span(a: time, b: time) -> str:
        return f"{a:%H:%M}-{b:%H:%M}"

    def periods(self) -> tuple[tuple[time, time], ...]:
        """The working stretches of a day, in order."""
        out, edge = [], self.start
        for b_start, b_end in self.breaks:
            out.append((edge, b_start))
            edge = b_end
        out.append((edge, self.end))
        return tuple(out)

    @property
    def seconds_per_day(self) -> int:
        return sum(_seconds(b) - _seconds(a) for a, b in self.periods())

    def to_text(self) -> str:
        """`09:00-18:00`, or `09:00-12:00,13:00-18:00` with a break (what settings store)."""
        return ",".join(self._span(a, b) for a, b in self.periods())

    @classmethod
    def parse(cls, text: str) -> WorkingHours:
        """Read `to_text()`'s form back; CalendarError with a Chinese text otherwise."""
        try:
            spans = []
            for part in text.replace("，", ",").split(","):
                a, b = part.strip().replace("—", "-").replace("~", "-").split("-")
                spans.append((time.fromisoformat(a.strip()), time.fromisoformat(b.strip())))
        except ValueError:
            raise CalendarError("bad_hours", f"无法识别的工作时间「{text}」，例如 09:00-18:00 或 "
                                "09:00-12:00,13:00-18:00", input=text) from None
        breaks = tuple((spans[i][1], spans[i + 1][0]) for i in range(len(spans) - 1))
        return cls(spans[0][0], spans[-1][1], breaks)


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _check_naive(*moments: datetime | None) -> None:
    for m in moments:
        if m is not None and m.tzinfo is not None:
            raise CalendarError("aware_datetime", "工作时间按本机当地时间计算，请传入不带时区的时间")


def _as_timedelta(amount: float | Decimal | timedelta, unit_seconds: int) -> timedelta:
    if isinstance(amount, timedelta):
        span = amount
    elif isinstance(amount, bool) or not isinstance(amount, (int, float, Decimal)):
        raise CalendarError("bad_amount", f"时长应为数字或 timedelta：{amount!r}")
    elif isinstance(amount, Decimal):
        micro = (amount * unit_seconds * 1_000_000).to_integral_value(ROUND_HALF_UP)
        span = timedelta(microseconds=int(micro))
    elif not math.isfinite(amount):
        raise CalendarError("bad_amount", f"时长应为有限的数字：{amount!r}")
    else:
        span = timedelta(seconds=amount * unit_seconds)
    if span < timedelta(0):
        raise CalendarError("negative_amount", "时长不能为负数")
    return span


def _working_periods(start: datetime, schedule: HolidaySchedule,
                     hours: WorkingHours, until: datetime | None = None
                     ) -> Iterator[tuple[datetime, datetime]]:
    """The stretches of working time from `start` on (clipped to `until`), in order."""
    day: date = start.date()
    idle = 0
    while until is None or day <= until.date():
        if schedule.is_working_day(day):
            idle = 0
            for a, b in hours.periods():
                s, e = max(datetime.combine(day, a), start), datetime.combine(day, b)
                if until is not None:
                    e = min(e, until)
                if s < e:
                    yield s, e
        else:
            idle += 1
            if idle > _MAX_IDLE_DAYS:
                raise CalendarError("no_working_days", "日历里找不到任何工作日")
        day += timedelta(days=1)


def _merged(paused: Iterable[Pause], open_until: datetime | None) -> list[tuple[datetime, datetime]]:
    out: list[list[datetime]] = []
    for a, b in sorted(((a, b if b is not None else open_until) for a, b in paused),
                       key=lambda p: p[0]):
        _check_naive(a, b)
        if b is None:
            raise CalendarError("open_pause", "计算期限时暂停必须已结束（有结束时间）")
        if b < a:
            raise CalendarError("bad_pause", f"暂停的结束时间早于开始时间：{a:%Y-%m-%d %H:%M}")
        if b == a:
            continue
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _minus_pauses(periods: Iterator[tuple[datetime, datetime]],
                  pauses: list[tuple[datetime, datetime]]) -> Iterator[tuple[datetime, datetime]]:
    i = 0
    for s, e in periods:
        while i < len(pauses) and pauses[i][1] <= s:
            i += 1
        j = i
        while s < e:
            if j >= len(pauses) or pauses[j][0] >= e:
                yield s, e
                break
            p_start, p_end = pauses[j]
            if p_start > s:
                yield s, p_start
            s = max(s, p_end)
            j += 1


def add_working_time(start: datetime, hours: float | Decimal | timedelta,
                     schedule: HolidaySchedule | None = None,
                     hours_cfg: WorkingHours | None = None, *,
                     paused: Iterable[tuple[datetime, datetime]] = ()) -> datetime:
    """The moment `hours` working hours after `start` (a timedelta is taken as it is).

    `paused` intervals (all closed) do not count, so a deadline moves on by the working
    time the record spent waiting on the customer.
    """
    _check_naive(start)
    remaining = _as_timedelta(hours, 3600)
    if not remaining:
        return start
    schedule = schedule or default_schedule()
    hours_cfg = hours_cfg or WorkingHours()
    periods = _minus_pauses(_working_periods(start, schedule, hours_cfg),
                            _merged(paused, None))
    for s, e in periods:
        if remaining <= e - s:
            return s + remaining
        remaining -= e - s
    raise AssertionError("unreachable: _working_periods is endless or raises")


def add_working_days(start: datetime, days: float | Decimal,
                     schedule: HolidaySchedule | None = None,
                     hours_cfg: WorkingHours | None = None, *,
                     paused: Iterable[tuple[datetime, datetime]] = ()) -> datetime:
    """`days` × the working hours of a day after `start` (see the module docstring)."""
    hours_cfg = hours_cfg or WorkingHours()
    span = _as_timedelta(days, hours_cfg.seconds_per_day)
    return add_working_time(start, span, schedule, hours_cfg, paused=paused)


def working_seconds_between(a: datetime, b: datetime,
                            schedule: HolidaySchedule | None = None,
                            hours_cfg: WorkingHours | None = None, *,
                            paused: Iterable[Pause] = ()) -> int:
    """Working seconds from `a` to `b`, minus `paused` intervals (whole seconds, rounded down).

    A pause still running has `None` as its end (it lasts up to the later of a and b).
    Negative when b is before a, so `working_seconds_between(now, deadline)` is the working
    time left, below zero once overdue.
    """
    _check_naive(a, b)
    if b < a:
        return -working_seconds_between(b, a, schedule, hours_cfg, paused=paused)
    schedule = schedule or default_schedule()
    hours_cfg = hours_cfg or WorkingHours()
    periods = _minus_pauses(_working_periods(a, schedule, hours_cfg, until=b), _merged(paused, b))
    total = sum((e - s for s, e in periods), timedelta(0))
    return total // timedelta(seconds=1)


def next_working_moment(moment: datetime, schedule: HolidaySchedule | None = None,
                        hours_cfg: WorkingHours | None = None) -> datetime:
    """`moment` itself when it is working time, else the start of the next working stretch."""
    _check_naive(moment)
    s, _ = next(_working_periods(moment, schedule or default_schedule(),
                                 hours_cfg or WorkingHours()))
    return s


def is_working_time(moment: datetime, schedule: HolidaySchedule | None = None,
                    hours_cfg: WorkingHours | None = None) -> bool:
    """Whether the department is at work at `moment` (an end time itself is not)."""
    return next_working_moment(moment, schedule, hours_cfg) == moment
