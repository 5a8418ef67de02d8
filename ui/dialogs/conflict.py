"""The stale-save dialog: someone else saved this card since it was opened."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class ConflictDialog(QDialog):
    """Emits `reload_chosen()` (discard mine) or `reapply_chosen()` (fresh version + my values)."""

    reload_chosen = Signal()
    reapply_chosen = Signal()

    def __init__(self, who: str, their_fields: list[str], my_fields: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("保存冲突"))
        theirs = "、".join(their_fields) if their_fields else self.tr("（未能识别具体字段）")
        mine = "、".join(my_fields) if my_fields else self.tr("（无）")
        overlap = sorted(set(their_fields) & set(my_fields))
        text = self.tr("在您编辑期间，%1 保存了这张客户卡。\n\n对方修改了：%2\n您修改了：%3") \
            .replace("%1", who or self.tr("其他人")).replace("%2", theirs).replace("%3", mine)
        if overlap:
            text += "\n\n" + self.tr("注意：%1 两人都改了，重新应用将以您的输入为准。").replace("%1", "、".join(overlap))
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("重新加载（放弃我的修改）"), self)
        self.reapply_button = QPushButton(self.tr("重新应用我的修改"), self)
        self.reapply_button.setDefault(True)
        self.reload_button.clicked.connect(self._reload)
        self.reapply_button.clicked.connect(self._reapply)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.reapply_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addLayout(buttons)
        self.setMinimumWidth(460)

    def _reload(self) -> None:
        self.reload_chosen.emit()
        self.accept()

    def _reapply(self) -> None:
        self.reapply_chosen.emit()
        self.accept()
