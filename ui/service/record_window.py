"""One service record: its data, deadlines (with the missed marks), the steps, and the
actions the core allows now. Every call runs on the task runner; the window re-reads the
record after each one and says "service" so lists and cards follow."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.accounts import staff
from models.foundation.changes import Kind
from models.foundation.vocabulary import AFTER_SALES_KINDS, APPOINTMENT_KINDS, SERVICE_STEP_LABELS
from models.service import printing, records
from models.service.dto import RecordInfo
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.service import action_dialogs as dialogs
from ui.service.common import (
    CLOSED,
    COMPLAINT,
    EXCHANGE,
    SOLVED,
    VISITED,
    error_text,
    label,
    moment_text,
    satisfaction_label,
    tr,
    verdict_label,
    warranty_label,
)
from ui.widgets.form import ERROR_STYLE

MISSED_STYLE = "color: #b00020; font-weight: bold;"


def step_columns() -> list[Column]:
    return [Column(tr("时间"), lambda s: moment_text(s.at), raw=lambda s: s.at.isoformat(sep=" ")),
            Column(tr("步骤"), lambda s: label(SERVICE_STEP_LABELS.get(s.action, s.action))),
            Column(tr("状态"), lambda s: label(s.status)),
            Column(tr("操作人"), lambda s: s.actor),
            Column(tr("说明"), lambda s: s.note, tooltip=lambda s: s.note or None)]


class RecordWindow(QWidget):
    loaded = Signal(object)        # the RecordInfo shown
    action_failed = Signal(str)    # the Chinese message shown

    def __init__(self, main, number: str):
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main = main
        self.number = number
        self.info: RecordInfo | None = None
        self.dialog: dialogs.ActionDialog | None = None
        self.preview = None
        self.setWindowTitle(self.tr("服务单 %1").replace("%1", number))
        self.heading = QLabel(number, self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: #555")
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        data = QWidget()
        data.setLayout(self.fields)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(data)
        self.respond_label = QLabel(self)
        self.resolve_label = QLabel(self)
        deadlines = QGroupBox(self.tr("期限（工作时间）"), self)
        dl = QFormLayout(deadlines)
        dl.addRow(self.tr("响应期限："), self.respond_label)
        dl.addRow(self.tr("解决期限："), self.resolve_label)
        self.steps_model = RecordTableModel(step_columns(), self)
        from ui.card.sections import make_table

        self.steps = make_table(self.steps_model, self)
        self.steps.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 70, 70, 90)):
            self.steps.setColumnWidth(col, width)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(deadlines)
        rl.addWidget(QLabel(self.tr("处理记录"), self))
        rl.addWidget(self.steps, 1)
        split = QSplitter(self)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([520, 620])

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text in (("judge", self.tr("判断…")), ("assign", self.tr("指派…")), ("step", self.tr("处理…")),
                          ("feedback", self.tr("回访…")), ("close", self.tr("关闭服务单…")),
                          ("reopen", self.tr("重新打开…")), ("print", self.tr("打印…")),
                          ("card", self.tr("打开客户卡"))):
            b = QPushButton(text, self)
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.buttons[key] = b
            bar.addWidget(b)
        bar.insertStretch(6, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.subheading)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        lay.addLayout(bar)
        self.resize(1200, 720)
        main.app_events.changed.connect(self._on_changed)
        self.reload()

    # ---- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.main.tasks.run(records.get_record, self.main.actor, self.number, on_done=self.show_record,
                            on_error=self._load_failed)

    def _load_failed(self, exc) -> None:
        self.set_message(error_text(exc))

    def _on_changed(self, changes, _initiator=None) -> None:
        if (changes.touches(Kind.SERVICE) or changes.touches(Kind.HANDOVERS)) and self.isVisible():
            self.reload()

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_record(self, r: RecordInfo) -> None:
        self.info = r
        self.heading.setText(f"{r.number}　{label(r.kind)}　{r.title}")
        self.subheading.setText(self.tr("客户：%1 %2 · 状态：%3 · 处理人：%4")
                                .replace("%1", r.code).replace("%2", r.customer)
                                .replace("%3", label(r.status) + (self.tr("（待客户，计时暂停）") if r.paused else ""))
                                .replace("%4", r.assignee or "—"))
        while self.fields.rowCount():
            self.fields.removeRow(0)
        rows = [(self.tr("严重程度"), label(r.severity)), (self.tr("受理时间"), moment_text(r.received_at)),
                (self.tr("受理渠道"), label(r.channel)), (self.tr("受理人"), r.opened_by),
                (self.tr("投诉人/联系人"), " ".join(x for x in (r.complainant, r.complainant_contact) if x)),
                (self.tr("产品/订单"), r.product), (self.tr("情况描述"), r.content), (self.tr("客户要求"), r.demand)]
        if r.kind in APPOINTMENT_KINDS:
            rows += [(self.tr("预约时间"), moment_text(r.appointment_at)), (self.tr("服务地址"), r.address)]
        if r.kind in AFTER_SALES_KINDS:
            rows.append((self.tr("保修"), warranty_label(r.warranty)))
        if r.kind == EXCHANGE:
            rows += [(self.tr("退换物品"), r.item), (self.tr("退换原因"), r.return_reason)]
        if r.kind == COMPLAINT:
            rows += [(self.tr("判断"), verdict_label(r.verdict) or self.tr("（未判断）")),
                     (self.tr("判断理由"), r.verdict_reason), (self.tr("投诉类别"), label(r.category)),
                     (self.tr("责任部门"), r.responsible_dept)]
        rows.append((self.tr("处理结果"), r.resolution))
        if r.kind == COMPLAINT:
            rows += [(self.tr("纠正措施"), r.corrective), (self.tr("预防措施"), r.preventive)]
        rows += [(self.tr("回访告知"), r.feedback_told), (self.tr("满意度"), satisfaction_label(r.satisfaction))]
        if r.reopen_count:
            rows.append((self.tr("重新打开"), self.tr("%1 次").replace("%1", str(r.reopen_count))))
        for name, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(name + "：", text)
        self._deadline(self.respond_label, r.respond_by, r.missed_response)
        self._deadline(self.resolve_label, r.resolve_by, r.missed_resolution)
        self.steps_model.set_records(r.steps)
        handle, state = r.can_handle, r.status
        enabled = {"judge": handle and r.kind == COMPLAINT and state not in (CLOSED,),
                   "assign": handle and state != CLOSED,
                   "step": handle and r.is_open, "feedback": handle and state == SOLVED,
                   "close": handle and state != CLOSED,
                   "reopen": handle and state in (SOLVED, VISITED, CLOSED), "print": True, "card": True}
        for key, b in self.buttons.items():
            b.setEnabled(enabled[key])
        self.buttons["judge"].setVisible(r.kind == COMPLAINT)
        self.loaded.emit(r)

    def _deadline(self, widget: QLabel, when, missed: bool) -> None:
        widget.setText(moment_text(when) + (self.tr("（已超期）") if missed else ""))
        widget.setStyleSheet(MISSED_STYLE if missed else "")

    # ---- actions ----------------------------------------------------------------------------
    def act(self, key: str):
        if self.info is None:
            return None
        self.set_message("")
        if key == "print":
            return self.print_record()
        if key == "card":
            return self.main.open_card(self.info.customer_id)
        if key == "assign":
            self.main.tasks.run(staff.list_users, self.main.actor, include_departed=False,
                                on_done=lambda people: self._open(dialogs.AssignDialog(people, self.info.assignee_username,
                                                                                       self), records.assign),
                                on_error=self.main.show_error)
            return None
        dlg, fn = {"judge": (lambda: dialogs.JudgeDialog(self), records.judge),
                   "step": (lambda: dialogs.StepDialog(self.info.kind == COMPLAINT, self), records.step),
                   "feedback": (lambda: dialogs.FeedbackDialog(self), records.feedback),
                   "close": (lambda: dialogs.CloseDialog(self), records.close),
                   "reopen": (lambda: dialogs.ReopenDialog(self), records.reopen)}[key]
        return self._open(dlg(), fn)

    def _open(self, dlg: dialogs.ActionDialog, fn):
        self.dialog = dlg
        dlg.submitted.connect(lambda values: self._run(fn, values, dlg))
        dlg.open()
        return dlg

    def _run(self, fn, values: dict, dlg: dialogs.ActionDialog | None = None) -> None:
        def done(info):
            if dlg is not None:
                dlg.succeeded()
            self.show_record(info)
            self.main.service_feature.changed()

        def failed(exc):
            if dlg is not None:
                dlg.show_error(exc)
            else:
                self.set_message(error_text(exc))
            self.action_failed.emit(error_text(exc))

        self.main.tasks.run(fn, self.main.actor, self.number, **values, on_done=done, on_error=failed)

    def print_record(self) -> None:
        """The form in the print preview (打印…, 另存为 PDF…); the core writes and audits it."""
        from ui.service.paper import preview_form

        def shown(preview):
            self.preview = preview
            self.printed_path = preview.pdf_path

        preview_form(self.main, self, partial(printing.print_record, self.main.actor, self.number),
                     f"{self.number}.pdf", self.number, on_shown=shown,
                     on_error=lambda exc: self.set_message(error_text(exc)))

    def closeEvent(self, event) -> None:
        if self.dialog is not None:
            self.dialog.close()
        super().closeEvent(event)
