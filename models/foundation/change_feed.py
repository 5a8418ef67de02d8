"""Hear, on PostgreSQL, what other PCs change: LISTEN on `changes.CHANNEL` in a thread.

Every write transaction NOTIFYs the channel with its `Changes` (see models/foundation/db.py).
`ChangeListener` keeps its own connection (never the one the app's threads use), waits for
notifications with a timeout so that `stop()` is heard within a second, and reconnects
quietly when the server comes back; after a gap it reports `Changes.everything()` because
what was said meanwhile is lost. Its own process's notifications are skipped (that process
already knows what it did). The callback runs on the listener's thread: the desktop app turns
it into a queued Qt signal, so widgets are only touched on the main thread.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from models.foundation import changes as changes_mod
from models.foundation import db
from models.foundation.changes import Changes


class ChangeListener:
    def __init__(self, on_changes: Callable[[Changes], None], *,
                 ignore_origin: str | None = changes_mod.ORIGIN, wait_seconds: float = 1.0,
                 retry_seconds: float = 5.0, connect: Callable[[], Any] | None = None,
                 on_state: Callable[[bool], None] | None = None):
        self.on_changes = on_changes
        self.on_state = on_state
        self.ignore_origin = ignore_origin
        self.wait_seconds = wait_seconds
        self.retry_seconds = retry_seconds
        self._connect = connect or db.listen_connection
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False

    def start(self) -> ChangeListener:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="archive-change-listener", daemon=True)
        self._thread.start()
        return self

    def wait_listening(self, timeout: float = 10.0) -> bool:
        """Block until the LISTEN is in place (tests; the app never waits)."""
        return self._listening.wait(timeout)

    def stop(self, timeout: float = 5.0) -> bool:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _state(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            if self.on_state is not None:
                try:
                    self.on_state(connected)
                except Exception:  # noqa: BLE001 - e.g. its Qt receiver is gone at shutdown
                    pass
        if connected:
            self._listening.set()
        else:
            self._listening.clear()

    def _run(self) -> None:
        missed = False
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._connect()
                conn.execute(f"LISTEN {changes_mod.CHANNEL}")
                self._state(True)
                if missed:
                    missed = False
                    self._deliver(Changes.everything(elsewhere=True))
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=self.wait_seconds):
                        self._heard(note.payload)
            except Exception:  # noqa: BLE001 - server gone, network down: try again later
                missed = True
                self._state(False)
            finally:
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:  # noqa: BLE001 - closing a broken connection
                        pass
            self._stop.wait(self.retry_seconds)
        self._state(False)

    def _heard(self, payload: str) -> None:
        parsed = Changes.from_payload(payload)
        if parsed is None:
            return
        origin, changes = parsed
        if self.ignore_origin is not None and origin == self.ignore_origin:
            return
        if changes:
            self._deliver(changes)

    def _deliver(self, changes: Changes) -> None:
        try:
            self.on_changes(changes)
        except Exception:  # noqa: BLE001 - a listener must not die of its audience
            pass
