"""Passwords (argon2id), login and lockout.

Failures are counted in the database, so the lockout holds across PCs: 5 failures within
15 minutes lock the account for 15 minutes after the last failure. A successful login
clears the count. Disabled, frozen (handover) and departed accounts cannot log in.
"""
from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.foundation.db import database, is_postgres, is_read_only, write_transaction
from models.foundation.errors import (
    AccountLocked,
    AccountUnavailable,
    FieldProblem,
    LoginFailed,
    PasswordChangeRequired,
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

# argon2-cffi's defaults (RFC 9106 low-memory profile). Nothing in the environment or the
# settings can change them; only the test fixtures swap in a cheap hasher.
_hasher = PasswordHasher()


def configure_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Tests only (tests/conftest.py): use `hasher`; returns the one it replaces.

    Existing hashes stay valid whatever the hasher: argon2 hashes carry their parameters."""
    global _hasher, _dummy
    previous, _hasher = _hasher, hasher
    _dummy = None
    return previous


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


def login(username: str, password: str, *, changing_password: bool = False) -> Actor:
    """Check a password; every attempt is recorded and audited.

    Lockout is check-and-record in one write transaction, serialised per name (SQLite's
    BEGIN IMMEDIATE; a per-name advisory lock on PostgreSQL): the attempt is reserved as a
    failure *before* the password is checked, so parallel guesses see each other and at most
    MAX_FAILURES of them reach the check. The ~0.3 s argon2 check runs outside any
    transaction; a right password then marks the reserved attempt ok in a second, short one.

    An account whose password an admin reset must choose a new one first: the right password
    raises PasswordChangeRequired, unless `changing_password` (the sign-in that sets it)."""
    # longer than any account name can be: cut so it fits the attempt/audit columns (PostgreSQL)
    username = (username or "").strip()[:64]
    if is_read_only():
        return _login_without_record(username, password)
    dummy = _dummy_hash()            # built before the name is looked at: same cost for every name
    staff = Staff.get_or_none(Staff.username == username)
    unknown_key = _unknown_key(username)   # computed for known names too (same work)
    # People type their password into the name field: an unknown name is never stored as typed
    shown = username if staff is not None else _unknown_label(username)
    key = username if staff is not None else unknown_key
    attempt_id = _reserve_attempt(key, staff, shown)
    ok = _verify(staff.password_hash if staff is not None else dummy, password) and staff is not None
    refusal: LoginFailed | None = None
    with write_transaction():
        if ok and staff is not None:    # (ok implies a known name)
            LoginAttempt.update(ok=True).where(LoginAttempt.id == attempt_id).execute()
            if staff.status != "active":
                refusal = AccountUnavailable(staff.status)
                audit.record(staff, "login_failed", outcome="denied", details={"reason": staff.status})
            elif staff.must_change_password and not changing_password:
                refusal = PasswordChangeRequired()
                audit.record(staff, "login_failed", outcome="denied",
                             details={"reason": "password_change_required"})
            else:
                audit.record(staff, "login")
        else:
            audit.record(staff, "login_failed", actor_name=shown, outcome="denied",
                         details={"reason": "bad_password" if staff else "unknown_user"})
    if refusal is not None:
        raise refusal
    if not ok:
        until = locked_until(key)
        if until is not None:
            raise AccountLocked(_local_text(until))
        raise LoginFailed("用户名或密码错误")
    assert staff is not None    # ok: a known name with its password
    return Actor.from_staff(staff)


# the two-key advisory lock space does not overlap the one-key space the audit chain uses
_LOGIN_LOCK_CLASS = 0x4C4F47


def _login_without_record(username: str, password: str) -> Actor:
    """Login on a read-only archive (a SQLite file this process may not write): nothing can be
    recorded, so there is no attempt row, no audit entry and no new lockout count. Whoever
    can read the file can read every row in it without this program, so a lockout would
    protect nothing there; an existing lock is still honoured."""
    staff = Staff.get_or_none(Staff.username == username)
    until = locked_until(username if staff is not None else _unknown_key(username))
    if until is not None:
        raise AccountLocked(_local_text(until))
    ok = (password_matches(staff, password) if staff is not None
          else _verify(_dummy_hash(), password) and False)
    if not ok or staff is None:     # (ok implies a known name)
        raise LoginFailed("用户名或密码错误")
    if staff.status != "active":
        raise AccountUnavailable(staff.status)
    return Actor.from_staff(staff)



def _reserve_attempt(key: str, staff: Staff | None, shown: str) -> int:
    """Inside one write transaction, serialised per name: refuse if locked, else record the
    attempt as a failure (a reservation) and return its id. A locked try is recorded too."""
    with write_transaction():
        if is_postgres():
            database.execute_sql("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (_LOGIN_LOCK_CLASS, key))
        until = locked_until(key)
        attempt = LoginAttempt.create(username=key, ok=False, machine=audit._MACHINE)
        if until is not None:
            audit.record(staff, "login_failed", actor_name=shown, outcome="denied",
                         details={"reason": "locked"})
    if until is not None:
        raise AccountLocked(_local_text(until))
    return attempt.id


def logout(actor: Actor, *, reason: str = "window_closed") -> None:
    """The end of a desktop session (ui/sign_out.py says which events are one)."""
    audit.record(actor, "logout", details={"reason": reason})


# (hasher, hash of a password nobody has): rebuilt if the hasher is replaced (tests do)
_dummy: tuple[PasswordHasher, str] | None = None


def _dummy_hash() -> str:
    """The hash unknown names are checked against. Built at the first login of a process,
    whatever the name, so the first unknown name is not the one that pays for it."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _stand_in_hash(_hasher))
    return _dummy[1]


def _stand_in_hash(hasher: PasswordHasher) -> str:
    """An encoded argon2 hash with the hasher's parameters and random salt and digest: no
    password has it, and verifying against it runs the full check (argon2 recomputes the
    digest before comparing). Written, not computed: hashing a dummy password cost every
    command-line call a second ~0.6 s argon2 run."""
    import base64
    import secrets

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii").rstrip("=")

    kind = hasher.type.name.lower()
    return (f"$argon2{kind}$v=19$m={hasher.memory_cost},t={hasher.time_cost},p={hasher.parallelism}"
            f"${b64(secrets.token_bytes(hasher.salt_len))}${b64(secrets.token_bytes(hasher.hash_len))}")


def _verify(stored_hash: str, password: str) -> bool:
    """One argon2 verification: for an unknown name against the dummy hash (always False for
    it, by the caller), so the response time does not tell which account names exist."""
    try:
        return _hasher.verify(stored_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


def _unknown_key(name: str) -> str:
    """What the lockout counts an unknown name under: a slow one-way digest, not the text."""
    import hashlib

    digest = hashlib.pbkdf2_hmac("sha256", name.encode("utf-8"), b"client-archive/unknown-login", 20_000)
    return "?" + digest.hex()[:40]


def _unknown_label(name: str) -> str:
    """How the audit log shows an unknown name: its first character and length only."""
    return f"未知账号 {name[:1]}…（{len(name)} 字符）" if name else "未知账号（空）"
