"""发起离职交接: a stacked dialog — leaver → inventory → receivers & preview → execute → result.

Opens with show(); every step calls a service in models/handover through ui.operations on
the task runner (the inventory and the preview of a large custody take a moment, and a lost
server must not freeze the window); execution shows a progress bar and a cancel button (a
cancelled run changes nothing). What each step changed reaches every screen as Changes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.foundation.errors import ArchiveError
from models.foundation.faults import known_condition
from models.handover import service as handover
from ui.crash_dialog import exception_text
from ui.handover.common import (
    confirm_box,
    customer_columns,
    local_text,
    make_table,
    selected_records,
    tr,
)
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.operations import run_op, run_query

LEAVER, INVENTORY, PLAN, RUN, RESULT = range(5)


class HandoverWizard(QDialog):
    executed = Signal(int)      # handover id, after a successful execute
    step_done = Signal()        # a page finished loading (inventory, receivers, preview)

    def __init__(self, window, parent=None, *, handover_id: int | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.actor = window.actor
        self.handover_id = handover_id
        self.the_plan = None
        self.summary = None
        self.task = None
        self.overrides: dict[str, str] = {}
        self.inventory = None
        self._preview_ticket = None
        self.busy = False
        self.setWindowTitle(tr("发起离职交接"))
        self.resize(920, 620)
        self.stack = QStackedWidget(self)
        for build in (self._leaver_page, self._inventory_page, self._plan_page, self._run_page,
                      self._result_page):
            self.stack.addWidget(build())
        self.message = QLabel(self)
        self.message.setStyleSheet("color:#b00020")
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.message)
        if handover_id is not None:
            self._show_inventory()
        else:
            self._set_busy(True, tr("正在读取人员名单…"))
            run_query(self, handover.staff_choices, self.actor, success=self._leavers_loaded,
                      failure=self._failed_step)

    def _leavers_loaded(self, choices) -> None:
        self._set_busy(False)
        leavers, _ = choices
        for s in leavers:
            self.leaver_box.addItem(f"{s.display_name}（{s.username}）· {s.department}", s.username)
        self.step_done.emit()

    # ---- pages ----------------------------------------------------------------------------
    def _leaver_page(self) -> QWidget:
        page = QWidget(self)
        self.leaver_box = QComboBox(page)   # filled in the background (see __init__)
        self.notes = QLineEdit(page)
        self.notes.setPlaceholderText(tr("例如：调往华南分公司，最后工作日 6 月 30 日"))
        self.start_button = QPushButton(tr("开始交接并冻结账号"), page)
        self.start_button.clicked.connect(self.start)
        form = QFormLayout()
        form.addRow(tr("离职人员："), self.leaver_box)
        form.addRow(tr("备注："), self.notes)
        hint = QLabel(tr("开始后该账号立即冻结：不能再登录或导出，正在使用的会话在下一次操作时停止；"
                         "其待审批的查阅申请取消，持有的查阅授权撤销。"), page)
        hint.setWordWrap(True)
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(tr("<b>第 1 步：选择离职人员</b>"), page))
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addStretch(1)
        lay.addLayout(_buttons(self._cancel_button(page), self.start_button))
        return page

    def _inventory_page(self) -> QWidget:
        page = QWidget(self)
        self.inventory_label = QLabel(page)
        self.inventory_label.setWordWrap(True)
        self.inventory_model = RecordTableModel(customer_columns(with_follow_ups=True), page)
        self.inventory_view = make_table(self.inventory_model, page, widths=(90, 260, 50, 60, 60, 70, 70))
        self.grants_model = RecordTableModel([
            Column(tr("方向"), lambda g: tr("持有") if g.direction == "held" else tr("授予他人")),
            Column(tr("客户"), lambda g: f"{g.customer_code} {g.customer_name}"),
            Column(tr("被授权人"), lambda g: g.grantee), Column(tr("授权人"), lambda g: g.granted_by),
            Column(tr("范围"), lambda g: g.scopes),
            Column(tr("到期"), lambda g: local_text(g.expires_at)),
            Column(tr("状态"), lambda g: tr("有效") if g.active else tr("已撤销/已过期")),
        ], page)
        self.follow_model = RecordTableModel([
            Column(tr("客户"), lambda f: f"{f.customer_code} {f.customer_name}"),
            Column(tr("跟进事项"), lambda f: f.title),
            Column(tr("到期日"), lambda f: f.due_on.isoformat() if f.due_on else ""),
        ], page)
        tabs = QTabWidget(page)
        tabs.addTab(self.inventory_view, tr("负责的客户"))
        tabs.addTab(make_table(self.grants_model, page), tr("查阅授权"))
        tabs.addTab(make_table(self.follow_model, page), tr("未办跟进事项"))
        self.tabs = tabs
        next_button = QPushButton(tr("下一步：分配接收人"), page)
        next_button.clicked.connect(self._show_plan)
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(tr("<b>第 2 步：清点移交内容</b>"), page))
        lay.addWidget(self.inventory_label)
        lay.addWidget(tabs, 1)
        lay.addLayout(_buttons(self._cancel_button(page, tr("稍后继续")), next_button))
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        self.receiver_list = QListWidget(page)
        self.receiver_list.setMaximumHeight(140)
        self.receiver_list.itemChanged.connect(lambda _i: self.preview())
        self.split_even = QRadioButton(tr("平均分配（按各人现有负责客户数均衡）"), page)
        self.split_single = QRadioButton(tr("全部交给一人"), page)
        self.split_even.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.split_even)
        group.addButton(self.split_single)
        self.split_even.toggled.connect(lambda _c: self.preview())
        self.load_label = QLabel(page)
        self.load_label.setWordWrap(True)
        self.plan_model = RecordTableModel([
            Column(tr("客户编号"), lambda p: p.code), Column(tr("客户名称"), lambda p: p.name),
            Column(tr("分类"), lambda p: p.cls),
            Column(tr("接收人"), lambda p: p.receiver_name + (tr("（指定）") if p.overridden else "")),
        ], page)
        self.plan_view = make_table(self.plan_model, page, widths=(90, 300, 50))
        self.reassign_box = QComboBox(page)
        self.reassign_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reassign_button = QPushButton(tr("所选客户改交给"), page)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.execute_button = QPushButton(tr("执行交接"), page)
        self.execute_button.clicked.connect(self.execute)
        back = QPushButton(tr("上一步"), page)
        back.clicked.connect(lambda: self.stack.setCurrentIndex(INVENTORY))
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_even)
        split_row.addWidget(self.split_single)
        split_row.addStretch(1)
        adjust = QHBoxLayout()
        adjust.addWidget(self.reassign_button)
        adjust.addWidget(self.reassign_box)
        adjust.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(tr("<b>第 3 步：选择接收人，预览分配</b>（执行前不会改动任何数据）"), page))
        lay.addWidget(self.receiver_list)
        lay.addLayout(split_row)
        lay.addWidget(self.load_label)
        lay.addWidget(self.plan_view, 1)
        lay.addLayout(adjust)
        lay.addLayout(_buttons(back, self.execute_button))
        return page

    def _run_page(self) -> QWidget:
        page = QWidget(self)
        self.progress = QProgressBar(page)
        self.run_label = QLabel(tr("正在执行交接……"), page)
        self.stop_button = QPushButton(tr("取消"), page)
        self.stop_button.clicked.connect(self.cancel_run)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(self.run_label)
        lay.addWidget(self.progress)
        lay.addLayout(_buttons(self.stop_button))
        lay.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(tr("保存/打印交接单 PDF…"), page)
        self.save_button.clicked.connect(self.ask_save_pdf)
        close = QPushButton(tr("完成"), page)
        close.clicked.connect(self.accept)
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(tr("<b>交接已执行</b>"), page))
        lay.addWidget(self.result_label)
        lay.addStretch(1)
        lay.addLayout(_buttons(self.save_button, close))
        return page

    def _cancel_button(self, page, text: str | None = None) -> QPushButton:
        b = QPushButton(text or tr("取消"), page)
        b.clicked.connect(self.reject)
        return b

    # ---- steps ----------------------------------------------------------------------------
    def _say(self, text: str = "") -> None:
        self.message.setStyleSheet("color:#b00020")
        self.message.setText(text)

    def _failed_step(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.start_button.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("color:#555")
            self.message.setText(text)
        elif self.message.styleSheet() == "color:#555":
            self.message.clear()

    def start(self) -> None:
        username = self.leaver_box.currentData()
        if not username:
            self._say(tr("请选择离职人员"))
            return
        self._set_busy(True, tr("正在读取该账号的授权与申请…"))
        run_query(self, handover.start_preview, self.actor, username,
                  success=lambda p, u=username: self._confirm_start(u, p), failure=self._failed_step)

    def _confirm_start(self, username: str, preview) -> None:
        """Freezing is irreversible: say what it ends, then freeze on 冻结 (取消 is the default)."""
        self._set_busy(False)
        if preview.open_handover is not None:   # already frozen: continue without asking
            self._freeze(username)
            return
        text = (tr("将冻结 %1 的账号，结束其 %2 项授权与 %3 项待审申请。\n"
                   "%1 名下有 %4 位客户，下一步为其选择接收人。冻结后不能撤销。")
                .replace("%1", preview.leaver_name).replace("%2", str(preview.grants_held))
                .replace("%3", str(preview.requests_pending)).replace("%4", str(preview.customers)))
        self.confirm = confirm_box(self, tr("开始交接并冻结账号"), text, tr("冻结并开始交接"),
                                   lambda: self._freeze(username))

    def _freeze(self, username: str) -> None:
        self._set_busy(True, tr("正在冻结账号…"))
        run_op(self, open_or_start, self.actor, username, self.notes.text(),
               success=self._started, failure=self._failed_step)

    def _started(self, handover_id: int) -> None:
        self.handover_id = handover_id
        self._show_inventory()

    def _show_inventory(self) -> None:
        self._set_busy(True, tr("正在清点…"))
        run_query(self, handover.inventory, self.actor, self.handover_id,
                  success=self._inventory_loaded, failure=self._failed_step)

    def _inventory_loaded(self, inv) -> None:
        self._set_busy(False)
        self.inventory = inv
        contacts, projects, events = inv.totals
        active_given = sum(1 for g in inv.grants_given if g.active)
        self.inventory_label.setText(
            tr("交接单 %1：%2（%3）名下 <b>%4</b> 位客户，联系人 %5 人、合作项目 %6 个、重要事项 %7 条；"
               "未办跟进事项 %8 条；其授予他人且仍有效的查阅授权 %9 项（保留，可在权限中撤销）。")
            .replace("%1", inv.number).replace("%2", inv.leaver.display_name)
            .replace("%3", inv.leaver.username).replace("%4", str(len(inv.customers)))
            .replace("%5", str(contacts)).replace("%6", str(projects)).replace("%7", str(events))
            .replace("%8", str(len(inv.follow_ups))).replace("%9", str(active_given)))
        self.inventory_model.set_records(inv.customers)
        self.grants_model.set_records(inv.grants_held + inv.grants_given)
        self.follow_model.set_records(inv.follow_ups)
        self.setWindowTitle(tr("离职交接 %1 — %2").replace("%1", inv.number)
                            .replace("%2", inv.leaver.display_name))
        self.stack.setCurrentIndex(INVENTORY)
        self.step_done.emit()

    def _show_plan(self) -> None:
        self._set_busy(True, tr("正在读取接收人…"))
        run_query(self, handover.staff_choices, self.actor, success=self._receivers_loaded,
                  failure=self._failed_step)

    def _receivers_loaded(self, choices) -> None:
        self._set_busy(False)
        _, receivers = choices
        self.receiver_list.blockSignals(True)
        self.receiver_list.clear()
        self.reassign_box.clear()
        for s in receivers:
            if s.username == self.inventory.leaver.username:
                continue
            item = QListWidgetItem(f"{s.display_name}（{s.username}）", self.receiver_list)
            item.setData(Qt.ItemDataRole.UserRole, s.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reassign_box.addItem(f"{s.display_name}（{s.username}）", s.username)
        self.receiver_list.blockSignals(False)
        self.stack.setCurrentIndex(PLAN)
        self.preview()

    def chosen_receivers(self) -> list[str]:
        return [self.receiver_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.receiver_list.count())
                if self.receiver_list.item(i).checkState() == Qt.CheckState.Checked]

    def check_receivers(self, usernames: list[str]) -> None:
        self.receiver_list.blockSignals(True)
        for i in range(self.receiver_list.count()):
            item = self.receiver_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in usernames
                               else Qt.CheckState.Unchecked)
        self.receiver_list.blockSignals(False)
        self.preview()

    def preview(self) -> None:
        """Plan in the background; a newer preview (another tick) replaces an older one."""
        receivers = self.chosen_receivers()
        split = "single" if self.split_single.isChecked() else "even"
        self.the_plan = None
        self.execute_button.setEnabled(False)
        self._preview_ticket = ticket = object()
        if not receivers and self.inventory.customers:
            self.plan_model.set_records([])
            self.load_label.setText(tr("请勾选至少一位接收人。"))
            return
        self.load_label.setText(tr("正在生成分配预览…"))
        self._say()

        def refused(exc):
            if ticket is self._preview_ticket:
                self.plan_model.set_records([])
                self.load_label.clear()
                self._say(exc.message if isinstance(exc, ArchiveError) else str(exc))
        run_query(self, handover.plan, self.actor, self.handover_id, receivers, split,
                  dict(self.overrides), success=lambda plan: self._planned(ticket, plan),
                  failure=refused)

    def _planned(self, ticket, plan) -> None:
        if ticket is not self._preview_ticket:
            return
        self.the_plan = plan
        self.plan_model.set_records(self.the_plan.lines)
        parts = [tr("%1：现负责 %2 位，接收 <b>%3</b> 位，交接后 %4 位").replace("%1", r.display_name)
                 .replace("%2", str(r.current)).replace("%3", str(r.assigned)).replace("%4", str(r.after))
                 for r in self.the_plan.receivers]
        self.load_label.setText("；".join(parts) if parts else tr("离职人员名下没有客户，执行后交接即完成。"))
        self.execute_button.setEnabled(True)
        self.step_done.emit()

    def reassign_selected(self) -> None:
        target = self.reassign_box.currentData()
        lines = selected_records(self.plan_view, self.plan_model)
        if not lines or not target:
            self.message.setText(tr("请先在表中选择要改交的客户"))
            return
        for line in lines:
            self.overrides[line.code] = target
        self.preview()

    def execute(self) -> None:
        """Moving custody is not undone by a click: say who gets how many, then run."""
        if self.the_plan is None:
            return
        given = [r for r in self.the_plan.receivers if r.assigned]
        text = (tr("将把 %1 位客户转交给 %2 人：%3。\n执行后客户即转到接收人名下。")
                .replace("%1", str(len(self.the_plan.lines))).replace("%2", str(len(given)))
                .replace("%3", "、".join(tr("%1 %2 位").replace("%1", r.display_name)
                                        .replace("%2", str(r.assigned)) for r in given)))
        if not self.the_plan.lines:
            text = tr("离职人员名下没有客户：执行后交接即完成，账号保持冻结。")
        self.confirm = confirm_box(self, tr("执行交接"), text, tr("执行交接"), self._run_plan)

    def _run_plan(self) -> None:
        self.stack.setCurrentIndex(RUN)
        self.progress.setRange(0, max(1, len(self.the_plan.lines)))
        self.progress.setValue(0)
        self.stop_button.setEnabled(True)
        self.task = run_op(self, handover.execute, self.actor, self.handover_id, self.the_plan,
                           success=self._executed, failure=self._failed,
                           progress=lambda done, total: self.progress.setValue(done))
        self.task.finished.connect(self._task_finished)

    def cancel_run(self) -> None:
        if self.task is not None:
            self.stop_button.setEnabled(False)
            self.run_label.setText(tr("正在取消……"))
            self.task.cancel()

    def _task_finished(self) -> None:
        task, self.task = self.task, None
        if task is not None and task.is_cancelled() and self.summary is None:
            # a cancelled run rolled back (or finished before it saw the cancel)
            if task.error is None and task.result is not None:
                self._executed(task.result.value)   # run_op's Outcome(value, changes)
                return
            self.stack.setCurrentIndex(PLAN)
            self.message.setText(tr("已取消交接，没有做任何改动。"))
            self.preview()

    def _failed(self, exc: BaseException) -> None:
        self.stack.setCurrentIndex(PLAN)
        self.message.setText(exc.message if isinstance(exc, ArchiveError)
                             else tr("交接失败，没有做任何改动：%1")
                             .replace("%1", exception_text(exc, "handover wizard")))
        self.preview()

    def _executed(self, summary) -> None:
        self.summary = summary
        rows = "".join(
            "<li>" + tr("%1（%2）：%3 位").replace("%1", r.display_name).replace("%2", r.username)
            .replace("%3", str(summary.per_receiver.get(r.username, 0))) + "</li>"
            for r in self.the_plan.receivers)
        done = (tr("离职人员名下没有客户，交接已完成，账号已标记为离职。") if summary.status == "complete"
                else tr("请各接收人在“交接 › 待确认的交接”中核对并确认接收；全部确认后，离职人员的账号标记为离职。"))
        self.result_label.setText(
            tr("交接单 <b>%1</b>：%2 位客户已移交，%3 条未办跟进事项随客户移交。").replace("%1", summary.number)
            .replace("%2", str(summary.moved)).replace("%3", str(summary.follow_ups_moved))
            + f"<ul>{rows}</ul>" + done)
        self.stack.setCurrentIndex(RESULT)
        self.executed.emit(summary.handover_id)   # the screens heard of it from its changes

    def ask_save_pdf(self) -> None:
        dialog = QFileDialog(self, tr("保存交接单"), tr("交接单_%1.pdf").replace("%1", self.summary.number),
                             tr("PDF 文件 (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_pdf)
        dialog.open()
        self.file_dialog = dialog

    def save_pdf(self, path: str) -> bool:
        return save_record(self, self.actor, self.handover_id, path, self.message)


def open_or_start(actor, username: str, notes: str) -> int:
    """Continue the leaver's open handover, or start one (freezing the account)."""
    return handover.open_handover_of(actor, username) or handover.start_handover(actor, username, notes)


def save_record(widget, actor, handover_id: int, path: str, message_label: QLabel | None = None) -> bool:
    """Write the 交接单 PDF to `path` (the service audits it); show a problem in `message_label`."""
    try:
        handover.print_record(actor, handover_id, path)
    except (ArchiveError, OSError) as exc:
        if message_label is not None:
            known = known_condition(exc)   # a missing folder, no permission, a full disk …
            message_label.setStyleSheet("color:#b00020")
            message_label.setText(known.message if known is not None else
                                  tr("无法保存交接单：%1").replace("%1", str(exc)))
        return False
    if message_label is not None:
        message_label.setStyleSheet("color:#1b5e20")
        message_label.setText(tr("交接单已保存：%1").replace("%1", path))
    return True


def _buttons(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row
