"""Schema version and the ordered migration steps.

A schema change: bump SCHEMA_VERSION, append one step to STEPS, and add a test that
upgrades a database made by the previous version with data in it. Each step runs
inside one transaction; a SQLite file is copied aside before any upgrade.
"""
from __future__ import annotations

import peewee

from models.foundation import schema
from models.foundation.db import database, is_postgres, is_read_only
from models.foundation.errors import DatabaseProblem, DatabaseReadOnly

SCHEMA_VERSION = 1

AUDIT_GUARD_SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
]

AUDIT_GUARD_POSTGRES = [
    """CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit log is append-only'; END; $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry",
    """CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()""",
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry",
    """CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
       FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()""",
]


def _step_1_initial() -> None:
    database.create_tables(schema.ALL_TABLES)
    for sql in AUDIT_GUARD_POSTGRES if is_postgres() else AUDIT_GUARD_SQLITE:
        database.execute_sql(sql)
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS grant_lookup ON \"grant\" (grantee_id, customer_id, expires_at)"
    )


STEPS = {1: _step_1_initial}
assert sorted(STEPS) == list(range(1, SCHEMA_VERSION + 1))


def current_version() -> int:
    tables = set(database.get_tables())
    if "archive_meta" not in tables:
        if tables - {"sqlite_sequence"}:
            raise DatabaseProblem("这个数据库不是客户档案管家的档案（缺少版本信息），已停止以免破坏数据")
        return 0
    row = schema.ArchiveMeta.get_or_none(schema.ArchiveMeta.key == "schema_version")
    return int(row.value) if row else 0


def migrate_to_latest(url: str, *, backup=None) -> int:
    """Bring the open database to SCHEMA_VERSION. Returns the version it started at.

    `backup(url, label)` is called before an existing archive is upgraded (the opener passes
    the checked SQLite copy from models.maintenance.backup)."""
    start = current_version()
    if start > SCHEMA_VERSION:
        raise DatabaseProblem(
            f"数据库版本（{start}）比本程序（{SCHEMA_VERSION}）新，请升级客户档案管家后再打开"
        )
    if start == SCHEMA_VERSION:
        return start
    if is_read_only():
        raise DatabaseReadOnly(url) if start == 0 else DatabaseProblem(
            f"档案以只读方式打开（文件不可写），无法升级到本程序的版本 {SCHEMA_VERSION}：{url}", url)
    if start > 0 and backup is not None:
        backup(url, f"v{start}")
    for version in range(start + 1, SCHEMA_VERSION + 1):
        try:
            with database.atomic():
                STEPS[version]()
                schema.set_meta("schema_version", str(version))
        except peewee.DatabaseError as exc:
            raise DatabaseProblem(f"升级数据库到版本 {version} 失败：{exc}") from exc
    return start
