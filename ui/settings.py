"""Every QSettings key the desktop app uses, declared once with its type and default.

Like Picard's options: `prefs` are the user's choices (shown in 设置), `state` is window
geometry and column widths that the app restores silently. Organisation and application name
are set once in ui/app.py, so QSettings() always reaches the same store.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

ORG_NAME = "ClientArchive"
APP_NAME = "客户档案管家"


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    kind: str = "prefs"   # prefs | state


OPTIONS = {o.key: o for o in (
    Option("prefs/idle_lock_minutes", int, 15),
    Option("prefs/page_size", int, 200),
    Option("prefs/last_username", str, ""),
    Option("prefs/language", str, ""),   # "" follows the system; zh_CN, en, ... (ui/i18n.py)
    Option("state/main_geometry", bytes, b"", "state"),
    Option("state/list_header", bytes, b"", "state"),
    Option("state/card_geometry", bytes, b"", "state"),
)}


def get(key: str) -> Any:
    opt = OPTIONS[key]
    value = QSettings().value(key, opt.default)
    if value is None:
        return opt.default
    try:
        if opt.type is bytes:
            return bytes(value) if value else b""
        if opt.type is int:
            return int(value)
        return opt.type(value)
    except (TypeError, ValueError):
        return opt.default


def set(key: str, value: Any) -> None:  # noqa: A001 - mirrors get()
    opt = OPTIONS[key]
    if opt.type is bytes:
        from PySide6.QtCore import QByteArray

        value = QByteArray(bytes(value))
    QSettings().setValue(key, value)
