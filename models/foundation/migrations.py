"""Schema version and the ordered migration steps.

- A **new** (empty) database is created from the live table models and stamped at
  SCHEMA_VERSION at once: no step runs on it.
- An **existing** database at version N runs steps N+1 … SCHEMA_VERSION all in ONE
  transaction together with the version stamp: an upgrade that fails at any step leaves the
  archive exactly as it was (both SQLite and PostgreSQL run DDL inside a transaction), never
  at an intermediate version. A SQLite file is copied first (kind pre-upgrade in the
  archive's backups folder, by the opener in models.maintenance), and the opener is told what
  will happen (`announce`) before any step runs, and how far it got (`progress`).
- Version 1 is the first release's schema. Its DDL is frozen in
  tests/fixtures/schemas/v1_*.sql, which the upgrade tests use to build a database "made by
  the last release" with data in it.

A schema change: change the table model, bump SCHEMA_VERSION, add step N with **frozen SQL**
(never the live models: they describe the latest schema, not version N), and extend
tests/unit/test_migrations.py (the upgraded schema must equal a fresh one, on both
databases, and the data must survive).
"""
from __future__ import annotations

from collections.abc import Callable

import peewee

from models.foundation import frozen_sql, schema
from models.foundation.db import database, is_postgres, is_read_only
from models.foundation.errors import DatabaseProblem, DatabaseReadOnly

SCHEMA_VERSION = 11

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


EXTRA_INDEXES = [
    'CREATE INDEX IF NOT EXISTS grant_lookup ON "grant" (grantee_id, customer_id, expires_at)',
] + frozen_sql.V8_DESK_INDEXES


def create_latest() -> None:
    """A new archive: every table as the models describe it, the audit guards, the indexes."""
    database.create_tables(schema.ALL_TABLES)
    for sql in AUDIT_GUARD_POSTGRES if is_postgres() else AUDIT_GUARD_SQLITE:
        database.execute_sql(sql)
    for sql in EXTRA_INDEXES:
        database.execute_sql(sql)
    for sql in frozen_sql.V9_POSTGRES if is_postgres() else frozen_sql.V9_SQLITE:
        database.execute_sql(sql)
    for sql in frozen_sql.V11_INDEXES:   # v9's list indexes without the id are replaced
        database.execute_sql(sql)


def _step_2_must_change_password() -> None:
    """v2: an admin's password reset makes the next sign-in choose a new password."""
    kind = "BOOLEAN NOT NULL DEFAULT FALSE" if is_postgres() else "INTEGER NOT NULL DEFAULT 0"
    database.execute_sql(f"ALTER TABLE staff ADD COLUMN must_change_password {kind}")


def _step_3_daily_desk() -> None:
    """v3: the daily desk — 核实 and last contact on the customer, leap-month birthdays,
    richer follow-up tasks, reminder dates, company events and invitations, entered
    holiday schedules. Last contact is back-filled from page 2 (entries by service staff,
    not reports), the page-1 change time from the last update; reminder dates are built
    by models.desk on first use."""
    for sql in frozen_sql.V3_POSTGRES if is_postgres() else frozen_sql.V3_SQLITE:
        database.execute_sql(sql)
    database.execute_sql(
        "UPDATE customer SET last_contact_on = (SELECT MAX(e.event_date) FROM event e "
        "JOIN staff s ON s.id = e.recorded_by_id WHERE e.customer_id = customer.id "
        "AND NOT e.is_report AND s.role IN ('agent', 'manager'))")
    # the best earlier record of a page-1 change is the card's last update
    database.execute_sql("UPDATE customer SET page1_at = updated_at")


# the access-decision messages models/access_requests/requests.py wrote before version 4;
# a reported matter's message ("<name> 报告了客户 …") is never one of them
_ACCESS_MESSAGE_PREFIXES = ("您对客户 ", "主管授予您查阅客户 ", "您查阅客户 ")


