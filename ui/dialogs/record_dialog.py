"""Base for small edit dialogs: an ErrorForm, a general message line, OK/Cancel.

The dialog calls `submit(data)` (a service call supplied by the card); a ValidationError
puts each message next to its field and keeps the dialog open with everything typed.
Success emits `saved(result)` and closes the dialog.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from models.foundation.errors import ArchiveError, FieldProblem, ValidationError
from ui.widgets.form import ERROR_STYLE, ErrorForm


class RecordDialog(QDialog):
    saved = Signal(object)
    failed = Signal(object)   # a non-validation ArchiveError (e.g. LoginFailed) for the window

    def __init__(self, title: str, submit: Callable[[dict], object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit_fn = submit
        self.form = ErrorForm()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.message)
        self.main_layout.addWidget(self.buttons)

    def collect(self) -> tuple[dict, list[FieldProblem]]:
        """Subclasses: the data for the service and any problems found before calling it."""
        raise NotImplementedError

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        self.set_message("")
        data, problems = self.collect()
        if problems:
            self.set_message("\n".join(self.form.show_problems(problems)))
            return
        try:
            result = self.submit_fn(data)
        except ValidationError as exc:
            self.set_message("\n".join(self.form.show_problems(exc.problems)))
            return
        except ArchiveError as exc:
            self.form.clear_errors()
            self.set_message(exc.message)
            self.failed.emit(exc)
            return
        self.form.clear_errors()
        self.saved.emit(result)
        self.accept()
