"""Merge keeps every row (counts and a content digest) and is all-or-nothing."""
from __future__ import annotations

import hashlib

import pytest

from models.access_requests import requests
from models.archive import contacts, customers, events
from models.desk import tasks
from models.foundation.errors import PermissionDenied
from models.foundation.schema import Contact, Customer, Event, FollowUp, Grant, Project
from models.value import merge

TABLES = (Contact, Project, Event, FollowUp, Grant)


def _digest():
    rows = []
    for model in TABLES:
        fields = [f for f in model._meta.sorted_field_names if f not in ("customer", "is_primary")]
        for r in model.select().order_by(model.id).dicts():
            rows.append(repr([model._meta.table_name] + [r[f] for f in fields if f in r]))
    return hashlib.sha256("\n".join(rows).encode()).hexdigest(), {m._meta.table_name: m.select().count()
                                                                  for m in TABLES}


def _two_cards(people):
    boss = people["boss"]
    a = customers.create_customer(boss, {"name": "杭州明达贸易有限公司"}, owner="li")
    b = customers.create_customer(boss, {"name": "杭州明达贸易"}, owner="zhao")
    for card in (a, b):
        contacts.add_contact(boss, card.id, {"name": f"张{card.code}"})
        contacts.add_project(boss, card.id, {"name": "项目", "started_on": "2024-01-01", "amount": "1000"})
        events.add_event(boss, card.id, {"event_date": "2026-01-02", "category": "回访", "title": "回访"})
        tasks.add_task(boss, card.code, title="跟进", due="2026-12-31")
    requests.grant(boss, b.code, "sales", "view", days=3)
    return a, b


def test_merge_keeps_every_row(people):
    boss = people["boss"]
    a, b = _two_cards(people)
    digest, counts = _digest()
    with pytest.raises(PermissionDenied):
        merge.merge(people["li"], b.code, a.code)
    moved = merge.merge(boss, b.code, a.code)
    assert moved["contact"] == 1 and moved["project"] == 1 and moved["grant"] == 1
    events_before = counts["event"]
    digest_after, counts_after = _digest()
    assert counts_after == {**counts, "event": events_before + 1}     # + the merge entry
    assert Contact.select().where(Contact.customer == b.id).count() == 0
    gone = Customer.get_by_id(b.id)
    assert gone.status == "archived" and gone.merged_into_id == a.id
    assert Event.select().where((Event.customer == a.id) & Event.title.startswith("合并客户")).count() == 1


def test_merge_is_all_or_nothing(people, monkeypatch):
    boss = people["boss"]
    a, b = _two_cards(people)
    digest, counts = _digest()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(merge.audit, "record", broken)
    with pytest.raises(RuntimeError):
        merge.merge(boss, b.code, a.code)
    assert _digest() == (digest, counts)
    assert Customer.get_by_id(b.id).status == "active"


def test_duplicates_by_name_phone_and_code(people):
    a, b = _two_cards(people)
    groups = merge.duplicates(people["boss"])
    assert [(g.why, [c for c, _ in g.codes]) for g in groups] == [("名称相同", [a.code, b.code])]