def _step_4_notification_kind() -> None:
    """v4: notifications say whether they carry card content (issue 9.5: a former custodian's
    inbox must not keep page-2 titles). Existing access-decision messages are recognised by
    their fixed wording; anything else stays "card", so a doubt hides rather than shows."""
    database.execute_sql("ALTER TABLE notification ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'card'")
    n = schema.Notification
    is_access = n.message.startswith(_ACCESS_MESSAGE_PREFIXES[0])
    for prefix in _ACCESS_MESSAGE_PREFIXES[1:]:
        is_access |= n.message.startswith(prefix)
    (n.update(kind=schema.NOTIFICATION_ACCESS)
     .where(is_access & ~n.message.contains(" 报告了客户 ")).execute())


def _step_5_service_records() -> None:
    """v5: complaints and after-sales records (service_record) and their steps (service_step).
    New tables only: nothing to back-fill."""
    for sql in frozen_sql.V5_POSTGRES if is_postgres() else frozen_sql.V5_SQLITE:
        database.execute_sql(sql)


def _step_6_customer_value() -> None:
    """v6: customer value (issue 16) — company identity columns and the merge pointer on the
    customer, the class history, nurturing plans and steps. Nothing to back-fill: existing
    cards have no identity yet and no recorded class change."""
    for sql in frozen_sql.V6_POSTGRES if is_postgres() else frozen_sql.V6_SQLITE:
        database.execute_sql(sql)


def _step_7_satisfaction() -> None:
    """v7: questionnaires with versions, surveys and their answers, service goals (issue 15).
    New tables only: nothing to back-fill (indicators and thresholds live in archive_meta)."""
    for sql in frozen_sql.V7_POSTGRES if is_postgres() else frozen_sql.V7_SQLITE:
        database.execute_sql(sql)


def _step_8_desk_indexes() -> None:
    """v8 (the desk's step): covering indexes for the 今日 page
    at 100,000 customers (benchmarks/today_page.py). Indexes only: nothing to back-fill."""
    for sql in frozen_sql.V8_DESK_INDEXES:
        database.execute_sql(sql)


def _step_9_search_index() -> None:
    # the credit code joins the search column (issue 16) as its last part, as search_text
    # writes it from now on; then the index is built over the column
    separator = "chr(31)" if is_postgres() else "char(31)"
    database.execute_sql(f"UPDATE customer SET search_text = search_text || {separator} || lower(credit_code) "
                         "WHERE credit_code <> ''")
    for sql in frozen_sql.V9_POSTGRES if is_postgres() else frozen_sql.V9_SQLITE:
        database.execute_sql(sql)
    if not is_postgres():
        _index_every_customer()


def _index_every_customer() -> None:
    """The back-fill: every customer's grams into the FTS5 table (frozen here, like the SQL:
    the gram rule of models/archive/search_text.py as of version 9)."""
    rows = database.execute_sql("SELECT id, search_text FROM customer").fetchall()
    cursor = database.cursor()
    batch = []
    for cid, text in rows:
        grams: set[str] = set()
        for part in (text or "").split("\x1f"):
            for n in (1, 2, 3):
                grams.update(part[i:i + n] for i in range(len(part) - n + 1))
        batch.append((cid, " ".join("u" + "".join(f"{ord(ch):06x}" for ch in g) for g in sorted(grams))))
        if len(batch) == 1000:
            cursor.executemany("INSERT INTO customer_search(rowid, grams) VALUES (?, ?)", batch)
            batch = []
    if batch:
        cursor.executemany("INSERT INTO customer_search(rowid, grams) VALUES (?, ?)", batch)


