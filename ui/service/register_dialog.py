"""受理: register a complaint or an after-sales request (the fields of the 顾客投诉登记表,
plus what the after-sales kinds carry). Problems from the core show under their fields."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from models.accounts import staff
from models.archive import customers
from models.foundation.vocabulary import (
    AFTER_SALES_KINDS,
    APPOINTMENT_KINDS,
    SERVICE_CHANNELS,
    SERVICE_KINDS,
    SEVERITIES,
    WARRANTY_LABELS,
)
from models.service import reading, records
from ui.service.common import EXCHANGE, label, moment_text
from ui.service.form_dialog import FormDialog, MomentEdit


class RegisterDialog(FormDialog):
    registered = Signal(object)   # the new RecordInfo
    deadlines_changed = Signal(str)

    def __init__(self, main, *, customer_id: int | None = None, code: str = ""):
        super().__init__(main, self.tr("新建投诉/售后服务单"), self.tr("登记"))
        self.main = main
        self.kind = QComboBox(self)
        for k in SERVICE_KINDS:
            self.kind.addItem(label(k), k)
        self.code = QLineEdit(code, self)
        self.code.setPlaceholderText(self.tr("客户编号"))
        self.title_edit = QLineEdit(self)
        self.content = self.text_box(80)
        self.demand = self.text_box(48)
        self.product = QLineEdit(self)
        self.channel = QComboBox(self)
        self.channel.addItem("", "")
        for c in SERVICE_CHANNELS:
            self.channel.addItem(label(c), c)
        self.complainant = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.severity = QComboBox(self)
        for s in SEVERITIES:
            self.severity.addItem(label(s), s)
        self.received = MomentEdit(self)
        self.deadlines = QLabel(self)
        self.deadlines.setStyleSheet("color: #555")
        self.assignee = QComboBox(self)
        self.assignee.addItem(self.tr("（客户的负责客服）"), "")
        f = self.form
        f.add_field("kind", self.tr("类型"), self.kind)
        f.add_field("code", self.tr("客户编号"), self.code, "customer")
        f.add_field("title", self.tr("事由"), self.title_edit)
        f.add_field("content", self.tr("情况描述"), self.content)
        f.add_field("demand", self.tr("客户要求"), self.demand)
        f.add_field("product", self.tr("产品/订单"), self.product)
        f.add_field("channel", self.tr("受理渠道"), self.channel)
        f.add_field("complainant", self.tr("投诉人/联系人"), self.complainant)
        f.add_field("complainant_contact", self.tr("联系方式"), self.contact)
        f.add_field("severity", self.tr("严重程度"), self.severity)
        f.add_field("received_at", self.tr("受理时间"), self.received)
        f.addRow("", self.deadlines)
        f.add_field("assignee", self.tr("处理人"), self.assignee)
        # what the after-sales kinds carry
        self.appointment = QLineEdit(self)
        self.appointment.setPlaceholderText("YYYY-MM-DD HH:MM")
        self.address = QLineEdit(self)
        self.warranty = QComboBox(self)
        self.warranty.addItem("", "")
        for key in ("in", "out"):
            self.warranty.addItem(label(WARRANTY_LABELS[key]), key)
        self.item = QLineEdit(self)
        self.return_reason = self.text_box(48)
        self.after_rows = {
            "appointment_at": f.add_field("appointment_at", self.tr("预约时间"), self.appointment),
            "address": f.add_field("address", self.tr("服务地址"), self.address),
            "warranty": f.add_field("warranty", self.tr("保修"), self.warranty),
            "item": f.add_field("item", self.tr("退换物品"), self.item),
            "return_reason": f.add_field("return_reason", self.tr("退换原因"), self.return_reason),
        }
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.severity.currentIndexChanged.connect(self.show_deadlines)
        self.received.dateTimeChanged.connect(self.show_deadlines)
        self.show_deadlines()
        self.resize(560, 540)
        main.tasks.run(staff.list_users, main.actor, include_departed=False, on_done=self._set_staff,
                       on_error=lambda _e: None)
        if customer_id is not None and not code:
            main.tasks.run(customers.get_card, main.actor, customer_id, audit_view=False,
                           on_done=lambda card: self.code.setText(card.code) if not self.code.text() else None,
                           on_error=lambda _e: None)

    def show_deadlines(self) -> None:
        """响应期限 / 解决期限 as the core will count them from this 受理时间 and severity (only
        the latest answer is shown: an earlier one may come back later)."""
        self._asked = getattr(self, "_asked", 0) + 1
        self.main.tasks.run(reading.deadlines_for, self.severity.currentData(), self.received.text_value(),
                            on_done=lambda d, n=self._asked: self._deadlines_shown(d, n),
                            on_error=lambda _e: self.deadlines.clear())

    def _deadlines_shown(self, d, asked: int) -> None:
        if asked != self._asked:
            return
        self.deadlines.setText(self.tr("响应期限：%1　解决期限：%2").replace("%1", moment_text(d.respond_by))
                               .replace("%2", moment_text(d.resolve_by)))
        self.deadlines_changed.emit(self.deadlines.text())

    def _set_staff(self, people) -> None:
        for p in people:
            self.assignee.addItem(p.label, p.username)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        shown = {"appointment_at": kind in APPOINTMENT_KINDS, "address": kind in APPOINTMENT_KINDS,
                 "warranty": kind in AFTER_SALES_KINDS, "item": kind == EXCHANGE, "return_reason": kind == EXCHANGE}
        for key, row in self.after_rows.items():
            self.form.setRowVisible(row, shown[key])

    def values(self) -> dict:
        kind = self.kind.currentData()
        data = {"kind": kind, "title": self.title_edit.text(), "content": self.content.toPlainText(),
                "demand": self.demand.toPlainText(), "product": self.product.text(),
                "channel": self.channel.currentData(), "complainant": self.complainant.text(),
                "complainant_contact": self.contact.text(), "severity": self.severity.currentData(),
                "received_at": self.received.value(),
                "assignee": self.assignee.currentData() or None}
        if kind in APPOINTMENT_KINDS:
            data.update(appointment_at=self.appointment.text().strip() or None, address=self.address.text())
        if kind in AFTER_SALES_KINDS:
            data["warranty"] = self.warranty.currentData()
        if kind == EXCHANGE:
            data.update(item=self.item.text(), return_reason=self.return_reason.toPlainText())
        return data

    def submit(self) -> None:
        code = self.code.text().strip()
        if not self.begin():
            return
        if not code:
            self.set_busy(False)
            self.form.set_error("code", self.tr("请填写客户编号"))
            self.code.setFocus()
            return
        self.call(self.main.tasks, self.registered, records.open_record, self.main.actor, code, **self.values())
