"""文件 › 修改密码…: every signed-in user changes their own password (old one, new one twice).

Also the pieces the account dialogs share: a password line edit and the "typed twice" check.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

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
