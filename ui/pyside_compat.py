"""Work around a PySide6 6.12 reference-count bug on Python < 3.12.

Measured here (PySide6 6.12.0, CPython 3.11): every Qt call that returns None — `label.setText`,
`app.processEvents`, `combo.currentData()` on an empty item... — releases a reference to None
that it never took. On Python 3.12+ None is immortal and nothing happens; on 3.11 None's count
falls by one per call and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". A desktop session makes that many calls in minutes.

Python 3.12 solved this class of problem by making None, True and False immortal; we do the
same by hand: their reference counts start so high (2**60) that no session can exhaust them.
Nothing else changes (those objects are never freed anyway). Remove this module once the
project requires Python >= 3.12 or a fixed PySide6.
"""
from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60


def make_singletons_immortal() -> bool:
    """Idempotent; returns True when the counts were raised."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    raised = False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
            raised = True
    return raised


make_singletons_immortal()
