"""Errors raised by the core. Each carries data; the message is Chinese for users.

The UI and the command line decide how to show them; the CLI maps them to exit codes.
"""
from __future__ import annotations

from dataclasses import dataclass


class ArchiveError(Exception):
    """Base class for errors a user can act on (never a programming bug)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PermissionDenied(ArchiveError):
    exit_code = 3

    def __init__(self, action: str, target: str = "", message: str | None = None):
        self.action = action
        self.target = target
        super().__init__(message or f"权限不足：无权执行“{action}”{('（' + target + '）') if target else ''}")


class LoginFailed(ArchiveError):
    exit_code = 4


class AccountLocked(LoginFailed):
    def __init__(self, until_text: str):
        self.until_text = until_text
        super().__init__(f"账号已锁定，请在 {until_text} 之后再试")


class PasswordChangeRequired(LoginFailed):
    """The right password, but an admin reset it: the account must choose a new one first
    (command line: `passwd`; the desktop opens the change-password dialog)."""

    def __init__(self):
        super().__init__("管理员已重置该账号的密码，请先用 passwd 设置新密码")


class NotFound(ArchiveError):
    def __init__(self, what: str, key: str):
        self.what = what
        self.key = key
        super().__init__(f"找不到{what}：{key}")


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str
    value: object = None


class ValidationError(ArchiveError):
    def __init__(self, problems: list[FieldProblem]):
        self.problems = list(problems)
        super().__init__("；".join(f"{p.message}" for p in self.problems))


class ConflictError(ArchiveError):
    """A stale save: someone else changed the row since it was read."""

    def __init__(self, what: str, key: str):
        self.what = what
        self.key = key
        super().__init__(f"{what}“{key}”已被其他人修改，请重新加载后再保存")


class DatabaseProblem(ArchiveError):
    """The database file or server cannot be used (broken, newer schema, unreachable)."""
