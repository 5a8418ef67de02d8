"""Account administration: admin only, audited, and never leaves the archive without a
manager, an admin, or a custodian for a customer."""
from __future__ import annotations

import pytest

from models.accounts import admin as accounts
from models.archive import customers
from models.foundation.errors import (
    AccountLocked,
    ArchiveError,
    ConflictError,
    LoginFailed,
    PasswordChangeRequired,
    PermissionDenied,
    ValidationError,
)
from models.foundation.schema import AuditEntry, Staff, get_meta
from models.rules import audit, auth
from tests.conftest import PASSWORD, make_user


def _row(actor, username):
    return next(r for r in accounts.overview(actor) if r.info.username == username)


def _last_audit():
    return AuditEntry.select().order_by(AuditEntry.id.desc()).get()


def test_only_admins_administer(people):
    for who in ("li", "sales"):
        with pytest.raises(PermissionDenied):
            accounts.overview(people[who])
        with pytest.raises(PermissionDenied):
            accounts.set_enabled(people[who], "zhao", False)
    # an IT admin (staff + admin) may, and sees custody counts
    customers.create_customer(people["boss"], {"name": "账号测试公司"}, owner="li")
    assert _row(people["it"], "li").custody == 1
    assert _row(people["it"], "li").role_label == "客服专员"


def test_update_account_changes_only_what_is_given_and_is_audited(people):
    it = people["it"]
    row = _row(it, "zhao")
    info = accounts.update_account(it, "zhao", row.version, display_name="赵敏", department="客服二部")
    assert (info.display_name, info.department, info.role) == ("赵敏", "客服二部", "agent")
    entry = _last_audit()
    assert entry.action == "update_user" and entry.target_label == "zhao"
    assert "客服二部" in entry.details and "赵敏" in entry.details
    with pytest.raises(ConflictError):      # a stale version is refused
        accounts.update_account(it, "zhao", row.version, display_name="别人")
    with pytest.raises(ValidationError) as err:
        accounts.update_account(it, "zhao", _row(it, "zhao").version, display_name="  ", role="boss")
    assert {p.field for p in err.value.problems} == {"display_name", "role"}
    assert Staff.get(Staff.username == "zhao").display_name == "赵敏"


def test_custodian_cannot_become_staff_and_last_manager_admin_remain(people):
    boss, it = people["boss"], people["it"]
    customers.create_customer(boss, {"name": "有客户的专员"}, owner="li")
    with pytest.raises(ArchiveError, match="仍负责 1 位客户"):
        accounts.update_account(it, "li", _row(it, "li").version, role="staff")
    with pytest.raises(ArchiveError, match="客服主管"):
        accounts.update_account(it, "boss", _row(it, "boss").version, role="agent")
    accounts.update_account(boss, "it", _row(boss, "it").version, is_admin=False)
    with pytest.raises(ArchiveError, match="自己"):
        accounts.set_enabled(boss, "boss", False)
    assert Staff.get(Staff.username == "boss").is_admin


def test_disable_stops_login_and_running_session_then_enable(people):
    it, li = people["it"], people["li"]
    accounts.set_enabled(it, "li", False)
    assert _last_audit().action == "disable_user"
    assert _row(it, "li").status_label == "已停用"
    with pytest.raises(LoginFailed, match="停用"):
        auth.login("li", PASSWORD)
    with pytest.raises(LoginFailed):
        customers.list_customers(li)          # the open session stops at its next action
    accounts.set_enabled(it, "li", True)
    assert auth.login("li", PASSWORD).username == "li"


def test_lockout_is_lifted_by_unlock_or_password_reset(people):
    it = people["it"]
    for _ in range(5):
        with pytest.raises((LoginFailed, AccountLocked)):
            auth.login("zhao", "wrong-pass-1")
    assert _row(it, "zhao").locked_until is not None
    with pytest.raises(AccountLocked):
        auth.login("zhao", PASSWORD)
    assert accounts.unlock(it, "zhao") >= 5
    assert _row(it, "zhao").locked_until is None
    assert auth.login("zhao", PASSWORD).username == "zhao"
    # the failed attempts stay in the audit log
    assert AuditEntry.select().where((AuditEntry.action == "login_failed")
                                     & (AuditEntry.actor_name == "zhao")).count() == 6   # 5 + the locked try

    with pytest.raises(ValidationError):
        accounts.reset_password(it, "zhao", "short")
    accounts.reset_password(it, "zhao", "new-secret-9")
    with pytest.raises(LoginFailed):
        auth.login("zhao", PASSWORD)
    with pytest.raises(PasswordChangeRequired):   # the reset one is right, and unlocked, but temporary
        auth.login("zhao", "new-secret-9")
    assert "new-secret-9" not in "".join(e.details for e in AuditEntry.select())
    assert audit.verify().ok


