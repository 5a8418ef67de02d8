"""交接记录 (managers) and 待确认的交接 (receivers). Reads and confirmations run through
ui.operations (the task runner); a confirmation's Changes refresh the other screens."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from models.foundation.errors import ArchiveError
from models.handover import service as handover
from ui.handover.common import (
    CheckableModel,
    customer_columns,
    local_text,
    make_table,
    save_record,
    selected_records,
    tr,
)
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.operations import run_op, run_query


class HandoverRecordsDialog(QDialog):
    """Every handover with its confirmation status per receiver; re-print; continue an open one."""

    continue_requested = Signal(int)

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.actor = window.actor
        self.setWindowTitle(tr("交接记录"))
        self.resize(900, 560)
        self.model = RecordTableModel([
            Column(tr("交接单号"), lambda h: h.number),
            Column(tr("离职人员"), lambda h: f"{h.leaver_name}（{h.leaver_username}）"),
            Column(tr("监交人"), lambda h: h.manager_name),
            Column(tr("状态"), lambda h: h.status_label),
            Column(tr("发起"), lambda h: local_text(h.created_at), raw=lambda h: h.created_at),
            Column(tr("执行"), lambda h: local_text(h.executed_at), raw=lambda h: h.executed_at or h.created_at),
            Column(tr("已确认"), lambda h: f"{h.confirmed} / {h.total}", raw=lambda h: h.confirmed),
        ], self)
        self.view = make_table(self.model, self, widths=(90, 160, 90, 90, 130, 130))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.detail_model = RecordTableModel([
            Column(tr("接收人"), lambda r: f"{r.display_name}（{r.username}）"),
            Column(tr("客户数"), lambda r: r.total, raw=lambda r: r.total),
            Column(tr("已确认"), lambda r: r.confirmed, raw=lambda r: r.confirmed),
            Column(tr("状态"), lambda r: tr("已全部确认") if r.done else tr("待确认")),
        ], self)
        self.detail_view = make_table(self.detail_model, self, widths=(180, 70, 70))
        self.detail_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.print_button = QPushButton(tr("重新打印交接单…"), self)
        self.print_button.clicked.connect(self.ask_print)
        self.continue_button = QPushButton(tr("继续交接…"), self)
        self.continue_button.clicked.connect(self._continue)
        refresh = QPushButton(tr("刷新"), self)
        refresh.clicked.connect(self.reload)
        close = QPushButton(tr("关闭"), self)
        close.clicked.connect(self.accept)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        bottom = QSplitter(self)
        bottom.addWidget(self.detail_view)
        split.addWidget(bottom)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.continue_button, refresh):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.detail_label)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def reload(self) -> None:
        run_query(self, handover.list_handovers, self.actor, success=self._show_rows,
                  failure=lambda exc: (self._failed(exc), self._show_rows([])))

    def _show_rows(self, rows) -> None:
        self.model.set_records(rows)
        if rows:
            self.view.selectRow(0)
        self.show_detail()

    def current(self):
        chosen = selected_records(self.view, self.model)
        return chosen[0] if chosen else None

    def show_detail(self) -> None:
        h = self.current()
        self.print_button.setEnabled(h is not None)
        self.continue_button.setEnabled(h is not None and h.status == "open")
        if h is None:
            self.detail_model.set_records([])
            self.detail_label.clear()
            return
        run_query(self, handover.get_handover, self.actor, h.id,
                  success=lambda info: self._show_info(h.id, info), failure=self._failed)

    def _show_info(self, handover_id: int, info) -> None:
        h = self.current()
        if h is None or h.id != handover_id:   # the selection moved on meanwhile
            return
        self.detail_model.set_records(info.receivers)
        self.detail_label.setText(
            tr("%1：%2 离职交接，状态 %3，已确认 %4 / %5").replace("%1", info.number)
            .replace("%2", info.leaver.display_name).replace("%3", info.status_label)
            .replace("%4", str(info.confirmed)).replace("%5", str(len(info.items))))

    def ask_print(self) -> None:
        h = self.current()
        if h is None:
            return
        dialog = QFileDialog(self, tr("保存交接单"), tr("交接单_%1.pdf").replace("%1", h.number), tr("PDF 文件 (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.print_to)
        dialog.open()
        self.file_dialog = dialog

    def print_to(self, path: str) -> bool:
        h = self.current()
        return h is not None and save_record(self, self.actor, h.id, path, self.message)

    def _continue(self) -> None:
        h = self.current()
        if h is not None and h.status == "open":
            self.continue_requested.emit(h.id)


class PendingConfirmationsDialog(QDialog):
    """A receiver ticks the customers they have checked and confirms receiving them."""

    confirmed = Signal(int)     # handover id

    def __init__(self, actor, parent=None, *, window=None):
        super().__init__(parent)
        self.actor = actor
        self.window_ = window
        self.pending = []
        self.setWindowTitle(tr("待确认的交接"))
        self.resize(820, 540)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = CheckableModel(customer_columns(with_status=False), self)
        self.view = make_table(self.model, self, widths=(110, 280, 50, 60, 70))
        self.view.doubleClicked.connect(self._open_card)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        all_button = QPushButton(tr("全选"), self)
        all_button.clicked.connect(lambda: self.model.set_all(True))
        none_button = QPushButton(tr("全不选"), self)
        none_button.clicked.connect(lambda: self.model.set_all(False))
        self.confirm_button = QPushButton(tr("确认接收所勾选的客户"), self)
        self.confirm_button.clicked.connect(self.confirm_checked)
        close = QPushButton(tr("关闭"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (all_button, none_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.message)
        lay.addLayout(row)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def reload(self) -> None:
        run_query(self, handover.my_pending_confirmations, self.actor, success=self._show_pending,
                  failure=lambda exc: (self._failed(exc), self._show_pending([])))

    def _show_pending(self, pending) -> None:
        self.pending = pending
        first = self.pending[0] if self.pending else None
        self.model.set_records([i for i in (first.items if first else ()) if i.confirmed_at is None])
        self.confirm_button.setEnabled(first is not None)
        if first is None:
            self.heading.setText(tr("没有待您确认的交接。"))
        else:
            self.heading.setText(
                tr("交接单 %1：%2 离职，监交人 %3，移交给您 %4 位客户，尚有 %5 位待确认。"
                   "请逐一核对客户档案（双击可打开客户卡），勾选后确认接收。")
                .replace("%1", first.number).replace("%2", first.leaver_name)
                .replace("%3", first.manager_name).replace("%4", str(len(first.items)))
                .replace("%5", str(self.model.rowCount())))

    def _open_card(self, index) -> None:
        if self.window_ is None:
            return
        record = self.model.record(self.view.model().mapToSource(index).row())
        if record is not None:
            self.window_.open_card(record.customer_id)

    def confirm_checked(self) -> None:
        if not self.pending:
            return
        chosen = self.model.checked_records()
        if not chosen:
            self.message.setText(tr("请先勾选已核对的客户"))
            return
        hid = self.pending[0].handover_id
        self.confirm_button.setEnabled(False)

        def done(info):
            self.message.setText(tr("已确认接收 %1 位客户。%2").replace("%1", str(len(chosen))).replace(
                "%2", tr("交接已全部完成。") if info.status == "complete" else ""))
            self.confirmed.emit(hid)
            self.reload()

        def refused(exc):
            self.confirm_button.setEnabled(True)
            self._failed(exc)
        run_op(self, handover.confirm, self.actor, hid, [i.code for i in chosen], success=done,
               failure=refused)
