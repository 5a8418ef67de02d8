"""The invitation list of a company event (公司活动邀请名单): PDF and Excel.

Fed an `InvitationSheet` (models/desk/invitation_list.py: company, title, kind, date, place,
printed day, lines of code/customer/cls/custodian/status) — duck-typed here, so the format
never imports the core's tables. The PDF is A4 portrait, 30 rows a page with the heading and
the table header on every page and a 签到 column to sign at the door, every font embedded;
the workbook prints landscape, fit to one page wide, the title and header rows repeated.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exports import PathArg
from exports.excel import print_setup
from exports.fonts import draw_mixed, pdf_fonts
from exports.fonts import mixed_markup as markup
from models.foundation.vocabulary import INVITATION_STATUS_LABELS

TITLE = "公司活动邀请名单"
ROWS_PER_PAGE = 30
HEADERS = ("序号", "客户编号", "客户名称", "分类", "负责客服", "状态", "签到")
WIDTHS_MM = (12, 24, 64, 12, 22, 18, 22)


GRID = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e6ecf2")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {"base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
            "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER,
                                    spaceAfter=2 * mm),
            "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=16, spaceBefore=4 * mm,
                                 spaceAfter=2 * mm)}


def _heading(sheet: Any) -> str:
    return f"{sheet.kind}：{sheet.title}"


def _details(sheet: Any) -> str:
    place = f"　地点：{sheet.place}" if sheet.place else ""
    return f"活动日期：{sheet.held_on.isoformat()}{place}　共邀请 {len(sheet.lines)} 位客户"


def _row(k: int, line: Any) -> list[str]:
    return [str(k), line.code, line.customer, line.cls, line.custodian,
            INVITATION_STATUS_LABELS.get(line.status, line.status), ""]


def _canvas(font: str, footer: str) -> Any:
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps every page until the end so the footer can say 'of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font      # not Helvetica: it is not embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(colors.HexColor("#555555"))
                draw_mixed(self, 18 * mm, 10 * mm, footer, 8)
                draw_mixed(self, A4[0] - 18 * mm, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页", 8,
                           right=True)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(sheet: Any) -> bytes:
    font, _latin = pdf_fonts()
    st = _styles(font)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{TITLE} {sheet.title}", author=sheet.company,
                            subject=_heading(sheet))
    lines = list(sheet.lines)
    chunks = [lines[i:i + ROWS_PER_PAGE] for i in range(0, len(lines), ROWS_PER_PAGE)] or [[]]
    story: list[Any] = []
    for n, chunk in enumerate(chunks):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(markup(f"{sheet.company} {TITLE}".strip()), st["title"]))
        story.append(Paragraph(markup(_heading(sheet)), st["h2"]))
        story.append(Paragraph(markup(_details(sheet)), st["base"]))
        story.append(Spacer(1, 3 * mm))
        first = n * ROWS_PER_PAGE + 1
        rows = [[Paragraph(markup(h), st["small"]) for h in HEADERS]]
        rows += [[Paragraph(markup(v), st["small"]) for v in _row(first + k, line)] for k, line in enumerate(chunk)]
        if not chunk:
            rows.append([Paragraph(markup("（尚未邀请客户）"), st["small"])] + [""] * (len(HEADERS) - 1))
        table = Table(rows, colWidths=[w * mm for w in WIDTHS_MM], rowHeights=[7 * mm] * len(rows))
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), font)]))
        story.append(table)
    doc.build(story, canvasmaker=_canvas(font, f"{TITLE}　打印于 {sheet.printed_on.isoformat()}"))
    return buf.getvalue()


def write_pdf(sheet: Any, path: PathArg) -> int:
    """Write the list to `path` (a temporary file the service audits and renames); returns
    the number of pages."""
    data = render_pdf(sheet)
    Path(path).write_bytes(data)
    return max(1, -(-len(sheet.lines) // ROWS_PER_PAGE))


def _cell(ws: Any, value: str, font: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value or ""))
    cell.data_type = "s"    # text, never a formula, whatever the first character
    if font is not None:
        cell.font = font
    return cell


def write_xlsx(sheet: Any, path: PathArg) -> int:
    """The list as a workbook that prints: landscape, one page wide, rows 1–3 repeated."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("邀请名单")
    for col, width in zip("ABCDEFG", (6, 12, 40, 10, 12, 10, 14), strict=True):
        ws.column_dimensions[col].width = width
    print_setup(ws, title_rows="1:3")
    bold, big = Font(bold=True), Font(bold=True, size=14)
    ws.append([_cell(ws, f"{sheet.company} {TITLE}：{_heading(sheet)}".strip(), big)])
    ws.append([_cell(ws, _details(sheet))])
    ws.append([_cell(ws, h, bold) for h in HEADERS])
    for k, line in enumerate(sheet.lines, start=1):
        ws.append([k] + [_cell(ws, v) for v in _row(k, line)[1:]])
    wb.save(path)
    return len(sheet.lines)
