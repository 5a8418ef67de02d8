"""Make Chinese readable: use the bundled fonts when the system has no CJK font.

Office PCs and CI containers often ship no CJK font; Qt then draws boxes. We load
exports.fonts.FONT_PATH (Droid Sans Fallback, Apache-2.0) into QFontDatabase and, when no
installed family can render Chinese, make it the application font. Droid Sans Fallback has
no Latin letters or digits, so on such a PC they came from whatever fontconfig offered (a
serif face beside the sans-serif Chinese): a Latin sans face is bundled too (Bitstream Vera
Sans, the face the PDFs already use; Bitstream Vera licence in resources/fonts), and the
app font is the pair — Latin face first, the CJK face for what it lacks.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from exports.fonts import FONT_PATH

LATIN_PATHS = (FONT_PATH.parent / "Vera.ttf", FONT_PATH.parent / "VeraBd.ttf")
_SAMPLE = "客户档案"
_loaded_family: list[str] = []
_latin_family: list[str] = []


def _add(path) -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def load_bundled_font() -> str | None:
    """Register the bundled CJK TTF once; return its family name."""
    if not _loaded_family:
        family = _add(FONT_PATH)
        if family is None:
            return None
        _loaded_family.append(family)
    return _loaded_family[0]


def load_latin_font() -> str | None:
    """Register the bundled Latin sans face (regular and bold) once; return its family."""
    if not _latin_family:
        families = [f for f in (_add(p) for p in LATIN_PATHS if p.exists()) if f]
        if not families:
            return None
        _latin_family.append(families[0])
    return _latin_family[0]


def system_cjk_families() -> list[str]:
    """Installed (not bundled) families that declare Simplified Chinese support."""
    bundled = set(_loaded_family)
    return [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
            if f not in bundled and not QFontDatabase.isPrivateFamily(f)]


def ensure_cjk_font(app: QApplication) -> str:
    """Install a CJK-capable application font if needed; return the family in use."""
    has_system = bool(system_cjk_families())
    family = load_bundled_font()
    current = app.font()
    if not has_system and family:
        latin = load_latin_font()
        font = QFont(family)
        if latin:
            font.setFamilies([latin, family])   # Latin letters and digits first, then Chinese
            # a widget that names the Latin face alone (a style sheet) still finds Chinese
            QFont.insertSubstitution(latin, family)
        font.setPointSizeF(max(current.pointSizeF(), 10.0))
        app.setFont(font)
        return font.family()
    return current.family()
