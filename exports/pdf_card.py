"""The printed customer information card (客户资料信息卡), reportlab platypus, A4.

Page 1 基本资料: the company table, each key person with their personal details, the
cooperation projects. Page 2 重要事项记录: the dated log; a long log flows onto further pages
with its header row repeated. Every card starts on a new page, so a batch prints as a stack
of separate cards. Header: our company's name and 内部资料 注意保密; footer: who printed it,
when, and page x / y of that card (a deferred second pass over the saved pages). The CJK font
is embedded as a subset. Cards are pulled from the batch iterator as the layout needs them,
so a long batch never holds every card's flowables at once.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports.fonts import register_pdf_font
from models.foundation.dto import MASK, CustomerCard
from models.foundation.localtime import local_text
from models.foundation.vocabulary import CLASS_LABELS, CUSTOMER_STATUS_LABELS, KIND_LABELS

CONFIDENTIAL = "内部资料 注意保密"
PDF_MASK = "\u2022" * 4  # neither bundled font has "●"; the bullet prints as a clear mask
PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16 * mm, 22 * mm, 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
INK = colors.HexColor("#1F2A3A")
RULE = colors.HexColor("#8A96A8")
LABEL_BG = colors.HexColor("#EEF1F6")
HEAD_BG = colors.HexColor("#DDE4EE")
ACCENT = colors.HexColor("#2F5597")


LATIN_FONT = "CardLatin"


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, re.Pattern]:
    """(CJK font name, regex of the runs to set in the Latin font).

    The bundled Droid Sans Fallback has CJK glyphs but no Latin letters or digits, so
    runs of characters it lacks are set in Bitstream Vera (shipped with reportlab),
    also embedded as a subset."""
    import reportlab

    cjk = register_pdf_font()
    vera_path = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    if LATIN_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(LATIN_FONT, vera_path))
    from exports.fonts import FONT_PATH

    droid = set(TTFontFile(str(FONT_PATH)).charToGlyph)
    vera = set(TTFontFile(vera_path).charToGlyph)
    latin = sorted(c for c in vera if c not in droid and c >= 32) + [32]
    cls = "".join(re.escape(chr(c)) for c in latin)
    return cjk, re.compile(f"[{cls}]+")


def _markup(text: str) -> str:
    """Plain text to Paragraph markup: escaped, Latin runs in the Latin font, newlines kept."""
    _, latin = _fonts()
    out, pos = [], 0
    for m in latin.finditer(text):
        if m.start() > pos:
            out.append(escape(text[pos:m.start()]))
        run = m.group()
        out.append(f'<font name="{LATIN_FONT}">{escape(run)}</font>' if run.strip() else run)
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


def _draw(canv, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """drawString with the same font fallback as _markup."""
    cjk, latin = _fonts()
    runs, pos = [], 0
    for m in latin.finditer(text):
        if m.start() > pos:
            runs.append((cjk, text[pos:m.start()]))
        runs.append((LATIN_FONT, m.group()))
        pos = m.end()
    if pos < len(text):
        runs.append((cjk, text[pos:]))
    width = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
    x = x - width if align == "right" else x - width / 2 if align == "center" else x
    for f, t in runs:
        canv.setFont(f, size)
        canv.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, size)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12.5, textColor=INK,
                          wordWrap="CJK")
    return {
        "cell": base,
        "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#3C4656")),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER,
                                spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10, leading=14, alignment=TA_CENTER,
                              textColor=colors.HexColor("#4A5568"), spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontSize=13, leading=18, textColor=ACCENT,
                             spaceBefore=4, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, fontSize=10.5, leading=15, textColor=ACCENT,
                             spaceBefore=9, spaceAfter=4),
        "head": ParagraphStyle("head", parent=base, fontSize=9, leading=12),
        "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#6B7280")),
    }


def _p(text, style) -> Paragraph:
    text = "" if text is None else str(text)
    return Paragraph(_markup(text.replace(MASK, PDF_MASK)), style)


def _grid(extra=()) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])


class _CardStart(Flowable):
    """Zero-size marker: tells the canvas which card the following pages belong to."""

    def __init__(self, code: str, on_card: Callable[[int], None] | None):
        super().__init__()
        self.code, self.on_card = code, on_card

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._card_code = self.code
        if self.on_card:
            self.on_card(1)


class CardCanvas(rl_canvas.Canvas):
    """Defers each page so the footer can say page x / y of its card."""

    def __init__(self, *args, footer: tuple[str, str, str] = ("", "", ""), **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._card_code = ""
        self._footer = footer

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        per_card: dict[str, int] = {}
        for state in self._saved:
            per_card[state["_card_code"]] = per_card.get(state["_card_code"], 0) + 1
        seen: dict[str, int] = {}
        total = len(self._saved)
        for n, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            code = state["_card_code"]
            seen[code] = seen.get(code, 0) + 1
            self._draw_footer(code, seen[code], per_card[code], n, total)
            super().showPage()
        super().save()

    def _draw_footer(self, code: str, page: int, pages: int, n: int, total: int) -> None:
        font, printed_by, printed_at = self._footer
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, 13 * mm, PAGE_W - MARGIN_X, 13 * mm)
        self.setFillColor(colors.HexColor("#4A5568"))
        _draw(self, MARGIN_X, 9 * mm, f"打印人：{printed_by}    打印时间：{printed_at}", 7.5)
        _draw(self, PAGE_W - MARGIN_X, 9 * mm,
              f"{code}  第 {page} / {pages} 页" + (f"（全部共 {total} 页）" if total != pages else ""),
              7.5, "right")
        self.restoreState()


class _LazyStory(list):
    """A flowable list that refills itself from a generator as the layout consumes it."""

    def __init__(self, gen: Iterator[list]):
        super().__init__()
        self._gen = gen

    def __len__(self):
        while list.__len__(self) < 8:
            try:
                self.extend(next(self._gen))
            except StopIteration:
                break
        return list.__len__(self)


def _company_table(c: CustomerCard, st) -> Table:
    lab, cell = st["label"], st["cell"]
    pairs = [
        ("客户编号", c.code, "客户名称", c.name),
        ("客户分类", CLASS_LABELS.get(c.cls, c.cls), "负责客服", c.custodian_name),
        ("类型", KIND_LABELS.get(c.kind, c.kind), "状态",
         CUSTOMER_STATUS_LABELS.get(c.status, c.status) + (f"（{c.archived_reason}）" if c.archived_reason else "")),
        ("所属行业", c.industry, "成立日期", c.founded_on.isoformat() if c.founded_on else ""),
        ("电话", c.phone, "传真", c.fax),
        ("电子邮箱", c.email, "微信", c.wechat),
        ("网站", c.website, "信息来源", c.source_channel),
    ]
    rows = [[_p(a, lab), _p(b, cell), _p(x, lab), _p(y, cell)] for a, b, x, y in pairs]
    spans = []
    for label, value in (("地址", c.address), ("组织机构", c.organization),
                         ("行业地位", c.industry_status), ("备注", c.notes)):
        spans.append(len(rows))
        rows.append([_p(label, lab), _p(value, cell), "", ""])
    w = CONTENT_W
    style = _grid([("BACKGROUND", (0, 0), (0, -1), LABEL_BG), ("BACKGROUND", (2, 0), (2, len(pairs) - 1), LABEL_BG)]
                  + [("SPAN", (1, r), (3, r)) for r in spans])
    return Table(rows, colWidths=[0.14 * w, 0.36 * w, 0.14 * w, 0.36 * w], style=style)


def _contact_table(p, st) -> Table:
    lab, cell = st["label"], st["cell"]
    head = f"{p.name}{'（主要联系人）' if p.is_primary else ''}" + (f"　{p.title}" if p.title else "")
    rows = [[_p(head, st["head"]), "", "", ""],
            [_p("电话", lab), _p(p.phone, cell), _p("手机", lab), _p(p.mobile, cell)],
            [_p("电子邮箱", lab), _p(p.email, cell), _p("微信", lab), _p(p.wechat, cell)],
            [_p("生日", lab), _p(p.birthday_text, cell), _p("机构中的作用", lab), _p(p.role_in_org, cell)]]
    for label, value in (("家庭", p.family), ("性格分析", p.personality), ("兴趣爱好", p.hobbies),
                         ("人际关系", p.relationships)):
        rows.append([_p(label, lab), _p(value, cell), "", ""])
    w = CONTENT_W
    style = _grid([("SPAN", (0, 0), (3, 0)), ("BACKGROUND", (0, 0), (3, 0), HEAD_BG),
                   ("BACKGROUND", (0, 1), (0, -1), LABEL_BG), ("BACKGROUND", (2, 1), (2, 3), LABEL_BG)]
                  + [("SPAN", (1, r), (3, r)) for r in range(4, 8)])
    return Table(rows, colWidths=[0.14 * w, 0.36 * w, 0.14 * w, 0.36 * w], style=style)


def _projects_table(c: CustomerCard, st) -> Table:
    head = [_p(t, st["head"]) for t in ("项目名称", "起止日期", "金额（元）", "状态", "说明")]
    rows = [head]
    for p in c.projects:
        span = f"{p.started_on or ''} 至 {p.ended_on or ''}" if (p.started_on or p.ended_on) else ""
        amount = f"{p.amount:,.2f}" if p.amount is not None else ""
        rows.append([_p(p.name, st["cell"]), _p(span, st["cell"]), _p(amount, st["cell"]),
                     _p(p.status, st["cell"]), _p(p.notes, st["cell"])])
    w = CONTENT_W
    return Table(rows, colWidths=[0.28 * w, 0.2 * w, 0.14 * w, 0.1 * w, 0.28 * w], repeatRows=1,
                 style=_grid([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]))


def _events_table(c: CustomerCard, st) -> Table:
    rows = [[_p(t, st["head"]) for t in ("日期", "类别", "事项", "来源部门", "记录人")]]
    for e in sorted(c.events, key=lambda e: (e.event_date, e.id)):
        body = f"<b>{_markup(e.title)}</b>" + (("<br/>" + _markup(e.content)) if e.content else "")
        if e.is_report:
            body += '<br/><font color="#6B7280">（他部门报告）</font>'
        rows.append([_p(e.event_date.isoformat(), st["cell"]), _p(e.category, st["cell"]),
                     Paragraph(body, st["cell"]), _p(e.source_department, st["cell"]),
                     _p(e.recorded_by, st["cell"])])
    w = CONTENT_W
    return Table(rows, colWidths=[0.13 * w, 0.1 * w, 0.53 * w, 0.12 * w, 0.12 * w], repeatRows=1,
                 style=_grid([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]))


def card_flowables(c: CustomerCard, st, on_card=None) -> list:
    out: list = [_CardStart(c.code, on_card), _p("客户资料信息卡", st["title"]),
                 _p(f"{c.code}　{c.name}", st["sub"]), _p("第一页　基本资料", st["h1"]),
                 _p("公司背景", st["h2"]), _company_table(c, st),
                 _p(f"负责人 / 联系人（{len(c.contacts)} 人）", st["h2"])]
    if c.contacts:
        for i, person in enumerate(c.contacts):
            if i:
                out.append(Spacer(1, 5))
            out.append(_contact_table(person, st))
    else:
        out.append(_p("（暂无联系人）", st["muted"]))
    out.append(_p(f"合作项目（{len(c.projects)} 项）", st["h2"]))
    out.append(_projects_table(c, st) if c.projects else _p("（暂无合作项目）", st["muted"]))
    if not c.sensitive_revealed and any(p.sensitive_masked for p in c.contacts):
        out.append(Spacer(1, 6))
        out.append(_p(f"注：{MASK} 表示无权查看的敏感个人信息。", st["muted"]))
    out.append(PageBreak())
    out.append(_p("第二页　重要事项记录", st["h1"]))
    out.append(_p(f"{c.code}　{c.name}　（共 {len(c.events)} 条，按日期排列）", st["muted"]))
    out.append(Spacer(1, 4))
    out.append(_events_table(c, st) if c.events else _p("（暂无记录）", st["muted"]))
    return out


def write_cards(path, card_batches: Iterable[list[CustomerCard]], *, company: str, printed_by: str,
                printed_at: dt.datetime, watermark: str = "",
                on_batch: Callable[[int], None] | None = None) -> int:
    """Write every card into one PDF at `path`; returns the page count."""
    font, _ = _fonts()
    st = _styles(font)
    header_left = company or "客户档案管家"

    def on_page(canv, doc):
        canv.saveState()
        if watermark:
            canv.setFillColor(colors.Color(0.55, 0.6, 0.7, alpha=0.13))
            canv.translate(PAGE_W / 2, PAGE_H / 2)
            canv.rotate(35)
            for dy in (-230, 0, 230):
                _draw(canv, 0, dy, f"{watermark}　{CONFIDENTIAL}", 40, "center")
            canv.rotate(-35)
            canv.translate(-PAGE_W / 2, -PAGE_H / 2)
        canv.setFillColor(INK)
        top = PAGE_H - 12 * mm
        _draw(canv, MARGIN_X, top, header_left, 9.5)
        canv.setFillColor(colors.HexColor("#C00000"))
        _draw(canv, PAGE_W - MARGIN_X, top, CONFIDENTIAL, 9.5, "right")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 3 * mm, PAGE_W - MARGIN_X, top - 3 * mm)
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                          title="客户资料信息卡", author=printed_by, creator="客户档案管家")
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("card", frames=[frame], onPage=on_page)])

    def story() -> Iterator[list]:
        first = True
        for batch in card_batches:
            for card in batch:
                block = card_flowables(card, st, on_batch)
                yield block if first else [PageBreak(), *block]
                first = False
        if first:
            yield [_p("（没有可打印的客户）", st["muted"])]

    footer = (font, printed_by, local_text(printed_at))

    def maker(*args, **kwargs):
        kwargs["initialFontName"] = font
        return CardCanvas(*args, footer=footer, **kwargs)

    doc.build(_LazyStory(story()), canvasmaker=maker)
    return doc.page
