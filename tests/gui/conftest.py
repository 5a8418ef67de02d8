"""GUI fixtures: a QApplication set up like the app's, per-test QSettings, demo archives."""
from __future__ import annotations

import pytest

from tests.conftest import PASSWORD, make_user  # noqa: F401 - re-exported for GUI tests
from ui import pyside_compat

pyside_compat.install()   # as the app does at start-up: PySide6 6.12 drops None refs on 3.11

# Offscreen-platform chatter that says nothing about our code (real warnings still fail tests).
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",
                   "This plugin does not support raise()",
                   "This plugin does not support grabbing the keyboard")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def gui_app(qapp, tmp_path):
    """The application's names and font, and QSettings in a fresh directory for each test."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from ui import settings
    from ui.fonts import ensure_cjk_font

    QCoreApplication.setOrganizationName(settings.ORG_NAME)
    QCoreApplication.setApplicationName(settings.APP_NAME)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    ensure_cjk_font(qapp)
    yield qapp


@pytest.fixture
def demo_archive(sqlite_archive):
    """A SQLite archive with 50 demo customers over 3 agents; yields the manager Actor."""
    from models.demo import generator as demo

    demo.generate(sqlite_archive, 50, agents=3, seed=7)
    return sqlite_archive


def open_window(qtbot, actor):
    """A shown main window for `actor`, with its list loaded."""
    from ui.mainwindow import MainWindow

    win = MainWindow(actor)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    wait_loaded(qtbot, win)
    settle(qtbot, win)   # the badges and the staff list load in the background too
    return win


def close_window(win):
    """Close its cards and let its background work finish."""
    for card in list(win.card_windows.values()):
        card.force_close()
    win.tasks.cancel_all()
    win.tasks.wait(5000)


@pytest.fixture
def main_window(qtbot, demo_archive):
    win = open_window(qtbot, demo_archive)
    yield win
    close_window(win)


def wait_loaded(qtbot, window, timeout=10000):
    """The list loads in the background; wait until the latest query has answered."""
    qtbot.waitUntil(lambda: not window.model.loading, timeout=timeout)
    return window


def settle(qtbot, window, timeout=10000):
    """Service calls run on the window's task runner: wait until every one has answered
    (and what they changed has refreshed the list)."""
    qtbot.waitUntil(lambda: window.tasks.active == 0 and not window.model.loading
                    and not window.refresh_pending, timeout=timeout)
    return window


def settle_all(qtbot, timeout=10000):
    """`settle` for every main window that is open (for helpers that know no window)."""
    from PySide6.QtWidgets import QApplication

    from ui.mainwindow import MainWindow

    def idle():
        return all(w.tasks.active == 0 and not w.model.loading and not w.refresh_pending
                   for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    qtbot.waitUntil(idle, timeout=timeout)


def announce(qtbot, window, *kinds, customers=()):
    """What PostgreSQL's change feed does when another PC wrote: Changes marked elsewhere,
    emitted on the window's AppEvents; then wait for the screens to refresh."""
    import dataclasses

    from models.foundation.changes import Changes

    window.app_events.emit_changes(dataclasses.replace(Changes.of(*kinds, customers=customers),
                                                       elsewhere=True))
    settle(qtbot, window)


def changes_heard(window) -> list:
    """Every Changes the window's screens hear, in order."""
    got: list = []
    window.app_events.changed.connect(lambda changes, _initiator: got.append(changes))
    return got


def open_card(qtbot, window, customer_id):
    """Open a card and wait until it has loaded (it loads in the background)."""
    card = window.open_card(customer_id)
    assert card is not None
    qtbot.waitExposed(card)
    qtbot.waitUntil(lambda: not card.is_loading, timeout=10000)
    return card
