"""Small dialogs: archive reason, settings, new customer (关于 is ui/about.py)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
)

from models.accounts import staff
from models.archive import customers
from models.foundation.errors import FieldProblem
from models.foundation.vocabulary import CLASS_LABELS, CLASSES, FIELD_LABELS
from models.rules import access
from ui import settings
from ui.dialogs.record_dialog import RecordDialog
from ui.operations import run_query
from ui.vocabulary_tr import core_label


class ArchiveDialog(RecordDialog):
    """归档 needs a reason; the card is kept whole and can be restored."""

    def __init__(self, submit, code_name: str, parent=None):
        super().__init__(self.tr("归档客户"), submit, parent)
        intro = QLabel(self.tr("归档后，%1 将不再出现在正常客户列表中，资料完整保留，可随时恢复。")
                       .replace("%1", code_name), self)
        intro.setWordWrap(True)
        self.main_layout.insertWidget(0, intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.form.add_field("reason", self.tr("归档原因"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("归档"))
        self.setMinimumWidth(440)

    def collect(self):
        reason = self.reason.toPlainText().strip()
        problems = [] if reason else [FieldProblem("reason", self.tr("请填写归档原因"))]
        return {"reason": reason}, problems


class NewCustomerDialog(RecordDialog):
    """新建客户: the few fields needed to file a card; the card opens for the rest.

    Before the card is written the core's duplicate finder is asked (same credit code, same
    phone, same name after removing 有限公司/股份/（分公司）): a likely duplicate brings up a
    warning with 仍然创建 / 打开已有 / 取消 (models.value.merge.hints_for_new_card)."""

    created = Signal(int)
    warned = Signal(object)     # the duplicate warning box, when one opens

    def __init__(self, window):
        self.window = window
        self._checking = False
        self._duplicates_ok = False
        self.warning = None
        super().__init__(self.tr("新建客户"), self._create, window)
        self.credit_code = QLineEdit(self)
        self.credit_code.setPlaceholderText(self.tr("企业可填，18 位"))
        self.credit_code.textChanged.connect(self._check_credit_code)
        self.name = QLineEdit(self)
        self.cls = QComboBox(self)
        for c in CLASSES:
            self.cls.addItem(core_label(CLASS_LABELS[c]), c)
        self.cls.setCurrentIndex(2)
        self.industry = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.owner = QComboBox(self)
        actor = window.actor
        # the manager's choice of custodian loads off the UI thread; until it arrives the
        # manager is the (default) custodian and the box waits, disabled
        self.owner.addItem(actor.display_name, actor.id)
        self.owner.setEnabled(False)
        if access.capabilities(actor).can_manage:
            run_query(self, staff.list_users, actor, include_departed=False,
                      success=self._set_owners, failure=lambda _exc: None)
        for key, w in (("name", self.name), ("cls", self.cls), ("industry", self.industry),
                       ("phone", self.phone), ("credit_code", self.credit_code), ("owner", self.owner)):
            self.form.add_field(key, core_label(FIELD_LABELS[key]), w,
                                *(("classification",) if key == "cls" else ()))
        self.setMinimumWidth(420)
        self.saved.connect(lambda card: self.created.emit(card.id))

    def _check_credit_code(self, text: str) -> None:
        from ui.card.company_form import credit_code_problem

        long_enough = len(text.strip().replace(" ", "").replace("-", "")) >= 18
        self.form.set_error("credit_code", credit_code_problem(text) if long_enough else "")

    def _set_owners(self, people) -> None:
        actor, chosen = self.window.actor, self.owner.currentData()
        self.owner.clear()
        for s in people:
            if access.may_hold_custody(s):
                self.owner.addItem(s.label, s.id)
        if self.owner.count() == 0:
            self.owner.addItem(actor.display_name, actor.id)
        self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0))
        self.owner.setEnabled(self.owner.count() > 1)

    def collect(self):
        return {"name": self.name.text(), "cls": self.cls.currentData(),
                "industry": self.industry.text(), "phone": self.phone.text(),
                "credit_code": self.credit_code.text(), "owner": self.owner.currentData()}, []

    def submit(self) -> None:
        """First the duplicate check (in the background), then the write."""
        if self.busy or self._checking:
            return
        if self._duplicates_ok or not self.name.text().strip():
            super().submit()   # (an empty name: the core's message under the field)
            return
        from models.value import merge
        from ui.operations import run_query

        self._checking = True
        self.set_message(self.tr("正在查找可能重复的客户…"))
        run_query(self, merge.hints_for_new_card, self.window.actor, self.name.text(), self.phone.text(),
                  self.credit_code.text(), success=self._hints, failure=lambda _exc: self._hints([]))

    def _hints(self, hints) -> None:
        self._checking = False
        self.set_message("")
        if not hints:
            self.create_anyway()
            return
        lines = "\n".join(self.tr("%1　%2（%3）").replace("%1", h.code).replace("%2", h.name).replace("%3", h.why)
                          for h in hints)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("可能重复的客户"),
                          self.tr("档案中可能已有这家客户：\n%1\n\n要仍然新建一张客户卡吗？").replace("%1", lines),
                          QMessageBox.StandardButton.NoButton, self)
        create = box.addButton(self.tr("仍然创建"), QMessageBox.ButtonRole.AcceptRole)
        existing = box.addButton(self.tr("打开已有"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        first = next((h for h in hints if h.customer_id is not None), None)
        existing.setEnabled(first is not None)
        if first is None:
            existing.setToolTip(self.tr("您无权查看已有的客户卡；如需核对，请联系其负责客服或客服主管"))
        create.clicked.connect(self.create_anyway)
        existing.clicked.connect(lambda: self.open_existing(first.customer_id) if first else None)
        self.warning = box
        box.open()
        self.warned.emit(box)

    def create_anyway(self) -> None:
        self._duplicates_ok = True
        try:
            super().submit()
        finally:
            self._duplicates_ok = False

    def open_existing(self, customer_id: int) -> None:
        self.reject()
        self.window.open_card(customer_id)

    def _create(self, data):
        owner = data.pop("owner")
        return customers.create_customer(self.window.actor, data, owner=owner)


class SettingsDialog(RecordDialog):
    """设置: the idle time after which the app locks itself."""

    in_background = False   # QSettings on this PC, no database

    def __init__(self, parent=None):
        super().__init__(self.tr("设置"), self._store, parent)
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setValue(settings.get("prefs/idle_lock_minutes"))
        self.form.add_field("idle", self.tr("无操作自动锁定"), self.idle)

    def collect(self):
        return {"idle": self.idle.value()}, []

    @staticmethod
    def _store(data):
        settings.set("prefs/idle_lock_minutes", int(data["idle"]))
        return data
