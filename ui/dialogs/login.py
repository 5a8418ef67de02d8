"""Later starts: sign in. A failure keeps the dialog open with the reason in Chinese."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from models.accounts import staff
from models.foundation.errors import ArchiveError
from models.rules import auth
from ui import settings
from ui.widgets.form import ERROR_STYLE


class LoginDialog(QDialog):
    logged_in = Signal(object)   # the Actor

    def __init__(self, parent=None, *, message: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("客户档案管家 — 登录"))
        company = ""
        try:
            company = staff.company_name()
        except Exception:  # noqa: BLE001 - the name is decoration only
            company = ""
        title = QLabel(company or self.tr("客户档案管家"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        self.username = QLineEdit(settings.get("prefs/last_username"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(message, self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.message.setText(self.tr("请输入用户名"))
            return
        try:
            actor = auth.login(username, self.password.text())
        except ArchiveError as exc:
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        settings.set("prefs/last_username", username)
        self.message.clear()
        self.logged_in.emit(actor)
        self.accept()
