"""The service report's metrics on hand-made rows with known answers."""
from __future__ import annotations

from models.service.dto import ReportRow
from models.service.report import compute, nearest_rank


def _row(number, kind="投诉", code="K1", verdict="", response=None, resolution=None, resolved=False,
         missed=False, reopen=0, steps=0, category="", dept="", severity="一般", sat=None):
    return ReportRow(number, kind, code, f"客户{code}", severity, category, dept, verdict, response, resolution,
                     resolved, missed, reopen, steps, sat)


def test_metrics_with_known_answers():
    rows = [
        _row("TS1", verdict="justified", response=1, resolution=10, resolved=True, steps=1, category="配送",
             dept="物流部", sat=5),
        _row("TS2", verdict="partly", response=2, resolution=20, resolved=True, missed=True, steps=2,
             category="配送", dept="物流部", sat=3),
        _row("TS3", code="K2", verdict="unjustified", response=3, resolution=30, resolved=True, reopen=1,
             category="价格", severity="重大"),
        _row("TS4", code="K2", verdict="", response=4),
        _row("SH1", kind="维修", code="K3", response=10, resolution=5, resolved=True, steps=0),
    ]
    rep = compute(rows)
    assert rep.total == 5 and rep.by_kind == {"投诉": 4, "维修": 1}
    assert rep.by_category == {"配送": 2, "价格": 1} and rep.by_dept == {"物流部": 2}
    assert rep.by_severity == {"一般": 4, "重大": 1}
    assert rep.judged == 3 and abs(rep.justified_share - 2 / 3) < 1e-9
    assert rep.response_median == 3 and rep.response_p90 == 10      # ⌈0.9·5⌉ = 5th of 1,2,3,4,10
    assert rep.resolution_median == 15 and rep.resolution_p90 == 30
    assert rep.resolved == 4 and rep.on_time_share == 3 / 4
    assert rep.first_contact_share == 2 / 4                          # TS1, SH1 (TS2 2 steps, TS3 reopened)
    assert rep.satisfaction_mean == 4
    assert rep.repeat_complainants == (("K1", "客户K1", 2), ("K2", "客户K2", 2))


def test_empty_range_has_no_figures():
    rep = compute([])
    assert rep.total == 0 and rep.justified_share is None and rep.response_p90 is None
    assert nearest_rank([7.0], 0.9) == 7.0
