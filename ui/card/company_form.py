"""Page 1's company form. Values travel as plain strings (the core parses and checks them),
so nothing the user typed is lost when a check fails: the widgets keep their text."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from models.foundation.credit_code import parse_credit_code
from models.foundation.dto import CustomerCard, StaffInfo
from models.foundation.vocabulary import (
    CLASS_LABELS,
    CLASSES,
    FIELD_LABELS,
    IDENTITY_FIELDS,
    KIND_LABELS,
    KINDS,
    SOURCE_CHANNELS,
)
from models.rules import access
from ui.vocabulary_tr import core_label
from ui.widgets.date_field import DateField
from ui.widgets.form import ErrorForm

LEFT = ("name", "kind", "industry", "industry_status", "organization", "founded_on", "source_channel",
        "cls", "owner")
RIGHT = ("address", "phone", "fax", "email", "wechat", "website", "notes")
# company identity (issue 16): 统一社会信用代码, 法定代表人, 注册资本 and 开票信息, in a group below
IDENTITY_LEFT = ("credit_code", "legal_rep", "registered_capital")
IDENTITY_RIGHT = ("invoice_title", "invoice_tax_id", "invoice_address_phone", "invoice_bank_account")
MULTILINE = ("organization", "industry_status", "notes")


def card_values(card: CustomerCard) -> dict[str, str]:
    """The card as the form shows it (so form values and card values compare directly)."""
    return {
        "name": card.name, "kind": card.kind, "organization": card.organization,
        "industry": card.industry, "industry_status": card.industry_status,
        "founded_on": card.founded_on.isoformat() if card.founded_on else "",
        "address": card.address, "phone": card.phone, "fax": card.fax, "email": card.email,
        "wechat": card.wechat, "website": card.website, "source_channel": card.source_channel,
        "cls": card.cls, "owner": str(card.custodian.id) if card.custodian else "",
        "notes": card.notes,
        **{k: getattr(card, k) for k in IDENTITY_FIELDS},
    }


def credit_code_problem(text: str) -> str:
    """The check the core makes (GB 32100-2015), as the user types: '' when fine or empty."""
    try:
        parse_credit_code(text)
    except ValueError as exc:
        return str(exc)
    return ""


class CompanyForm(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.left, self.right = ErrorForm(), ErrorForm()
        self.id_left, self.id_right = ErrorForm(), ErrorForm()
        self.forms = ((self.left, LEFT), (self.right, RIGHT), (self.id_left, IDENTITY_LEFT),
                      (self.id_right, IDENTITY_RIGHT))
        for form, keys in self.forms:
            for key in keys:
                w = self._make(key)
                self.widgets[key] = w
                aliases = ("classification",) if key == "cls" else ()
                form.add_field(key, core_label(FIELD_LABELS[key]), w, *aliases)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addLayout(self.left, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(self.right, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.identity = QGroupBox(self.tr("企业身份与开票信息"), self)
        id_grid = QGridLayout(self.identity)
        id_grid.setHorizontalSpacing(24)
        id_grid.addLayout(self.id_left, 0, 0, Qt.AlignmentFlag.AlignTop)
        id_grid.addLayout(self.id_right, 0, 1, Qt.AlignmentFlag.AlignTop)
        id_grid.setColumnStretch(0, 1)
        id_grid.setColumnStretch(1, 1)
        grid.addWidget(self.identity, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._loading = False
        credit = self.widgets["credit_code"]
        credit.setPlaceholderText(self.tr("18 位，如 91330100MA27XK1A2T"))
        credit.setMaxLength(24)    # room for the spaces and hyphens people paste
        credit.textChanged.connect(self._check_credit_code)
        credit.editingFinished.connect(lambda: self.id_left.set_error(
            "credit_code", credit_code_problem(credit.text())))

    def _make(self, key: str) -> QWidget:
        if key in MULTILINE:
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            w.setFixedHeight(54 if key != "notes" else 70)
            w.textChanged.connect(self._changed)
            return w
        if key in ("kind", "cls", "source_channel", "owner"):
            w = QComboBox(self)
            if key == "kind":
                for k in KINDS:
                    w.addItem(core_label(KIND_LABELS[k]), k)
            elif key == "cls":
                for c in CLASSES:
                    w.addItem(core_label(CLASS_LABELS[c]), c)
            elif key == "source_channel":
                w.addItem(self.tr("（未填写）"), "")
                for c in SOURCE_CHANNELS:
                    w.addItem(c, c)
            w.currentIndexChanged.connect(self._changed)
            return w
        if key == "founded_on":   # checked as typed, with the core's parser (issue 12)
            w = DateField(self)
            w.problem_changed.connect(lambda text: self.left.set_error("founded_on", text))
            w.textChanged.connect(self._changed)
            return w
        w = QLineEdit(self)
        if key == "email":
            w.setPlaceholderText("name@example.com")
        w.textChanged.connect(self._changed)
        return w

    def _check_credit_code(self, text: str) -> None:
        # the check character is checked as the user types; the core checks again on save
        code = text.strip()
        problem = credit_code_problem(code) if len(code.replace(" ", "").replace("-", "")) >= 18 else ""
        self.id_left.set_error("credit_code", problem)

    def _changed(self, *_a) -> None:
        if not self._loading:
            self.edited.emit()

    def set_staff(self, staff: list[StaffInfo], current: StaffInfo | None) -> None:
        combo: QComboBox = self.widgets["owner"]
        self._loading = True
        combo.clear()
        seen = set()
        for s in staff:
            if access.may_hold_custody(s) and s.status == "active":
                combo.addItem(s.label, str(s.id))
                seen.add(s.id)
        if current is not None and current.id not in seen:
            combo.addItem(current.label, str(current.id))
        self._loading = False

    def values(self) -> dict[str, str]:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData() or ""
            else:
                out[key] = w.text()
        return out

    def set_values(self, values: dict[str, str]) -> None:
        self._loading = True
        try:
            for key, value in values.items():
                w = self.widgets.get(key)
                if isinstance(w, QPlainTextEdit):
                    if w.toPlainText() != value:
                        w.setPlainText(value)
                elif isinstance(w, QComboBox):
                    idx = w.findData(value)
                    w.setCurrentIndex(idx if idx >= 0 else 0)
                elif isinstance(w, QLineEdit):  # noqa: SIM102 - more branches may follow
                    if w.text() != value:
                        w.setText(value)
                        w.setCursorPosition(0)
        finally:
            self._loading = False

    def set_editable(self, edit: bool, manage: bool) -> None:
        from ui.card.status_line import READ_ONLY_STYLE, restyle

        if self.styleSheet() != READ_ONLY_STYLE:
            self.setStyleSheet(READ_ONLY_STYLE)
        for key, w in self.widgets.items():
            allowed = manage if key in ("cls", "owner") else edit
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                if w.isReadOnly() != (not allowed):
                    w.setReadOnly(not allowed)
                    restyle(w)
            else:
                w.setEnabled(allowed)

    def show_problems(self, problems) -> list[str]:
        placed = []
        for form, keys in self.forms:
            mine = [p for p in problems if p.field in keys or (p.field == "classification" and "cls" in keys)]
            form.show_problems(mine)
            placed += mine
        return [p.message for p in problems if p not in placed]

    def clear_errors(self) -> None:
        for form, _keys in self.forms:
            form.clear_errors()

    def error_text(self, key: str) -> str:
        return next((t for form, _k in self.forms if (t := form.error_text(key))), "")
