"""Every satisfaction and goal metric on hand-made data with known answers (issue #15)."""
from __future__ import annotations

import datetime as dt

from models.quality import metrics
from models.service.dto import ReportRow
from models.service.report import compute


def test_csat_is_the_share_of_four_and_five_over_all_answers():
    assert metrics.csat([5, 4, 3, 2, 1, 4, 5, 5]) == 62.5
    assert metrics.csat([]) is None
    assert metrics.average([5, 4, 3]) == 4


def test_nps_promoters_minus_detractors_among_those_asked():
    # 3 promoters (9, 10, 9), 2 passives (7, 8), 5 detractors (0..6); None = not asked
    assert metrics.nps([9, 10, 9, 7, 8, 0, 3, 6, 6, 5, None, None]) == -20.0
    assert metrics.nps([None]) is None


def _row(response, resolution, missed):
    return ReportRow("SH2026-000001", "维修", "C1", "甲", "一般", "", "", "", response, resolution,
                     resolution is not None, missed, 0, 1, None)


def test_medians_in_working_hours_and_on_time_share():
    rows = [_row(1.0, 10.0, False), _row(3.0, 30.0, True), _row(2.0, 20.0, False), _row(8.0, None, False)]
    report = compute(rows)
    assert metrics.median(r.response_hours for r in rows) == report.response_median == 2.5
    assert metrics.median(r.resolution_hours for r in rows) == report.resolution_median == 20.0
    assert round(metrics.on_time([r.missed_resolution for r in rows if r.resolved]), 2) == 66.67


def test_cadence_compliance_by_class():
    on = dt.date(2026, 6, 30)
    customers = [("A", dt.date(2026, 6, 1), dt.date(2020, 1, 1)),    # 29 days: within A's 30
                 ("A", dt.date(2026, 5, 30), dt.date(2020, 1, 1)),   # 31 days: over
                 ("B", None, dt.date(2026, 5, 1)),                   # never contacted, created 60 days ago
                 ("C", dt.date(2026, 1, 1), dt.date(2020, 1, 1))]    # 180 days > 120
    assert metrics.cadence(customers, {"A": 30, "B": 60, "C": 120}, on) == 50.0
    assert metrics.cadence([], {"A": 30}, on) is None


def test_complaints_per_100_and_goal_direction():
    assert metrics.per_100(3, 150) == 2.0
    assert metrics.per_100(3, 0) is None
    assert metrics.is_met("csat", 90, 92.5) and not metrics.is_met("csat", 90, 80)
    assert metrics.is_met("resolve_hours", 24, 20) and not metrics.is_met("resolve_hours", 24, 30)
    assert not metrics.is_met("nps", 10, None)
