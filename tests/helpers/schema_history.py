"""Databases "made by an earlier release": the frozen DDL of that version plus real data.

The data is made with today's services in a scratch archive (so the audit chain is real and
verifies), then copied column by column into a database built from the frozen DDL of the
old version (tests/fixtures/schemas/vN_*.sql). Columns the old version lacked are dropped;
the copy is therefore exactly what that release would have stored.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from models.foundation import db
from models.foundation.schema import ALL_TABLES

SCHEMAS = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"


def frozen_statements(version: int, backend: str) -> list[str]:
    text = (SCHEMAS / f"v{version}_{backend}.sql").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("--"))
    return [s.strip() for s in body.split("\n;;") if s.strip()]


def schema_signature() -> dict:
    """Tables with their columns (name, type, not-null; PostgreSQL: collation), indexes and triggers of the open archive."""
    database = db.database
    sig: dict = {"tables": {}, "indexes": set(), "triggers": set()}
    if db.is_postgres():
        for table, column, dtype, nullable, collation in database.execute_sql(
                "SELECT table_name, column_name, data_type, is_nullable, collation_name "
                "FROM information_schema.columns WHERE table_schema = 'public'"):
            sig["tables"].setdefault(table, set()).add((column, dtype, nullable, collation))
        sig["indexes"] = {(n, d) for n, d in database.execute_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")}
        sig["triggers"] = {r[0] for r in database.execute_sql(
            "SELECT DISTINCT trigger_name FROM information_schema.triggers")}
    else:
        for (table,) in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
            cols = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
            sig["tables"][table] = {(c[1], c[2].upper(), c[3], c[5]) for c in cols}
            for idx in database.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
                columns = tuple(r[2] for r in database.execute_sql(f'PRAGMA index_info("{idx[1]}")'))
                sig["indexes"].add((table, idx[1], bool(idx[2]), columns))
        sig["triggers"] = {r[0] for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return sig


def copy_into_old_schema(source_url: str, target_url: str, version: int, admin_url: str | None = None):
    """Copy every row of the open scratch archive at `source_url` into a new database at
    `target_url` built from version `version`'s frozen DDL. Closes the scratch archive."""
    backend = "postgres" if db.is_postgres_url(target_url) else "sqlite"
    statements = frozen_statements(version, backend)
    names = [model._meta.table_name for model in ALL_TABLES]
    db.close_database()
    target = db.make_database(target_url)
    target.connect()
    with target.atomic():
        for sql in statements:
            target.execute_sql(sql)
        old_columns, booleans = {}, {}
        for name in names:
            if backend == "postgres":
                info = target.execute_sql(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_name = %s ORDER BY ordinal_position", (name,)).fetchall()
                old_columns[name] = [c for c, _ in info]
                booleans[name] = {i for i, (_, t) in enumerate(info) if t == "boolean"}
            else:
                old_columns[name] = [r[1] for r in target.execute_sql(f'PRAGMA table_info("{name}")')]
                booleans[name] = set()
    source = db.make_database(source_url)
    source.connect()
    with target.atomic():
        for model in ALL_TABLES:          # parents before children (ALL_TABLES is in that order)
            name = model._meta.table_name
            cols = old_columns[name]
            if not cols:                  # a table that version did not have
                continue
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = source.execute_sql(f'SELECT {quoted} FROM "{name}" ORDER BY 1').fetchall()
            if not rows:
                continue
            mark = "%s" if backend == "postgres" else "?"
            sql = f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join([mark] * len(cols))})'
            for row in rows:     # the scratch archive is SQLite: its booleans are 0/1
                row = tuple(bool(v) if i in booleans[name] and v is not None else v
                            for i, v in enumerate(row))
                target.execute_sql(sql, row)
        target.execute_sql(
            "UPDATE archive_meta SET value = %s WHERE key = 'schema_version'" if backend == "postgres"
            else "UPDATE archive_meta SET value = ? WHERE key = 'schema_version'", (str(version),))
        if backend == "postgres":   # serial sequences continue after the copied ids
            for model in ALL_TABLES:
                name = model._meta.table_name
                if "id" in old_columns[name]:
                    target.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM \"{name}\"), 1))")
    source.close()
    target.close()


def copy_head_file(source_db: Path, target_db: Path) -> None:
    head = source_db.with_name(source_db.name + ".audit-head")
    if head.exists():
        shutil.copyfile(head, target_db.with_name(target_db.name + ".audit-head"))


def sqlite_column_names(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    finally:
        con.close()
