"""Bugs in the desktop app: a crash report and a dialog instead of a silent print.

`show_exception(exc)` words any exception for the user: a known condition (a full disk, a
lost server, an ArchiveError) shows its sentence; a bug writes a crash report (ui/crash.py)
and says "程序出错，已写入错误报告：PATH". `install_excepthook()` routes exceptions that
escape a slot or an event handler (PySide hands them to sys.excepthook) the same way; the
TaskRunner does it for a task without an error handler.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.cli import crash

_open_boxes: list[QMessageBox] = []   # non-modal boxes live until closed


def tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def _worded(exc: BaseException, where: str) -> tuple[str, bool]:
    result = crash.explain(exc, where)
    if result.known is not None:
        return result.known.message, False
    return tr("程序出错，已写入错误报告：%1").replace("%1", str(result.report)), True


def exception_text(exc: BaseException, where: str = "") -> str:
    """The sentence for `exc` (writes the crash report when it is a bug)."""
    return _worded(exc, where)[0]


def show_exception(exc: BaseException, parent: QWidget | None = None, where: str = "") -> QMessageBox:
    text, is_bug = _worded(exc, where)
    icon = QMessageBox.Icon.Critical if is_bug else QMessageBox.Icon.Warning
    box = QMessageBox(icon, QCoreApplication.applicationName() or "客户档案管家", text,
                      QMessageBox.StandardButton.Ok, parent)
    _open_boxes.append(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.remove(b) if b in _open_boxes else None)
    box.open()
    return box


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        if QApplication.instance() is not None:
            show_exception(exc, QApplication.activeWindow(), where="desktop app: unhandled")
            return
        crash.write_report(exc, "desktop app: unhandled")
    except Exception:  # noqa: BLE001 - the hook must never raise; fall back to stderr
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = _hook
