"""The calendar's one error type: a machine-readable code, a Chinese text, and the data."""
from __future__ import annotations

from typing import Any


class CalendarError(ValueError):
    """A date question that has no answer, or input that is not a date we accept.

    `code` is stable (callers branch on it), `text` is a ready Chinese sentence for the
    user, and `data` holds the values the sentence was built from (the line number, the
    year, the offending text ...) so a caller can word it differently.
    """

    def __init__(self, code: str, text: str, **data: Any) -> None:
        super().__init__(text)
        self.code = code
        self.text = text
        self.data = data

    def __repr__(self) -> str:
        return f"CalendarError({self.code!r}, {self.text!r})"
