"""The only place database connections are opened.

`database` is a peewee DatabaseProxy that every table binds to; `open_database(url)`
initialises it for a SQLite file (WAL, foreign keys, busy timeout) or a PostgreSQL URL.

Waiting has limits, so a lock held elsewhere gets a sentence instead of a frozen screen:
SQLite waits SQLITE_BUSY_TIMEOUT_S for another program's write lock; PostgreSQL sessions
give up waiting for a lock (the audit chain's advisory lock, a row or table lock) after
PG_LOCK_TIMEOUT_S and cancel any statement running longer than PG_STATEMENT_TIMEOUT_S
(`models.foundation.faults` words both). A SQLite file this process may not write (the file
or its folder) is opened read-only (`mode=ro`): reads work, and every write transaction is
refused up front with DatabaseReadOnly.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlparse

import peewee
from platformdirs import user_data_dir

from models.foundation import changes
from models.foundation.errors import (
    ArchiveError,
    DatabaseBusy,
    DatabaseProblem,
    DatabaseReadOnly,
    DiskFull,
)

database = peewee.DatabaseProxy()

ENV_DB = "CLIENT_ARCHIVE_DB"
APP_DIR_NAME = "ClientArchive"

SQLITE_BUSY_TIMEOUT_S = 10
PG_LOCK_TIMEOUT_S = 10
PG_STATEMENT_TIMEOUT_S = 60

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": SQLITE_BUSY_TIMEOUT_S * 1000,
    "synchronous": "normal",
    "cache_size": -32000,
}
# a read-only connection may not change the journal mode; query_only makes any write fail
# inside SQLite too, whatever the file system says (root ignores file permissions)
SQLITE_READ_ONLY_PRAGMAS = {
    "foreign_keys": 1,
    "busy_timeout": SQLITE_BUSY_TIMEOUT_S * 1000,
    "cache_size": -32000,
    "query_only": 1,
}


def default_database_path() -> Path:
    """The embedded default: a SQLite file in the user's data directory."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "archive.db"


def resolve_url(cli_value: str | None = None) -> str:
    """--db beats CLIENT_ARCHIVE_DB beats the default file."""
    return cli_value or os.environ.get(ENV_DB) or str(default_database_path())


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def describe(url: str) -> str:
    """A printable form of the URL without the password."""
    if not is_postgres_url(url):
        return url
    p = urlparse(url)
    host = p.hostname or "localhost"
    port = f":{p.port}" if p.port else ""
    return f"postgresql://{p.username or ''}@{host}{port}{p.path}"


def sqlite_path(url: str) -> Path | None:
    if is_postgres_url(url):
        return None
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return Path(url)


