"""Crash reports: what a bug leaves behind instead of a traceback on the user's screen.

A bug (any exception that is not a known condition, see models/foundation/errors.py) is
written with its traceback to a file in the log folder (models/foundation/logs.log_dir:
`~/.local/state/ClientArchive/log` on Linux, `%LOCALAPPDATA%\\ClientArchive\\Logs` on
Windows), and the log names the file; the user is told one line with the path.
When that folder cannot be written the report goes to the temporary folder. No Qt here:
the command line uses it too. Passwords never reach a report: the command line takes them
from the environment or a prompt, and a PostgreSQL URL is written without its password.
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

from models.foundation import db, logs
from models.foundation.faults import known_condition

MESSAGE = "程序出错，已写入错误报告：{path}"


def log_dir() -> Path:
    return logs.log_dir()


def _safe_argv(argv: list[str]) -> list[str]:
    return [db.describe(a) if db.is_postgres_url(a) else a for a in argv]


def _report_text(exc: BaseException, where: str) -> str:
    url = db.current_url()
    lines = [
        "客户档案管家 crash report",
        f"time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"where: {where}",
        f"python: {sys.version.split()[0]} on {platform.platform()}",
        f"argv: {_safe_argv(sys.argv)}",
        f"database: {db.describe(url) if url else '-'}",
        "",
        "".join(traceback.format_exception(exc)),
    ]
    return "\n".join(lines)


def write_report(exc: BaseException, where: str = "") -> Path:
    """Write the report; returns its path (never raises)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"crash-{stamp}-{os.getpid()}-{id(exc) % 100000:05d}.txt"
    text = _report_text(exc, where)
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(text, encoding="utf-8")
            logs.error(where or "bug", exc, report=path)
            return path
        except OSError:
            continue
    return Path(tempfile.gettempdir()) / name   # nowhere writable: still say where we tried


def message(path: Path) -> str:
    return MESSAGE.format(path=path)


class Explained:
    """What to tell the user about an exception: a known condition's sentence, or the path
    of the crash report written for a bug."""

    def __init__(self, known=None, report: Path | None = None):
        self.known = known
        self.report = report

    @property
    def is_bug(self) -> bool:
        return self.known is None


def explain(exc: BaseException, where: str = "") -> Explained:
    """Known condition → its ArchiveError; bug → a crash report written now."""
    known = known_condition(exc)
    if known is not None:
        return Explained(known=known)
    return Explained(report=write_report(exc, where))
