"""The bundled CJK font (Droid Sans Fallback, Apache-2.0) for PDFs and the UI.

Registering the TTF with reportlab costs ~50 ms, so it is done once per process;
reportlab embeds only the glyphs used (a subset), so PDFs print the same on any PC.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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
