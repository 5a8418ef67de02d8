"""发起离职交接: a stacked dialog — leaver → inventory → receivers & preview → execute → result.

The pages are built in ui/handover/wizard_pages.py; this module holds the steps. Opens with
show(); every step calls a service in models/handover through ui.operations on the task
runner (the inventory and the preview of a large custody take a moment, and a lost server
must not freeze the window); execution shows a progress bar and a cancel button (a
cancelled run changes nothing). What each step changed reaches every screen as Changes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
)

from models.foundation.errors import ArchiveError
from models.handover import service as handover
from ui.crash_dialog import exception_text
from ui.handover.common import confirm_box, save_record, selected_records, tr
from ui.handover.wizard_pages import BUILDERS, INVENTORY, PLAN, RESULT, RUN
from ui.operations import run_op, run_query


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
        for build in BUILDERS:   # ui/handover/wizard_pages.py
            self.stack.addWidget(build(self))
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
