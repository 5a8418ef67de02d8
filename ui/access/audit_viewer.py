"""审计日志: managers and admins filter the log by user, customer, action and date range,
export the result to Excel, and check the hash chain (校验完整性). The count and the query,
the check and the export all run on the task runner."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from models.foundation.errors import ArchiveError
from models.rules import audit, audit_log
from models.rules.audit_details import details_text
from ui.access.common import Column, RecordTableModel, local_text, message_label, table_view, tr
from ui.crash_dialog import exception_text
from ui.operations import run_query
from ui.vocabulary_tr import core_label

PAGE = 1000
OUTCOMES = {"allowed": QT_TRANSLATE_NOOP("AuditViewer", "允许"),
            "denied": QT_TRANSLATE_NOOP("AuditViewer", "拒绝")}


def _date_edit(parent, days_back: int) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate().addDays(-days_back), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def count_and_page(actor, filters: dict):
    return audit_log.count(actor, **filters), audit_log.query(actor, limit=PAGE, **filters)


class AuditViewer(QDialog):
    verified = Signal(object)   # models.audit.VerifyResult
    exported = Signal(object)   # models.transfer.audit_export.ExportResult

    def __init__(self, actor, tasks, parent=None):
        super().__init__(parent)
        self.actor, self.tasks = actor, tasks
        self.setWindowTitle(tr("审计日志"))
        self.resize(1100, 680)
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(tr("用户名"))
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(tr("客户编号"))
        self.action = QComboBox(self)
        self.action.addItem(tr("全部操作"), "")
        for key, label in sorted(audit.ACTION_LABELS.items(), key=lambda kv: kv[1]):
            self.action.addItem(core_label(label), key)
        self.use_since = QCheckBox(tr("从"), self)
        self.since = _date_edit(self, 30)
        self.use_until = QCheckBox(tr("到"), self)
        self.until = _date_edit(self, 0)
        self.query_button = QPushButton(tr("查询"), self)
        self.query_button.clicked.connect(self.run_query)
        self.user.returnPressed.connect(self.run_query)
        self.customer.returnPressed.connect(self.run_query)
        self.model = RecordTableModel([
            Column(tr("编号"), lambda e: e.id, raw=lambda e: e.id),
            Column(tr("时间"), lambda e: local_text(e.at), raw=lambda e: e.at),
            Column(tr("用户"), lambda e: e.actor_name), Column(tr("电脑"), lambda e: e.machine),
            Column(tr("操作"), lambda e: core_label(e.action_label)), Column(tr("对象"), lambda e: e.target_label),
            Column(tr("结果"), lambda e: QCoreApplication.translate("AuditViewer", OUTCOMES.get(e.outcome, e.outcome)),
                   dim=lambda e: e.outcome != "denied"),
            Column(tr("详情"), lambda e: details_text(e.details), tooltip=lambda e: e.details)], self)
        self.view = table_view(self.model, self)
        self.count_label = QLabel(self)
        self.export_button = QPushButton(tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.choose_export_file)
        self.verify_button = QPushButton(tr("校验完整性"), self)
        self.verify_button.clicked.connect(self.run_verify)
        self.verify_label = QLabel(self)
        self.verify_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(tr("取消"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        self.message = message_label(self)
        self._task = None
        self._query_task = None
        self._file_dialog = None

        filters = QHBoxLayout()
        for w in (self.user, self.customer, self.action, self.use_since, self.since, self.use_until,
                  self.until, self.query_button):
            filters.addWidget(w)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.verify_label)
        lay.addWidget(self.message)
        lay.addLayout(bottom)
        self.run_query()

    def filters(self) -> dict:
        def day(edit):
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        return {"user": self.user.text().strip() or None,
                "customer_code": self.customer.text().strip() or None,
                "action": self.action.currentData() or None,
                "since": day(self.since) if self.use_since.isChecked() else None,
                "until": day(self.until) if self.use_until.isChecked() else None}

    @property
    def querying(self) -> bool:
        return self._query_task is not None

    def run_query(self) -> None:
        """Count and fetch in the background; the newest query's answer is the one shown."""
        self.message.clear()
        self.query_button.setEnabled(False)
        self.count_label.setText(tr("正在查询…"))
        task = run_query(self, count_and_page, self.actor, self.filters(),
                         success=lambda found: self._queried(task, found),
                         failure=lambda exc: self._query_failed(task, exc))
        self._query_task = task

    def _query_failed(self, task, exc: BaseException) -> None:
        if task is not self._query_task:
            return
        self._query_task = None
        self.query_button.setEnabled(True)
        self.count_label.clear()
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def _queried(self, task, found) -> None:
        if task is not self._query_task:
            return
        self._query_task = None
        self.query_button.setEnabled(True)
        total, entries = found
        self.model.set_records(entries)
        shown = self.model.rowCount()
        text = tr("共 %1 条").replace("%1", str(total))
        if total > shown:
            text += tr("（显示最新 %1 条；导出 Excel 包含全部）").replace("%1", str(shown))
        self.count_label.setText(text)
        self.view.resizeColumnsToContents()

    # ---- background work -------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._busy(False)
        self.verify_label.setText(tr("已取消"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc) -> None:
        self._busy(False)
        self.message.setText(exc.message if isinstance(exc, ArchiveError)
                             else exception_text(exc, "audit viewer"))

    def run_verify(self) -> None:
        self.verify_label.setText(tr("正在校验审计日志……"))
        self._busy(True)
        self._task = self.tasks.run(audit_log.verify_as, self.actor, on_done=self._verified,
                                    on_error=self._failed)

    def _verified(self, result) -> None:
        self._busy(False)
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b5e20;")
            self.verify_label.setText(tr("审计日志完整：已校验 %1 条记录，未发现修改、删除或截断")
                                      .replace("%1", str(result.checked)))
        else:
            self.verify_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verify_label.setText(tr("审计日志异常（第 %1 条）：%2")
                                      .replace("%1", str(result.bad_entry_id)).replace("%2", result.problem))
        self.verified.emit(result)

    def choose_export_file(self) -> None:
        self._file_dialog = QFileDialog(self, tr("导出审计日志"), tr("审计日志.xlsx"), tr("Excel 文件 (*.xlsx)"))
        self._file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self._file_dialog.setDefaultSuffix("xlsx")
        self._file_dialog.fileSelected.connect(self.export_to)
        self._file_dialog.open()

    def export_to(self, path: str) -> None:
        from models.transfer.audit_export import export_audit

        self.message.clear()
        self._busy(True)
        actor, filters = self.actor, self.filters()

        def work(progress=None, is_cancelled=None):
            return export_audit(actor, path, progress=progress, is_cancelled=is_cancelled, **filters)

        self._task = self.tasks.run(work, on_done=self._exported, on_error=self._failed,
                                    on_progress=self._progress)

    def _exported(self, result) -> None:
        self._busy(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(tr("已导出 %1 条到 %2").replace("%1", str(result.rows))
                                  .replace("%2", result.path))
        self.run_query()   # the export itself is now in the log
        self.exported.emit(result)
