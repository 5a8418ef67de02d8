"""The keyboard shortcuts, listed once: the card binds its keys from here and 帮助 → 快捷键
shows the same list (so the help cannot drift from what the keys do)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (where, keys, what) — keys in Qt's portable form; the help shows them as Qt's native text
CARD_SAVE = "Ctrl+S"
CARD_CLOSE = ("Esc", "Ctrl+W")
CARD_NEXT_PAGE = ("Ctrl+Tab", "Ctrl+PgDown")
CARD_PREVIOUS_PAGE = ("Ctrl+Shift+Tab", "Ctrl+PgUp")
NEW_ENTRY = "Ctrl+E"          # 记一笔: Ctrl+N is 新建客户 in the main window
LIST_END = "Ctrl+End"         # in the list: its true last customer, not the last row loaded
LIST_START = "Ctrl+Home"
DIALOG_ACCEPT = "Ctrl+Return"

SHORTCUTS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "查找客户")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "新建客户")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), "Down", QT_TRANSLATE_NOOP("Shortcuts", "在搜索框中：到结果列表的第一行")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "打开选中的客户卡")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), NEW_ENTRY, QT_TRANSLATE_NOOP("Shortcuts", "给选中的客户记一笔")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), LIST_END,
     QT_TRANSLATE_NOOP("Shortcuts", "在列表中：跳到列表末尾（当前排序的最后一位客户）")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), LIST_START, QT_TRANSLATE_NOOP("Shortcuts", "在列表中：回到列表开头")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), "F5", QT_TRANSLATE_NOOP("Shortcuts", "刷新")),
    (QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "锁定")),
    (QT_TRANSLATE_NOOP("Shortcuts", "客户卡"), CARD_SAVE, QT_TRANSLATE_NOOP("Shortcuts", "保存第一页")),
    (QT_TRANSLATE_NOOP("Shortcuts", "客户卡"), NEW_ENTRY,
     QT_TRANSLATE_NOOP("Shortcuts", "记一笔（新的重要事项记录）")),
    (QT_TRANSLATE_NOOP("Shortcuts", "客户卡"), " / ".join(CARD_NEXT_PAGE),
     QT_TRANSLATE_NOOP("Shortcuts", "下一页")),
    (QT_TRANSLATE_NOOP("Shortcuts", "客户卡"), " / ".join(CARD_PREVIOUS_PAGE),
     QT_TRANSLATE_NOOP("Shortcuts", "上一页")),
    (QT_TRANSLATE_NOOP("Shortcuts", "客户卡"), " / ".join(CARD_CLOSE),
     QT_TRANSLATE_NOOP("Shortcuts", "关闭（有未保存的修改时先询问）")),
    (QT_TRANSLATE_NOOP("Shortcuts", "对话框"), DIALOG_ACCEPT,
     QT_TRANSLATE_NOOP("Shortcuts", "确定（在多行文本框里也可用）")),
    (QT_TRANSLATE_NOOP("Shortcuts", "对话框"), "Esc", QT_TRANSLATE_NOOP("Shortcuts", "取消")),
)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what) in the user's language, for 帮助 → 快捷键 and the README."""
    from PySide6.QtGui import QKeySequence

    def native(keys: str) -> str:
        return " / ".join(QKeySequence(k.strip()).toString(QKeySequence.SequenceFormat.NativeText)
                          for k in keys.split("/"))
    tr = QCoreApplication.translate
    return [(tr("Shortcuts", where), native(keys), tr("Shortcuts", what)) for where, keys, what in SHORTCUTS]


def shortcuts_html() -> str:
    from html import escape

    rows = "".join(f"<tr><td>{escape(w)}</td><td><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>"
                   for w, k, t in shortcut_rows())
    return f"<table cellspacing='6'>{rows}</table>"


def show_shortcuts(parent) -> None:
    """帮助 → 快捷键: a non-modal box listing every shortcut."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Shortcuts", "快捷键"),
                      shortcuts_html(), QMessageBox.StandardButton.Close, parent)
    box.button(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("Shortcuts", "关闭"))
    parent.shortcuts_box = box
    box.open()
