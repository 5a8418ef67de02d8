"""Login, lockout (counted in the database), account status, and what the log keeps of it."""
from __future__ import annotations

import datetime as dt

import pytest

from models.archive import customers
from models.foundation.errors import AccountLocked, LoginFailed
from models.foundation.schema import AuditEntry, LoginAttempt, Staff, utcnow
from models.rules import access, auth
from tests.conftest import PASSWORD


class Clock:
    def __init__(self, monkeypatch):
        self.now = utcnow()
        for mod in ("models.foundation.schema", "models.rules.auth", "models.rules.access", "models.rules.audit"):
            monkeypatch.setattr(f"{mod}.utcnow", lambda: self.now)
        # LoginAttempt.at defaults to the real clock: record attempts at the fake time
        monkeypatch.setattr(LoginAttempt.at, "default", lambda: self.now)

    def advance(self, **kw):
        self.now += dt.timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def test_login_ok_and_audited(people):
    actor = auth.login("li", PASSWORD)
    assert actor.username == "li" and actor.role == "agent"
    e = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (e.action, e.actor_name, e.outcome) == ("login", "li", "allowed")


def test_five_failures_lock_for_fifteen_minutes(people, clock):
    for _ in range(4):
        with pytest.raises(LoginFailed) as exc:
            auth.login("li", "wrong-pass-1")
        assert not isinstance(exc.value, AccountLocked)
    with pytest.raises(AccountLocked):
        auth.login("li", "wrong-pass-1")
    # the right password does not help while locked, and the lock is in the database
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        auth.login("li", PASSWORD)
    assert LoginAttempt.select().where(LoginAttempt.username == "li").count() == 6
    clock.advance(minutes=16)
    assert auth.login("li", PASSWORD).username == "li"
    # a success clears the count
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login("li", "wrong-pass-1")
    assert auth.login("li", PASSWORD).username == "li"
    assert AuditEntry.select().where((AuditEntry.action == "login_failed")
                                     & (AuditEntry.actor_name == "li")).count() == 10


def test_failures_spread_over_more_than_the_window_do_not_lock(people, clock):
    for _ in range(6):
        with pytest.raises(LoginFailed) as exc:
            auth.login("zhao", "wrong-pass-2")
        assert not isinstance(exc.value, AccountLocked)
        clock.advance(minutes=4)
    assert auth.login("zhao", PASSWORD).username == "zhao"


def test_locking_one_account_leaves_others_alone(people):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.login("li", "wrong-pass-3")
    assert auth.login("zhao", PASSWORD).username == "zhao"


@pytest.mark.parametrize("status,words", [("disabled", "停用"), ("departed", "离职"), ("frozen", "冻结")])
def test_inactive_accounts_cannot_log_in_or_keep_acting(people, status, words):
    li = auth.login("li", PASSWORD)
    card = customers.create_customer(li, {"name": "在职时建的客户"})
    Staff.update(status=status).where(Staff.username == "li").execute()
    with pytest.raises(LoginFailed, match=words):
        auth.login("li", PASSWORD)
    # a running session is stopped at its next action
    with pytest.raises(LoginFailed, match=words):
        customers.get_card(li, card.code)
    assert not access.can(li, access.VIEW, card.id)
    e = AuditEntry.select().where(AuditEntry.action == "login_failed").order_by(AuditEntry.id.desc()).first()
    assert e.actor_name == "li" and status in e.details


def test_wrong_password_for_inactive_account_says_nothing_about_status(people):
    Staff.update(status="departed").where(Staff.username == "li").execute()
    with pytest.raises(LoginFailed, match="用户名或密码错误"):
        auth.login("li", "not-the-password-9")


def test_unknown_names_are_locked_too_and_not_stored_as_typed(people):
    secret_typed_as_name = "MyPass-2024-xyz"
    for _ in range(5):
        with pytest.raises(LoginFailed):
            auth.login(secret_typed_as_name, "x")
    with pytest.raises(AccountLocked):
        auth.login(secret_typed_as_name, "x")
    assert not LoginAttempt.select().where(LoginAttempt.username.contains("MyPass")).exists()
    assert not AuditEntry.select().where(AuditEntry.actor_name.contains("MyPass")
                                         | AuditEntry.details.contains("MyPass")).exists()
    e = AuditEntry.select().where(AuditEntry.action == "login_failed").order_by(AuditEntry.id.desc()).first()
    assert e.actor_name == "未知账号 M…（15 字符）"


def test_overlong_name_is_a_plain_failure_on_both_backends(people):
    with pytest.raises(LoginFailed, match="用户名或密码错误"):
        auth.login("x" * 500, "whatever")
    with pytest.raises(LoginFailed):
        auth.login("", "")


def test_passwords_are_stored_as_argon2id_hashes(people):
    row = Staff.get(Staff.username == "li")
    assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash


def test_role_change_takes_effect_at_next_action(people):
    li = people["li"]
    card = customers.create_customer(people["boss"], {"name": "角色变化"}, owner="zhao")
    assert not access.can(li, access.VIEW, card.id)
    Staff.update(role="manager").where(Staff.username == "li").execute()
    assert customers.get_card(li, card.code).code == card.code


