"""账号管理 (admins): every account with its custody and login lockout; 新建账号, 编辑, 重置密码,
停用 / 启用, 解除锁定, and the company name. Non-modal; models/accounts/ checks every call again
(one's own role and admin capability, appointing a manager, resetting one's own password).

The confirmation is a non-modal QMessageBox opened with open() (kept in `confirm_box`) and the
form dialogs are kept in `form_dialog`, so nothing blocks in exec().
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from models.accounts import admin as accounts
from models.accounts import staff
from models.accounts.staff import DEFAULT_DEPARTMENT
from models.foundation.changes import Changes, Kind
from models.foundation.errors import ArchiveError, ConflictError, FieldProblem, LoginFailed
from models.foundation.vocabulary import ROLE_LABELS, ROLES
from ui.access.common import (
    Column,
    RecordTableModel,
    local_text,
    message_label,
    selected_record,
    table_view,
)
from ui.admin import tr
from ui.admin.password import password_edit, repeat_problems
from ui.dialogs.record_dialog import RecordDialog
from ui.operations import run_op, run_query
from ui.vocabulary_tr import core_label

CHANGEABLE = ("active", "disabled")   # frozen / departed accounts belong to their handover
ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"


def _inactive(row) -> bool:
    return row.info.status != "active"


def account_columns() -> list[Column]:
    return [
        Column(tr("用户名"), lambda r: r.info.username, dim=_inactive),
        Column(tr("姓名"), lambda r: r.info.display_name, dim=_inactive),
        Column(tr("角色"), lambda r: core_label(r.role_label), dim=_inactive),
        Column(tr("部门"), lambda r: r.info.department, dim=_inactive),
        Column(tr("管理员"), lambda r: tr("是") if r.info.is_admin else "", dim=_inactive),
        Column(tr("状态"), lambda r: core_label(r.status_label), dim=_inactive),
        Column(tr("负责客户"), lambda r: r.custody, raw=lambda r: r.custody, dim=_inactive),
        Column(tr("登录锁定"), lambda r: local_text(r.locked_until), raw=lambda r: r.locked_until,
               tooltip=lambda r: tr("密码连续输错，锁定到 %1").replace("%1", local_text(r.locked_until))
               if r.locked_until else None),
    ]


class AccountForm(RecordDialog):
    """What new and edited accounts share: 姓名, 角色, 部门, 管理员."""

    def __init__(self, title: str, submit, departments: list[str], parent=None):
        super().__init__(title, submit, parent)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for r in ROLES:
            self.role.addItem(core_label(ROLE_LABELS[r]), r)
        self.department = QComboBox(self)
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItems(departments)
        self.is_admin = QCheckBox(tr("可以管理账号、公司名称和备份，查看审计日志"), self)
        self.setMinimumWidth(440)

    def add_account_fields(self) -> None:
        self.form.add_field("display_name", tr("姓名"), self.display_name)
        self.form.add_field("role", tr("角色"), self.role)
        self.form.add_field("department", tr("部门"), self.department)
        self.form.add_field("is_admin", tr("管理员"), self.is_admin)

    def account_data(self) -> dict:
        return {"display_name": self.display_name.text().strip(), "role": self.role.currentData(),
                "department": self.department.currentText().strip(), "is_admin": self.is_admin.isChecked()}


class NewAccountDialog(AccountForm):
    def __init__(self, actor, departments: list[str], parent=None):
        self.actor = actor
        super().__init__(tr("新建账号"), self._create, departments, parent)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(tr("登录用，如 zhangsan"))
        self.password = password_edit(self, hint=True)
        self.password_again = password_edit(self)
        self.form.add_field("username", tr("用户名"), self.username)
        self.add_account_fields()
        self.form.add_field("password", tr("密码"), self.password)
        self.form.add_field("password_again", tr("再次输入密码"), self.password_again)
        self.department.setCurrentText(DEFAULT_DEPARTMENT)

    def collect(self):
        data = {"username": self.username.text().strip(), **self.account_data(),
                "password": self.password.text()}
        problems = [] if data["display_name"] else [FieldProblem("display_name", tr("请填写姓名"))]
        return data, problems + repeat_problems(self.password, self.password_again, "password_again")

    def _create(self, data):
        return staff.add_user(self.actor, data["username"], data["password"], data["role"],
                              is_admin=data["is_admin"], department=data["department"],
                              display_name=data["display_name"])


class EditAccountDialog(AccountForm):
    def __init__(self, actor, row, departments: list[str], parent=None):
        self.actor = actor
        self.row = row
        super().__init__(tr("编辑账号"), self._save, departments, parent)
        self.form.add_field("username", tr("用户名"), QLabel(row.info.username, self))
        self.add_account_fields()
        self.display_name.setText(row.info.display_name)
        self.role.setCurrentIndex(max(self.role.findData(row.info.role), 0))
        self.department.setCurrentText(row.info.department)
        self.is_admin.setChecked(row.info.is_admin)
        if row.custody:
            self.role.setToolTip(tr("负责 %1 位客户；业务人员不能负责客户").replace("%1", str(row.custody)))
        self.own_account = row.info.id == actor.id
        if self.own_account:             # the service refuses it too
            for widget in (self.role, self.is_admin):
                widget.setEnabled(False)
                widget.setToolTip(tr("不能更改自己的角色或管理员权限，请由另一位管理员操作"))

    def collect(self):
        data = self.account_data()
        if self.own_account:
            data.pop("role")
            data.pop("is_admin")
        return data, []

    def _save(self, data):
        return accounts.update_account(self.actor, self.row.info.username, self.row.version, **data)


class ResetPasswordDialog(RecordDialog):
    def __init__(self, actor, row, parent=None):
        self.actor = actor
        self.row = row
        super().__init__(tr("重置密码"), self._reset, parent)
        self.intro = QLabel(tr("为%1设置临时密码，同时解除登录锁定。请把临时密码告诉本人：本人下次登录时"
                               "须先设置自己的新密码。本人和客服主管会收到重置通知。")
                            .replace("%1", row.info.label), self)
        self.intro.setWordWrap(True)
        self.main_layout.insertWidget(0, self.intro)
        self.password = password_edit(self, hint=True)
        self.password_again = password_edit(self)
        self.form.add_field("password", tr("新密码"), self.password)
        self.form.add_field("password_again", tr("再次输入新密码"), self.password_again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("重置密码"))
        self.setMinimumWidth(420)

    def collect(self):
        return ({"password": self.password.text()},
                repeat_problems(self.password, self.password_again, "password_again"))

    def _reset(self, data):
        accounts.reset_password(self.actor, self.row.info.username, data["password"])
        return True


class AccountsDialog(QDialog):
    """Every change runs through run_op; the dialog reloads from the Changes it hears (its
    own, another admin's on this PC, or another PC's through PostgreSQL's change feed)."""

    def __init__(self, main):
        super().__init__(main)
        self.main = main   # the main window: its actor follows a re-sign-in after the idle lock
        main.app_events.changed.connect(self._on_changed)
        self._select_after_reload: str | None = None
        self.form_dialog = None
        self.confirm_box = None
        self.setWindowTitle(tr("账号管理"))
        self.resize(920, 560)
        self.model = RecordTableModel(account_columns(), self)
        self.view = table_view(self.model, self)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)

        self.new_button = self._button(tr("新建账号…"), self.new_account)
        self.edit_button = self._button(tr("编辑…"), self.edit_selected)
        self.reset_button = self._button(tr("重置密码…"), self.reset_selected)
        self.enable_button = self._button(tr("停用"), self.toggle_selected)
        self.unlock_button = self._button(tr("解除锁定"), self.unlock_selected)
        self.reload_button = self._button(tr("刷新"), self.reload)
        self.message = message_label(self)

        self.company = QLineEdit(staff.company_name(), self)
        self.company.setMaxLength(accounts.COMPANY_NAME_MAX)
        self.company_button = self._button(tr("保存"), self.save_company)
        company_box = QGroupBox(tr("公司名称（印在客户卡、Excel 和交接单上）"), self)
        row = QHBoxLayout(company_box)
        row.addWidget(self.company, 1)
        row.addWidget(self.company_button)

        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.reset_button, self.enable_button,
                  self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(company_box)
        self.reload()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)   # Enter in the company name must not press 新建账号…
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @property
    def actor(self):
        return self.main.actor

    # ---- the table -------------------------------------------------------------------------
    def _on_changed(self, changes: Changes, _initiator=None) -> None:
        if changes.touches_any(Kind.STAFF, Kind.HANDOVERS) and self.isVisible():
            self.reload()

    def reload(self) -> None:
        run_query(self, accounts.overview, self.actor, success=self._show, failure=self._failed)

    def _show(self, rows) -> None:
        current = self.selected()
        keep = self._select_after_reload or (current.info.username if current else None)
        self._select_after_reload = None
        self.model.set_records(rows)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):   # some air; the last one stretches
            self.view.setColumnWidth(column, self.view.columnWidth(column) + 24)
        names = [r.info.username for r in rows]
        if names:
            self.view.selectRow(names.index(keep) if keep in names else 0)
        self.update_buttons()

    def selected(self):
        return selected_record(self.view)

    def update_buttons(self) -> None:
        row = self.selected()
        changeable = row is not None and row.info.status in CHANGEABLE
        handover_tip = "" if changeable or row is None else tr("该账号正在交接或已离职，只能由离职交接处理")
        disabled = row is not None and row.info.status == "disabled"
        self_row = row is not None and row.info.id == self.actor.id
        for b in (self.edit_button, self.reset_button):
            b.setEnabled(changeable)
            b.setToolTip(handover_tip)
        if changeable and self_row:      # one's own password is changed with the old one
            self.reset_button.setEnabled(False)
            self.reset_button.setToolTip(tr("自己的密码请用“文件 › 修改密码…”更改"))
        self.enable_button.setText(tr("启用") if disabled else tr("停用"))
        self.enable_button.setEnabled(changeable and (disabled or not self_row))
        self.enable_button.setToolTip(tr("不能停用自己的账号") if changeable and self_row else handover_tip)
        self.unlock_button.setEnabled(row is not None and row.locked_until is not None)

    def say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.say(exc.message if isinstance(exc, ArchiveError) else str(exc))
        if isinstance(exc, LoginFailed):   # this admin was stopped meanwhile: back to login
            self.main.show_error(exc)
        elif isinstance(exc, ConflictError):
            self.reload()                  # so the next try starts from what is stored

    def _changed(self, done: str) -> None:
        self.say(done, error=False)   # the table reloads from the operation's changes

    def _run(self, fn, *args, done: str, then=None) -> None:
        self.say("")

        def finished(value):
            self._changed(done)
            if then is not None:
                then(value)
        run_op(self, fn, *args, success=finished, failure=self._failed)

    def _chosen(self):
        row = self.selected()
        if row is None:
            self.say(tr("请先选中一个账号"))
        return row

    # ---- the actions -----------------------------------------------------------------------
    def _departments(self) -> list[str]:
        try:
            return accounts.departments(self.actor)
        except ArchiveError:
            return [DEFAULT_DEPARTMENT]

    def _open_form(self, dialog: RecordDialog, done: str) -> RecordDialog:
        self.say("")
        dialog.saved.connect(lambda _result: self._changed(done))
        dialog.failed.connect(self._dialog_failed)
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_failed(self, exc: ArchiveError) -> None:
        if isinstance(exc, (LoginFailed, ConflictError)):
            self._failed(exc)

    def new_account(self):
        dialog = NewAccountDialog(self.actor, self._departments(), self)
        self._open_form(dialog, "")
        dialog.saved.connect(self._created)   # after _open_form's reload
        return dialog

    def _created(self, info) -> None:
        self._select_after_reload = info.username
        self._select(info.username)
        self.say(tr("已新建账号%1").replace("%1", info.label), error=False)

    def _select(self, username: str) -> None:
        names = [r.info.username for r in self.model.records]
        if username in names:
            self.view.selectRow(names.index(username))

    def edit_selected(self):
        row = self._chosen()
        if row is None or row.info.status not in CHANGEABLE:
            return None
        dialog = EditAccountDialog(self.actor, row, self._departments(), self)
        return self._open_form(dialog, tr("已保存%1的修改").replace("%1", row.info.label))

    def reset_selected(self):
        row = self._chosen()
        if row is None:
            return None
        dialog = ResetPasswordDialog(self.actor, row, self)
        return self._open_form(dialog, tr("已为%1重置密码").replace("%1", row.info.label))

    def toggle_selected(self):
        row = self._chosen()
        if row is None:
            return None
        enable = row.info.status == "disabled"
        who = row.info.label
        if enable:
            text = tr("启用%1的账号？启用后此人可以重新登录。").replace("%1", who)
        else:
            text = tr("停用%1的账号？停用后此人不能登录，已打开的程序会在下一步操作时退出。").replace("%1", who)
        verb = tr("启用") if enable else tr("停用")
        box = QMessageBox(QMessageBox.Icon.Question, tr("请确认"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        if row.custody and not enable:
            box.setInformativeText(tr("此人名下的 %1 位客户仍归此人负责（停用适用于休假等临时情况）。"
                                      "如果此人离职，请改用“交接 › 发起离职交接…”。")
                                   .replace("%1", str(row.custody)))
        box.button(QMessageBox.StandardButton.Yes).setText(verb)
        box.button(QMessageBox.StandardButton.No).setText(tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._run(
            accounts.set_enabled, self.actor, row.info.username, enable,
            done=tr("已%1%2").replace("%1", verb).replace("%2", who)))
        self.confirm_box = box
        box.open()
        return box

    def unlock_selected(self) -> None:
        row = self._chosen()
        if row is not None:
            self._run(accounts.unlock, self.actor, row.info.username,
                      done=tr("已解除%1的登录锁定").replace("%1", row.info.label))

    def save_company(self) -> None:
        self._run(accounts.set_company_name, self.actor, self.company.text(),
                  done=tr("公司名称已保存"), then=self.company.setText)
