"""Opening an archive: connect, create or upgrade its schema, then the day's automatic copy.

An older archive is copied first (kind pre-upgrade, models.maintenance.backups) and the
caller is told what will happen before any step runs (`on_upgrade(Upgrade)`: the command
line prints `Upgrade.message()` on stderr, the app shows it with a progress bar fed by
`progress(done, total)`). The steps run in one transaction: a failure leaves the archive as
it was. Then, at the first opening of a day, the automatic daily/weekly copy; a copy that
fails does not stop the opening: `notice(text)` is told (the command line prints it).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import peewee

from models.foundation import db, migrations
from models.foundation.errors import ArchiveError
from models.maintenance import backups


@dataclass(frozen=True)
class Upgrade:
    from_version: int
    to_version: int
    copy: str | None          # the pre-upgrade copy (None: PostgreSQL, copied by its admin)

    def message(self) -> str:
        where = (f"升级前已备份到 {self.copy}" if self.copy else
                 "PostgreSQL 档案请确认已用 pg_dump 备份")
        return f"档案将从第 {self.from_version} 版升级到第 {self.to_version} 版，{where}"


def open_archive(url: str, *, on_upgrade: Callable[[Upgrade], None] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 notice: Callable[[str], None] | None = None) -> peewee.Database:
    """Open the archive at `url`, creating a new one or upgrading an older one."""
    database = db.open_database(url)

    def announce(start: int, target: int, copy: str | None) -> None:
        if on_upgrade is not None:
            on_upgrade(Upgrade(start, target, copy))

    start = migrations.migrate_to_latest(url, backup=backups.pre_upgrade_copy,
                                         announce=announce, progress=progress)
    if 0 < start < migrations.SCHEMA_VERSION:
        db.refresh_statistics()   # an upgraded archive: fresh planner statistics (issue #13)
    if start != 0:            # a new archive has nothing to keep yet
        try:
            backups.take_daily_if_due(url)
        except ArchiveError as exc:
            if notice is not None:
                notice(f"注意：今天的自动备份没有完成（{exc.message}）")
    return database
