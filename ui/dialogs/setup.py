"""First start: create the first account (manager + admin), optionally with demo data."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
)

from models.accounts import staff
from models.demo import generator as demo
from models.foundation.errors import ArchiveError, FieldProblem, ValidationError
from models.rules import auth
from models.rules.access import Actor
from ui import settings
from ui.crash_dialog import exception_text
from ui.widgets.form import ERROR_STYLE, ErrorForm

DEMO_CUSTOMERS = 200
DEMO_AGENTS = 5


class SetupDialog(QDialog):
    """Emits `account_created(actor)` once the account (and demo data, if asked) exists."""

    account_created = Signal(object)

    def __init__(self, tasks, parent=None, *, demo_customers: int = DEMO_CUSTOMERS):
        super().__init__(parent)
        self.tasks = tasks
        self.demo_customers = demo_customers
        self.task = None
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("首次使用设置"))   # Qt appends " — 客户档案管家" (display name)
        intro = QLabel(self.tr("欢迎使用客户档案管家。请创建第一个账号：它是客服主管，同时拥有系统管理权限。"),
                       self)
        intro.setWordWrap(True)
        # an earlier archive's audit head at this place: say what will happen to it, before
        # anything does (staff.first_start sets it aside and logs it, as `init` does)
        self.head_notice = QLabel(self)
        self.head_notice.setWordWrap(True)
        self.head_notice.setStyleSheet(ERROR_STYLE)
        old = staff.old_audit_head()
        if old is not None:
            what = (self.tr("它记到第 %1 条审计记录").replace("%1", str(old.entry_id)) if old.entry_id
                    else self.tr("文件内容已无法读取"))
            self.head_notice.setText(
                self.tr("注意：这里原先有一个档案，留下了库外的审计摘要 %1（%2）。继续创建新档案时，"
                        "这个旧摘要会改名另存为 %1.old-日期-时间，并记入新档案的审计日志。"
                        "如果您要用的是原来的档案，请先退出，从备份恢复。")
                .replace("%1", old.path.name).replace("%2", what))
        self.head_notice.setVisible(old is not None)
        self.company = QLineEdit(self)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("登录用的用户名，如 wang"))
        self.display_name = QLineEdit(self)
        self.department = QLineEdit(self.tr("客服部"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 8 个字符，包含字母和数字"))
        self.password2 = QLineEdit(self)
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("填充演示数据（%1 位客户，%2 名客服专员）")
                              .replace("%1", str(demo_customers)).replace("%2", str(DEMO_AGENTS)), self)
        self.form = ErrorForm()
        self.form.add_field("company", self.tr("公司名称"), self.company)
        self.form.add_field("username", self.tr("主管用户名"), self.username)
        self.form.add_field("display_name", self.tr("姓名"), self.display_name)
        self.form.add_field("department", self.tr("部门"), self.department)
        self.form.add_field("password", self.tr("密码"), self.password)
        self.form.add_field("password2", self.tr("再次输入密码"), self.password2)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.demo_logins = QLabel(self)
        self.demo_logins.setWordWrap(True)
        self.demo_logins.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_logins.setStyleSheet("background: #eef6ee; border: 1px solid #9cc79c; padding: 6px;")
        self.demo_logins.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建并进入"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self._cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.head_notice)
        lay.addLayout(self.form)
        lay.addWidget(self.demo)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(self.demo_logins)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _problems(self) -> list[FieldProblem]:
        problems = []
        if not self.username.text().strip():
            problems.append(FieldProblem("username", self.tr("请填写主管用户名")))
        if not self.company.text().strip():
            problems.append(FieldProblem("company", self.tr("请填写公司名称")))
        if not self.display_name.text().strip():
            problems.append(FieldProblem("display_name", self.tr("请填写姓名")))
        try:
            auth.check_password_strength(self.password.text(), "password")
        except ValidationError as exc:
            problems.extend(exc.problems)
        if self.password.text() != self.password2.text():
            problems.append(FieldProblem("password2", self.tr("两次输入的密码不一致")))
        return problems

    def submit(self) -> None:
        if self.demo_logins.isVisible():   # the demo logins were read: into the archive
            self._finish()
            return
        self.message.clear()
        problems = self._problems()
        if problems:
            self.message.setText("\n".join(self.form.show_problems(problems)))
            return
        self.form.clear_errors()
        try:
            self.actor = staff.first_start(
                self.username.text().strip(), self.password.text(), self.display_name.text().strip(),
                department=self.department.text().strip() or self.tr("客服部"),
                company_name=self.company.text().strip()).actor
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show_problems(exc.problems)))
            return
        except ArchiveError as exc:
            self.message.setText(exc.message)
            return
        if not self.demo.isChecked():
            self._finish()
            return
        for w in (self.company, self.username, self.display_name, self.department, self.password,
                  self.password2, self.demo):
            w.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.progress.setRange(0, self.demo_customers)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("正在生成演示数据 %v / %m"))
        self.progress.show()
        self.task = self.tasks.run(self._generate, self.actor, self.demo_customers,
                                   on_done=self._demo_made, on_error=self._demo_failed,
                                   on_progress=lambda d, t: self.progress.setValue(d))

    @staticmethod
    def _generate(actor, customers, progress=None):
        return demo.generate(actor, customers, agents=DEMO_AGENTS, batch=20, progress=progress)

    def _demo_made(self, _n) -> None:
        """Say how to sign in as the demo agents (as `demo` prints), then 进入档案."""
        self.task = None
        self.progress.hide()
        self.demo_logins.setText(
            self.tr("演示数据已生成：%1 位客户，%2 名客服专员。演示账号 agent01 至 agent%3，"
                    "密码均为 %4（退出后在登录时使用，可体验客服专员看到的档案）。")
            .replace("%1", str(self.demo_customers)).replace("%2", str(DEMO_AGENTS))
            .replace("%3", f"{DEMO_AGENTS:02d}").replace("%4", demo.DEMO_PASSWORD))
        self.demo_logins.show()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("进入档案"))
        ok.setEnabled(True)
        ok.setFocus()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()   # nothing to quit now

    def _demo_failed(self, exc: BaseException) -> None:
        # the account exists; the archive is usable without demo data
        self.message.setText(self.tr("演示数据生成失败：%1")
                             .replace("%1", exception_text(exc, "demo data")))
        self._finish()

    def _cancel(self) -> None:
        if self.demo_logins.isVisible():   # the account and its demo data exist
            self._finish()
            return
        if self.task is not None and not self.task.is_finished:
            self.task.cancel()
            if self.actor is not None:
                self._finish()
                return
        self.reject()

    def _finish(self) -> None:
        if self.actor is not None:   # the next login starts with this name filled in
            settings.set("prefs/last_username", self.actor.username)
        self.account_created.emit(self.actor)
        self.accept()
