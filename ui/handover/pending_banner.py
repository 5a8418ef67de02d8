"""待确认的交接 where it stays: a line on the 今日 page ("有 312 位交接给您的客户待确认接收"
with a button to confirm) and a count on the 交接 menu's title, until every customer handed
to this user is confirmed — not only an 8-second status-bar message."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui.handover.common import tr


class PendingBanner(QFrame):
    """Shown while n > 0; its button opens the confirmations dialog."""

    confirm_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pending_handover_banner")
        self.setStyleSheet("#pending_handover_banner { background: #e8f1fb; border: 1px solid #8fb4dd; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(tr("确认接收…"), self)
        self.button.clicked.connect(self.confirm_requested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.set_count(0)

    def set_count(self, n: int) -> None:
        self.count = n
        self.label.setText(tr("有 %1 位交接给您的客户待确认接收，请核对后确认。")
                           .replace("%1", str(n)))
        self.setVisible(n > 0)


def menu_title_with_count(title: str, n: int) -> str:
    """"交接(&T)" → "交接 ·312(&T)": the count beside the name, the mnemonic kept."""
    base, sep, mnemonic = title.partition("(&")
    base = base.split(" ·")[0]
    shown = f"{base} ·{n}" if n else base
    return f"{shown}{sep}{mnemonic}" if sep else shown
