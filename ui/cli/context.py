"""What every command handler gets: the open database, the signed-in actor, output; and how
whatever a handler raises becomes one line on stderr and an exit code.

A known condition (models/foundation/errors.py, or a driver/OS error that means one, see
models/foundation/faults.py) prints its sentence and exits with its code; anything else is a
bug: a crash report goes to the log folder (ui/cli/crash.py), stderr says where, exit 70.
"""
from __future__ import annotations

import getpass
import os
import sys

from models.accounts import staff
from models.foundation import db, logs, migrations
from models.foundation.errors import ArchiveError, FileProblem, NoArchive, UsageError
from models.foundation.faults import known_condition
from models.maintenance import opening
from models.rules import auth
from ui.cli import crash
from ui.cli.render import one_line, row

PASSWORD_ENV = "CLIENT_ARCHIVE_PASSWORD"
DEBUG_ENV = "CLIENT_ARCHIVE_DEBUG"
EXIT_BUG = 70   # EX_SOFTWARE (sysexits.h): an internal error, reported in the log folder


class Context:
    def __init__(self, args, out, err):
        self.args = args
        self.out = out
        self.err = err
        self.url = db.resolve_url(args.db)
        self._actor = None

    def location(self) -> str:
        path = db.sqlite_path(self.url)
        return str(path.expanduser()) if path is not None else db.describe(self.url)

    def open(self, *, must_exist: bool = True):
        """Open the archive. Only `init` (must_exist=False) may create one: every other
        command on a missing or empty file, or a database without accounts, is refused."""
        path = db.sqlite_path(self.url)
        if path is not None and str(path) != ":memory:":
            path = path.expanduser()
            if path.is_dir():
                raise FileProblem(str(path), "is_directory",
                                  f"--db 指向的是文件夹，不是档案文件：{path}")
            if must_exist and (not path.exists() or path.stat().st_size == 0):
                raise NoArchive(str(path))
        say = lambda text: print(text, file=self.err)  # noqa: E731 - upgrade note, failed daily copy
        database = opening.open_archive(self.url, on_upgrade=lambda u: say(u.message()), notice=say)
        logs.archive_opened(self.url, migrations.current_version(), migrations.SCHEMA_VERSION)
        if must_exist and not staff.is_initialised():
            raise NoArchive(self.location())
        if db.is_read_only():
            print(f"注意：档案文件不可写，已以只读方式打开（可以查看，不能修改）：{self.location()}",
                  file=self.err)
        return database

    def password(self, prompt: str = "Password: ", *, confirm: bool = False) -> str:
        value = os.environ.get(PASSWORD_ENV)
        if value is not None:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(f"没有密码：请设置环境变量 {PASSWORD_ENV} 或在终端中运行")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat password: ") != value:
            raise ArchiveError("两次输入的密码不一致")
        return value

    def username(self) -> str:
        """--user, else $CLIENT_ARCHIVE_USER."""
        username = self.args.user or os.environ.get("CLIENT_ARCHIVE_USER")
        if not username:
            raise UsageError("这个命令需要 --user 用户名（以哪个账号操作） / this command needs --user NAME")
        return username

    @property
    def actor(self):
        """Log in as --user on first use (every command that reads or changes customers)."""
        if self._actor is None:
            username = self.username()
            self._actor = auth.login(username, self.password(f"Password for {username}: "))
            logs.event("signed in")
        return self._actor

    def print(self, *parts, sep=" "):
        """A message line; control characters in values are shown as escapes."""
        print(*(one_line(p) for p in parts), sep=sep, file=self.out)

    def row(self, *values, err: bool = False):
        """One tab-separated row (see ui/cli/render.py for the escapes)."""
        print(row(*values), file=self.err if err else self.out)

    def invoke(self, handler) -> int:
        try:
            result = handler(self, self.args)
            code = 0 if result is None else int(result)
        except BaseException as exc:  # noqa: BLE001 - every outcome gets a line and a code
            code = self.explain(exc)
        try:
            db.close_database()
        except Exception:  # noqa: BLE001 - a failed close (full disk, lost server) adds nothing
            pass
        return code

    def explain(self, exc: BaseException) -> int:
        """One line on stderr for `exc`, and the exit code."""
        if isinstance(exc, KeyboardInterrupt):
            print("已中断（interrupted）", file=self.err)
            return 1
        if isinstance(exc, BrokenPipeError) and exc.filename is None:
            _silence_stdout()   # `search … | head` closed the pipe: nothing more to say
            return 1
        if isinstance(exc, SystemExit):
            raise exc
        known = known_condition(exc)
        if known is not None:
            logs.error(f"command {getattr(self.args, 'command', '')}", known,
                       exit_code=known.exit_code)
            text = one_line(known.message)
            print(f"error: {text if len(text) <= 500 else text[:500] + '…'}", file=self.err)
            return known.exit_code
        if os.environ.get(DEBUG_ENV):
            raise exc
        path = crash.write_report(exc, where=f"command line: {getattr(self.args, 'command', '')}")
        print(f"error: {crash.message(path)}", file=self.err)
        return EXIT_BUG


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
