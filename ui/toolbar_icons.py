"""Icons for the main toolbar's actions, from Qt's own standard icons (QStyle: part of Qt,
drawn to match the platform style, no icon files and no licence of their own). Keyed by the
action's text when it is added (before any badge count); the text stays beside the icon."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QWidget

SP = QStyle.StandardPixmap
TOOLBAR_ICONS = {
    QT_TRANSLATE_NOOP("MainWindow", "新建客户"): SP.SP_FileIcon,
    QT_TRANSLATE_NOOP("MainWindow", "打开"): SP.SP_DialogOpenButton,
    QT_TRANSLATE_NOOP("MainWindow", "刷新"): SP.SP_BrowserReload,
    QT_TRANSLATE_NOOP("MainWindow", "申请查阅…"): SP.SP_FileDialogContentsView,
    QT_TRANSLATE_NOOP("MainWindow", "审批"): SP.SP_DialogApplyButton,
    QT_TRANSLATE_NOOP("MainWindow", "消息"): SP.SP_MessageBoxInformation,
    QT_TRANSLATE_NOOP("MainWindow", "服务单列表"): SP.SP_FileDialogDetailedView,
}


def give_icon(widget: QWidget, action: QAction, source_text: str) -> None:
    """An icon for a toolbar action that has none (by its untranslated text)."""
    pixmap = TOOLBAR_ICONS.get(source_text)
    if action.icon().isNull() and pixmap is not None:
        action.setIcon(widget.style().standardIcon(pixmap, None, widget))
