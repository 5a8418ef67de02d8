"""The paper forms of a service record, one A4 page each: 顾客投诉登记表 (complaints) and
售后服务单 (the other kinds), filled from a RecordInfo or blank (for taking a complaint on
paper), with signature lines. Fonts embedded (the CJK font and Vera for Latin runs).

A blank form is made for handwriting: every line at least 9 mm high, the free-text rows
sharing what is left of the page (about 2 cm each, three handwritten lines), the choices
drawn as tick boxes (the bundled font has no □ glyph), the times as 年 月 日 时 分. A blank
售后服务单 lists every after-sales kind to tick (the one asked for already ticked) and
carries the 退换 rows, so one paper form serves every request."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exports.fonts import mixed_markup as markup
from exports.fonts import pdf_fonts
from models.foundation.vocabulary import (
    AFTER_SALES_KINDS,
    COMPLAINT_CATEGORIES,
    SATISFACTION_LABELS,
    SERVICE_CHANNELS,
    SERVICE_KINDS,
    SEVERITIES,
    VERDICT_LABELS,
    VERDICTS,
    WARRANTY_LABELS,
)
from models.service.dto import BlankForm, RecordInfo

GRID = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e6ecf2")
COMPLAINT_TITLE = "顾客投诉登记表"
AFTER_SALES_TITLE = "售后服务单"
BLANK_LINE = 9 * mm          # a handwritten line
BLANK_TEXT = (16 * mm, 30 * mm)   # the free-text rows share the rest of the page within these
BLANK_MOMENT = "\u00a0" * 12 + "年" + "".join("\u00a0" * 6 + u for u in "月日时分")   # room to write in
TALL = ("情况描述", "客户要求", "判断理由", "处理结果", "纠正措施", "预防措施", "退换原因", "回访告知")


class Choices(Flowable):
    """Tick boxes with their labels, wrapped to the cell's width; `ticked` ones are crossed."""

    BOX = 3.2 * mm

    def __init__(self, options: Any, font: str, size: float = 9.5, ticked: Any = ()) -> None:
        super().__init__()
        self.options, self.font, self.size, self.ticked = tuple(options), font, size, set(ticked)
        self.lines: list[list[tuple[float, str]]] = []

    def wrap(self, avail_width: Any, avail_height: Any) -> Any:
        self.lines, x = [], 0.0
        line: list[tuple[float, str]] = []
        for text in self.options:
            w = self.BOX + 1.2 * mm + pdfmetrics.stringWidth(text, self.font, self.size) + 3 * mm
            if line and x + w > avail_width:
                self.lines.append(line)
                x, line = 0.0, []
            line.append((x, text))
            x += w
        if line:
            self.lines.append(line)
        self.width = avail_width
        self.height = max(len(self.lines) * (self.size + 4.5), BLANK_LINE - 6)
        return self.width, self.height

    def draw(self) -> None:
        c, step = self.canv, self.size + 4.5
        c.setLineWidth(0.6)
        for n, line in enumerate(self.lines):
            y = self.height - (n + 1) * step + 2.5
            for x, text in line:
                c.rect(x, y - 0.4, self.BOX, self.BOX)
                if text in self.ticked:
                    c.line(x + 0.6, y + 0.2, x + self.BOX - 0.6, y + self.BOX - 1.0)
                    c.line(x + 0.6, y + self.BOX - 1.0, x + self.BOX - 0.6, y + 0.2)
                c.setFont(self.font, self.size)
                c.drawString(x + self.BOX + 1.2 * mm, y + 0.4, text)


def title_for(kind: str) -> str:
    return COMPLAINT_TITLE if kind == "投诉" else AFTER_SALES_TITLE


