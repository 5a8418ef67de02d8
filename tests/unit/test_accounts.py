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
    PermissionDenied,
    ValidationError,
)
from models.foundation.schema import AuditEntry, Staff, get_meta
from models.rules import audit, auth
from tests.conftest import PASSWORD


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
    with pytest.raises(ArchiveError, match="管理员"):
        accounts.update_account(boss, "boss", _row(boss, "boss").version, is_admin=False)
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
    assert auth.login("zhao", "new-secret-9").username == "zhao"
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
    """boss and it un-admin each other in two threads (two connections); the check holds the
    other back until the first commits, so exactly one succeeds."""
    import threading
    import time

    from models.foundation.db import database

    original = accounts._others_remain

    def slow_check(*args, **kwargs):
        original(*args, **kwargs)
        time.sleep(0.5)           # widen the window between the check and the commit
    monkeypatch.setattr(accounts, "_others_remain", slow_check)
    versions = {name: _row(people["boss"], name).version for name in ("boss", "it")}
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
    threads = [threading.Thread(target=remove, args=(people["boss"], "it")),
               threading.Thread(target=remove, args=(people["it"], "boss"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes.values()) == ["removed", "至少需要保留一名在职的管理员"]
    assert Staff.select().where((Staff.is_admin == True) & (Staff.status == "active")).count() == 1  # noqa: E712
