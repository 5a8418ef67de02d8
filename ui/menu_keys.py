"""Alt+letter mnemonics for the main window's top-level menus, none clashing (issue 12)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Top-level menu mnemonics (Alt+letter), as Chinese office apps write them: 文件(&F). Keyed by
# the titles the features pass to menu() (bare tr(): context ""). A title without an entry (a
# translation, a new feature) gets a free letter of its own word, else of MNEMONIC_SPARE.
MENU_MNEMONICS = {
    QT_TRANSLATE_NOOP("MainWindow", "文件"): "F", QT_TRANSLATE_NOOP("MainWindow", "导出"): "E",
    QT_TRANSLATE_NOOP("MainWindow", "服务"): "S", QT_TRANSLATE_NOOP("MainWindow", "客户价值"): "V",
    QT_TRANSLATE_NOOP("MainWindow", "满意度"): "Q", QT_TRANSLATE_NOOP("MainWindow", "权限"): "A",
    QT_TRANSLATE_NOOP("MainWindow", "交接"): "T", QT_TRANSLATE_NOOP("MainWindow", "管理"): "M",
    QT_TRANSLATE_NOOP("MainWindow", "帮助"): "H"}
MNEMONIC_SPARE = "BCDGIJKLNOPRUWXYZ"


def mnemonic_of(title: str) -> str:
    """The Alt+letter of a menu title ("文件(&F)", "&File"), upper case; "" for none."""
    at = title.find("&")
    return title[at + 1:at + 2].upper() if 0 <= at < len(title) - 1 else ""


def with_mnemonic(title: str, taken: set[str]) -> str:
    """"文件" → "文件(&F)"; "File" → "&File"; a letter not in `taken` (upper case)."""
    letter = MENU_MNEMONICS.get(title)
    if letter is None or letter in taken:
        own = [c for c in title.upper() if c.isascii() and c.isalpha()]
        letter = next((c for c in [*own, *MNEMONIC_SPARE] if c not in taken
                       and (c in own or c not in MENU_MNEMONICS.values())), "")
    if not letter:
        return title
    at = title.upper().find(letter) if title.isascii() else -1
    return title[:at] + "&" + title[at:] if at >= 0 else f"{title}(&{letter})"
