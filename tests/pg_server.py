"""A throwaway PostgreSQL server for the tests (real server, loopback only).

Uses CLIENT_ARCHIVE_TEST_PG (a URL to an existing server) when set; otherwise starts a
private cluster from Debian's postgresql binaries in a temporary directory (Unix only: on
Windows the URL is the only way). In CI a missing server is an error, never a silent skip.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time

try:
    import pwd  # Unix only: the private cluster runs as 'postgres' when the tests run as root
except ImportError:
    pwd = None

ENV_URL = "CLIENT_ARCHIVE_TEST_PG"
SKIP_BANNER = "*** PostgreSQL NOT AVAILABLE, PostgreSQL tests skipped: {reason} ***"


class PgUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self):
        self.url = os.environ.get(ENV_URL)
        self.dir = None
        self.bindir = None
        self.user_prefix: list[str] = []

    def start(self) -> str:
        if self.url:
            return self.url
        if pwd is None or not hasattr(os, "geteuid"):
            raise PgUnavailable(f"this system cannot start a private PostgreSQL cluster (Unix only); "
                                f"set {ENV_URL}=postgresql://postgres@127.0.0.1:5432/postgres "
                                f"(a superuser URL of a running server)")
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not candidates and shutil.which("initdb"):
            candidates = [shutil.which("initdb")]
        if not candidates:
            raise PgUnavailable("PostgreSQL server binaries not found (apt-get install postgresql)")
        self.bindir = os.path.dirname(candidates[-1])
        self.dir = tempfile.mkdtemp(prefix="ca-pg-")
        if os.geteuid() == 0:
            try:
                pw_entry = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise PgUnavailable("running as root but no 'postgres' user exists") from exc
            os.chown(self.dir, pw_entry.pw_uid, pw_entry.pw_gid)
            self.user_prefix = ["runuser", "-u", "postgres", "--"]
        data = os.path.join(self.dir, "data")
        self._run([os.path.join(self.bindir, "initdb"), "-D", data, "-A", "trust", "-U", "postgres",
                   "-E", "UTF8", "--locale=C.UTF-8"])
        port = _free_port()
        self._run([os.path.join(self.bindir, "pg_ctl"), "-D", data, "-l", os.path.join(self.dir, "log"),
                   "-w", "-t", "60", "-o",
                   f"-p {port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
                   f"-c synchronous_commit=off -c full_page_writes=off", "start"])
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self._wait(port)
        return self.url

    def _run(self, cmd):
        proc = subprocess.run(self.user_prefix + cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise PgUnavailable(f"{' '.join(cmd[:1])} failed: {proc.stderr or proc.stdout}")

    @staticmethod
    def _wait(port):
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise PgUnavailable("PostgreSQL did not start listening")

    def stop(self):
        if self.dir and self.bindir:
            subprocess.run(self.user_prefix + [os.path.join(self.bindir, "pg_ctl"), "-D",
                                               os.path.join(self.dir, "data"), "-m", "immediate", "stop"],
                           capture_output=True)
            shutil.rmtree(self.dir, ignore_errors=True)


def start_for_session(server: PgServer, *, in_ci: bool) -> str:
    """The server's admin URL, or a loud skip (outside CI) / a failure (in CI) when there is none."""
    import pytest

    try:
        return server.start()
    except PgUnavailable as exc:
        server.stop()  # a half-started cluster must not leave its directory behind
        if in_ci:
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(SKIP_BANNER.format(reason=exc))


def create_database(admin_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, name: str) -> None:
    """Drop a test's database, ending any connection the test left open (PostgreSQL 13+)."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
