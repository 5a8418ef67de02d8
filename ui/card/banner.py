"""已被他人修改: the banner a card shows when another PC changed it (PostgreSQL NOTIFY)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


def fingerprint(card) -> tuple:
    """What a reader would see change: the versions of the card and of every sub-record."""
    return (card.version, card.updated_at, card.status,
            tuple((c.id, c.version) for c in card.contacts),
            tuple((p.id, p.version) for p in card.projects),
            tuple((e.id, e.version) for e in card.events))


class ChangedBanner(QFrame):
    """Non-modal: someone on another PC changed this card; 重新加载 shows their version."""

    reload_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet("ChangedBanner { background: #fff4ce; border: 1px solid #e0c060; }")
        self.label = QLabel(self.tr("已被他人修改：这张客户卡在别处有了新的内容。"), self)
        self.reload_button = QPushButton(self.tr("重新加载"), self)
        self.reload_button.clicked.connect(self.reload_clicked)
        self.dismiss_button = QPushButton(self.tr("稍后"), self)
        self.dismiss_button.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.reload_button)
        lay.addWidget(self.dismiss_button)
        self.hide()
