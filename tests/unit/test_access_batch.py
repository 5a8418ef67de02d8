"""access.py's batch and session questions give the same answers as the card-by-card rules
(the README's permission table), on both databases."""
from __future__ import annotations

import pytest

from models.access_requests import requests
from models.archive import customers
from models.foundation.errors import ValidationError
from models.foundation.schema import Staff
from models.rules import access
from tests.conftest import make_user

WHO = ("li", "zhao", "boss", "sales", "it")
CARD_ACTIONS = (access.VIEW, access.SENSITIVE, access.EDIT, access.EXPORT)


@pytest.fixture
def cards(people):
    boss = people["boss"]
    own = customers.create_customer(boss, {"name": "批量一号"}, owner="li")
    other = customers.create_customer(boss, {"name": "批量二号"}, owner="zhao")
    third = customers.create_customer(boss, {"name": "批量三号"}, owner="boss")
    requests.grant(boss, own.code, "zhao", "sensitive", 1)
    requests.grant(boss, other.code, "sales", "export", 1)
    requests.grant(boss, third.code, "it", "edit", 1)
    revoked = requests.grant(boss, third.code, "sales", "sensitive", 1)
    requests.revoke(boss, revoked)
    return [own.id, other.id, third.id]


@pytest.mark.parametrize("action", CARD_ACTIONS)
def test_allowed_ids_agrees_with_can_card_by_card(people, cards, action):
    asked = cards + [999_999]          # an id that is no card: the same answer as can() too
    for who in WHO:
        expected = {cid for cid in asked if access.can(people[who], action, cid)}
        assert access.allowed_ids(people[who], action, asked) == expected, who


def test_allowed_ids_sensitive_by_hand(people, cards):
    own, other, third = cards
    got = {w: access.allowed_ids(people[w], access.SENSITIVE, cards) for w in WHO}
    assert got == {"li": {own}, "zhao": {own, other}, "boss": {own, other, third},
                   "sales": set(), "it": set()}      # sales' sensitive grant was revoked
    assert access.allowed_ids(people["boss"], access.VIEW, []) == set()
    with pytest.raises(ValueError):
        access.allowed_ids(people["boss"], access.BULK_EXPORT, cards)


def test_allowed_ids_is_one_query_however_many_cards(people, cards, monkeypatch):
    from models.foundation.db import database

    counted = []
    real = type(database.obj).execute_sql

    def spy(self, sql, *a, **kw):
        counted.append(sql)
        return real(self, sql, *a, **kw)

    monkeypatch.setattr(type(database.obj), "execute_sql", spy)
    access.allowed_ids(people["zhao"], access.SENSITIVE, cards * 300)
    # the account is re-read (one query), then one query answers the whole batch
    assert len(counted) == 2
    assert sum('from "customer"' in s.lower() for s in counted) == 1


def test_capabilities_follow_the_permission_table(people):
    mgr = make_user(people["boss"], "mgr2", "manager")   # a manager without the admin flag
    caps = {w: access.capabilities(people[w]) for w in WHO}
    caps["mgr2"] = access.capabilities(mgr)

    def row(field):
        return [getattr(caps[w], field) for w in (*WHO, "mgr2")]

    #                                        li     zhao   boss   sales  it     mgr2
    assert row("can_create_customer") == [True, True, True, False, False, True]
    assert row("can_import") == [True, True, True, False, False, True]
    assert row("can_manage") == [False, False, True, False, False, True]
    assert row("can_bulk_export") == [False, False, True, False, False, True]
    assert row("can_approve") == [False, False, True, False, False, True]
    assert row("can_run_handover") == [False, False, True, False, False, True]   # managers only
    assert row("can_receive_handover") == [True, True, True, False, False, True]
    assert row("can_request_access") == [True, True, False, True, True, False]
    assert row("can_admin") == [False, False, True, False, True, False]
    assert row("can_read_audit") == [False, False, True, False, True, True]


def test_capabilities_of_an_account_no_longer_active_are_none(people):
    boss = people["boss"]
    Staff.update(status="disabled").where(Staff.username == "zhao").execute()
    assert access.capabilities(people["zhao"]) == access.NO_CAPABILITIES
    assert not any(vars(access.capabilities(people["zhao"])).values())
    assert access.capabilities(boss).can_approve


def test_who_needs_no_grant(people, cards):
    own = cards[0]
    assert [access.standing_access(people[w], own) for w in WHO] == [
        access.CUSTODIAN, "", access.SEES_ALL, "", ""]
    with pytest.raises(ValidationError, match="负责客服"):
        requests.request_access(people["li"], own, "看看")
    with pytest.raises(ValidationError, match="客服主管"):
        requests.grant(people["boss"], own, "boss", "view", 1)
    assert [access.may_hold_custody(people[w]) for w in WHO] == [True, True, True, False, False]
    assert [access.may_hold_grants(people[w]) for w in WHO] == [True, True, False, True, True]
