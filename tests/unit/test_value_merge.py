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


def test_merge_preview_counts_what_the_survivor_will_receive(people):
    boss = people["boss"]
    a, b = _two_cards(people)
    with pytest.raises(PermissionDenied):
        merge.merge_preview(people["li"], b.code, a.code)
    preview = merge.merge_preview(boss, b.code, a.code)
    counts = {label: (moved, have) for label, moved, have in preview.counts}
    assert preview.absorbed == (b.code, b.name) and preview.survivor == (a.code, a.name)
    assert counts["负责人/联系人"] == (1, 1) and counts["合作项目"] == (1, 1) and counts["待办"] == (1, 1)
    assert counts["查阅授权"] == (1, 0)
    assert counts["重要事项记录"][0] == Event.select().where(Event.customer == b.id).count()
    moved = merge.merge(boss, b.code, a.code)       # the preview says what the merge then moves
    assert moved["contact"] == counts["负责人/联系人"][0] and moved["grant"] == counts["查阅授权"][0]


def test_hints_for_a_new_card_name_the_duplicate_and_open_only_what_the_user_may(people):
    li, zhao = people["li"], people["zhao"]
    code = "91330100MA27XK1A2T"
    mine = customers.create_customer(li, {"name": "李的客户", "phone": "0571-8800 1234"})
    theirs = customers.create_customer(zhao, {"name": "杭州明达贸易有限公司", "credit_code": code})
    by_code = merge.hints_for_new_card(li, "别的名字", credit_code=code.lower())
    assert [(h.code, h.why, h.customer_id) for h in by_code] == [(theirs.code, "统一社会信用代码相同", None)]
    by_phone = merge.hints_for_new_card(li, "另一家", phone="057188001234")
    assert [(h.code, h.why, h.customer_id) for h in by_phone] == [(mine.code, "电话相同", mine.id)]
    by_name = merge.hints_for_new_card(people["boss"], "杭州 明达贸易（分公司）")
    assert [(h.why, h.customer_id) for h in by_name] == [("名称相同", theirs.id)]
    assert merge.hints_for_new_card(li, "全新的公司") == []


def test_card_plans_list_steps_with_their_state(people):
    import datetime as dt

    from models.value import plans

    boss, li = people["boss"], people["li"]
    card = customers.create_customer(boss, {"name": "潜力客户", "cls": "B"}, owner="li")
    pid = plans.add_plan(li, card.code, "成为长期合作客户", "周总")
    plans.add_step(li, pid, "拜访", "2026-11-01", "拜访")
    late = plans.add_step(li, pid, "报价", "2026-11-05", "方案/报价")
    plans.add_step(li, pid, "联谊会", "2027-01-10", "公司活动邀请")
    first = FollowUp.select().order_by(FollowUp.id).first()
    tasks.complete_task(li, first.id, "已拜访，对方有意向")
    [plan] = plans.card_plans(li, card.id, today=dt.date(2026, 12, 1))
    assert (plan.goal, plan.decision_maker) == ("成为长期合作客户", "周总")
    assert [(s.title, s.done, s.overdue) for s in plan.steps] == [
        ("拜访", True, False), ("报价", False, True), ("联谊会", False, False)]
    assert plan.steps[1].id == late
    with pytest.raises(PermissionDenied):
        plans.card_plans(people["zhao"], card.id)


def test_cards_alike_by_several_rules_are_one_group_with_every_reason(people):
    boss = people["boss"]
    code = "91330100MA27XK1A2T"
    a = customers.create_customer(boss, {"name": "杭州明达贸易有限公司", "credit_code": code}, owner="li")
    b = customers.create_customer(boss, {"name": "杭州明达贸易", "credit_code": code}, owner="zhao")
    c = customers.create_customer(boss, {"name": "杭州明达贸易（分公司）"}, owner="zhao")
    groups = [(g.why, [x for x, _ in g.codes]) for g in merge.duplicates(boss)]
    assert groups == [("统一社会信用代码相同", [a.code, b.code]), ("名称相同", [a.code, b.code, c.code])]
    c_gone = customers.get_card(boss, c.id, audit_view=False)
    customers.archive_customer(boss, c.id, c_gone.version, "测试")
    assert [(g.why, [x for x, _ in g.codes]) for g in merge.duplicates(boss)] == [
        ("统一社会信用代码相同、名称相同", [a.code, b.code])]   # once, not once per rule
