"""The shape every service dialog shares (受理 and the record's actions): an ErrorForm whose
fields show the core's problems under them, a general error line, and OK / 取消.

Keyboard: Tab and Shift+Tab move through the fields, also out of a text box (a tab
character is never wanted in a note); Enter submits from any one-line field, Ctrl+Enter
also from a text box (where Enter starts a new line); Esc cancels.

A time field (`MomentEdit`) shows now by default. Left untouched it sends nothing, so the
core stamps the moment the step is saved (a dialog left open for a while, or two steps
within the same minute, never land "before the previous step"); changed, it sends the
local time typed, which the core checks (not in the future, not before the last step).
"""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.service.common import error_text, problems_of
from ui.widgets.form import ERROR_STYLE, ErrorForm

MOMENT_FORMAT = "yyyy-MM-dd HH:mm"


class MomentEdit(QDateTimeEdit):
    """A local date and time to the minute, now by default; `value()` is None while untouched."""

    def __init__(self, parent=None):
        super().__init__(QDateTime.currentDateTime(), parent)
        self.setDisplayFormat(MOMENT_FORMAT)
        self.setCalendarPopup(True)
        self._initial = self.dateTime()

    def text_value(self) -> str:
        return self.dateTime().toString(MOMENT_FORMAT)

    def value(self) -> str | None:
        return None if self.dateTime() == self._initial else self.text_value()


class FormDialog(QDialog):
    failed = Signal(object)      # the core refused (its problems are shown)

    def __init__(self, parent, title: str, ok_text: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.busy = False
        self.form = ErrorForm()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        body = QWidget(self)
        body.setLayout(self.form)
        lay = QVBoxLayout(self)
        lay.addWidget(body)
        lay.addWidget(self.message)
        lay.addStretch(1)          # a taller window grows below the fields, not between them
        lay.addWidget(self.buttons)

    def text_box(self, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched, event) -> bool:
        # Ctrl+Enter in a text box submits (a plain Enter there starts a new line)
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QPlainTextEdit)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        raise NotImplementedError

    def begin(self) -> bool:
        """Clear the last problems and mark the dialog busy; False when a call is running."""
        if self.busy:
            return False
        self.form.clear_errors()
        self.message.hide()
        self.set_busy(True)
        return True

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)

    def call(self, tasks, succeeded, fn, *args, **kwargs) -> None:
        """Run the core call `fn` on the task runner; its result is emitted by `succeeded` and
        the dialog closes, or its problems show and `failed` is emitted."""
        def done(result):
            self.set_busy(False)
            succeeded.emit(result)
            self.accept()

        def error(exc):
            self.show_error(exc)
            self.failed.emit(exc)

        tasks.run(fn, *args, on_done=done, on_error=error, **kwargs)

    def show_error(self, exc) -> None:
        """The core's problems under their fields; anything else in the general line."""
        self.set_busy(False)
        problems = problems_of(exc)
        rest = self.form.show_problems(problems) if problems else [error_text(exc)]
        if rest:
            self.message.setText("\n".join(rest))
            self.message.show()