def test_company_name_setting(people):
    with pytest.raises(PermissionDenied):
        accounts.set_company_name(people["li"], "x")
    assert accounts.set_company_name(people["it"], "  华东贸易集团  ") == "华东贸易集团"
    assert get_meta("company_name") == "华东贸易集团"
    with pytest.raises(ValidationError):
        accounts.set_company_name(people["it"], " ")
    assert _last_audit().action == "settings"


def test_frozen_account_is_left_to_the_handover(people):
    from models.handover import service as handover

    handover.start_handover(people["boss"], "zhao")
    with pytest.raises(ArchiveError, match="交接"):
        accounts.set_enabled(people["it"], "zhao", True)
    with pytest.raises(ArchiveError, match="交接"):
        accounts.reset_password(people["it"], "zhao", "another-pass-1")


def test_two_admins_removing_each_other_at_once_leave_one(people, monkeypatch):
    """Two managers with the admin capability un-admin each other in two threads (two
    connections); the check holds the other back until the first commits, so exactly one
    succeeds and one manager who may appoint managers and take backups remains."""
    import threading
    import time

    from models.accounts import staff
    from models.foundation.db import database

    boss2 = make_user(people["boss"], "boss2", "manager", is_admin=True)
    original = accounts._others_remain

    def slow_check(*args, **kwargs):
        original(*args, **kwargs)
        time.sleep(0.5)           # widen the window between the check and the commit
    monkeypatch.setattr(accounts, "_others_remain", slow_check)
    versions = {name: _row(people["boss"], name).version for name in ("boss", "boss2")}
    outcomes = {}
    start = threading.Barrier(2)

    def remove(actor, target):
        start.wait()
        try:
            accounts.update_account(actor, target, versions[target], is_admin=False)
            outcomes[target] = "removed"
        except ArchiveError as exc:
            outcomes[target] = exc.message
        finally:
            database.close()
    threads = [threading.Thread(target=remove, args=(people["boss"], "boss2")),
               threading.Thread(target=remove, args=(boss2, "boss"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes.values()) == ["removed", "至少需要保留一名兼任管理员的在职客服主管（负责任命客服主管和备份档案）"]
    assert Staff.select().where((Staff.is_admin == True) & (Staff.status == "active")  # noqa: E712
                                & (Staff.role == "manager")).count() == 1
    assert staff.get_staff("it").is_admin


# ---- the admin capability never leads to customer files (issue 9, item 2) ----------------

def _notes(username):
    from models.foundation.schema import Notification

    return [n.message for n in Notification.select().join(Staff, on=(Notification.recipient == Staff.id))
            .where(Staff.username == username).order_by(Notification.id)]


def test_nobody_changes_their_own_role_or_admin_capability(people):
    it, boss = people["it"], people["boss"]
    for actor, changes in ((it, {"role": "manager"}), (it, {"is_admin": False}),
                           (boss, {"role": "agent"}), (boss, {"is_admin": False})):
        with pytest.raises(PermissionDenied, match="自己的角色或管理员权限"):
            accounts.update_account(actor, actor.username, None, **changes)
        entry = _last_audit()
        assert (entry.action, entry.outcome, entry.target_label) == ("access_denied", "denied", actor.username)
    assert [(s.role, s.is_admin) for s in Staff.select().where(Staff.username.in_(["it", "boss"]))
            .order_by(Staff.username)] == [("manager", True), ("staff", True)]
    # one's own name and department are not rights
    assert accounts.update_account(it, "it", None, display_name="周管理员").display_name == "周管理员"


def test_only_a_manager_with_the_admin_capability_appoints_managers(people):
    from models.accounts import staff

    it, boss = people["it"], people["boss"]
    with pytest.raises(PermissionDenied, match="客服主管"):
        accounts.update_account(it, "li", None, role="manager")
    with pytest.raises(PermissionDenied, match="客服主管"):
        staff.add_user(it, "mgr9", PASSWORD, "manager")
    assert Staff.get(Staff.username == "li").role == "agent"
    assert not Staff.select().where(Staff.username == "mgr9").exists()
    # the IT admin still runs every other account change
    staff.add_user(it, "wu", PASSWORD, "agent")
    accounts.update_account(it, "zhao", None, is_admin=True)
    # the manager + admin account appoints; every other active manager is told
    staff.add_user(boss, "mgr2", PASSWORD, "manager", display_name="钱主管")
    with pytest.raises(PermissionDenied, match="客服主管"):      # a manager's admin capability too
        accounts.update_account(it, "mgr2", None, is_admin=True)
    accounts.update_account(boss, "li", None, role="manager")
    assert Staff.get(Staff.username == "li").role == "manager"
    assert any("钱主管（mgr2）" in m for m in _notes("mgr2"))       # told of its own appointment
    told = [m for m in _notes("mgr2") if "李客服（li）" in m]
    assert len(told) == 1 and "王主管（boss）" in told[0] and "客服主管" in told[0]
    assert any("李客服（li）" in m for m in _notes("li"))
    assert _notes("boss") == []                                  # the one who did it


def test_the_last_manager_with_the_admin_capability_remains(people):
    it = people["it"]
    with pytest.raises(ArchiveError, match="兼任管理员的在职客服主管"):
        accounts.update_account(it, "boss", None, is_admin=False)
    with pytest.raises(ArchiveError, match="兼任管理员的在职客服主管"):
        accounts.set_enabled(it, "boss", False)
    assert Staff.get(Staff.username == "boss").is_admin
    assert Staff.get(Staff.username == "boss").status == "active"


def test_password_reset_forces_a_new_password_and_tells_the_owner_and_managers(people):
    from models.accounts import staff
    from models.foundation.errors import PasswordChangeRequired
    from models.foundation.schema import LoginAttempt

    it = people["it"]
    accounts.reset_password(it, "li", "reset-pass-1")
    assert Staff.get(Staff.username == "li").must_change_password
    with pytest.raises(LoginFailed, match="用户名或密码错误"):   # li's own password is gone
        auth.login("li", PASSWORD)
    with pytest.raises(PasswordChangeRequired, match="管理员已重置该账号的密码，请先用 passwd 设置新密码"):
        auth.login("li", "reset-pass-1")
    assert any("周管理（it）" in m and "重置" in m for m in _notes("li"))
    assert any("李客服（li）" in m and "重置" in m for m in _notes("boss"))
    # choosing the new password: the reset one is the current one; a wrong one is a failed login
    with pytest.raises(LoginFailed):
        staff.change_password_at_sign_in("li", "not-it-at-all-1", "own-pass-22")
    assert LoginAttempt.select().where((LoginAttempt.username == "li") & ~LoginAttempt.ok).count() == 2
    with pytest.raises(ValidationError):
        staff.change_password_at_sign_in("li", "reset-pass-1", "short")
    actor = staff.change_password_at_sign_in("li", "reset-pass-1", "own-pass-22")
    assert actor.username == "li" and not Staff.get(Staff.username == "li").must_change_password
    assert _last_audit().action == "change_password"
    with pytest.raises(LoginFailed):
        auth.login("li", "reset-pass-1")
    assert auth.login("li", "own-pass-22").username == "li"
    # nobody resets their own password (修改密码 asks for the old one)
    with pytest.raises(PermissionDenied, match="修改密码"):
        accounts.reset_password(it, "it", "another-pass-3")


def test_an_admin_who_takes_over_a_custodian_by_reset_is_noticed(people):
    """The IT admin resets li's password and signs in as li: that works, but li's own
    password no longer does, and li and the managers were told who reset it."""
    from models.accounts import staff

    it = people["it"]
    card = customers.create_customer(people["boss"], {"name": "托管客户"}, owner="li")
    accounts.reset_password(it, "li", "reset-pass-1")
    as_li = staff.change_password_at_sign_in("li", "reset-pass-1", "it-chose-this-1")
    assert customers.get_card(as_li, card.code).code == card.code     # possible ...
    with pytest.raises(LoginFailed):
        auth.login("li", PASSWORD)                                    # ... but not unnoticed
    # what li and the managers read in 我的消息 (the notices name no customer)
    from models.access_requests import requests

    assert any("周管理（it）" in n.message and "重置" in n.message and n.customer_id is None
               for n in requests.inbox(as_li))
    assert any("周管理（it）" in n.message and "李客服（li）" in n.message
               for n in requests.inbox(people["boss"]))
