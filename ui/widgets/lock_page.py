"""The page shown while the app is locked (idle time or Ctrl+L): nothing of the archive is visible."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockPage(QWidget):
    """Asks for the signed-in user's password; emits `unlock_requested(password)`."""

    unlock_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(self.tr("已锁定"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.setMaximumWidth(280)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        self.button = QPushButton(self.tr("解锁"), self)
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        for w in (self.title, self.hint, self.password, self.message, self.button):
            lay.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(3)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.busy = False

    def prepare(self, user_label: str, *, idle: bool = False) -> None:
        """`idle`: locked by the idle timer; otherwise the user locked it (Ctrl+L, 文件 › 锁定)."""
        reason = (self.tr("长时间未操作，程序已自动锁定。") if idle
                  else self.tr("程序已锁定。"))
        self.hint.setText(reason + self.tr("请输入 %1 的密码以继续。").replace("%1", user_label))
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        """While the password is checked: no second try, and say what is happening."""
        self.busy = busy
        self.button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.message.setStyleSheet("color: #555" if busy else "color: #b00020")
        if busy:
            self.message.setText(self.tr("正在验证…"))
        elif self.message.text() == self.tr("正在验证…"):
            self.message.clear()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.password.selectAll()
        self.password.setFocus()