def test_the_environment_cannot_weaken_password_hashing(tmp_path):
    """The old test switch CLIENT_ARCHIVE_FAST_HASH=1 lowered argon2's work factor in
    production too; a real `init` with it set must still store argon2-cffi's defaults."""
    import os
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    from argon2 import extract_parameters
    from argon2.profiles import get_default_parameters

    root = Path(__file__).resolve().parents[2]
    db_path = tmp_path / "a.db"
    env = {**os.environ, "CLIENT_ARCHIVE_FAST_HASH": "1", "CLIENT_ARCHIVE_PASSWORD": PASSWORD,
           "CLIENT_ARCHIVE_NEW_PASSWORD": PASSWORD, "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    proc = subprocess.run([sys.executable, str(root / "main.py"), "--db", str(db_path), "init",
                           "--admin", "boss"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    con = sqlite3.connect(db_path)
    (stored,) = con.execute("SELECT password_hash FROM staff WHERE username = 'boss'").fetchone()
    con.close()
    params = extract_parameters(stored)
    assert params == get_default_parameters()   # argon2id, t=3, m=64 MiB, p=4 in argon2-cffi 25


class CountingHasher:
    """Wraps the real hasher: counts hash() and verify() calls; verify can be made slow to
    widen the window between checking the lock and recording the attempt."""

    def __init__(self, real, verify_delay: float = 0.0):
        import threading

        self.real, self.delay = real, verify_delay
        self.hashes = self.verifies = 0
        self._lock = threading.Lock()

    def hash(self, password):
        with self._lock:
            self.hashes += 1
        return self.real.hash(password)

    def verify(self, stored, password):
        import time

        with self._lock:
            self.verifies += 1
        time.sleep(self.delay)
        return self.real.verify(stored, password)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_parallel_wrong_passwords_cannot_outrun_the_lockout(people, monkeypatch):
    """24 wrong passwords at once (24 connections): at most MAX_FAILURES of them reach the
    password check; every other one is refused as locked, and every one is recorded."""
    import threading

    from models.foundation.db import database

    counting = CountingHasher(auth._hasher, verify_delay=0.2)
    monkeypatch.setattr(auth, "_hasher", counting)
    auth._dummy_hash()                # built before counting starts (not a password check)
    start = threading.Barrier(24)
    outcomes: list[str] = []

    def attempt():
        start.wait()
        try:
            auth.login("li", "wrong-pass-7")
            outcomes.append("logged in")
        except AccountLocked:
            outcomes.append("locked")
        except LoginFailed:
            outcomes.append("failed")
        except Exception as exc:  # noqa: BLE001 - the test reports it below
            outcomes.append(repr(exc))
        finally:
            database.close()
    threads = [threading.Thread(target=attempt) for _ in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(outcomes) == 24 and set(outcomes) <= {"locked", "failed"}, outcomes
    assert counting.verifies <= auth.MAX_FAILURES
    assert outcomes.count("failed") + outcomes.count("locked") == 24
    assert outcomes.count("locked") >= 24 - auth.MAX_FAILURES
    assert LoginAttempt.select().where(LoginAttempt.username == "li").count() == 24
    with pytest.raises(AccountLocked):
        auth.login("li", PASSWORD)


def test_unknown_name_does_the_same_hash_work_as_a_wrong_password(people, monkeypatch):
    """In a fresh process, the first unknown-name login must not cost more (or less) than a
    wrong password for a real account: the same number of argon2 hashes and verifications,
    so response time does not tell which names exist."""
    counts = {}
    for name in ("li", "no-such-user"):
        counting = CountingHasher(auth._hasher)
        monkeypatch.setattr(auth, "_hasher", counting)
        monkeypatch.setattr(auth, "_dummy", None)         # as in a fresh process
        with pytest.raises(LoginFailed):
            auth.login(name, "wrong-pass-8")
        counts[name] = (counting.hashes, counting.verifies)
        monkeypatch.setattr(auth, "_hasher", counting.real)
    assert counts["no-such-user"] == counts["li"]
    assert counts["li"][1] == 1          # exactly one password check either way


def test_a_login_costs_one_argon2_operation_not_two(people, monkeypatch):
    """A command-line call signs in once per process: the login's time is one password check.
    The unknown-name stand-in hash must not be computed by hashing (that doubled the start
    time of every command), yet it must cost a full check to verify."""
    counting = CountingHasher(auth._hasher)
    monkeypatch.setattr(auth, "_hasher", counting)
    monkeypatch.setattr(auth, "_dummy", None)             # as in a fresh process
    auth.login("li", PASSWORD)
    assert (counting.hashes, counting.verifies) == (0, 1)
    # the stand-in has the hasher's own parameters, so checking against it is a full check
    from argon2 import extract_parameters

    assert extract_parameters(auth._dummy_hash()) == extract_parameters(counting.real.hash("x"))
