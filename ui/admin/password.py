"""文件 › 修改密码…: every signed-in user changes their own password (old one, new one twice);
and the new password the login asks for after an admin's reset.

Also the pieces the account dialogs share: a password line edit and the "typed twice" check.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from models.accounts import staff
from models.foundation.errors import FieldProblem
from models.rules.auth import MIN_PASSWORD_LENGTH
from ui.admin import tr
from ui.dialogs.record_dialog import RecordDialog


def password_edit(parent, hint: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    if hint:
        edit.setPlaceholderText(tr("至少 %1 个字符，含字母和数字").replace("%1", str(MIN_PASSWORD_LENGTH)))
    return edit


def repeat_problems(first: QLineEdit, again: QLineEdit, field: str) -> list[FieldProblem]:
    """The second entry must match the first (reported on the second field)."""
    if first.text() != again.text():
        return [FieldProblem(field, tr("两次输入的密码不一致"))]
    return []


class ChangePasswordDialog(RecordDialog):
    def __init__(self, actor, parent=None):
        self.actor = actor
        super().__init__(tr("修改密码"), self._change, parent)
        self.old_password = password_edit(self)
        self.new_password = password_edit(self, hint=True)
        self.new_again = password_edit(self)
        self.form.add_field("old_password", tr("原密码"), self.old_password)
        self.form.add_field("new_password", tr("新密码"), self.new_password)
        self.form.add_field("new_password_again", tr("再次输入新密码"), self.new_again)
        self.setMinimumWidth(400)

    def collect(self):
        data = {"old": self.old_password.text(), "new": self.new_password.text()}
        return data, repeat_problems(self.new_password, self.new_again, "new_password_again")

    def _change(self, data):
        staff.change_password(self.actor, data["old"], data["new"])
        return True


class NewPasswordAfterResetDialog(RecordDialog):
    """Opened by the login after an admin reset the password: the temporary password was
    just typed there; the person chooses their own (twice) before the main window opens.
    `saved` carries the signed-in Actor."""

    def __init__(self, username: str, temporary_password: str, parent=None):
        self.username = username
        self._temporary = temporary_password
        super().__init__(tr("设置新密码"), self._change, parent)
        self.intro = QLabel(tr("管理员已重置您的密码，刚才输入的是临时密码。请先设置您自己的新密码，"
                               "设置后即登录。"), self)
        self.intro.setWordWrap(True)
        self.main_layout.insertWidget(0, self.intro)
        self.new_password = password_edit(self, hint=True)
        self.new_again = password_edit(self)
        self.form.add_field("new_password", tr("新密码"), self.new_password)
        self.form.add_field("new_password_again", tr("再次输入新密码"), self.new_again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("设置并登录"))
        self.setMinimumWidth(420)
        self.new_password.setFocus()

    def collect(self):
        return ({"new": self.new_password.text()},
                repeat_problems(self.new_password, self.new_again, "new_password_again"))

    def _change(self, data):
        return staff.change_password_at_sign_in(self.username, self._temporary, data["new"])
