"""The only place database connections are opened.

`database` is a peewee DatabaseProxy that every table binds to; `open_database(url)`
initialises it for a SQLite file (WAL, foreign keys, busy timeout) or a PostgreSQL URL.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
from platformdirs import user_data_dir

from models.foundation import changes
from models.foundation.errors import DatabaseProblem

database = peewee.DatabaseProxy()

ENV_DB = "CLIENT_ARCHIVE_DB"
APP_DIR_NAME = "ClientArchive"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "normal",
    "cache_size": -32000,
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


def make_database(url: str) -> peewee.Database:
    if is_postgres_url(url):
        p = urlparse(url)
        name = unquote(p.path.lstrip("/"))
        if not name:
            raise DatabaseProblem(f"PostgreSQL 地址缺少数据库名：{describe(url)}")
        params = {}
        if p.username:
            params["user"] = unquote(p.username)
        if p.password:
            params["password"] = unquote(p.password)
        if p.hostname:
            params["host"] = p.hostname
        if p.port:
            params["port"] = p.port
        params["connect_timeout"] = 10
        return peewee.PostgresqlDatabase(name, autoconnect=True, **params)
    path = sqlite_path(url)
    if str(path) != ":memory:":
        path = path.expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, autoconnect=True)


_current_url: str | None = None


def open_database(url: str) -> peewee.Database:
    """Connect to the database at `url` (no schema work: `models.maintenance.opening` migrates)."""
    global _current_url
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise DatabaseProblem(f"无法连接数据库 {describe(url)}：{exc}".strip()) from exc
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
    return db


def current_url() -> str | None:
    return _current_url


def close_database() -> None:
    global _current_url
    if database.obj is not None and not database.is_closed():
        database.close()
    _current_url = None


def is_postgres() -> bool:
    return isinstance(database.obj, peewee.PostgresqlDatabase)


class _TransactionHooks:
    """Callbacks run after the outermost write transaction commits or fails.

    The audit log registers here (it copies its newest hash outside the database after a
    commit), so this module needs no import of the layers above it."""

    def __init__(self) -> None:
        self.after_commit: list = []
        self.after_rollback: list = []

    def register(self, *, after_commit=None, after_rollback=None) -> None:
        if after_commit is not None and after_commit not in self.after_commit:
            self.after_commit.append(after_commit)
        if after_rollback is not None and after_rollback not in self.after_rollback:
            self.after_rollback.append(after_rollback)


transaction_hooks = _TransactionHooks()


@contextmanager
def write_transaction():
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


def listen_connection(timeout_seconds: int = 10):
    """A separate autocommit psycopg connection to the open PostgreSQL archive, for LISTEN.

    TCP keep-alives and a user timeout make a vanished server show as an error within
    seconds instead of a socket that waits forever."""
    import psycopg

    db = database.obj
    if not isinstance(db, peewee.PostgresqlDatabase):
        raise DatabaseProblem("只有 PostgreSQL 档案支持变更通知")
    params = dict(db.connect_params)
    params.update(connect_timeout=timeout_seconds, keepalives=1, keepalives_idle=10,
                  keepalives_interval=5, keepalives_count=3, tcp_user_timeout=15000)
    return psycopg.connect(dbname=db.database, autocommit=True, **params)
