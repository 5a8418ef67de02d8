"""The one calendar: every date question the product asks is answered here.

A leaf package: no Qt, no database, nothing from the rest of `models/` — lunar-python
underneath, plain `date`/`datetime` in and out, `CalendarError` (code, Chinese text,
data) when there is no answer. Nothing else in the product converts dates.

- `lunar`        lunar ↔ solar conversion (lunar years 1900–2100), month/day names
                 (正月 … 十月 冬月 腊月; 初一 … 三十), the lunar year of a date, 清明/冬至.
- `birthdays`    `DateSpec` (a remembered solar or lunar month-day, optional year),
                 `next_occurrence`, `occurrences_between`, `age_at`, `this_year_hint`.
- `spec_text`    `parse_date_spec` (what people type) and `format_date_spec` (one way
                 to show it; parses back to the same spec).
- `festivals`    the greeting festivals (`FESTIVALS`, stable keys), `festivals_between`,
                 `next_festival`, `festival_by_name_or_key`.
- `holidays`     statutory holidays with 调休: `HolidaySchedule` (lunar-python's table
                 + admin-entered years), `day_kind`, `is_working_day`, `holiday_name`,
                 `schedule_known`, `missing_schedule_years` / `missing_schedule_message`.
- `holiday_text` the text an admin enters a year's schedule in (parse and format).
- `worktime`     `WorkingHours`, `add_working_time`, `add_working_days`,
                 `working_seconds_between` (with paused intervals), on naive local time.
- `errors`       `CalendarError`.

Import from the modules (`from models.calendar.birthdays import next_occurrence`); this
file re-exports nothing, so importing the package costs nothing.

Speed: lunar-python needs ~8 ms to compute a lunar year; each year is asked once and kept
(`functools.cache`), after which `next_occurrence` is a table look-up — measured
300,000 calls (60% lunar specs) in 0.77 s, 2.6 µs a call, on the 2-core build machine
(the first call of a year adds ~10 ms). The 今日 page still stores each date's next
occurrence when it is written and rolls it yearly rather than converting on every view.
"""
