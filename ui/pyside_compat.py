"""Work around a PySide6 6.12 reference-count bug on Python < 3.12.

Measured here (CPython 3.11.7): with PySide6 6.12.0 every Qt call that returns None —
`label.setText`, `app.processEvents`, `combo.currentData()` on an empty item... — releases a
reference to None that it never took; with 6.11.3 the same calls leave None's count alone.
On Python 3.12+ None is immortal and nothing happens; on 3.11 None's count falls by one per
call and after a few thousand calls the interpreter aborts with "Fatal Python error:
none_dealloc". A desktop session makes that many calls in minutes.

Python 3.12 solved this class of problem by making None, True and False immortal; `install()`
does the same by hand: their reference counts start so high (2**60) that no session can
exhaust them. Nothing else changes (those objects are never freed anyway).

`install()` is called once at start-up, before Qt is used (`ui.app.create_application`, the
GUI tests' conftest, scripts/screenshots.py); importing this module changes nothing. It acts
only where the bug is: CPython < 3.12 with PySide6 >= 6.12. No fixed PySide6 exists yet
(6.12.0 is the newest release); tests/gui/test_main_tasks.py measures the installed PySide6
and fails when `needed()` and the measurement disagree, so a fixed release shows up as a
failing test that asks for an upper bound here. Remove this module once the project requires
Python >= 3.12 or a fixed PySide6.
"""
from __future__ import annotations

import ctypes
import sys

AFFECTED_FROM = (6, 12)   # first PySide6 release measured to drop None references
_HEADROOM = 1 << 60


def needed() -> bool:
    """Whether this interpreter and the installed PySide6 have the bug."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import PySide6

    return tuple(PySide6.__version_info__[:2]) >= AFFECTED_FROM


def install() -> bool:
    """Make None/True/False effectively immortal where needed. Idempotent; returns True
    when the counts were raised (now or by an earlier call)."""
    if not needed():
        return False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
    return True
