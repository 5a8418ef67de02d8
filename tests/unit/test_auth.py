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
