"""Passwords (argon2id), login and lockout.

Failures are counted in the database, so the lockout holds across PCs: 5 failures within
15 minutes lock the account for 15 minutes after the last failure. A successful login
clears the count. Disabled, frozen (handover) and departed accounts cannot log in.
"""
from __future__ import annotations

import datetime as dt
import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.foundation.db import is_read_only, write_transaction
from models.foundation.errors import (
    AccountLocked,
    AccountUnavailable,
    FieldProblem,
    LoginFailed,
    ValidationError,
)
from models.foundation.localtime import local_text
from models.foundation.schema import LoginAttempt, Staff, utcnow
from models.rules import audit
from models.rules.access import Actor

MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=15)
LOCK_FOR = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

# Tests may lower the work factor through this variable; production uses argon2's defaults.
_FAST = os.environ.get("CLIENT_ARCHIVE_FAST_HASH") == "1"
_hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1) if _FAST else PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_strength(password: str, field: str = "password") -> None:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(FieldProblem(field, f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符"))
    elif password.isdigit() or password.isalpha():
        problems.append(FieldProblem(field, "密码需同时包含字母和数字（或符号）"))
    if problems:
        raise ValidationError(problems)


def password_matches(staff: Staff, password: str) -> bool:
    try:
        return _hasher.verify(staff.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def locked_until(username: str, now: dt.datetime | None = None) -> dt.datetime | None:
    now = now or utcnow()
    last_ok = (LoginAttempt.select(LoginAttempt.at)
               .where((LoginAttempt.username == username) & LoginAttempt.ok)
               .order_by(LoginAttempt.at.desc()).first())
    since = now - WINDOW - LOCK_FOR
    if last_ok and last_ok.at > since:
        since = last_ok.at
    failures = [a.at for a in LoginAttempt.select(LoginAttempt.at)
                .where((LoginAttempt.username == username) & ~LoginAttempt.ok
                       & (LoginAttempt.at >= since))
                .order_by(LoginAttempt.at)]
    # find a run of MAX_FAILURES failures inside one WINDOW; the lock runs from its last one
    for i in range(len(failures) - MAX_FAILURES + 1):
        first, last = failures[i], failures[i + MAX_FAILURES - 1]
        if last - first <= WINDOW and last + LOCK_FOR > now:
            return last + LOCK_FOR
    return None


def _local_text(utc: dt.datetime) -> str:
    return local_text(utc, "%H:%M")


def login(username: str, password: str) -> Actor:
    """Check a password; every attempt is recorded and audited."""
    # longer than any account name can be: cut so it fits the attempt/audit columns (PostgreSQL)
    username = (username or "").strip()[:64]
    if is_read_only():
        return _login_without_record(username, password)
    staff = Staff.get_or_none(Staff.username == username)
    # People type their password into the name field: an unknown name is never stored as typed
    shown = username if staff is not None else _unknown_label(username)
    username = username if staff is not None else _unknown_key(username)
    until = locked_until(username)
    if until is not None:
        with write_transaction():
            LoginAttempt.create(username=username, ok=False, machine=audit._MACHINE)
            audit.record(staff, "login_failed", actor_name=shown, outcome="denied",
                         details={"reason": "locked"})
        raise AccountLocked(_local_text(until))
    ok = password_matches(staff, password) if staff is not None else _same_work_for_unknown(password)
    if ok and staff.status != "active":
        with write_transaction():
            audit.record(staff, "login_failed", outcome="denied", details={"reason": staff.status})
        raise AccountUnavailable(staff.status)
    with write_transaction():
        LoginAttempt.create(username=username, ok=ok, machine=audit._MACHINE)
        if ok:
            audit.record(staff, "login")
        else:
            audit.record(staff, "login_failed", actor_name=shown, outcome="denied",
                         details={"reason": "bad_password" if staff else "unknown_user"})
    if not ok:
        until = locked_until(username)
        if until is not None:
            raise AccountLocked(_local_text(until))
        raise LoginFailed("用户名或密码错误")
    return Actor.from_staff(staff)


def _login_without_record(username: str, password: str) -> Actor:
    """Login on a read-only archive (a SQLite file this process may not write): nothing can be
    recorded, so there is no attempt row, no audit entry and no new lockout count. Whoever
    can read the file can read every row in it without this program, so a lockout would
    protect nothing there; an existing lock is still honoured."""
    staff = Staff.get_or_none(Staff.username == username)
    until = locked_until(username if staff is not None else _unknown_key(username))
    if until is not None:
        raise AccountLocked(_local_text(until))
    ok = password_matches(staff, password) if staff is not None else _same_work_for_unknown(password)
    if not ok:
        raise LoginFailed("用户名或密码错误")
    if staff.status != "active":
        raise AccountUnavailable(staff.status)
    return Actor.from_staff(staff)


def logout(actor: Actor) -> None:
    audit.record(actor, "logout")


_dummy_hash: list[str] = []


def _same_work_for_unknown(password: str) -> bool:
    """Do the hash work for an unknown name too, so the response time does not tell an
    attacker which account names exist. Always False."""
    if not _dummy_hash:
        _dummy_hash.append(hash_password("no-such-account-0"))
    try:
        _hasher.verify(_dummy_hash[0], password or "")
    except (VerificationError, InvalidHashError):
        pass
    return False


def _unknown_key(name: str) -> str:
    """What the lockout counts an unknown name under: a slow one-way digest, not the text."""
    import hashlib

    digest = hashlib.pbkdf2_hmac("sha256", name.encode("utf-8"), b"client-archive/unknown-login", 20_000)
    return "?" + digest.hex()[:40]


def _unknown_label(name: str) -> str:
    """How the audit log shows an unknown name: its first character and length only."""
    return f"未知账号 {name[:1]}…（{len(name)} 字符）" if name else "未知账号（空）"
