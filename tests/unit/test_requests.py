"""Access requests and grants: who may ask, approve, reject, cancel, grant and revoke;
grants expire on time and revocation takes effect at the grantee's next action."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.access_requests import requests
from models.archive import customers
from models.foundation.errors import NotFound, PermissionDenied, ValidationError
from models.foundation.schema import AccessRequest, AuditEntry, Grant, utcnow
from models.rules import access


class Clock:
    """A controllable 'now' for every module that reads the time for grants."""

    def __init__(self, monkeypatch):
        self.now = utcnow()
        for mod in ("models.foundation.schema", "models.rules.access", "models.access_requests.requests", "models.rules.audit"):
            monkeypatch.setattr(f"{mod}.utcnow", lambda: self.now)

    def advance(self, **kw):
        self.now += dt.timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def card(people):
    return customers.create_customer(people["boss"], {"name": "华东贸易有限公司"}, owner="li")


def last_entry(action):
    return AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id.desc()).first()


def test_request_approve_then_card_opens_until_expiry(people, card, clock):
    sales, boss = people["sales"], people["boss"]
    with pytest.raises(PermissionDenied):
        customers.get_card(sales, card.code)
    rid = requests.request_access(sales, card.code, "下周拜访，需要了解合作历史", "view,sensitive")
    assert requests.pending_count(boss) == 1
    assert requests.pending_count(sales) == 1
    assert requests.pending_count(people["zhao"]) == 0
    entry = last_entry("request_access")
    assert entry.actor_name == "sales" and entry.target_label == card.code
    assert json.loads(entry.details)["scopes"] == ["view", "sensitive"]

    gid = requests.approve(boss, rid, days=3)
    assert requests.pending_count(boss) == 0
    got = customers.get_card(sales, card.code, reveal_sensitive=True)
    assert got.sensitive_revealed
    [info] = requests.list_requests(sales)
    assert info.status == "approved" and info.grant_id == gid
    assert info.expires_at == clock.now + dt.timedelta(days=3)
    assert json.loads(last_entry("approve_request").details)["grant_id"] == gid
    note = requests.notifications(sales)
    assert len(note) == 1 and "已批准" in note[0].message

    clock.advance(days=3, seconds=-1)
    customers.get_card(sales, card.code)
    clock.advance(seconds=1)
    with pytest.raises(PermissionDenied):
        customers.get_card(sales, card.code)
    assert customers.search(sales, "华东") == []
    assert requests.list_grants(boss) == []
    assert [g.active for g in requests.list_grants(boss, active_only=False)] == [False]


def test_view_only_grant_keeps_sensitive_masked_and_edit_denied(people, card):
    requests.grant(people["boss"], card.code, "zhao", "view", 7)
    got = customers.get_card(people["zhao"], card.code)
    assert got.permissions.view and not got.permissions.sensitive and not got.permissions.edit
    with pytest.raises(PermissionDenied):
        customers.get_card(people["zhao"], card.code, reveal_sensitive=True)
    with pytest.raises(PermissionDenied):
        customers.update_customer(people["zhao"], card.id, got.version, {"notes": "x"})
    denied = last_entry("access_denied")
    assert denied.actor_name == "zhao" and json.loads(denied.details)["action"] == "edit"


def test_request_validation_messages(people, card):
    sales = people["sales"]
    with pytest.raises(ValidationError, match="申请理由"):
        requests.request_access(sales, card.code, "   ", "view")
    with pytest.raises(ValidationError, match="未知的权限范围"):
        requests.request_access(sales, card.code, "拜访", "view,delete")
    with pytest.raises(NotFound):
        requests.request_access(sales, "KH999999", "拜访", "view")
    with pytest.raises(ValidationError, match="客服主管"):
        requests.request_access(people["boss"], card.code, "拜访", "view")
    with pytest.raises(ValidationError, match="负责客服"):
        requests.request_access(people["li"], card.code, "拜访", "view")
    rid = requests.request_access(sales, card.code, "拜访", ["edit"])
    with pytest.raises(ValidationError, match=f"编号 {rid}"):
        requests.request_access(sales, card.code, "再次申请", "view")
    assert AccessRequest.select().count() == 1
    [info] = requests.list_requests(sales)
    assert info.scopes == ("view", "edit")


def test_already_covered_request_is_refused_but_wider_one_allowed(people, card):
    requests.grant(people["boss"], card.code, "sales", "view", 7)
    with pytest.raises(ValidationError, match="有效授权"):
        requests.request_access(people["sales"], card.code, "拜访", "view")
    assert requests.request_access(people["sales"], card.code, "需要导出", "export") > 0


def test_only_managers_decide_and_denials_are_audited(people, card):
    rid = requests.request_access(people["sales"], card.code, "拜访", "view")
    for who in ("li", "zhao", "sales", "it"):
        with pytest.raises(PermissionDenied):
            requests.approve(people[who], rid, 7)
        with pytest.raises(PermissionDenied):
            requests.reject(people[who], rid, "不行")
        with pytest.raises(PermissionDenied):
            requests.grant(people[who], card.code, "zhao", "view", 7)
    denied = AuditEntry.select().where((AuditEntry.action == "access_denied")
                                       & (AuditEntry.target_label == card.code)).count()
    assert denied == 12
    assert Grant.select().count() == 0
    assert requests.list_requests(people["boss"], pending_only=True)[0].id == rid


def test_days_limits(people, card):
    rid = requests.request_access(people["sales"], card.code, "拜访", "view")
    for bad in (0, 91, -1, "x", None):
        with pytest.raises(ValidationError, match="1 到 90"):
            requests.approve(people["boss"], rid, bad)
    assert requests.list_requests(people["boss"])[0].status == "pending"
    assert requests.approve(people["boss"], rid, 90)
    with pytest.raises(ValidationError, match="已处理"):
        requests.approve(people["boss"], rid, 7)


def test_reject_needs_reason_and_notifies(people, card):
    rid = requests.request_access(people["sales"], card.code, "拜访", "view")
    with pytest.raises(ValidationError, match="拒绝理由"):
        requests.reject(people["boss"], rid, "")
    requests.reject(people["boss"], rid, "与销售无关")
    [info] = requests.list_requests(people["sales"])
    assert info.status == "rejected" and info.decision_reason == "与销售无关"
    assert info.decided_by == "王主管"
    [note] = requests.notifications(people["sales"])
    assert "与销售无关" in note.message
    assert requests.mark_read(people["sales"], [note.id]) == 1
    assert requests.notifications(people["sales"]) == []
    assert len(requests.notifications(people["sales"], unread_only=False)) == 1
    with pytest.raises(PermissionDenied):
        customers.get_card(people["sales"], card.code)


def test_cancel_own_pending_only(people, card):
    rid = requests.request_access(people["sales"], card.code, "拜访", "view")
    with pytest.raises(PermissionDenied):
        requests.cancel(people["zhao"], rid)
    assert json.loads(last_entry("access_denied").details)["action"] == "cancel_request"
    requests.cancel(people["sales"], rid)
    assert requests.list_requests(people["boss"])[0].status == "cancelled"
    with pytest.raises(ValidationError):
        requests.cancel(people["sales"], rid)
    # a new request is possible once the earlier one is no longer pending
    assert requests.request_access(people["sales"], card.code, "重新申请", "view") != rid


def test_requests_visibility(people, card):
    other = customers.create_customer(people["boss"], {"name": "西南建材"}, owner="zhao")
    requests.request_access(people["sales"], card.code, "拜访", "view")
    requests.request_access(people["li"], other.code, "协助", "view")
    assert len(requests.list_requests(people["boss"])) == 2
    assert [r.customer_code for r in requests.list_requests(people["li"])] == [other.code]
    assert [r.customer_code for r in requests.list_requests(people["sales"])] == [card.code]
    assert requests.list_requests(people["it"]) == []


def test_direct_grant_revoke_takes_effect_at_next_action(people, card):
    boss, zhao = people["boss"], people["zhao"]
    gid = requests.grant(boss, card.code, "zhao", "view,edit", 7)
    seen = customers.get_card(zhao, card.code)
    customers.update_customer(zhao, card.id, seen.version, {"notes": "赵客服补充"})
    assert [r.code for r in customers.search(zhao, "华东")] == [card.code]
    [g] = requests.list_grants(boss, customer=card.code)
    assert g.grantee == "zhao" and g.scopes == ("view", "edit") and g.active
    assert requests.list_grants(people["sales"]) == []
    assert [x.id for x in requests.list_grants(zhao)] == [gid]
    requests.revoke(boss, gid)
    with pytest.raises(PermissionDenied):
        customers.get_card(zhao, card.code)
    assert customers.search(zhao, "华东") == []
    assert json.loads(last_entry("revoke").details)["grant_id"] == gid
    with pytest.raises(ValidationError, match="已经撤销"):
        requests.revoke(boss, gid)
    with pytest.raises(PermissionDenied):
        requests.revoke(zhao, gid)


def test_grant_refuses_pointless_or_inactive_grantees(people, card):
    boss = people["boss"]
    with pytest.raises(ValidationError, match="负责客服"):
        requests.grant(boss, card.code, "li", "view", 7)
    with pytest.raises(ValidationError, match="客服主管"):
        requests.grant(boss, card.code, "boss", "view", 7)
    with pytest.raises(NotFound):
        requests.grant(boss, card.code, "nobody", "view", 7)
    from models.foundation.schema import Staff
    Staff.update(status="departed").where(Staff.username == "sales").execute()
    with pytest.raises(ValidationError, match="不在职"):
        requests.grant(boss, card.code, "sales", "view", 7)
    assert Grant.select().count() == 0


def test_approve_refused_when_requester_left(people, card):
    rid = requests.request_access(people["sales"], card.code, "拜访", "view")
    from models.foundation.schema import Staff
    Staff.update(status="departed").where(Staff.username == "sales").execute()
    with pytest.raises(ValidationError, match="不在职"):
        requests.approve(people["boss"], rid, 7)
    assert Grant.select().count() == 0


def test_grant_scopes_do_not_leak_between_customers(people, card):
    other = customers.create_customer(people["boss"], {"name": "西南建材"}, owner="li")
    requests.grant(people["boss"], card.code, "sales", "view,sensitive,edit,export", 7)
    assert access.can(people["sales"], access.EXPORT, card.id)
    assert not access.can(people["sales"], access.VIEW, other.id)
    assert [r.code for r in customers.list_customers(people["sales"])] == [card.code]


def test_write_failure_leaves_no_request_and_no_audit(people, card, monkeypatch):
    before = AuditEntry.select().count()

    def boom(*a, **k):
        raise RuntimeError("disk full")

    with monkeypatch.context() as m:
        m.setattr("models.access_requests.requests.audit.record", boom)
        with pytest.raises(RuntimeError):
            requests.request_access(people["sales"], card.code, "拜访", "view")
    assert AccessRequest.select().count() == 0
    assert AuditEntry.select().count() == before
