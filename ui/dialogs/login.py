"""Later starts: sign in. A failure keeps the dialog open with the reason in Chinese.

The password check (argon2, 100 ms and more; over PostgreSQL a lost server waits out the
connect timeout) and the company name in the title run on the session's task runner
(`host`, ui/app.Session: ui.operations.run_op), never on the UI thread: while the check runs
the dialog says 正在验证… and 登录 is disabled. Without a host (a dialog built on its own) the
calls run at once.

After an admin's password reset the (temporary) password opens the new-password dialog
(`change_dialog`, ui/admin/password.py); the main window opens only once it is set."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from models.accounts import staff
from models.foundation import logs
from models.foundation.errors import ArchiveError, PasswordChangeRequired
from models.rules import auth
from ui import settings
from ui.operations import run_op, run_query
from ui.widgets.form import ERROR_STYLE

BUSY_STYLE = "color: #555;"
NOTICE_STYLE = "color: #333;"


class LoginDialog(QDialog):
    logged_in = Signal(object)   # the Actor

    def __init__(self, parent=None, *, message: str = "", notice: bool = False, host=None):
        """`message`: why the dialog is shown again (an error colour), or with `notice` a
        piece of news such as a finished upgrade or a read-only archive (plain)."""
        super().__init__(parent)
        if host is not None:   # run_op finds the task runner here (ui/operations._host)
            self.tasks, self.app_events = host.tasks, host.app_events
        self.setWindowTitle(self.tr("登录"))   # Qt appends " — 客户档案管家" (display name)
        self.checking = False
        self.title = title = QLabel(self.tr("客户档案管家"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        self.username = QLineEdit(settings.get("prefs/last_username"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(message, self)
        self.message.setStyleSheet(NOTICE_STYLE if notice else ERROR_STYLE)
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
        run_query(self, staff.company_name, success=self._show_company,
                  failure=lambda _exc: None)   # the name is decoration only

    def _show_company(self, company: str) -> None:
        if company:
            self.title.setText(company)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        if self.checking:
            return
        username = self.username.text().strip()
        if not username:
            self._error(self.tr("请输入用户名"))
            return
        password = self.password.text()
        self._set_checking(True)
        run_op(self, auth.login, username, password,
               success=lambda actor: self._checked(username, actor),
               failure=lambda exc: self._refused(username, password, exc))

    def _set_checking(self, checking: bool) -> None:
        """While the password is checked: say so, and take no second 登录 or edit."""
        self.checking = checking
        self.ok_button.setEnabled(not checking)
        self.username.setReadOnly(checking)
        self.password.setReadOnly(checking)
        self.message.setStyleSheet(BUSY_STYLE if checking else ERROR_STYLE)
        if checking:
            self.message.setText(self.tr("正在验证…"))

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def _checked(self, username: str, actor) -> None:
        self._set_checking(False)
        self._signed_in(username, actor)

    def _refused(self, username: str, password: str, exc: BaseException) -> None:
        self._set_checking(False)
        if isinstance(exc, PasswordChangeRequired):
            self.message.clear()
            self._ask_new_password(username, password)
            return
        if isinstance(exc, ArchiveError):
            logs.error("sign-in", exc)
            self._error(exc.message)
        else:   # a lost server's sentence, or a bug's crash report (which the log names)
            from ui.crash_dialog import exception_text

            self._error(exception_text(exc, where="sign-in"))
        self.password.clear()
        self.password.setFocus()

    def _signed_in(self, username: str, actor) -> None:
        settings.set("prefs/last_username", username)
        self.message.clear()
        logs.event("signed in")
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
        self._error(self.tr("管理员已重置该账号的密码：须先设置新密码才能登录"))
        self.password.clear()
        self.password.setFocus()
