"""The paper forms of a service record, one A4 page each: 顾客投诉登记表 (complaints) and
售后服务单 (the other kinds), filled from a RecordInfo or blank (for taking a complaint on
paper), with signature lines. Fonts embedded (the CJK font and Vera for Latin runs)."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exports.fonts import register_pdf_font
from models.foundation.vocabulary import SATISFACTION_LABELS, VERDICT_LABELS, WARRANTY_LABELS
from models.service.dto import BlankForm, RecordInfo

LATIN = "Vera"   # the bundled CJK font has no Latin glyphs (as in the card and the 交接单)
_LATIN_RUN = re.compile(r"[\x20-\x7e\u00a0-\u024f]+")
GRID = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e6ecf2")
COMPLAINT_TITLE = "顾客投诉登记表"
AFTER_SALES_TITLE = "售后服务单"


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    cjk = register_pdf_font()
    if LATIN not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(LATIN, "Vera.ttf"))
    return cjk, LATIN


def markup(text) -> str:
    """Paragraph markup for mixed Chinese/Latin text (escaped)."""
    text, out, pos = str(text), [], 0
    for m in _LATIN_RUN.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(f'<font name="{LATIN}">{escape(m.group())}</font>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def title_for(kind: str) -> str:
    return COMPLAINT_TITLE if kind == "投诉" else AFTER_SALES_TITLE


def _t(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def _rows(r: RecordInfo | None, kind: str) -> list[tuple[str, str, str, str] | tuple[str, str]]:
    """Pairs of (label, value) per line; a 4-tuple is two pairs on one line."""
    def g(f):
        return "" if r is None else f(r)

    rows: list = [
        ("编号", g(lambda x: x.number), "受理时间", g(lambda x: _t(x.received_at))),
        ("客户", g(lambda x: f"{x.code} {x.customer}"), "类型", kind),
        ("投诉人" if kind == "投诉" else "联系人", g(lambda x: x.complainant), "联系方式",
         g(lambda x: x.complainant_contact)),
        ("受理渠道", r.channel if r else "□电话 □上门 □信函 □邮件 □微信 □网站 □其他",
         "严重程度", r.severity if r else "□一般 □重大 □紧急"),
        ("产品/订单", g(lambda x: x.product)),
        ("事由", g(lambda x: x.title)),
        ("情况描述", g(lambda x: x.content)),
        ("客户要求", g(lambda x: x.demand)),
    ]
    if kind == "投诉":
        rows += [
            ("判断", g(lambda x: VERDICT_LABELS.get(x.verdict, "")) if r else "□有效 □部分有效 □无效",
             "类别", g(lambda x: x.category)),
            ("判断理由", g(lambda x: x.verdict_reason)),
            ("责任部门", g(lambda x: x.responsible_dept), "处理人", g(lambda x: x.assignee)),
            ("处理结果", g(lambda x: x.resolution)),
            ("纠正措施", g(lambda x: x.corrective)),
            ("预防措施", g(lambda x: x.preventive)),
        ]
    else:
        rows += [
            ("预约时间", g(lambda x: _t(x.appointment_at)), "保修",
             g(lambda x: WARRANTY_LABELS.get(x.warranty, "")) if r else "□保修期内 □保修期外"),
            ("服务地址", g(lambda x: x.address)),
        ]
        if kind == "退换":
            rows += [("退换物品", g(lambda x: x.item)), ("退换原因", g(lambda x: x.return_reason))]
        rows += [("处理人", g(lambda x: x.assignee), "状态", g(lambda x: x.status)),
                 ("处理结果", g(lambda x: x.resolution))]
    rows += [
        ("回访告知", g(lambda x: x.feedback_told)),
        ("客户满意度", g(lambda x: f"{x.satisfaction} {SATISFACTION_LABELS[x.satisfaction]}"
                        if x.satisfaction else "") if r else "□很不满意 □不满意 □一般 □满意 □很满意",
         "回访时间", g(lambda x: _t(x.feedback_at))),
        ("响应期限", g(lambda x: _t(x.respond_by)), "解决期限", g(lambda x: _t(x.resolve_by))),
    ]
    return rows


def write_form(data: RecordInfo | BlankForm, path: Path, *, company: str = "") -> int:
    """Write the form to `path`; returns the number of pages (always 1)."""
    cjk, _ = _fonts()
    record = data if isinstance(data, RecordInfo) else None
    kind = data.kind
    body = ParagraphStyle("cell", fontName=cjk, fontSize=9.5, leading=13)
    label = ParagraphStyle("label", parent=body)
    head = ParagraphStyle("head", fontName=cjk, fontSize=17, leading=22, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", fontName=cjk, fontSize=10, leading=14, alignment=TA_CENTER)
    tall = {"情况描述", "客户要求", "处理结果", "判断理由"} if record is None else set()
    lines, spans = [], []
    for i, row in enumerate(_rows(record, kind)):
        if len(row) == 4:
            lines.append([Paragraph(markup(row[0]), label), Paragraph(markup(row[1]), body),
                          Paragraph(markup(row[2]), label), Paragraph(markup(row[3]), body)])
        else:
            text = row[1]
            cell = Paragraph(markup(text) + ("<br/><br/><br/>" if row[0] in tall else ""), body)
            lines.append([Paragraph(markup(row[0]), label), cell, "", ""])
            spans.append(("SPAN", (1, i), (3, i)))
    width = A4[0] - 36 * mm
    table = Table(lines, colWidths=[24 * mm, width / 2 - 24 * mm, 24 * mm, width / 2 - 24 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk), ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), HEAD_BG), *spans]))
    for i, row in enumerate(lines):
        if row[2] != "":
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
