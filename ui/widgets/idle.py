"""Notices when the user has not touched the app for a while (for the idle lock)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                 QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Emits `idle()` once after `interval_ms` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.active = False
        self.interval_ms = 0
        QApplication.instance().installEventFilter(self)

    def start(self, interval_ms: int) -> None:
        """0 switches the watch off."""
        self.interval_ms = interval_ms
        self.timer.setInterval(max(interval_ms, 1))
        self.active = interval_ms > 0
        if self.active:
            self.timer.start()
        else:
            self.timer.stop()

    def resume(self) -> None:
        if self.interval_ms > 0:
            self.active = True
            self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def detach(self) -> None:
        self.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if self.active and event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False
