"""The desktop app: QApplication, font, database, setup/login, then the main window.

Tests build pieces without dialogs: `create_application()`, `MainWindow(actor)`, and
`Session` (the flow driver) with `start()` returning after the first dialog is open.
"""
from __future__ import annotations

import importlib
import signal
import sys
from typing import TYPE_CHECKING

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
from ui.operations import AppEvents, ChangeFeed
from ui.sign_out import SignOutAudit
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


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


class Preloader(QObject):
    """Imports the main window's modules while the sign-in dialog waits for the user: the
    dialog appears before them (about 0.2 s sooner) and the window opens sooner after the
    password is checked. One module per turn of the event loop, so typing is not held up;
    a module that fails to import is left to the main window, which reports it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue: list[str] = ["ui.mainwindow"]
        self.loaded: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self._timer.start()

    def _next(self) -> None:
        if not self.queue:
            self._timer.stop()
            return
        name = self.queue.pop(0)
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - MainWindow._install_features reports a broken feature
            return
        self.loaded.append(name)
        # the main window's feature modules, then what each names as its first needs
        self.queue.extend(getattr(module, "FEATURE_MODULES", ()))
        self.queue.extend(getattr(module, "PRELOAD", ()))


class Session(QObject):
    """Drives first start (setup) or login, then the main window; back to login on LoginFailed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self.app_events = AppEvents(self)
        self.window: MainWindow | None = None
        self.dialog = None
        self.feed: ChangeFeed | None = None
        self.preloader = Preloader(self)

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
            self.show_login("\n".join(t for t in (upgrade_note, _read_only_note()) if t), notice=True)
        else:
            self.show_setup()

    def show_setup(self) -> None:
        from ui.dialogs.setup import SetupDialog

        self.dialog = SetupDialog(self.tasks)
        self.dialog.account_created.connect(self.open_main)
        self.dialog.rejected.connect(QApplication.quit)
        self.dialog.show()
        self.preloader.start()
        logs.event("first-start dialog shown")

    def show_login(self, message: str = "", *, notice: bool = False) -> None:
        from ui.dialogs.login import LoginDialog

        self.dialog = LoginDialog(message=message, notice=notice, host=self)
        self.dialog.logged_in.connect(self.open_main)
        self.dialog.rejected.connect(self._login_cancelled)
        self.dialog.show()
        self.preloader.start()
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
        from ui.mainwindow import MainWindow  # preloaded while the dialog waited

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


class UpgradeProgress:
    """An older archive: say what will happen and show the steps (issue 18). The upgrade runs
    before any window exists (the archive must be at this version before anyone signs in),
    so it runs here on the main thread while this dialog keeps repainting; afterwards the
    login dialog repeats what was done."""

    def __init__(self) -> None:
        self.dialog = None
        self.done_note = ""

    def announce(self, upgrade) -> None:
        from PySide6.QtWidgets import QProgressDialog

        text = QCoreApplication.translate("App", "档案将从第 %1 版升级到第 %2 版，%3").replace(
            "%1", str(upgrade.from_version)).replace("%2", str(upgrade.to_version)).replace(
            "%3", (QCoreApplication.translate("App", "升级前已备份到 %1").replace("%1", upgrade.copy)
                   if upgrade.copy else QCoreApplication.translate("App", "PostgreSQL 档案请确认已用 pg_dump 备份")))
        self.dialog = QProgressDialog(text + "\n" + QCoreApplication.translate("App", "正在升级，请勿关闭程序…"),
                                      "", 0, upgrade.to_version - upgrade.from_version)
        self.dialog.setWindowTitle(settings.APP_NAME)
        self.dialog.setCancelButton(None)   # a half-done upgrade is rolled back anyway; no cancel
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(560)
        self.dialog.setValue(0)
        self.dialog.show()
        QApplication.processEvents()
        self.done_note = QCoreApplication.translate("App", "档案已从第 %1 版升级到第 %2 版。").replace(
            "%1", str(upgrade.from_version)).replace("%2", str(upgrade.to_version)) + (
            QCoreApplication.translate("App", "升级前的备份：%1").replace("%1", upgrade.copy) if upgrade.copy else "")

    def progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(done)
            QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


upgrade_note = ""   # what the login dialog says after an upgrade at start-up


def open_archive_or_explain(url: str) -> bool:
    """Open the database (an older one upgraded with UpgradeProgress); on failure show a
    Chinese message box (blocking: no window yet)."""
    global upgrade_note
    shown = UpgradeProgress()
    try:
        try:
            opening.open_archive(url, on_upgrade=shown.announce, progress=shown.progress)
        finally:
            shown.close()
        upgrade_note = shown.done_note
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
