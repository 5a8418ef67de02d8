"""The printed customer information card (客户资料信息卡), reportlab platypus, A4.

What is on each template's paper is in exports/card_layout.py (full, summary, public); this
module builds the document. Every card starts on a new page — with ``duplex`` on a right-hand
(odd) page, a blank verso inserted where needed, so a double-sided stack splits into cards.
Header: our company's name and 内部资料 注意保密; footer: who printed it, when, and page x / y of
that card (a deferred second pass over the saved pages; a duplex blank page has no footer).
Every font is embedded as a subset: the CJK font, the Latin fallback, and no standard
(unembedded) font anywhere — table styles name the CJK font instead of reportlab's Helvetica.
Cards are pulled from the batch iterator as the layout needs them, so a long batch never
holds every card's flowables at once.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
)

from exports import PathArg
from exports.card_layout import RULE, Layout, card_story
from exports.card_layout import TEMPLATES as TEMPLATES  # re-exported
from exports.fonts import register_pdf_font
from models.foundation.dto import CustomerCard
from models.foundation.localtime import local_text

CONFIDENTIAL = "内部资料 注意保密"
PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 20 * mm, 17 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
INK = colors.HexColor("#1F2A3A")
BLANK = None   # the card code of a duplex blank page: no footer, counted in no card


LATIN_FONT = "CardLatin"


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, re.Pattern[str]]:
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


def _draw(canv: Any, x: float, y: float, text: str, size: float, align: str = "left") -> None:
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


class _CardStart(Flowable):
    """Zero-size marker: tells the canvas which card the following pages belong to."""

    def __init__(self, code: str, on_card: Callable[[int], None] | None):
        super().__init__()
        self.code, self.on_card = code, on_card

    def wrap(self, aw: Any, ah: Any) -> Any:
        return 0, 0

    def draw(self) -> None:
        self.canv._card_code = self.code
        self.canv._card_first_page = self.canv.getPageNumber()
        if self.on_card:
            self.on_card(1)


class CardCanvas(rl_canvas.Canvas):
    """Defers each page so the footer can say page x / y of its card."""

    def __init__(self, *args: Any, footer: tuple[str, str, str] = ("", "", ""), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._card_code = ""
        self._footer = footer

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        per_card: dict[str, int] = {}
        for state in self._saved:
            per_card[state["_card_code"]] = per_card.get(state["_card_code"], 0) + 1
        seen: dict[str, int] = {}
        total = len(self._saved)
        for n, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            code = state["_card_code"]
            seen[code] = seen.get(code, 0) + 1
            if code is not BLANK:
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


class _LazyStory(list[Any]):
    """A flowable list that refills itself from a generator as the layout consumes it."""

    def __init__(self, gen: Iterator[list[Any]]) -> None:
        super().__init__()
        self._gen = gen

    def __len__(self) -> int:
        while list.__len__(self) < 8:
            try:
                self.extend(next(self._gen))
            except StopIteration:
                break
        return list.__len__(self)




class _StartOnOddPage(ActionFlowable):
    """Before a card in a duplex batch: if the card would start on a left-hand (even) page,
    leave that page blank (marked as such) and start on the next one."""

    def __init__(self) -> None:
        super().__init__(("oddPageStart",))


class CardDoc(BaseDocTemplate):
    def handle_logStart(self) -> None:
        """Page 2 starts a new page unless page 1's content already ran past page 1."""
        if self.canv.getPageNumber() == getattr(self.canv, "_card_first_page", 0):
            self.handle_pageBreak()

    def handle_oddPageStart(self) -> None:
        if self.page % 2 == 0:   # a PageBreak already hung the new page, so self.page is it
            canv = self.canv
            canv._card_code = BLANK
            canv.saveState()
            canv.setFillColor(colors.HexColor("#9AA3AF"))
            _draw(canv, PAGE_W / 2, PAGE_H / 2, "（此页空白 · 双面打印）", 9, "center")
            canv.restoreState()
            self.handle_pageBreak()


def _header(company: str, watermark: str) -> Any:
    header_left = company or "客户档案管家"

    def on_page(canv: Any, doc: Any) -> None:
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
        top = PAGE_H - 11 * mm
        _draw(canv, MARGIN_X, top, header_left, 9.5)
        canv.setFillColor(colors.HexColor("#C00000"))
        _draw(canv, PAGE_W - MARGIN_X, top, CONFIDENTIAL, 9.5, "right")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 3 * mm, PAGE_W - MARGIN_X, top - 3 * mm)
        canv.restoreState()
    return on_page


def write_cards(path: PathArg, card_batches: Iterable[list[Any]], *, company: str, printed_by: str,
                printed_at: dt.datetime, watermark: str = "", template: str = "full",
                duplex: bool = False, newest_first: bool = True,
                on_batch: Callable[[int], None] | None = None) -> int:
    """Write every card into one PDF at `path`; returns the page count (blank versos included).

    template: full | summary | public (exports.card_layout). duplex: each card starts on an odd
    page. newest_first: the order of the key-event log (the screen's order)."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown card template {template!r}")
    font, _ = _fonts()
    layout = Layout(font, _markup, CONTENT_W)
    doc = CardDoc(str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                  title="客户资料摘要" if template == "summary" else "客户资料信息卡",
                  author=printed_by, creator="客户档案管家")
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, FRAME_H,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("card", frames=[frame], onPage=_header(company, watermark))])

    def one(card: CustomerCard) -> list[Any]:
        story = card_story(layout, card, template, newest_first=newest_first)
        if template == "summary":   # one page, whatever the card holds: shrunk to fit if need be
            story = [KeepInFrame(CONTENT_W, FRAME_H - 2, story, mode="shrink")]
        return [_CardStart(card.code, on_batch), *story]

    def story() -> Iterator[list[Any]]:
        first = True
        for batch in card_batches:
            for card in batch:
                block = one(card)
                if not first:
                    block = [PageBreak(), *([_StartOnOddPage()] if duplex else []), *block]
                yield block
                first = False
        if first:
            yield [layout.p("（没有可打印的客户）", "muted")]

    footer = (font, printed_by, local_text(printed_at))

    def maker(*args: Any, **kwargs: Any) -> Any:
        kwargs["initialFontName"] = font
        return CardCanvas(*args, footer=footer, **kwargs)

    doc.build(_LazyStory(story()), canvasmaker=maker)
    pages: int = doc.page
    return pages