def sqlite_file_writable(path: Path) -> bool:
    """May this process change the archive file? (SQLite also writes its -wal and -shm files
    beside it, so the folder must be writable too.) A missing file is writable when its
    folder is: it is about to be created."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.exists() or os.access(folder, os.W_OK)


def _read_only_sqlite(path: Path, *, immutable: bool = False) -> peewee.SqliteDatabase:
    uri = path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
    return peewee.SqliteDatabase(uri, pragmas=SQLITE_READ_ONLY_PRAGMAS, autoconnect=True, uri=True)


def load_psycopg() -> ModuleType:
    """psycopg, imported on first use and handed to peewee (models/drivers.py hides it while
    peewee loads from main.py, so a SQLite command never pays for it)."""
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    pw: Any = peewee    # its driver slots are private (not in the stubs)
    if pw.psycopg is None:
        pw.psycopg, pw.TransactionStatus = psycopg, TransactionStatus
        pw.Json_pg3, pw.Jsonb_pg3 = Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN
    return psycopg


def make_database(url: str) -> peewee.Database:
    if is_postgres_url(url):
        load_psycopg()
        p = urlparse(url)
        name = unquote(p.path.lstrip("/"))
        if not name:
            raise DatabaseProblem(f"PostgreSQL 地址缺少数据库名：{describe(url)}")
        params: dict[str, Any] = {}
        if p.username:
            params["user"] = unquote(p.username)
        if p.password:
            params["password"] = unquote(p.password)
        if p.hostname:
            params["host"] = p.hostname
        if p.port:
            params["port"] = p.port
        params["connect_timeout"] = 10
        params["options"] = (f"-c lock_timeout={PG_LOCK_TIMEOUT_S * 1000} "
                             f"-c statement_timeout={PG_STATEMENT_TIMEOUT_S * 1000}")
        return peewee.PostgresqlDatabase(name, autoconnect=True, **params)
    path = sqlite_path(url)
    assert path is not None     # a PostgreSQL url was handled above
    if str(path) != ":memory:":
        path = path.expanduser()
        if path.exists() and not sqlite_file_writable(path):
            return _read_only_sqlite(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, autoconnect=True)


_current_url: str | None = None
_read_only = False


def _connect(db: peewee.Database, url: str) -> peewee.Database:
    """Connect; a read-only WAL archive whose -shm file cannot be created (a read-only folder)
    is opened as immutable instead."""
    try:
        db.connect(reuse_if_open=True)
        return db
    except peewee.OperationalError:
        if not is_read_only_db(db):
            raise
    path = sqlite_path(url)
    assert path is not None   # is_read_only_db: only SQLite files are opened read-only
    db = _read_only_sqlite(path.expanduser(), immutable=True)
    db.connect(reuse_if_open=True)
    return db


def is_read_only_db(db: peewee.Database) -> bool:
    return isinstance(db, peewee.SqliteDatabase) and db.connect_params.get("uri", False)


def open_database(url: str) -> peewee.Database:
    """Connect to the database at `url` (no schema work: `models.maintenance.opening` migrates)."""
    global _current_url, _read_only
    db = make_database(url)
    try:
        db = _connect(db, url)
    except peewee.OperationalError as exc:
        known = database_condition(exc, url)
        if known is not None and type(known) is not DatabaseProblem:   # full, busy, read-only
            raise known from exc
        reason = (str(exc).strip().splitlines() or [""])[0]   # the driver's first line says it
        raise DatabaseProblem(f"无法连接数据库 {describe(url)}：{reason}".strip(), describe(url)) from exc
    except peewee.DatabaseError as exc:
        raise DatabaseProblem(f"数据库文件已损坏或不是本程序的档案：{url}（{exc}）") from exc
    if not is_postgres_url(url):
        try:
            db.execute_sql("PRAGMA schema_version").fetchone()
        except peewee.DatabaseError as exc:
            db.close()
            raise DatabaseProblem(f"数据库文件已损坏或不是本程序的档案：{url}（{exc}）") from exc
    database.initialize(db)
    _current_url = url
    _read_only = is_read_only_db(db)
    return db


def current_url() -> str | None:
    return _current_url


def is_read_only() -> bool:
    """True when the open archive is a SQLite file this process may not write."""
    return _read_only


def refresh_statistics(*, large_write: bool = True, tables: tuple[str, ...] = ()) -> None:
    """Keep the planner's statistics current (issue #13: without them SQLite sorted the whole
    list for every page). After a bulk write (migration, import, demo data, handover) a full
    ANALYZE of the list's tables (~0.5 s at 100,000 customers); otherwise SQLite's cheap
    `PRAGMA optimize`, which analyses only what changed enough. Never inside a transaction
    that must stay short; a read-only archive is left as it is. `tables`: only these changed
    (a handover moves custody: the customer table's indexes), else every table."""
    if database.obj is None or _read_only:
        return
    try:
        if is_postgres():
            if large_write:
                named = ", ".join(f'"{t}"' for t in tables or ("customer", "contact", "grant"))
                database.execute_sql(f"ANALYZE {named}")
        elif not large_write:
            database.execute_sql("PRAGMA optimize")
        elif not tables:
            database.execute_sql("ANALYZE")
        else:
            for table in tables:
                database.execute_sql(f'ANALYZE "{table}"')
    except peewee.DatabaseError:
        pass   # statistics are an optimisation: a busy or locked archive keeps the old ones


def close_database() -> None:
    global _current_url, _read_only
    if database.obj is not None and not database.is_closed():
        database.close()
    _current_url = None
    _read_only = False


def refuse_if_read_only() -> None:
    if _read_only and _current_url is not None:
        raise DatabaseReadOnly(str(sqlite_path(_current_url)))


def is_postgres() -> bool:
    return isinstance(database.obj, peewee.PostgresqlDatabase)


class _TransactionHooks:
    """Callbacks run after the outermost write transaction commits or fails.

    The audit log registers here (it copies its newest hash outside the database after a
    commit), so this module needs no import of the layers above it."""

    def __init__(self) -> None:
        self.after_commit: list[Callable[[], object]] = []
        self.after_rollback: list[Callable[[], object]] = []

    def register(self, *, after_commit: Callable[[], object] | None = None,
                 after_rollback: Callable[[], object] | None = None) -> None:
        if after_commit is not None and after_commit not in self.after_commit:
            self.after_commit.append(after_commit)
        if after_rollback is not None and after_rollback not in self.after_rollback:
            self.after_rollback.append(after_rollback)


transaction_hooks = _TransactionHooks()


@contextmanager
def write_transaction() -> Iterator[peewee._transaction | peewee._savepoint]:
    """One atomic write, committed together with its audit entries and its declared changes.

    On SQLite the outermost one takes the write lock up front (BEGIN IMMEDIATE) so the
    audit chain's read of the previous hash and the insert are serialised. What the body
    declared with `changes.record_changes()` is sent as a NOTIFY on PostgreSQL just before
    the commit (delivered by the server only if the commit succeeds) and handed to the
    thread's collectors after it. After the outermost commit the registered hooks run (the
    audit log copies its newest hash outside the database)."""
    if database.in_transaction():
        with database.atomic() as txn:
            yield txn
        return
    refuse_if_read_only()
    changes.begin_transaction()
    try:
        if is_postgres():
            with database.atomic() as txn:
                yield txn
                _notify(changes.pending_changes())
        else:
            with database.atomic("IMMEDIATE") as txn:
                yield txn
    except BaseException:
        changes.end_transaction(committed=False)
        for hook in transaction_hooks.after_rollback:
            hook()
        raise
    changes.end_transaction(committed=True)
    for hook in transaction_hooks.after_commit:
        hook()


def _notify(pending: changes.Changes) -> None:
    if pending:
        database.execute_sql("SELECT pg_notify(%s, %s)", (changes.CHANNEL, pending.to_payload()))


def listen_connection(timeout_seconds: int = 10) -> Any:
    """A separate autocommit psycopg connection to the open PostgreSQL archive, for LISTEN.

    TCP keep-alives and a user timeout make a vanished server show as an error within
    seconds instead of a socket that waits forever."""
    psycopg = load_psycopg()

    db = database.obj
    if not isinstance(db, peewee.PostgresqlDatabase):
        raise DatabaseProblem("只有 PostgreSQL 档案支持变更通知")
    params = dict(db.connect_params)
    params.update(connect_timeout=timeout_seconds, keepalives=1, keepalives_idle=10,
                  keepalives_interval=5, keepalives_count=3, tcp_user_timeout=15000)
    return psycopg.connect(dbname=db.database, autocommit=True, **params)   # a psycopg.Connection


# ---- driver errors that mean a known condition ------------------------------------------

# below this much free space an I/O error from SQLite is read as a full disk (creating the
# 32 KB -shm file is what fails first when a fresh process opens an archive on a full disk)
LOW_SPACE_BYTES = 1 << 20
_PG_LOCK_TIMEOUT, _PG_QUERY_CANCELED, _PG_READ_ONLY = "55P03", "57014", "25006"
_PG_CONFLICT = {"40P01", "40001"}   # deadlock, serialization failure
_PG_DISK_FULL = {"53100"}
_PG_CONNECTION = {"57P01", "57P02", "57P03"}


def _is_driver_error(e: BaseException) -> bool:
    return (isinstance(e, (peewee.PeeweeException, sqlite3.Error, OSError))
            or type(e).__module__.startswith("psycopg"))


def error_chain(exc: BaseException) -> Iterator[BaseException]:
    """A driver or OS error, what it wraps (peewee's `orig`) and the
    driver errors it was raised while handling, outermost first, each once. Only driver errors
    are followed: a bug raised while handling a known condition stays a bug."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 20:
        e = todo.pop(0)
        if e is None or id(e) in seen or not _is_driver_error(e):
            continue
        seen.add(id(e))
        yield e
        todo.append(getattr(e, "orig", None))   # peewee keeps the driver's error here
        if e.args and isinstance(e.args[0], BaseException):
            todo.append(e.args[0])
        todo.extend([e.__cause__, e.__context__])


def _low_on_space(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent if not path.is_dir() else path).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _from_sqlite(e: sqlite3.Error, path: Path | None, where: str) -> ArchiveError | None:
    name = getattr(e, "sqlite_errorname", "") or ""
    text = str(e)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFull(where, database=True)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return DatabaseBusy(where, SQLITE_BUSY_TIMEOUT_S, shared_file=True)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return DatabaseReadOnly(where)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk I/O error" in text:
        if _low_on_space(path):
            return DiskFull(where, database=True)
        return DatabaseProblem(f"读写档案文件失败（磁盘或文件系统出错）：{where}", where)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return DatabaseProblem(f"数据库文件已损坏或不是本程序的档案：{where}", where)
    return None


def _from_postgres(e: BaseException, where: str) -> ArchiveError | None:
    state = getattr(e, "sqlstate", None)
    if state == _PG_LOCK_TIMEOUT:
        return DatabaseBusy(where, PG_LOCK_TIMEOUT_S, shared_file=False)
    if state == _PG_QUERY_CANCELED:
        return DatabaseBusy(where, PG_STATEMENT_TIMEOUT_S, shared_file=False, statement=True)
    if state in _PG_CONFLICT:
        return DatabaseProblem(f"数据库正忙：与另一台电脑的操作冲突，未保存任何内容，请重试（{where}）", where)
    if state in _PG_DISK_FULL:
        return DiskFull(where, database=True)
    if state == _PG_READ_ONLY:
        return DatabaseReadOnly(where)
    if state in _PG_CONNECTION or (state is None and type(e).__name__ == "OperationalError"):
        return DatabaseProblem(f"与数据库服务器的连接中断：{where}，请检查网络或服务器后重试", where)
    return None


def database_condition(exc: BaseException, url: str | None = None) -> ArchiveError | None:
    """The known condition (an ArchiveError) a database driver error means, or None.

    SQLite reports a full disk as "database or disk is full", and peewee's rollback then
    fails with "cannot rollback - no transaction is active": the cause is found in the chain."""
    url = url or _current_url
    path = sqlite_path(url) if url else None
    where = str(path) if path is not None else (describe(url) if url else "")
    for e in error_chain(exc):
        found = None
        if isinstance(e, sqlite3.Error):
            found = _from_sqlite(e, path, where)
        elif type(e).__module__.startswith("psycopg"):
            found = _from_postgres(e, where)
        if found is not None:
            return found
    return None
