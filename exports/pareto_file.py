"""The 80/20 view as a workbook with a native Excel chart (bars = amount, line = cumulative
share on a second axis, a flat 80% line) and as one A4 PDF page drawn with reportlab
graphics. Text cells never become formulas."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from exports import PathArg
from models.value.dto import ParetoView

PDF_BARS = 40       # bars drawn on the PDF page (the rest are summed in the table's total)


def _text(ws: Any, row: int, col: int, value: str) -> Any:
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type = "s"        # a name like "=SUM(…)" stays text
    return cell


def write_xlsx(view: ParetoView, path: PathArg) -> int:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference

    wb = Workbook()
    ws = wb.active
    ws.title = "二八分析"
    _text(ws, 1, 1, view.headline)
    _text(ws, 2, 1, f"期间：{view.date_from} 之后 ~ {view.date_to}（近 {view.months} 个月）  范围：{view.scope}  "
                    f"客户数：{view.customers}  合作金额合计：{view.total:,.2f} 元")
    for col, head in enumerate(("排名", "客户编号", "客户名称", "合作金额（元）", "累计占比 %", "80% 线"), 1):
        _text(ws, 4, col, head)
    for i, r in enumerate(view.rows, 5):
        ws.cell(row=i, column=1, value=r.rank)
        _text(ws, i, 2, r.code)
        _text(ws, i, 3, r.name)
        ws.cell(row=i, column=4, value=float(r.amount)).number_format = "#,##0.00"
        ws.cell(row=i, column=5, value=round(r.cumulative_pct, 2))
        ws.cell(row=i, column=6, value=80)
    for letter, width in zip("ABCDEF", (6, 12, 30, 16, 12, 8), strict=True):
        ws.column_dimensions[letter].width = width
    last = 4 + len(view.rows)
    if view.rows:
        bars = BarChart()
        bars.title = view.headline
        bars.y_axis.title = "合作金额（元）"
        bars.x_axis.title = "客户（按金额排序）"
        bars.add_data(Reference(ws, min_col=4, min_row=4, max_row=last), titles_from_data=True)
        bars.set_categories(Reference(ws, min_col=2, min_row=5, max_row=last))
        line = LineChart()
        line.add_data(Reference(ws, min_col=5, max_col=6, min_row=4, max_row=last), titles_from_data=True)
        line.y_axis.axId = 200
        line.y_axis.title = "累计占比 %"
        line.y_axis.scaling.min = 0
        line.y_axis.scaling.max = 100
        line.y_axis.crosses = "max"
        bars += line
        bars.width, bars.height = 24, 12
        ws.add_chart(bars, "H4")
    from exports.excel import print_setup

    print_setup(ws, title_rows="4:4")   # the table's header row; the chart beside it prints too
    wb.save(Path(path))
    return len(view.rows)


def write_pdf(view: ParetoView, path: PathArg) -> int:
    from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from exports.fonts import register_pdf_font

    font = register_pdf_font()
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("二八分析")
    c.setFont(font, 16)
    c.drawString(40, height - 50, view.headline)
    c.setFont(font, 9)
    c.drawString(40, height - 68, f"期间：{view.date_from} 之后 ~ {view.date_to}（近 {view.months} 个月）  "
                                  f"范围：{view.scope}  客户数：{view.customers}  合计：{view.total:,.2f} 元")
    rows = view.rows[:PDF_BARS]
    cw, ch = width - 80, 300
    d = Drawing(cw, ch)
    left, bottom, plot_w, plot_h = 50, 30, cw - 100, ch - 50
    d.add(Line(left, bottom, left + plot_w, bottom))
    d.add(Line(left, bottom, left, bottom + plot_h))
    d.add(Line(left + plot_w, bottom, left + plot_w, bottom + plot_h))
    top = float(max((r.amount for r in rows), default=1)) or 1.0
    for frac in (0, 0.5, 1):
        y = bottom + plot_h * frac
        d.add(String(left - 4, y - 3, f"{top * frac / 10000:,.0f}万", fontName=font, fontSize=7, textAnchor="end"))
        d.add(String(left + plot_w + 4, y - 3, f"{frac * 100:.0f}%", fontName=font, fontSize=7))
    if rows:
        step = plot_w / len(rows)
        points = []
        for i, r in enumerate(rows):
            h = plot_h * float(r.amount) / top
            d.add(Rect(left + i * step + step * 0.1, bottom, step * 0.8, h,
                       fillColor=colors.HexColor("#4F81BD"), strokeColor=None))
            points += [left + i * step + step / 2, bottom + plot_h * r.cumulative_pct / 100]
        d.add(PolyLine(points, strokeColor=colors.HexColor("#C0504D"), strokeWidth=1.5))
    y80 = bottom + plot_h * 0.8
    d.add(Line(left, y80, left + plot_w, y80, strokeColor=colors.grey, strokeDashArray=[3, 3]))
    d.add(String(left + plot_w - 2, y80 + 3, "80%", fontName=font, fontSize=8, textAnchor="end",
                 fillColor=colors.grey))
    d.add(String(left, 8, "柱：合作金额（按金额排序）  线：累计占比", fontName=font, fontSize=8))
    d.drawOn(c, 40, height - 90 - ch)
    y = height - 110 - ch
    c.setFont(font, 9)
    for head, x in (("排名", 40), ("客户编号", 80), ("客户名称", 160), ("合作金额（元）", 400), ("累计占比", 490)):
        c.drawString(x, y, head)
    for r in view.rows[:25]:
        y -= 14
        c.drawString(40, y, str(r.rank))
        c.drawString(80, y, r.code)
        c.drawString(160, y, r.name[:20])
        c.drawRightString(470, y, f"{r.amount:,.2f}")
        c.drawRightString(530, y, f"{r.cumulative_pct:.1f}%")
    if len(view.rows) > 25:
        c.drawString(40, y - 14, f"……共 {len(view.rows)} 位有合作金额的客户，完整列表见 Excel 导出")
    c.showPage()
    c.save()
    return 1
