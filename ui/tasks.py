"""Background work for the desktop app: run a function on a worker thread, get the result on the
main thread.

    task = window.tasks.run(fn, arg1, arg2, on_done=cb, on_error=cb, on_progress=cb)
    task.cancel()

`fn` runs in a QThreadPool worker. If its signature accepts `progress=` it receives a callable
`progress(done, total)`; if it accepts `is_cancelled=` it receives a callable returning True once
`task.cancel()` was called (the function should then stop early and return). Callbacks always run
on the main thread (queued signal delivery), so they may touch widgets — the worker never does.
After `cancel()` neither `on_done` nor `on_progress` is called any more (`on_error` neither).
A task that fails without `on_error` is never silent: `runner.unhandled(exc)` shows the known
condition's sentence, or writes a crash report and says where (ui/crash_dialog.py).

Database note: peewee keeps one connection per thread; the worker opens its own connection to the
same database on first use and closes it when the function returns.
"""
from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from ui.crash_dialog import show_exception


class _Hub(QObject):
    """One signal hub per runner; workers emit with the task number, slots run on the main thread.

    (One QObject per task would have to be deleted after its last cross-thread emission, which
    PySide makes fragile; a shared hub never is.)"""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class Task(QObject):
    """A handle on one background call. Emits `finished()` once, after done/error/cancel."""

    finished = Signal()

    def __init__(self, number: int):
        super().__init__()
        self.number = number
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.is_finished = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


def accepts(fn: Callable, name: str) -> bool:
    """Does `fn` take a keyword argument `name` (or **kwargs)?"""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


class _Job:
    """The work of one task: plain Python data and the hub. QThreadPool.start(callable) wraps it
    in a QRunnable that Qt owns and deletes (no Python QRunnable subclass whose lifetime two
    threads would share)."""

    def __init__(self, fn, args, kwargs, number: int, cancel_event: threading.Event, hub: _Hub):
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.number, self.cancel_event, self.hub = number, cancel_event, hub

    def __call__(self) -> None:  # worker thread: never touch widgets here
        kwargs = dict(self.kwargs)
        number, hub = self.number, self.hub
        if accepts(self.fn, "progress"):
            kwargs["progress"] = lambda done, total: _emit(hub.progress, number, int(done), int(total))
        if accepts(self.fn, "is_cancelled"):
            kwargs["is_cancelled"] = self.cancel_event.is_set
        try:
            result = self.fn(*self.args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            _close_thread_connection()
            _emit(hub.failed, number, exc)
        else:
            _close_thread_connection()   # before the main thread hears of the result
            _emit(hub.done, number, result)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:   # the runner was deleted (its window closed): nobody is listening
        pass


def _show_unhandled(exc: BaseException) -> None:
    show_exception(exc, where="background task")


def _close_thread_connection() -> None:
    try:
        from models.foundation.db import database

        if database.obj is not None and not database.is_closed():
            database.close()
    except Exception:  # noqa: BLE001 - closing is best effort
        pass


class TaskRunner(QObject):
    """Runs callables on a thread pool; results come back through queued signals."""

    # Four workers: most work waits on the database, and one call stuck on a lost server
    # (PostgreSQL's 10-second connect timeout) must not hold up the next card load.
    def __init__(self, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.hub = _Hub(self)
        self.hub.done.connect(self._done)
        self.hub.failed.connect(self._failed)
        self.hub.progress.connect(self._progress)
        self._active: dict[int, tuple[Task, Callable | None, Callable | None, Callable | None]] = {}
        self._counter = 0
        self.unhandled: Callable[[BaseException], object] = _show_unhandled

    def run(self, fn: Callable, *args, on_done: Callable | None = None,
            on_error: Callable | None = None, on_progress: Callable | None = None,
            **kwargs) -> Task:
        self._counter += 1
        task = Task(self._counter)
        self._active[task.number] = (task, on_done, on_error, on_progress)
        self.pool.start(_Job(fn, args, kwargs, task.number, task._cancel, self.hub))
        return task

    def _take(self, number: int):
        entry = self._active.pop(number, None)
        if entry is not None:
            entry[0].is_finished = True
        return entry

    @Slot(int, object)
    def _done(self, number: int, result) -> None:
        entry = self._take(number)
        if entry is None:
            return
        task, on_done, _e, _p = entry
        task.result = result
        task.finished.emit()
        if on_done is not None and not task.is_cancelled():
            on_done(result)

    @Slot(int, object)
    def _failed(self, number: int, exc) -> None:
        entry = self._take(number)
        if entry is None:
            return
        task, _d, on_error, _p = entry
        task.error = exc
        task.finished.emit()
        if task.is_cancelled():
            return
        if on_error is not None:
            on_error(exc)
        else:   # nobody handles it: a known condition's sentence, or a crash report and its path
            self.unhandled(exc)

    @Slot(int, int, int)
    def _progress(self, number: int, done: int, total: int) -> None:
        entry = self._active.get(number)
        if entry is not None and entry[3] is not None and not entry[0].is_cancelled():
            entry[3](done, total)

    @property
    def active(self) -> int:
        return len(self._active)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        ok = self.pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self.hub)
        return ok

    def cancel_all(self) -> None:
        for task, *_rest in list(self._active.values()):
            task.cancel()