def _t(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def _rows(r: RecordInfo | None, kind: str) -> list[tuple[Any, ...]]:
    """Pairs of (label, value) per line; a 4-tuple is two pairs on one line. On a blank form
    a value may be a tuple of choices (drawn as tick boxes) or the blank of a time."""
    def g(f: Any) -> Any:
        return "" if r is None else f(r)

    def when(f: Any) -> Any:
        return BLANK_MOMENT if r is None else _t(f(r))

    rows: list[Any] = [
        ("编号", g(lambda x: x.number), "受理时间", when(lambda x: x.received_at)),
        ("客户", g(lambda x: f"{x.code} {x.customer}"), "类型", kind if r or kind == "投诉" else
         tuple(k for k in SERVICE_KINDS if k != "投诉")),
        ("投诉人" if kind == "投诉" else "联系人", g(lambda x: x.complainant), "联系方式",
         g(lambda x: x.complainant_contact)),
        ("受理渠道", r.channel if r else SERVICE_CHANNELS, "严重程度", r.severity if r else SEVERITIES),
        ("产品/订单", g(lambda x: x.product)),
        ("事由", g(lambda x: x.title)),
        ("情况描述", g(lambda x: x.content)),
        ("客户要求", g(lambda x: x.demand)),
    ]
    if kind == "投诉":
        rows += [
            ("判断", g(lambda x: VERDICT_LABELS.get(x.verdict, "")) if r else
             tuple(VERDICT_LABELS[v] for v in VERDICTS), "责任部门", g(lambda x: x.responsible_dept)),
            ("投诉类别", g(lambda x: x.category) if r else COMPLAINT_CATEGORIES),
            ("判断理由", g(lambda x: x.verdict_reason)),
            ("处理人", g(lambda x: x.assignee), "解决时间", when(lambda x: x.resolved_at)),
            ("处理结果", g(lambda x: x.resolution)),
            ("纠正措施", g(lambda x: x.corrective)),
            ("预防措施", g(lambda x: x.preventive)),
        ]
    else:
        rows += [
            ("预约时间", when(lambda x: x.appointment_at), "保修",
             g(lambda x: WARRANTY_LABELS.get(x.warranty, "")) if r else
             tuple(WARRANTY_LABELS[k] for k in ("in", "out"))),
            ("服务地址", g(lambda x: x.address)),
        ]
        if kind == "退换" or r is None:
            rows += [("退换物品", g(lambda x: x.item)), ("退换原因", g(lambda x: x.return_reason))]
        rows += [("处理人", g(lambda x: x.assignee), "状态", g(lambda x: x.status)) if r else
                 ("处理人", "", "解决时间", BLANK_MOMENT),
                 ("处理结果", g(lambda x: x.resolution))]
    rows += [
        ("回访告知", g(lambda x: x.feedback_told)),
    ]
    if r is not None:
        rows.append(("客户满意度", f"{r.satisfaction} {SATISFACTION_LABELS[r.satisfaction]}" if r.satisfaction else "",
                     "回访时间", _t(r.feedback_at)))
    else:
        rows += [("客户满意度", tuple(SATISFACTION_LABELS[k] for k in sorted(SATISFACTION_LABELS))),
                 ("回访时间", BLANK_MOMENT, "回访人", "")]
    if r is not None:      # a blank form's deadlines come from the archive when it is entered
        rows.append(("响应期限", _t(r.respond_by), "解决期限", _t(r.resolve_by)))
    return rows


def write_form(data: RecordInfo | BlankForm, path: Path, *, company: str = "") -> int:
    """Write the form to `path`; returns the number of pages (always 1)."""
    cjk, _ = pdf_fonts()
    record = data if isinstance(data, RecordInfo) else None
    kind = data.kind
    body = ParagraphStyle("cell", fontName=cjk, fontSize=9.5, leading=13)
    label = ParagraphStyle("label", parent=body)
    head = ParagraphStyle("head", fontName=cjk, fontSize=17, leading=22, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", fontName=cjk, fontSize=10, leading=14, alignment=TA_CENTER)
    ticked = {kind} if kind in AFTER_SALES_KINDS or kind == "咨询" else set()

    def cell(value: Any) -> Any:
        if isinstance(value, tuple):
            return Choices(value, cjk, ticked=ticked)
        return Paragraph(markup(value), body)

    lines, spans, tall = [], [], []
    for i, row in enumerate(_rows(record, kind or "售后")):
        if len(row) == 4:
            lines.append([Paragraph(markup(row[0]), label), cell(row[1]), Paragraph(markup(row[2]), label),
                          cell(row[3])])
        else:
            lines.append([Paragraph(markup(row[0]), label), cell(row[1]), "", ""])
            spans.append(("SPAN", (1, i), (3, i)))
            if row[0] in TALL:
                tall.append(i)
    width = A4[0] - 36 * mm
    heights = None
    if record is None:   # lines for handwriting; the free-text rows share what is left of the page
        boxes = {i for i, row in enumerate(lines) if any(isinstance(c, Choices) for c in row)}
        free = (A4[1] - 30 * mm - 20 * mm - 24 * mm - 12 * mm * len(boxes)
                - BLANK_LINE * (len(lines) - len(tall) - len(boxes)))
        each = max(BLANK_TEXT[0], min(BLANK_TEXT[1], free / max(1, len(tall))))
        # a row of tick boxes takes the height its boxes need (one or two lines), at least a line's
        heights = [None if i in boxes else each if i in tall else BLANK_LINE for i in range(len(lines))]
    table = Table(lines, colWidths=[24 * mm, width / 2 - 24 * mm, 24 * mm, width / 2 - 24 * mm],
                  rowHeights=heights)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk), ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("VALIGN", (0, 0), (-1, -1), "TOP" if record else "MIDDLE"),
                               ("VALIGN", (0, 0), (0, -1), "TOP"), ("VALIGN", (2, 0), (2, -1), "TOP"),
                               *[("VALIGN", (0, i), (-1, i), "TOP") for i in tall],
                               ("BACKGROUND", (0, 0), (0, -1), HEAD_BG), *spans]))
    for i, cells in enumerate(lines):
        if isinstance(cells[2], Paragraph):
            table.setStyle(TableStyle([("BACKGROUND", (2, i), (2, i), HEAD_BG)]))
    sign = Table([[Paragraph(markup(t), body) for t in
                   ("受理人签字：", "处理人签字：", "客户签字：", "日期：")]],
                 colWidths=[width / 4] * 4, rowHeights=[14 * mm])
    sign.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=14 * mm, title=title_for(kind),
                            author=company or "客户档案管家")
    story = [Paragraph(markup(company), sub) if company else Spacer(1, 1),
             Paragraph(markup(title_for(kind)), head), Spacer(1, 5 * mm), table, Spacer(1, 6 * mm), sign]
    pages: list[int] = []
    doc.build(story, onFirstPage=lambda c, d: pages.append(1), onLaterPages=lambda c, d: pages.append(1))
    return len(pages)
