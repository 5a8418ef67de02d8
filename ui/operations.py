"""How the desktop app calls the core: off the UI thread, and every screen hears what changed.

    run_op(self, customers.update_customer, actor, cid, version, fields,
           success=self._saved, failure=self._failed)

runs the service call on the window's TaskRunner (never on the UI thread: a lost PostgreSQL
server costs a 10-second connect timeout), collects the `Changes` its transactions committed
(models/foundation/changes.py), and back on the main thread emits them on `AppEvents.changed`
and then calls `success(value)`. A failure calls `failure(exc)` (default: the window's error
box); whatever committed before the failure is still announced. Screens subscribe to
`AppEvents.changed(changes, initiator)` and refresh only when `changes.touches(...)` them;
the initiator (the widget that asked) may skip the refresh it has already done. Callbacks of a
widget deleted meanwhile are dropped. A widget outside any main window (a dialog on its own)
has no task runner and nobody to tell: there the call runs at once and run_op returns None.

On PostgreSQL `ChangeFeed` adds what other PCs changed (LISTEN/NOTIFY, a thread of its own),
emitted the same way with `changes.elsewhere` set. SQLite has no such channel: the one-minute
badge polls stay (`AppEvents.live_feed` tells them whether they are needed).
"""
from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

import ui.pyside_compat  # noqa: F401,I001 - before any Qt call (see module)
from models.foundation.change_feed import ChangeListener
from models.foundation.changes import Changes, Outcome, collect, collected
from ui.tasks import Task, TaskRunner


class AppEvents(QObject):
    """The one signal that says what changed: `changed(Changes, initiator or None)`."""

    changed = Signal(object, object)
    feed_state = Signal(bool)      # the PostgreSQL change feed connected (True) or lost (False)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.live_feed = False     # True while other PCs' changes arrive by themselves

    def emit_changes(self, changes: Changes, initiator: object = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)


class OpFailed(Exception):
    """Carries a service's exception and what had committed before it (worker → main thread)."""

    def __init__(self, error: BaseException, changes: Changes):
        super().__init__(error)
        self.error, self.changes = error, changes


def _host(obj: Any):
    """The nearest object (itself or a Qt ancestor) with `tasks` and `app_events`."""
    while obj is not None:
        if isinstance(getattr(obj, "tasks", None), TaskRunner) and isinstance(
                getattr(obj, "app_events", None), AppEvents):
            return obj
        main = getattr(obj, "main", None) or getattr(obj, "window_", None)
        if main is not None and main is not obj and hasattr(main, "app_events"):
            obj = main
            continue
        obj = obj.parent() if isinstance(obj, QObject) else None
    return None


def _names(fn: Callable, name: str) -> bool:
    """Does `fn` name the keyword `name`? (A **kwargs catch-all does not count: services
    that report progress say so.)"""
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _alive(obj: Any) -> bool:
    return not isinstance(obj, QObject) or shiboken6.isValid(obj)


def run_op(parent: QObject, fn: Callable, *args: Any, success: Callable | None = None,
           failure: Callable | None = None, progress: Callable | None = None,
           initiator: object = None, **kwargs: Any) -> Task | None:
    """Run `fn(*args, **kwargs)` on the task runner; announce its changes; then `success(value)`.

    `fn` may take `progress=` and `is_cancelled=` as with TaskRunner.run; `progress` here is
    the main-thread callback for it. `initiator` (default: `parent`) travels with the changes."""
    host = _host(parent)
    if host is None:
        _call_here(fn, args, kwargs, success, failure)
        return None
    events: AppEvents = host.app_events
    who = parent if initiator is None else initiator
    wants_progress, wants_cancel = _names(fn, "progress"), _names(fn, "is_cancelled")

    def work(progress=None, is_cancelled=None):   # worker thread
        extra = dict(kwargs)
        if wants_progress:
            extra["progress"] = progress
        if wants_cancel:
            extra["is_cancelled"] = is_cancelled
        with collect() as box:
            try:
                value = fn(*args, **extra)
            except BaseException as exc:  # noqa: BLE001 - reported on the main thread
                raise OpFailed(exc, collected(box)) from exc
        return Outcome(value, collected(box))

    def done(outcome: Outcome) -> None:
        events.emit_changes(outcome.changes, who)
        if success is not None and _alive(parent):
            success(outcome.value)

    def failed(exc: BaseException) -> None:
        error = exc.error if isinstance(exc, OpFailed) else exc
        if isinstance(exc, OpFailed):
            events.emit_changes(exc.changes, who)
        if not _alive(parent):
            return
        if failure is not None:
            failure(error)
        elif hasattr(host, "show_error"):
            host.show_error(error)
        else:
            traceback.print_exception(error)

    task = host.tasks.run(work, on_done=done, on_error=failed,
                          on_progress=progress if wants_progress else None)

    def finished() -> None:   # cancelled: no callbacks, but what committed is still news
        if task.is_cancelled():
            result = task.result if isinstance(task.result, Outcome) else task.error
            if isinstance(result, (Outcome, OpFailed)):
                events.emit_changes(result.changes, who)
    task.finished.connect(finished)
    return task


def _call_here(fn, args, kwargs, success, failure) -> None:
    try:
        value = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - handed to the caller's failure callback
        if failure is None:
            raise
        failure(exc)
        return
    if success is not None:
        success(value)


def run_query(parent: QObject, fn: Callable, *args: Any, success: Callable | None = None,
              failure: Callable | None = None, **kwargs: Any) -> Task | None:
    """A read on the task runner (no changes to announce): `success(value)` on the main thread."""
    return run_op(parent, fn, *args, success=success, failure=failure, **kwargs)


class SerialQuery:
    """A read that runs again and again (a badge count): one at a time on the task runner;
    asked again while one runs, it runs once more after it, so what is shown is never older
    than the last request. `make_call()` returns (fn, *args) at the time it runs."""

    def __init__(self, parent: QObject, make_call: Callable[[], tuple], success: Callable,
                 failure: Callable | None = None):
        self.parent, self.make_call = parent, make_call
        self.success, self.failure = success, failure
        self.task: Task | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(self) -> None:
        if self.task is not None:
            self._again = True
            return
        fn, *args = self.make_call()
        self.task = run_query(self.parent, fn, *args, success=self._done, failure=self._failed)

    def _finish(self) -> bool:
        self.task = None
        again, self._again = self._again, False
        if again:
            self.run()
        return not again

    def _done(self, value) -> None:
        if self._finish():
            self.success(value)

    def _failed(self, exc: BaseException) -> None:
        if self._finish() and self.failure is not None:
            self.failure(exc)


class ChangeFeed(QObject):
    """PostgreSQL: other PCs' changes, from ChangeListener's thread to AppEvents on the main one."""

    _heard = Signal(object)
    _state = Signal(bool)

    def __init__(self, app_events: AppEvents, parent: QObject | None = None, **listener_options):
        super().__init__(parent)
        self.app_events = app_events
        self._heard.connect(self._deliver)        # queued: emitted on the listener's thread
        self._state.connect(self._set_state)
        self.listener = ChangeListener(self._heard.emit, on_state=self._state.emit, **listener_options)

    def start(self) -> ChangeFeed:
        self.listener.start()
        return self

    def stop(self, timeout: float = 5.0) -> bool:
        stopped = self.listener.stop(timeout)
        self.app_events.live_feed = False
        return stopped

    def _deliver(self, changes: Changes) -> None:
        self.app_events.emit_changes(changes)

    def _set_state(self, connected: bool) -> None:
        self.app_events.live_feed = connected
        self.app_events.feed_state.emit(connected)
