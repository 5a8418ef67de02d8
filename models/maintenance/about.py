"""What IT asks first: which program version, which archive, which schema version, where the
logs are. Shared by the `version` command (ui/cli/version_cmds.py) and 帮助 → 关于 (ui/about.py).

`facts_at(url)` reads the schema version without opening the archive for use: no upgrade, no
new file, no sign-in, so it also answers for an archive older or newer than the program.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.foundation import db, logs, migrations
from models.foundation.version import program_version


@dataclass(frozen=True)
class AboutFacts:
    program_version: str
    program_schema: int
    archive: str                  # a SQLite path, or a PostgreSQL URL without its password
    archive_schema: int | None    # None: no archive at that location yet
    log_dir: Path                 # the log file and the crash reports

    @property
    def state(self) -> str:
        """current | older (upgraded when the program next opens it) | newer | none"""
        if self.archive_schema is None:
            return "none"
        if self.archive_schema == self.program_schema:
            return "current"
        return "older" if self.archive_schema < self.program_schema else "newer"


def _location(url: str) -> str:
    path = db.sqlite_path(url)
    return str(path.expanduser()) if path is not None else db.describe(url)


def _facts(url: str, schema: int | None) -> AboutFacts:
    return AboutFacts(program_version(), migrations.SCHEMA_VERSION, _location(url), schema,
                      logs.log_dir())


def facts_at(url: str) -> AboutFacts:
    """The archive at `url`, read as it is. The caller closes the database."""
    path = db.sqlite_path(url)
    if path is not None and str(path) != ":memory:":
        path = path.expanduser()
        if not path.is_file() or path.stat().st_size == 0:
            return _facts(url, None)
    db.open_database(url)
    return _facts(url, migrations.current_version() or None)


def facts_of_open_archive() -> AboutFacts:
    """The archive this process has open (the desktop app)."""
    url = db.current_url() or ""
    return _facts(url, migrations.current_version() or None)
