"""Base for small edit dialogs: an ErrorForm, a general message line, OK/Cancel.

The dialog calls `submit(data)` (a service call supplied by the card) through
`ui.operations.run_op`: on a worker thread, with OK disabled meanwhile, and what it changed
announced to every screen. A ValidationError puts each message next to its field and keeps
the dialog open with everything typed. Success emits `saved(result)` and closes the dialog.
A dialog that stores nothing in the database (SettingsDialog) sets `in_background = False`.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from models.foundation.errors import ArchiveError, FieldProblem, ValidationError
from ui.widgets.form import ERROR_STYLE, ErrorForm


class RecordDialog(QDialog):
    saved = Signal(object)
    failed = Signal(object)   # a non-validation ArchiveError (e.g. LoginFailed) for the window
    in_background = True      # submit on a worker thread (it calls the database)

    def __init__(self, title: str, submit: Callable[[dict], object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit_fn = submit
        self.task = None
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

    @property
    def busy(self) -> bool:
        return self.task is not None

    def submit(self) -> None:
        if self.busy:
            return
        self.set_message("")
        data, problems = self.collect()
        if problems:
            self.set_message("\n".join(self.form.show_problems(problems)))
            return
        if self.in_background:
            from ui.operations import run_op

            # (a dialog outside any main window has no worker: run_op calls at once, returns None)
            self.task = run_op(self, self.submit_fn, data, success=self._succeeded, failure=self._refused)
            if self.task is not None:
                self._show_busy(True)
            return
        try:
            result = self.submit_fn(data)
        except ArchiveError as exc:
            self._refused(exc)
            return
        self._succeeded(result)

    def _show_busy(self, busy: bool) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy)
        if busy:
            self.set_message(self.tr("正在保存…"))
            self.message.setStyleSheet("color: #555;")
        else:
            self.message.setStyleSheet(ERROR_STYLE)

    def _succeeded(self, result) -> None:
        self.task = None
        self._show_busy(False)
        self.set_message("")
        self.form.clear_errors()
        self.saved.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.task = None
        self._show_busy(False)
        self.set_message("")
        if isinstance(exc, ValidationError):
            self.set_message("\n".join(self.form.show_problems(exc.problems)))
            return
        self.form.clear_errors()
        if not isinstance(exc, ArchiveError):   # a bug or a driver error: say so, keep the input
            traceback.print_exception(exc)
            self.set_message(self.tr("发生了意外错误：%1").replace("%1", str(exc) or type(exc).__name__))
            return
        self.set_message(exc.message)
        self.failed.emit(exc)
