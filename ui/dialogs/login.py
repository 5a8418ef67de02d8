"""Later starts: sign in. A failure keeps the dialog open with the reason in Chinese.

After an admin's password reset the (temporary) password opens the new-password dialog
(`change_dialog`, ui/admin/password.py); the main window opens only once it is set."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from models.accounts import staff
from models.foundation.errors import ArchiveError, PasswordChangeRequired
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
        self.change_dialog = None
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.message.setText(self.tr("请输入用户名"))
            return
        try:
            actor = auth.login(username, self.password.text())
        except PasswordChangeRequired:
            self._ask_new_password(username, self.password.text())
            return
        except ArchiveError as exc:
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self._signed_in(username, actor)

    def _signed_in(self, username: str, actor) -> None:
        settings.set("prefs/last_username", username)
        self.message.clear()
        self.logged_in.emit(actor)
        self.accept()

    def _ask_new_password(self, username: str, temporary: str) -> None:
        from ui.admin.password import NewPasswordAfterResetDialog

        dialog = NewPasswordAfterResetDialog(username, temporary, self)
        dialog.saved.connect(lambda actor: self._signed_in(username, actor))
        dialog.rejected.connect(self._new_password_declined)
        self.change_dialog = dialog
        dialog.open()

    def _new_password_declined(self) -> None:
        self.message.setText(self.tr("管理员已重置该账号的密码：须先设置新密码才能登录"))
        self.password.clear()
        self.password.setFocus()
