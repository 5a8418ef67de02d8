"""The rules table of issue 3, row by row, through the services (both backends)."""
from __future__ import annotations

import pytest

from models.access_requests import requests
from models.accounts import staff
from models.archive import contacts, customers, events
from models.foundation.dto import MASK
from models.foundation.errors import PermissionDenied
from models.foundation.schema import AuditEntry
from models.rules import access, audit

# column order of the table: custodian agent, other agent, manager, staff, admin alone
WHO = ("li", "zhao", "boss", "sales", "it")


@pytest.fixture
def card(people):
    c = customers.create_customer(people["boss"], {"name": "规则测试公司"}, owner="li")
    contacts.add_contact(people["boss"], c.id, {"name": "张总", "hobbies": "高尔夫",
                                                "birthday": (3, 14, None, False)})
    return c


def _can(people, who, action, card):
    return access.can(people[who], action, card.id)


@pytest.mark.parametrize("action,expected", [
    (access.DIRECTORY, (True, True, True, True, True)),
    (access.VIEW, (True, False, True, False, False)),
    (access.SENSITIVE, (True, False, True, False, False)),
    (access.EDIT, (True, False, True, False, False)),
    (access.REPORT, (True, True, True, True, True)),   # "it" is a staff member with the admin flag
    (access.EXPORT, (True, False, True, False, False)),
    (access.BULK_EXPORT, (False, False, True, False, False)),
    (access.APPROVE, (False, False, True, False, False)),
    (access.ARCHIVE, (True, False, True, False, False)),
    (access.MANAGE, (False, False, True, False, False)),
])
def test_rules_without_grants(people, card, action, expected):
    assert tuple(_can(people, w, action, card) for w in WHO) == expected


def test_account_and_audit_rules(people):
    assert [access.can(people[w], access.ADMIN) for w in WHO] == [False, False, True, False, True]
    assert [access.can(people[w], access.AUDIT_READ) for w in WHO] == [False, False, True, False, True]
    # boss holds both; a manager without the admin flag reads the log but manages no accounts
    from tests.conftest import make_user
    mgr = make_user(people["boss"], "mgr2", "manager")
    assert access.can(mgr, access.AUDIT_READ) and not access.can(mgr, access.ADMIN)
    with pytest.raises(PermissionDenied):
        staff.add_user(mgr, "x1", "secret-123", "agent")


@pytest.mark.parametrize("scope,gives", [
    ("view", {access.VIEW}),
    ("sensitive", {access.VIEW, access.SENSITIVE}),
    ("edit", {access.VIEW, access.EDIT}),
    ("export", {access.VIEW, access.EXPORT}),
])
def test_each_grant_scope_gives_exactly_its_right(people, card, scope, gives):
    for who in ("zhao", "sales", "it"):
        requests.grant(people["boss"], card.code, who, scope, 1)
        for action in (access.VIEW, access.SENSITIVE, access.EDIT, access.EXPORT):
            assert _can(people, who, action, card) == (action in gives), (who, action)
        for action in (access.ARCHIVE, access.MANAGE, access.BULK_EXPORT, access.APPROVE):
            assert not _can(people, who, action, card)


def test_masking_holds_on_card_and_text(people, card):
    requests.grant(people["boss"], card.code, "zhao", "view", 1)
    got = customers.get_card(people["zhao"], card.code)
    [c] = got.contacts
    assert (c.hobbies, c.birthday_text, c.family) == (MASK, MASK, MASK) and c.birthday is None
    from ui.cli.render import card_text
    text = card_text(got)
    assert "高尔夫" not in text and MASK in text
    revealed = customers.get_card(people["li"], card.code, reveal_sensitive=True)
    assert revealed.contacts[0].hobbies == "高尔夫" and revealed.contacts[0].birthday_text == "3月14日"
    # revealing is its own audited action
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (last.action, last.actor_name) == ("reveal_sensitive", "li")


def test_edit_grant_cannot_touch_sensitive_fields_or_restore(people, card):
    zhao = people["zhao"]
    requests.grant(people["boss"], card.code, "zhao", "edit", 1)
    [c] = customers.get_card(zhao, card.code).contacts
    with pytest.raises(PermissionDenied):
        contacts.update_contact(zhao, c.id, c.version, {"hobbies": "钓鱼"})
    got = customers.update_customer(zhao, card.id, card.version, {"notes": "可以编辑备注"})
    archived = customers.archive_customer(people["li"], card.id, got.version, "合作结束")
    with pytest.raises(PermissionDenied):
        customers.restore_customer(zhao, card.id, archived.version)
    restored = customers.restore_customer(people["li"], card.id, archived.version)
    assert restored.status == "active"


def test_report_by_anyone_notifies_custodian_but_gives_no_read(people, card):
    before = customers.get_card(people["li"], card.code, audit_view=False)
    eid = events.report_event(people["sales"], card.code, {
        "event_date": "2026-02-01", "category": "投诉", "title": "客户投诉送货延迟"})
    assert eid > 0
    with pytest.raises(PermissionDenied):
        customers.get_card(people["sales"], card.code)
    assert any("客户投诉送货延迟" in n.message for n in requests.notifications(people["li"]))
    after = customers.get_card(people["li"], card.code, audit_view=False)
    assert after.events[0].title == "客户投诉送货延迟"
    assert "孙业务" in after.updated_by and "孙业务" not in before.updated_by
    assert after.updated_at >= before.updated_at and after.version == before.version


def test_list_and_search_show_only_openable_cards(people, card):
    other = customers.create_customer(people["boss"], {"name": "规则测试二号"}, owner="zhao")
    ids = {w: {r.id for r in customers.search(people[w], "规则测试")} for w in WHO}
    assert ids == {"li": {card.id}, "zhao": {other.id}, "boss": {card.id, other.id},
                   "sales": set(), "it": set()}
    assert {d.code for d in customers.directory(people["it"], "规则测试")} == {card.code, other.code}
    assert customers.search(people["boss"], "高尔夫") == []   # sensitive text is never searched


def test_denials_are_audited_with_who_and_what(people, card):
    before = AuditEntry.select().count()
    for w in ("zhao", "sales", "it"):
        with pytest.raises(PermissionDenied):
            customers.get_card(people[w], card.code)
    rows = list(AuditEntry.select().where(AuditEntry.id > before).order_by(AuditEntry.id))
    assert [(r.actor_name, r.action, r.outcome, r.target_label) for r in rows] == [
        (w, "access_denied", "denied", card.code) for w in ("zhao", "sales", "it")]
    assert audit.verify().ok
