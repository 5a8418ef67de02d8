"""Load peewee without the database drivers it would import for nothing.

peewee imports every driver it finds (psycopg ~150-300 ms, pymysql) even for a SQLite archive.
The entry point (main.py) calls `load_peewee_quietly()` first; models.foundation.db.load_psycopg
loads psycopg for a PostgreSQL URL only. (Not done on importing `models`: the calendar, a leaf,
must stay importable without peewee.)"""
from __future__ import annotations

import sys


def load_peewee_quietly() -> None:
    if "peewee" in sys.modules:
        return
    hidden = [name for name in ("psycopg", "pymysql") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]
