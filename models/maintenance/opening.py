"""Opening an archive: connect, then create or upgrade its schema (with a copy first)."""
from __future__ import annotations

import peewee

from models.foundation import db, migrations
from models.maintenance.backup import backup_sqlite_file


def open_archive(url: str) -> peewee.Database:
    """Open the archive at `url`, creating a new one or upgrading an older one."""
    database = db.open_database(url)
    started_at = migrations.migrate_to_latest(url, backup=backup_sqlite_file)
    if 0 < started_at < migrations.SCHEMA_VERSION:
        db.refresh_statistics()   # an upgraded archive: fresh planner statistics (issue #13)
    return database
