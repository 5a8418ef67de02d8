"""The monthly service report as a printable PDF (tables and a CSAT trend chart drawn with
reportlab graphics, the bundled CJK font embedded) and as a workbook (one sheet a part)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from models.quality.dto import MonthlyReport


def _n(v: Any, suffix: Any = "") -> str:
    return "-" if v is None else f"{v:.1f}{suffix}"


def _sections(r: MonthlyReport) -> list[tuple[str, list[str], list[list[Any]]]]:
    return [
        ("服务目标", ["指标", "说明", "目标", "单位", "实际", "结果"],
         [[m, label, f"{t:g}", u, _n(a), "达成" if met else "未达成"] for m, label, t, u, a, met in r.goals]),
        ("满意度", ["指标", "回答数", "平均分", "CSAT"],
         [[g, n, _n(avg), _n(c, "%")] for g, n, avg, c in r.satisfaction]
         + [["调查份数", r.surveys, "", ""], ["NPS", "", "", _n(r.nps)]]),
        ("服务单", ["项目", "数值"], [list(x) for x in r.service]),
        ("问候与活动", ["第二页记录类别", "条数"], [list(x) for x in r.activity]
         + [["待核实名片（资料久未更新）", r.stale_cards], ["超过联系周期的客户", r.overdue_contact]]),
        ("客服", ["客服", "客户数", "第二页记录", "满意度调查", "解决服务单"], [list(a) for a in r.agents]),
        ("满意度趋势", ["月份", "CSAT"], [[m, _n(v, "%")] for m, v in r.trend]),
    ]


def _chart(r: MonthlyReport, font: str, latin: str) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    d = Drawing(440, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 380, 110
    chart.data = [[v or 0 for _, v in r.trend]]
    chart.categoryAxis.categoryNames = [m for m, _ in r.trend]
    chart.categoryAxis.labels.fontName = latin
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = latin
    chart.bars[0].fillColor = colors.HexColor("#4a7ab5")
    d.add(chart)
    d.add(String(40, 152, "近六个月满意度（百分比）", fontName=font, fontSize=10))
    return d


def write_pdf(r: MonthlyReport, path: Path) -> int:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from exports.fonts import mixed_markup as markup
    from exports.fonts import pdf_fonts

    font, latin = pdf_fonts()     # the CJK font has no Latin glyphs: Latin runs in Vera
    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22)
    head = ParagraphStyle("h", fontName=font, fontSize=12, leading=18, spaceBefore=6,
                          keepWithNext=1)   # never alone at the foot of a page
    cell = ParagraphStyle("c", fontName=font, fontSize=9, leading=12)
    story = [Paragraph(markup(f"{r.company} 月度服务报告 {r.month}"), title), Spacer(1, 4 * mm)]
    for name, header, rows in _sections(r):
        story.append(Paragraph(name, head))
        if name == "满意度趋势":
            story.append(_chart(r, font, latin))
            continue
        data = [[Paragraph(markup(h), cell) for h in header]] + [
            [Paragraph(markup(v), cell) for v in row] for row in rows] if rows else [[Paragraph("（无）", cell)]]
        t = Table(data, hAlign="LEFT", repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(t)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=f"月度服务报告 {r.month}")
    doc.build(story)
    return 1


def write_xlsx(r: MonthlyReport, path: Path) -> int:
    from openpyxl import Workbook

    from exports.excel import print_setup

    wb = Workbook(write_only=True)
    for name, header, rows in _sections(r):
        ws = wb.create_sheet(name)
        print_setup(ws)
        ws.append(header)
        for row in rows:   # text cells never become formulas
            ws.append([("'" + v) if isinstance(v, str) and v[:1] in "=+-@" and v != "-" else v for v in row])
    wb.save(str(path))
    return len(r.goals)
