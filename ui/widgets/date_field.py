"""A date box that takes what people type — 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日,
20240305 — and checks it as they type, with the core's own parser (validation.parse_date),
so the box and the save never disagree.

A date that is complete but impossible (1999-13-45) is reported at once; a date still being
typed (2024/3/) only when the user leaves the box. A good date is rewritten as 2024-03-05
on leaving, so the form compares equal to the card when nothing really changed."""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from models.foundation.validation import narrow, parse_date

# what a finished date looks like, in any of the accepted forms (its value may still be wrong);
# 年 月 日 are written as \u escapes: they are pattern, not text for the translators
COMPLETE = re.compile(r"^\d{4}[-/.\u5e74]\d{1,2}[-/.\u6708]\d{1,2}\u65e5?$|^\d{8}$")
TYPING = re.compile(r"^[\d\-/.\u5e74\u6708\u65e5]*$")


def date_problem(text: str, *, finished: bool) -> str:
    """'' when the text is a date (or empty); the core's sentence when it is not."""
    value = narrow(text).replace(" ", "")
    if not value:
        return ""
    try:
        parse_date(value)
    except ValueError as exc:
        if finished or COMPLETE.match(value) or not TYPING.match(value):
            return str(exc)
        return ""
    return ""


class DateField(QLineEdit):
    problem_changed = Signal(str)   # the message to show next to the box ('' clears it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("如 2024-03-05、2024/3/5 或 2024年3月5日"))
        self.problem = ""
        self.textChanged.connect(lambda text: self._set_problem(date_problem(text, finished=False)))
        self.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        problem = date_problem(self.text(), finished=True)
        if not problem and self.text().strip():
            iso = parse_date(narrow(self.text()).replace(" ", "")).isoformat()
            if iso != self.text():
                self.setText(iso)
        self._set_problem(problem)

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)