def _step_10_name_sort() -> None:
    """v10: the pinyin sort key of the name (issue 12), back-filled for every card, then the
    list's index over it. The key is computed by models/archive/name_order.key, the one rule
    every writer uses: a pure function of the name, not a table model, so the step cannot
    go stale the way live models would (a later change of the rule is a step of its own
    that computes every key again). At 100,000 cards the back-fill is one read and
    UPDATE … FROM (VALUES …) batches of 1,000 (PostgreSQL) or executemany (SQLite).
    PostgreSQL rewrites each updated row and computes its search-index entries again
    (search_grams over the whole search column): that is most of the step's time there, and
    dropping the index to build it once afterwards costs the same (measured, 10,000 rows)."""
    from models.foundation import name_order

    postgres = is_postgres()
    database.execute_sql(frozen_sql.V10_POSTGRES_COLUMN if postgres else frozen_sql.V10_SQLITE_COLUMN)
    rows = database.execute_sql("SELECT id, name FROM customer").fetchall()
    keyed = [(name_order.key(name or ""), cid) for cid, name in rows]
    cursor = database.cursor()
    for i in range(0, len(keyed), 1000):
        batch = keyed[i:i + 1000]
        if postgres:
            values = ", ".join(["(%s, %s)"] * len(batch))
            cursor.execute(f"UPDATE customer SET name_sort = v.k FROM (VALUES {values}) AS v(k, id) "
                           "WHERE customer.id = v.id", [x for pair in batch for x in pair])
        else:
            cursor.executemany("UPDATE customer SET name_sort = ? WHERE id = ?", batch)
    for sql in frozen_sql.V10_INDEXES:
        database.execute_sql(sql)


def _step_11_custodian_sort_indexes() -> None:
    """v11: the list's other sorts at any size (issue #13): their columns compared by code
    point on PostgreSQL, an agent's own cards in each sort, the manager's ending in id.
    No data changes."""
    for sql in (frozen_sql.V11_POSTGRES_COLLATION if is_postgres() else []) + frozen_sql.V11_INDEXES:
        database.execute_sql(sql)


STEPS = {2: _step_2_must_change_password, 3: _step_3_daily_desk, 4: _step_4_notification_kind,
         5: _step_5_service_records, 6: _step_6_customer_value, 7: _step_7_satisfaction,
         8: _step_8_desk_indexes, 9: _step_9_search_index,
         10: _step_10_name_sort, 11: _step_11_custodian_sort_indexes}
assert sorted(STEPS) == list(range(2, SCHEMA_VERSION + 1))


def current_version() -> int:
    tables = set(database.get_tables())
    if "archive_meta" not in tables:
        if tables - {"sqlite_sequence"}:
            raise DatabaseProblem("这个数据库不是客户档案管家的档案（缺少版本信息），已停止以免破坏数据")
        return 0
    row = schema.ArchiveMeta.get_or_none(schema.ArchiveMeta.key == "schema_version")
    return int(row.value) if row else 0


def migrate_to_latest(url: str, *, backup: Callable[[str, str], str | None] | None = None,
                      announce: Callable[[int, int, str | None], object] | None = None,
                      progress: Callable[[int, int], object] | None = None) -> int:
    """Bring the open database to SCHEMA_VERSION. Returns the version it started at.

    Before an existing archive is upgraded: `backup(url, label)` takes a copy and returns its
    path (or None), then `announce(start, SCHEMA_VERSION, copy_path)`; `progress(done, total)`
    after each step. All steps commit together or not at all."""
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
    if start == 0:
        try:
            with database.atomic():
                create_latest()
                schema.set_meta("schema_version", str(SCHEMA_VERSION))
        except peewee.DatabaseError as exc:
            raise DatabaseProblem(f"创建档案失败：{exc}") from exc
        return start
    copy = backup(url, f"v{start}") if backup is not None else None
    if announce is not None:
        announce(start, SCHEMA_VERSION, copy)
    total = SCHEMA_VERSION - start
    version = start
    try:
        with database.atomic():
            for version in range(start + 1, SCHEMA_VERSION + 1):
                STEPS[version]()
                if progress is not None:
                    progress(version - start, total)
            schema.set_meta("schema_version", str(SCHEMA_VERSION))
    except peewee.DatabaseError as exc:
        raise DatabaseProblem(f"升级数据库到版本 {version} 失败，档案保持第 {start} 版未变：{exc}") from exc
    return start
