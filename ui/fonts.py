"""Make Chinese readable: use the bundled CJK font when the system has none.

Office PCs and CI containers often ship no CJK font; Qt then draws boxes. We load
exports.fonts.FONT_PATH (Droid Sans Fallback, Apache-2.0) into QFontDatabase and, when no
installed family can render Chinese, make it the application font.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from exports.fonts import FONT_PATH

_SAMPLE = "客户档案"
_loaded_family: list[str] = []


def load_bundled_font() -> str | None:
    """Register the bundled TTF once; return its family name."""
    if _loaded_family:
        return _loaded_family[0]
    font_id = QFontDatabase.addApplicationFont(str(FONT_PATH))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    _loaded_family.append(families[0])
    return families[0]


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
        font = QFont(family)
        font.setPointSizeF(max(current.pointSizeF(), 10.0))
        app.setFont(font)
        return family
    return current.family()
