"""The program's log: one rotating file in the platform's log folder, for IT.

    ~/.local/state/ClientArchive/log/client-archive.log       Linux (XDG_STATE_HOME)
    %LOCALAPPDATA%\\ClientArchive\\Logs\\client-archive.log      Windows
    ~/Library/Logs/ClientArchive/client-archive.log           macOS

1 MB per file, the current one and 5 older (`.1` … `.5`). The crash reports (ui/cli/crash.py)
go to the same folder: `log_dir()` is the one place that names it. The desktop app and every
command write here (main.py starts and stops it): start and stop with the version and the
exit code, the archive's location and schema version, command names, sign-in outcomes, and
errors by their class (a bug also by its crash report's file name).

What never goes in: argument values, customer data, user names, messages of errors (they
can quote a name or a phone number), passwords, and a PostgreSQL URL's password
(`db.describe`). Log *what happened*, with codes and class names, never *to whom* —
tests/unit/test_logs.py runs a session and looks for its names, phone and passwords in the
file. Logging must never stop the program: a folder that cannot be written means no log, a
record that cannot be written is dropped.

Without `start()` (tests calling the command line in-process, library use) records go
nowhere: the logger has a NullHandler and does not propagate.
"""
from __future__ import annotations

import logging
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from platformdirs import user_log_dir

from models.foundation.db import APP_DIR_NAME, describe
from models.foundation.version import program_version

LOG_FILE_NAME = "client-archive.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(message)s"

log = logging.getLogger("client_archive")
log.addHandler(logging.NullHandler())
log.propagate = False
log.setLevel(logging.INFO)

_started: dict[str, Any] = {}


def log_dir() -> Path:
    """The folder of the log files and the crash reports."""
    return Path(user_log_dir(APP_DIR_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


class _SharedRotatingFile(RotatingFileHandler):
    """The app and commands on one PC share the file. On Windows another process holding it
    makes the rename of a rollover fail: keep appending instead (the next start rotates)."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        pass   # a full disk or a vanished folder loses the record, never the user's work


def start(what: str) -> Path | None:
    """Open the log for this process and record the start of `what` ("desktop app",
    "command search"). Returns the log file, or None when its folder cannot be written."""
    stop_logging()
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = _SharedRotatingFile(folder / LOG_FILE_NAME, maxBytes=MAX_BYTES,
                                      backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    _started.update(handler=handler, what=what, at=time.monotonic())
    log.info("start %s: version %s, python %s on %s%s", what, program_version(),
             sys.version.split()[0], sys.platform, ", frozen" if getattr(sys, "frozen", False) else "")
    return Path(handler.baseFilename)


def stop(exit_code: int | None) -> None:
    """Record the end (with the exit code and the run time) and close the file."""
    if not _started:
        return
    seconds = time.monotonic() - _started["at"]
    log.info("stop %s: exit %s after %.2f s", _started["what"], exit_code, seconds)
    stop_logging()


def stop_logging() -> None:
    handler = _started.pop("handler", None)
    _started.clear()
    if handler is not None:
        log.removeHandler(handler)
        handler.close()


def archive_opened(url: str, schema_version: int | None, latest: int) -> None:
    """Where the archive is (a SQLite path, or a PostgreSQL URL without its password)."""
    state = ("" if schema_version == latest else
             f" (program's is {latest}: archive is {'older' if (schema_version or 0) < latest else 'newer'})")
    log.info("archive %s, schema version %s%s", describe(url), schema_version, state)


def error(where: str, exc: BaseException, *, exit_code: int | None = None,
          report: Path | None = None) -> None:
    """An error by its class only (its message may quote customer data)."""
    parts = [f"{where}: {type(exc).__module__}.{type(exc).__qualname__}"]
    if exit_code is not None:
        parts.append(f"exit {exit_code}")
    if report is not None:
        parts.append(f"crash report {report.name}")
    (log.error if report is not None else log.warning)(", ".join(parts))


def event(text: str, *args: object) -> None:
    """A fixed message with codes or counts (never names or values a user typed)."""
    log.info(text, *args)
