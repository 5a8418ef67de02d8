"""Page 1's company form. Values travel as plain strings (the core parses and checks them),
so nothing the user typed is lost when a check fails: the widgets keep their text."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from models.foundation.dto import CustomerCard, StaffInfo
from models.foundation.vocabulary import (
    CLASS_LABELS,
    CLASSES,
    FIELD_LABELS,
    KIND_LABELS,
    KINDS,
    SOURCE_CHANNELS,
)
from models.rules import access
from ui.vocabulary_tr import core_label
from ui.widgets.form import ErrorForm

LEFT = ("name", "kind", "industry", "industry_status", "organization", "founded_on", "source_channel",
        "cls", "owner")
RIGHT = ("address", "phone", "fax", "email", "wechat", "website", "notes")
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
    }


class CompanyForm(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.left, self.right = ErrorForm(), ErrorForm()
        for form, keys in ((self.left, LEFT), (self.right, RIGHT)):
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
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._loading = False

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
        w = QLineEdit(self)
        if key == "founded_on":
            w.setPlaceholderText(self.tr("如 2015-03-18 或 2015年3月18日"))
        elif key == "email":
            w.setPlaceholderText("name@example.com")
        w.textChanged.connect(self._changed)
        return w

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
        for key, w in self.widgets.items():
            allowed = manage if key in ("cls", "owner") else edit
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(not allowed)
            else:
                w.setEnabled(allowed)

    def show_problems(self, problems) -> list[str]:
        left = [p for p in problems if p.field in LEFT or p.field == "classification"]
        right = [p for p in problems if p.field in RIGHT]
        rest = [p.message for p in problems if p not in left and p not in right]
        self.left.show_problems(left)
        self.right.show_problems(right)
        return rest

    def clear_errors(self) -> None:
        self.left.clear_errors()
        self.right.clear_errors()

    def error_text(self, key: str) -> str:
        return self.left.error_text(key) or self.right.error_text(key)
