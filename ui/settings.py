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
    # the print options dialog, remembered per app user (get/set with user=username)
    Option("prefs/print_template", str, "full"),      # full | summary | public (exports/card_layout)
    Option("prefs/print_duplex", bool, True),         # batches: each card on a right-hand page
    Option("prefs/print_newest_first", bool, True),   # page 2 order, as the screen shows it
    Option("state/main_geometry", bytes, b"", "state"),
    Option("state/list_header", bytes, b"", "state"),            # column widths (per user)
    Option("state/list_columns", str, "", "state"),              # the chosen columns (per user)
    Option("state/list_sort", str, "", "state"),                 # "name:asc" (per user)
    Option("state/card_geometry", bytes, b"", "state"),
)}


def _stored(key: str, user: str | None) -> str:
    return f"{key}/{user}" if user else key


def get(key: str, user: str | None = None) -> Any:
    """The stored value (or the default); `user` keeps one value per app account."""
    opt = OPTIONS[key]
    value = QSettings().value(_stored(key, user), opt.default)
    if value is None:
        return opt.default
    try:
        if opt.type is bytes:
            return bytes(value) if value else b""
        if opt.type is int:
            return int(value)
        if opt.type is bool:   # QSettings' ini backend hands back "true"/"false"
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        return opt.type(value)
    except (TypeError, ValueError):
        return opt.default


def set(key: str, value: Any, user: str | None = None) -> None:  # noqa: A001 - mirrors get()
    opt = OPTIONS[key]
    if opt.type is bytes:
        from PySide6.QtCore import QByteArray

        value = QByteArray(bytes(value))
    QSettings().setValue(_stored(key, user), value)
