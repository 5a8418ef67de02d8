"""The main window's idle lock and session end (moved out of ui/mainwindow.py, issue 10).

LockMixin gives MainWindow lock()/unlock() (Ctrl+L or idle: the list and every card hide
behind the password, checked on a worker), set_idle_minutes() and end_session() (the account
may no longer work: cards close, back to the login). Its strings keep MainWindow's
translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.foundation.errors import (
    AccountUnavailable,
    ArchiveError,
    LoginFailed,
    PasswordChangeRequired,
)
from models.rules import auth
from models.rules.access import Actor
from ui.operations import run_op


class LockMixin:
    def set_idle_minutes(self, minutes: float) -> None:
        self.set_idle_timeout_ms(int(minutes * 60_000))

    def set_idle_timeout_ms(self, ms: int) -> None:
        """0 turns the idle lock off."""
        if not self._locked:
            self.idle.start(ms)

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self, *, idle: bool = False) -> None:
        """Hide the archive behind the password; `idle`: the idle timer did it, not Ctrl+L."""
        if self._locked or self._ended:
            return
        self._locked = True
        self.idle.stop()
        # every window that belongs to this one (cards, feature dialogs) hides with the list
        self._hidden_windows = [w for w in self.findChildren(QWidget)
                                if w.isWindow() and w.isVisible()]
        for w in self._hidden_windows:
            w.hide()
        self.count_label.hide()
        self.lock_page.prepare(self.actor.display_name, idle=idle)
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)

    def _try_unlock(self, password: str) -> None:
        """Check the password on a worker (argon2 takes a while; the server may be gone)."""
        if self.lock_page.busy:
            return
        self.lock_page.set_busy(True)
        run_op(self, auth.login, self.actor.username, password, success=self._unlocked,
               failure=self._unlock_refused)

    def _unlocked(self, actor: Actor) -> None:
        self.lock_page.set_busy(False)
        if self._locked and not self._ended:
            self.actor = actor
            self.unlock()

    def _unlock_refused(self, exc: BaseException) -> None:
        self.lock_page.set_busy(False)
        if type(exc) is LoginFailed:   # a wrong password: the lock page has no user-name field
            self.lock_page.show_problem(QCoreApplication.translate("MainWindow",
                                                                   "密码错误，请重新输入"))
        elif isinstance(exc, LoginFailed):
            self.lock_page.show_problem(exc.message)
            if isinstance(exc, AccountUnavailable):   # frozen, departed, disabled
                self.end_session(exc.message)
            elif isinstance(exc, PasswordChangeRequired):  # reset meanwhile: the login asks for a new one
                self.end_session(QCoreApplication.translate(
                    "MainWindow", "管理员已重置您的密码：请用临时密码重新登录，并设置新密码"))
        elif isinstance(exc, ArchiveError):
            self.lock_page.show_problem(exc.message)
        else:   # the database server cannot be reached: say so, stay locked
            self.lock_page.show_problem(QCoreApplication.translate(
                "MainWindow", "无法连接数据库，请稍后再试：%1").replace("%1", str(exc)))

    def unlock(self) -> None:
        self._locked = False
        self.stack.setCurrentWidget(self.pages)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.count_label.show()
        for w in getattr(self, "_hidden_windows", []):
            try:
                w.show()
            except RuntimeError:   # closed meanwhile
                pass
        self._hidden_windows = []
        self.idle.resume()
        self.refresh()

    def end_session(self, message: str) -> None:
        """The account may no longer work (frozen, departed...): close cards, back to login."""
        if self._ended:
            return
        self._ended = True
        self.idle.stop()
        for win in list(self.card_windows.values()):
            win.force_close()
        self.card_windows.clear()
        self.session_ended.emit(message)

