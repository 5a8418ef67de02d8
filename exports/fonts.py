"""The bundled CJK font (Droid Sans Fallback, Apache-2.0) for PDFs and the UI.

Registering the TTF with reportlab costs ~50 ms, so it is done once per process;
reportlab embeds only the glyphs used (a subset), so PDFs print the same on any PC.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import escape as _html_escape
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_PATH = RESOURCES / "fonts" / "DroidSansFallbackFull.ttf"
PDF_FONT = "DroidSansFallback"


@lru_cache(maxsize=1)
def register_pdf_font() -> str:
    """Register the font with reportlab (once) and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(FONT_PATH)))
    # bold/italic map to the same face: the font has one weight
    from reportlab.lib.fonts import addMapping

    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(PDF_FONT, bold, italic, PDF_FONT)
    return PDF_FONT


# ---- mixed Chinese/Latin text in PDFs --------------------------------------------------------
# The bundled CJK font has no Latin letters or digits: those runs are set in Bitstream Vera,
# which ships with reportlab. One place for every PDF the app writes (cards excepted: their
# layout measures runs itself, exports/pdf_card.py).
LATIN_PDF_FONT = "Vera"
_LATIN_RUN = re.compile(r"[\x20-\x7e\u00a0-\u024f]+")


@lru_cache(maxsize=1)
def pdf_fonts() -> tuple[str, str]:
    """(CJK font, Latin font), registered once, both embedded as subsets."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    cjk = register_pdf_font()
    if LATIN_PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(LATIN_PDF_FONT, "Vera.ttf"))
    return cjk, LATIN_PDF_FONT


def latin_runs(text: str) -> Any:
    """Split text into (is_latin, run) pieces: digits, letters and ASCII punctuation are set in
    the Latin font, everything else in the CJK font."""
    pos = 0
    for m in _LATIN_RUN.finditer(text):
        if m.start() > pos:
            yield False, text[pos:m.start()]
        yield True, m.group()
        pos = m.end()
    if pos < len(text):
        yield False, text[pos:]


def escape(text: str) -> str:
    """&, < and > escaped for reportlab's paragraph markup (xml.sax.saxutils would pull in
    urllib and http.client at start-up)."""
    return _html_escape(text, quote=False)


def mixed_markup(text: Any) -> str:
    """Paragraph markup for mixed Chinese/Latin text (escaped)."""
    return "".join(f'<font name="{LATIN_PDF_FONT}">{escape(run)}</font>' if latin else escape(run)
                   for latin, run in latin_runs(str(text)))


def draw_mixed(canvas: Any, x: float, y: float, text: str, size: float, *, right: bool = False) -> None:
    """drawString for mixed text on a canvas (footers); `right` aligns the text's end at x."""
    from reportlab.pdfbase import pdfmetrics

    cjk, latin = pdf_fonts()
    pieces = [(latin if is_latin else cjk, run) for is_latin, run in latin_runs(text)]
    if right:
        x -= sum(pdfmetrics.stringWidth(run, f, size) for f, run in pieces)
    for f, run in pieces:
        canvas.setFont(f, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, f, size)
