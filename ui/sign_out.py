"""Auditing the end of a signed-in session (the 退出 entry of the audit log).

A session ends when the user closes the main window (the window's close button or 文件 →
退出) or when the account stops working meanwhile (frozen, departed, disabled: the window
goes back to the login dialog). Locking the screen, by hand or when idle, is not a sign-out:
the user stays signed in and unlocking asks for the password again.
"""
from __future__ import annotations

import traceback

from PySide6.QtCore import QEvent, QObject

from models.rules import auth


class SignOutAudit(QObject):
    """Writes one logout entry for `window.actor` when its session ends, whichever way first."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.signed_out = False
        window.installEventFilter(self)
        window.session_ended.connect(lambda _message: self.sign_out("session_ended"))

    def eventFilter(self, obj, event) -> bool:
        if obj is self._window and event.type() == QEvent.Type.Close:
            self.sign_out("window_closed")
        return False

    def sign_out(self, reason: str) -> None:
        if self.signed_out:
            return
        self.signed_out = True
        try:
            auth.logout(self._window.actor, reason=reason)
        except Exception:  # noqa: BLE001 - a lost database must not keep the window from closing
            traceback.print_exc()
