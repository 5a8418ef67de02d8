"""The desktop app: QApplication, font, database, setup/login, then the main window.

Tests build pieces without dialogs: `create_application()`, `MainWindow(actor)`, and
`Session` (the flow driver) with `start()` returning after the first dialog is open.
"""
from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from models.accounts import staff
from models.foundation import db, logs, migrations
from models.foundation.errors import ArchiveError
from models.maintenance import opening
from models.rules.access import Actor
from ui import i18n, pyside_compat, settings
from ui.app_icon import ICON_PATH
from ui.crash_dialog import exception_text, install_excepthook
from ui.fonts import ensure_cjk_font
from ui.mainwindow import MainWindow
from ui.operations import AppEvents, ChangeFeed
from ui.sign_out import SignOutAudit
from ui.tasks import TaskRunner


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with org/app names set once and a CJK-capable font."""
    pyside_compat.install()   # before any Qt call (see the module)
    QCoreApplication.setOrganizationName(settings.ORG_NAME)
    QCoreApplication.setApplicationName(settings.APP_NAME)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(settings.APP_NAME)
    if ICON_PATH.is_file():
        app.setWindowIcon(QIcon(str(ICON_PATH)))
    i18n.install_translator(app, settings.get("prefs/language"))
    ensure_cjk_font(app)
    return app


class Session(QObject):
    """Drives first start (setup) or login, then the main window; back to login on LoginFailed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self.app_events = AppEvents(self)
        self.window: MainWindow | None = None
        self.dialog = None
        self.feed: ChangeFeed | None = None

    def start_feed(self) -> None:
        """PostgreSQL: hear other PCs' changes at once (LISTEN/NOTIFY). SQLite has no such
        channel; there the badges poll once a minute."""
        if self.feed is None and db.is_postgres():
            self.feed = ChangeFeed(self.app_events, self).start()

    def stop_feed(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def start(self) -> None:
        if staff.is_initialised():
            self.show_login(_read_only_note())
        else:
            self.show_setup()

    def show_setup(self) -> None:
        from ui.dialogs.setup import SetupDialog

        self.dialog = SetupDialog(self.tasks)
        self.dialog.account_created.connect(self.open_main)
        self.dialog.rejected.connect(QApplication.quit)
        self.dialog.show()
        logs.event("first-start dialog shown")

    def show_login(self, message: str = "") -> None:
        from ui.dialogs.login import LoginDialog

        self.dialog = LoginDialog(message=message, host=self)
        self.dialog.logged_in.connect(self.open_main)
        self.dialog.rejected.connect(self._login_cancelled)
        self.dialog.show()
        logs.event("sign-in dialog shown")

    def _login_cancelled(self) -> None:
        if self.window is None:
            QApplication.quit()

    def open_main(self, actor: Actor) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.start_feed()
        logs.event("main window opened")
        self.window = MainWindow(actor, tasks=self.tasks, app_events=self.app_events)
        # before _session_ended (which closes the window) connects, so the reason is kept
        self.sign_out_audit = SignOutAudit(self.window)
        self.window.session_ended.connect(self._session_ended)
        self.window.show()

    def _session_ended(self, message: str) -> None:
        # show the login first: closing the last window first would quit the application
        win, self.window = self.window, None
        self.show_login(message)
        if win is not None:
            win.close()
            win.deleteLater()


def _read_only_note() -> str:
    """A SQLite file this PC may not write is opened read-only: say so before login."""
    if not db.is_read_only():
        return ""
    return (QCoreApplication.translate("App", "档案以只读方式打开（文件不可写）：%1。可以查看，不能修改。")
            .replace("%1", str(db.sqlite_path(db.current_url() or ""))))


def open_archive_or_explain(url: str) -> bool:
    """Open the database; on failure show a Chinese message box (blocking: no window yet)."""
    try:
        opening.open_archive(url)
        logs.archive_opened(url, migrations.current_version(), migrations.SCHEMA_VERSION)
        return True
    except ArchiveError as exc:
        text = exc.message
    except Exception as exc:  # noqa: BLE001 - a known condition's sentence, or a crash report
        text = exception_text(exc, where="opening the archive")
    try:
        db.close_database()
    except Exception:  # noqa: BLE001 - it may never have opened
        pass
    QMessageBox.critical(None, settings.APP_NAME, text)
    return False


def quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM (a session ending, `kill`, scripts/smoke-frozen) and Ctrl+C in a terminal quit
    as 退出 does: windows are asked to close, background work stops, the archive is closed
    and the log says so. While Qt's loop is idle no Python code runs, so the handler would
    wait for the next event: a timer lets the interpreter look four times a second."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def run_app(db_arg: str | None = None) -> int:
    app = create_application()
    install_excepthook()   # a bug in a slot: a crash report and a dialog, not a silent print
    quit_on_signals(app)
    url = db.resolve_url(db_arg)
    if not open_archive_or_explain(url):
        return 1
    session = Session()
    session.start()
    try:
        return app.exec()
    finally:
        session.stop_feed()
        session.tasks.cancel_all()
        session.tasks.wait(10000)
        db.close_database()
