"""A form layout where every field has its own error line right under it.

ValidationError.problems carry the field name; `show_problems` puts each message next to its
field and returns the messages it could not place (shown in a general line by the caller).
A field's message goes as soon as the user changes that field (no stale "请填写标题"), and a
dialog grows to fit the messages it shows (none overlaps its field).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.foundation.errors import FieldProblem

ERROR_STYLE = "color: #b00020;"


class ErrorForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setHorizontalSpacing(12)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}

    def add_field(self, key: str, label: str, editor: QWidget, *aliases: str) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        lay.addWidget(editor)
        err = QLabel(box)
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        self.addRow(label, box)
        self.editors[key] = editor
        self.errors[key] = err
        changed = _change_signal(editor)
        if changed is not None:
            changed.connect(lambda *_a, k=key: self.set_error(k, ""))
        for a in aliases:
            self.aliases[a] = key
        return box

    def error_text(self, key: str) -> str:
        label = self.errors.get(self.aliases.get(key, key))
        return label.text() if label is not None and not label.isHidden() else ""

    def set_error(self, key: str, text: str) -> bool:
        label = self.errors.get(self.aliases.get(key, key))
        if label is None:
            return False
        if not text and label.isHidden():
            return True
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            _fit_dialog(label)
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_problems(self, problems: list[FieldProblem]) -> list[str]:
        self.clear_errors()
        unplaced = []
        first = None
        for p in problems:
            if self.set_error(p.field, p.message):
                first = first or self.editors[self.aliases.get(p.field, p.field)]
            else:
                unplaced.append(p.message)
        if first is not None:
            first.setFocus()
        return unplaced


def _change_signal(editor: QWidget):
    """The signal that says the user changed this editor's value (None: unknown editor)."""
    if isinstance(editor, QLineEdit):
        return editor.textEdited
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.textChanged
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QDateTimeEdit):
        return editor.dateTimeChanged
    if isinstance(editor, QAbstractSpinBox) and hasattr(editor, "valueChanged"):
        return editor.valueChanged
    if isinstance(editor, QAbstractButton):
        return editor.toggled
    return getattr(editor, "changed", None)   # a composite editor of our own


def _fit_dialog(label: QLabel) -> None:
    """Qt does not grow a shown dialog whose layout wraps text (height-for-width): without
    this a new error line is squeezed over its field. Grow the dialog to what it needs."""
    win = label.window()
    lay = win.layout() if isinstance(win, QDialog) else None
    if lay is None:
        return
    lay.activate()
    need = (lay.totalHeightForWidth(win.width()) if lay.hasHeightForWidth()
            else lay.totalMinimumSize().height())
    if need > win.height():
        win.resize(win.width(), need)
