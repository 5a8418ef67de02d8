"""What every command handler gets: the open database, the signed-in actor, output."""
from __future__ import annotations

import getpass
import os
import sys

from models.foundation import db
from models.foundation.errors import ArchiveError, LoginFailed
from models.maintenance import opening
from models.rules import auth

PASSWORD_ENV = "CLIENT_ARCHIVE_PASSWORD"


class Context:
    def __init__(self, args, out, err):
        self.args = args
        self.out = out
        self.err = err
        self.url = db.resolve_url(args.db)
        self._actor = None

    def open(self, *, must_exist: bool = True):
        path = db.sqlite_path(self.url)
        if must_exist and path is not None and not path.exists():
            raise ArchiveError(f"database not found: {path} (run `python main.py init --admin NAME` first)")
        return opening.open_archive(self.url)

    def password(self, prompt: str = "Password: ", *, confirm: bool = False) -> str:
        value = os.environ.get(PASSWORD_ENV)
        if value is not None:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise LoginFailed(f"no password: set {PASSWORD_ENV} or run in a terminal")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat password: ") != value:
            raise ArchiveError("the two passwords differ")
        return value

    def username(self) -> str:
        """--user, else $CLIENT_ARCHIVE_USER."""
        username = self.args.user or os.environ.get("CLIENT_ARCHIVE_USER")
        if not username:
            raise LoginFailed("this command needs --user NAME")
        return username

    @property
    def actor(self):
        """Log in as --user on first use (every command that reads or changes customers)."""
        if self._actor is None:
            username = self.username()
            self._actor = auth.login(username, self.password(f"Password for {username}: "))
        return self._actor

    def print(self, *parts, sep=" "):
        print(*parts, sep=sep, file=self.out)

    def invoke(self, handler) -> int:
        try:
            result = handler(self, self.args)
            return 0 if result is None else int(result)
        except ArchiveError as exc:
            print(f"error: {exc.message}", file=self.err)
            return exc.exit_code
        except KeyboardInterrupt:
            print("interrupted", file=self.err)
            return 1
        except Exception as exc:  # noqa: BLE001 - one line, never a traceback, for users
            print(f"error: {type(exc).__name__}: {exc}".splitlines()[0], file=self.err)
            if os.environ.get("CLIENT_ARCHIVE_DEBUG"):
                raise
            return 1
        finally:
            db.close_database()
