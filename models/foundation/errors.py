"""Errors raised by the core: known conditions a user can act on, each carrying its data.

Every class here is a *known condition* — the input, the environment or the account's state
— never a programming bug. The message is Chinese for users; the fields (path, value,
status, seconds …) let the UI and the command line word it another way (the English UI).
Anything that is not an ArchiveError is a bug: the command line and the app write a crash
report for it (`ui/cli/crash.py`). `models.foundation.faults.known_condition` turns driver and
operating-system errors that mean a known condition (disk full, locked, read-only) into one
of these.

    ArchiveError                      exit 1 unless the class says otherwise
      UsageError                      2  the command was given the wrong shape of input
      PermissionDenied                3
      LoginFailed                     4  wrong name or password
        AccountLocked                 4  too many failed attempts (until_text)
        AccountUnavailable            4  disabled, frozen (handover), departed, missing (status)
      NotFound, ValidationError, ConflictError        input and concurrent edits
      EnvironmentProblem              the machine, the disk, the database server
        DatabaseProblem               the database cannot be used (location)
          NoArchive                   nothing at the location yet (missing or empty file)
          DatabaseBusy                another session holds a lock too long (seconds)
          DatabaseReadOnly            opened read-only; a write was refused
        DiskFull                      no space left where we write (path)
        FileProblem                   an input or output file (path, reason)
"""
from __future__ import annotations

from dataclasses import dataclass


def shown(value: object, limit: int = 60) -> str:
    """A value echoed in a message: never empty-looking, never 50,000 characters long."""
    text = "" if value is None else str(value)
    if not text.strip():
        return "（空）"
    return text if len(text) <= limit else text[:limit] + "…"


class ArchiveError(Exception):
    """Base class for errors a user can act on (never a programming bug)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UsageError(ArchiveError):
    """The command line was given input of the wrong shape (a number too large, a bad id)."""

    exit_code = 2


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

    def __init__(self) -> None:
        super().__init__("管理员已重置该账号的密码，请先用 passwd 设置新密码")


ACCOUNT_STATUS_MESSAGES = {
    "disabled": "账号已停用",
    "frozen": "账号正在办理离职交接，已冻结",
    "departed": "账号已离职",
    "missing": "账号不存在",
}


class AccountUnavailable(LoginFailed):
    """The account may not act at all (not a wrong password): `status` says why."""

    def __init__(self, status: str):
        self.status = status
        super().__init__(ACCOUNT_STATUS_MESSAGES.get(status, "账号不可用"))


class NotFound(ArchiveError):
    def __init__(self, what: str, key: str):
        self.what = what
        self.key = key
        super().__init__(f"找不到{what}：{shown(key)}")


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


class EnvironmentProblem(ArchiveError):
    """The machine, its disk or the database server, not the user's input."""


class DatabaseProblem(EnvironmentProblem):
    """The database file or server cannot be used (broken, newer schema, unreachable).

    `location` is the file path or the password-free server URL, when known."""

    def __init__(self, message: str, location: str = ""):
        super().__init__(message)
        self.location = location


class NoArchive(DatabaseProblem):
    """Nothing at `location` yet: a missing or empty file, or a database without accounts.
    Only `init` (or the app's first start) creates an archive."""

    def __init__(self, location: str):
        super().__init__(f"这里还没有档案：{location}，请先运行 init 或在程序中创建", location)


class DatabaseBusy(DatabaseProblem):
    """Another session held a lock longer than we wait. `shared_file` is True for a SQLite
    file (another program or PC has it open), False for a server."""

    def __init__(self, location: str, seconds: float, *, shared_file: bool, statement: bool = False):
        self.seconds = seconds
        self.shared_file = shared_file
        self.statement = statement
        secs = f"{seconds:g}"
        if shared_file:
            text = (f"数据库正忙：另一个程序或另一台电脑正在使用档案文件 {location}"
                    f"（等待超过 {secs} 秒）。请关闭其他正在使用它的客户档案管家或程序后重试；"
                    f"多台电脑共用档案请使用 PostgreSQL")
        elif statement:
            text = f"数据库正忙：查询超过 {secs} 秒仍未完成（{location}），请稍后重试或缩小范围"
        else:
            text = f"数据库正忙：另一台电脑正在写入（等待锁超过 {secs} 秒），请稍后重试（{location}）"
        super().__init__(text, location)


class DatabaseReadOnly(DatabaseProblem):
    def __init__(self, location: str):
        super().__init__(f"档案以只读方式打开（文件不可写）：{location}", location)


class DiskFull(EnvironmentProblem):
    """No space left on the disk holding `path` (the archive's folder or an output file)."""

    def __init__(self, path: str, *, database: bool = False):
        self.path = path
        self.database = database
        what = "档案所在的磁盘" if database else "磁盘"
        where = f"：{path}" if path else ""
        super().__init__(f"{what}已满{where}。请腾出空间后重试（这次操作未写入任何内容）")


FILE_PROBLEM_MESSAGES = {
    "exists": "文件已存在：{path}",
    "is_directory": "这是一个文件夹，不是文件：{path}",
    "no_folder": "文件夹不存在：{path}",
    "not_writable": "无法写入：{path}（没有写入权限或磁盘只读）",
    "denied": "没有权限读写：{path}",
    "not_found": "找不到文件：{path}",
    "not_readable": "无法读取：{path}（没有读取权限）",
    "io": "读写文件失败：{path}",
}


class FileProblem(EnvironmentProblem):
    """An input or output file cannot be used. `reason` is a key of FILE_PROBLEM_MESSAGES."""

    def __init__(self, path: str, reason: str, message: str | None = None):
        self.path = str(path)
        self.reason = reason
        super().__init__(message or FILE_PROBLEM_MESSAGES.get(reason, "{path}").format(path=path))
