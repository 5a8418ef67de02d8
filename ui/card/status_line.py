"""What the card is to this reader, said at the top: 已归档 (with the reason; read-only
until 恢复) and 经授权查看 · 至 <date> when the user reads it through a grant."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from models.foundation.localtime import local_text

ARCHIVED_STYLE = "QLabel { background: #ececec; color: #444; border: 1px solid #bbb; padding: 4px 8px; }"
GRANT_STYLE = "QLabel { background: #e8f1fb; color: #1d4f7a; border: 1px solid #a9c7e6; padding: 4px 8px; }"
# read-only fields read as text, not as boxes waiting for input
READ_ONLY_STYLE = ('QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] '
                   "{ background: transparent; border: none; }")


class StatusLine(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_card(self, card) -> None:
        parts, style = [], GRANT_STYLE
        if card.status == "archived":
            parts.append(self.tr("已归档：%1。这张卡只读；恢复后可再修改。")
                         .replace("%1", card.archived_reason or self.tr("未写原因")))
            style = ARCHIVED_STYLE
        until = card.permissions.granted_until
        if until is not None:
            parts.append(self.tr("经授权查看 · 至 %1").replace("%1", local_text(until)[:10]))
        self.setText("　".join(parts))
        self.setStyleSheet(style)
        self.setVisible(bool(parts))


def restyle(widget) -> None:
    """Re-apply the style after readOnly changed (property selectors are read at polish)."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
