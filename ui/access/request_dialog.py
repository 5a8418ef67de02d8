"""申请查阅: find any customer in the directory, ask for access, or report a matter (write-only).

Every call runs through ui.operations (a worker thread); requests and reports announce their
Changes, so the badges, the inbox and the list follow by themselves."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from models.access_requests import requests
from models.archive import customers, events
from models.foundation.errors import ArchiveError
from models.foundation.vocabulary import EVENT_CATEGORIES, SCOPE_LABELS, SCOPES
from ui.access.common import (
    Column,
    RecordTableModel,
    message_label,
    selected_record,
    table_view,
    tr,
)
from ui.operations import run_op, run_query
from ui.vocabulary_tr import core_label


class RequestDialog(QDialog):
    requested = Signal(int)   # request id
    reported = Signal(int)    # event id

    def __init__(self, actor, parent=None):
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(tr("申请查阅客户档案"))
        self.resize(640, 560)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("输入客户名称或编号"))
        self.find_button = QPushButton(tr("查找"), self)
        self.find_button.clicked.connect(self.find)
        self.search.returnPressed.connect(self.find)
        self.model = RecordTableModel([
            Column(tr("客户编号"), lambda d: d.code), Column(tr("客户名称"), lambda d: d.name),
            Column(tr("分类"), lambda d: d.cls), Column(tr("负责客服"), lambda d: d.custodian)], self)
        self.view = table_view(self.model, self)
        self.view.setColumnWidth(1, 260)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(tr("申请理由（必填），例如：下周拜访该客户，需要了解合作历史"))
        self.reason.setMaximumHeight(80)
        self.scope_boxes: dict[str, QCheckBox] = {}
        scopes = QHBoxLayout()
        for s in SCOPES:
            box = QCheckBox(core_label(SCOPE_LABELS[s]), self)
            if s == "view":
                box.setChecked(True)
                box.setEnabled(False)   # every grant includes viewing
            scopes.addWidget(box)
            self.scope_boxes[s] = box
        scopes.addStretch(1)
        self.submit_button = QPushButton(tr("提交申请"), self)
        self.submit_button.clicked.connect(self.submit)
        self.report_button = QPushButton(tr("报告重要事项…"), self)
        self.report_button.clicked.connect(self.open_report)
        self.message = message_label(self)
        self.done_label = QLabel(self)
        close = QPushButton(tr("关闭"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(tr("申请理由"), self.reason)
        form.addRow(tr("申请范围"), scopes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(tr("客户目录（只显示编号、名称、分类和负责客服）"), self))
        lay.addWidget(self.view, 1)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.done_label)
        lay.addLayout(buttons)
        self.report_dialog = None

    def _failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def find(self) -> None:
        self.message.clear()
        run_query(self, customers.directory, self.actor, self.search.text(), success=self._found,
                  failure=self._failed)

    def _found(self, lines) -> None:
        self.model.set_records(lines)
        if lines:
            self.view.selectRow(0)
        else:
            self.message.setText(tr("没有找到匹配的客户"))

    def chosen(self):
        return selected_record(self.view)

    def scopes(self) -> list[str]:
        return [s for s, box in self.scope_boxes.items() if box.isChecked()]

    def submit(self) -> None:
        self.message.clear()
        line = self.chosen()
        if line is None:
            self.message.setText(tr("请先查找并选中一位客户"))
            return
        self.submit_button.setEnabled(False)
        run_op(self, requests.request_access, self.actor, line.code, self.reason.toPlainText(),
               self.scopes(), success=self._requested, failure=self._failed)

    def _requested(self, rid: int) -> None:
        self.submit_button.setEnabled(True)
        self.done_label.setText(tr("已提交申请（编号 %1），等待主管审批").replace("%1", str(rid)))
        self.reason.clear()
        self.requested.emit(rid)

    def open_report(self) -> None:
        line = self.chosen()
        if line is None:
            self.message.setText(tr("请先查找并选中一位客户"))
            return
        self.report_dialog = ReportDialog(self.actor, line, self)
        self.report_dialog.reported.connect(self._reported)
        self.report_dialog.open()

    def _reported(self, event_id: int) -> None:
        self.done_label.setText(tr("重要事项已报告，负责客服会收到通知"))
        self.reported.emit(event_id)


class ReportDialog(QDialog):
    """报告重要事项: write-only; the reporter may not be able to read the card back."""

    reported = Signal(int)

    def __init__(self, actor, line, parent=None):
        super().__init__(parent)
        self.actor, self.line = actor, line
        self.setWindowTitle(tr("报告重要事项 — %1 %2").replace("%1", line.code).replace("%2", line.name))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.category = QComboBox(self)
        self.category.addItems(list(EVENT_CATEGORIES))
        self.title_edit = QLineEdit(self)
        self.content = QPlainTextEdit(self)
        self.message = message_label(self)
        ok = QPushButton(tr("提交报告"), self)
        ok.clicked.connect(self.submit)
        self.submit_button = ok
        cancel = QPushButton(tr("取消"), self)
        cancel.clicked.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("日期"), self.date)
        form.addRow(tr("类别"), self.category)
        form.addRow(tr("标题"), self.title_edit)
        form.addRow(tr("内容"), self.content)
        form.addRow(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(ok)
        row.addWidget(cancel)
        form.addRow(row)

    def submit(self) -> None:
        d = self.date.date()
        self.submit_button.setEnabled(False)
        run_op(self, events.report_event, self.actor, self.line.code, {
            "event_date": dt.date(d.year(), d.month(), d.day()),
            "category": self.category.currentText(), "title": self.title_edit.text(),
            "content": self.content.toPlainText()}, success=self._reported, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def _reported(self, eid: int) -> None:
        self.reported.emit(eid)
        self.accept()
