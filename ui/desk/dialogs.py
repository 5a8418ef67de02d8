"""Small dialogs of the 今日 page: a task's outcome, a greeting batch."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from models.foundation.vocabulary import CLASS_LABELS, GREETING_CHANNELS


class OutcomeDialog(QDialog):
    """完成待办: what came of it (written to the card's page 2)."""

    submitted = Signal(str)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("完成待办"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("待办：%1").replace("%1", title), self))
        lay.addWidget(QLabel(self.tr("处理结果（将记入重要事项记录）："), self))
        self.outcome = QPlainTextEdit(self)
        self.outcome.setFixedHeight(90)
        self.outcome.setTabChangesFocus(True)   # Tab reaches the buttons; Enter is a new line
        lay.addWidget(self.outcome)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("完成"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.outcome.textChanged.connect(self.error.hide)
        self.setMinimumWidth(420)

    def _submit(self) -> None:
        text = self.outcome.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("请简要写下处理结果"))
            self.error.show()
            return
        self.submitted.emit(text)
        self.accept()


class GreetingDialog(QDialog):
    """节日问候: the customers to greet, a channel, 标记为已发送 in one step."""

    submitted = Signal(list, str)      # codes, channel
    export_requested = Signal(list)    # the lines, for the Excel list

    def __init__(self, festival_name: str, day_text: str, lines, parent=None):
        super().__init__(parent)
        self.lines = list(lines)
        self.setWindowTitle(self.tr("%1问候").replace("%1", festival_name))
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("%1（%2）：共 %3 位客户待问候，勾选已发送的客户。")
                      .replace("%1", festival_name).replace("%2", day_text)
                      .replace("%3", str(len(self.lines))), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        self.list = QListWidget(self)
        for line in self.lines:
            text = f"{line.code}  {line.customer}  · {CLASS_LABELS.get(line.cls, line.cls)}"
            if line.person:
                text += self.tr("  · 联系人 %1").replace("%1", line.person)
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, line.code)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("问候方式："), self))
        self.channel = QComboBox(self)
        self.channel.addItems(list(GREETING_CHANNELS))
        row.addWidget(self.channel)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("导出名单…"), self)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.lines))
        row.addWidget(self.export_button)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("标记为已发送"))
        self.ok.setEnabled(bool(self.lines))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 460)

    def checked_codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _submit(self) -> None:
        codes = self.checked_codes()
        if codes:
            self.submitted.emit(codes, self.channel.currentText())
        self.accept()
