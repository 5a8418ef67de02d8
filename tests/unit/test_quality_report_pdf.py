"""The monthly report's PDF never leaves a section heading alone at the bottom of a page
(seen: 满意度趋势 at the foot of page 1, its chart on page 2)."""
from __future__ import annotations

from pypdf import PdfReader

from exports.quality_report import write_pdf
from models.quality.dto import MonthlyReport

HEADINGS = ("服务目标", "满意度", "服务单", "问候与活动", "客服", "满意度趋势")


def _report(agents: int) -> MonthlyReport:
    return MonthlyReport(
        month="2026-11", company="测试公司", goals=(), satisfaction=(), surveys=0, nps=None,
        service=(("服务单", "0"),), activity=(("回访", 6), ("跟进", 4)), stale_cards=3, overdue_contact=5,
        agents=tuple((f"客服{i}", 60, 4, 0, 0) for i in range(agents)),
        trend=tuple((f"2026-{m:02d}", 70.0 + m) for m in range(6, 12)))


def test_no_heading_is_left_alone_at_a_page_bottom(tmp_path):
    for agents in range(0, 40, 2):
        path = tmp_path / f"m{agents}.pdf"
        write_pdf(_report(agents), path)
        reader = PdfReader(str(path))
        for number, page in enumerate(reader.pages[:-1], 1):
            lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
            assert lines and lines[-1] not in HEADINGS, (agents, number, lines[-3:])
