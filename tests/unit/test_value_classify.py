"""Suggested classes on hand-made archives with known answers; class history on every path."""
from __future__ import annotations

import datetime as dt

import pytest

from models.archive import contacts, customers
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import AuditEntry, Event
from models.value import classify, rules

TODAY = dt.date(2026, 6, 30)


def _card(boss, name, cls="C", owner=None, projects=()):
    card = customers.create_customer(boss, {"name": name, "cls": cls}, owner=owner)
    for i, (started, amount, *rest) in enumerate(projects):
        contacts.add_project(boss, card.id, {"name": f"项目{i}", "started_on": started, "amount": str(amount),
                                             "status": rest[0] if rest else "已完成",
                                             "ended_on": rest[1] if len(rest) > 1 else None})
    return card.code


def _by_code(rows):
    return {s.code: s for s in rows}


def test_a_head_of_two_customers_making_eighty_percent(archive):
    big = _card(archive, "大客户一", projects=[("2026-01-10", 500000)])
    second = _card(archive, "大客户二", projects=[("2025-12-01", 300000)])
    third = _card(archive, "小客户三", projects=[("2026-02-01", 100000)])
    fourth = _card(archive, "小客户四", projects=[("2026-03-01", 100000)])
    got = _by_code(classify.suggestions(archive, today=TODAY, only_differing=False))
    assert [got[c].suggested for c in (big, second, third, fourth)] == ["A", "A", "B", "B"]
    assert got[big].reason.startswith("近12个月合作金额 ¥50.0万，排名前 25%；合作不足 1 年，共 1 个项目")


def test_a_long_standing_customer_with_a_recent_project_is_a(archive):
    big = _card(archive, "大客户", projects=[("2026-01-10", 9000000)])
    loyal = _card(archive, "老客户", projects=[("2019-05-01", 2000), ("2021-01-01", 3000),
                                             ("2026-04-01", 1000)])
    young = _card(archive, "新客户", projects=[("2025-01-01", 2000), ("2026-04-01", 1000)])
    got = _by_code(classify.suggestions(archive, today=TODAY, only_differing=False))
    assert got[big].suggested == "A"
    assert got[loyal].suggested == "A" and "合作 7 年，共 3 个项目" in got[loyal].reason
    assert got[young].suggested == "B"


def test_a_customer_with_only_old_projects_is_c(archive):
    _card(archive, "大客户", projects=[("2026-01-10", 9000000)])
    old = _card(archive, "老项目客户", cls="A", projects=[("2018-01-01", 800000, "已完成", "2019-01-01")])
    running = _card(archive, "长期项目", projects=[("2020-01-01", 1000, "进行中")])
    none = _card(archive, "无项目", cls="B")
    talks = _card(archive, "洽谈中", projects=[("2026-05-01", 999999999, "洽谈中")])
    got = _by_code(classify.suggestions(archive, today=TODAY))
    assert got[old].suggested == "C" and "近12个月没有合作金额" in got[old].reason
    assert got[running].suggested == "A"       # 6 years, still running: long-standing with a recent project
    assert got[none].suggested == "C" and "没有合作项目" in got[none].reason
    assert talks not in got                    # 洽谈中 is not business: stays C, no difference


def test_rules_are_settable_by_a_manager_only(people):
    boss, li = people["boss"], people["li"]
    with pytest.raises(PermissionDenied):
        rules.set_rules(li, {"head_share": 70})
    with pytest.raises(ValidationError):
        rules.set_rules(boss, {"head_share": 0})
    assert rules.set_rules(boss, {"loyal_years": 10}).loyal_years == 10
    loyal = _card(boss, "老客户", projects=[("2019-05-01", 2000), ("2026-04-01", 1000)])
    _card(boss, "大客户", projects=[("2026-01-10", 9000000)])
    assert _by_code(classify.suggestions(boss, today=TODAY, only_differing=False))[loyal].suggested == "B"


def test_class_history_on_every_path(people):
    boss, li = people["boss"], people["li"]
    code = _card(boss, "杭州明达贸易有限公司", owner="li", projects=[("2026-01-10", 860000)])
    with pytest.raises(PermissionDenied):
        classify.set_class(li, code, "A", "大客户")
    with pytest.raises(ValidationError):
        classify.set_class(boss, code, "A", " ")
    assert classify.set_class(boss, code, "B", "先观察") is True
    card = customers.get_card(boss, code)
    customers.update_customer(boss, card.id, card.version, {"cls": "C", "class_reason": "合作暂停"})
    applied = classify.accept(boss, today=TODAY)
    assert [(s.code, s.current, s.suggested) for s in applied] == [(code, "C", "A")]
    hist = classify.history(li, code)
    assert [(h.from_cls, h.to_cls, h.by, h.source) for h in hist] == [
        ("C", "B", "boss", "set"), ("B", "C", "boss", "hand"), ("C", "A", "boss", "suggestion")]
    assert hist[0].reason == "先观察" and hist[1].reason == "合作暂停"
    assert hist[2].reason.startswith("建议：近12个月合作金额 ¥86.0万，排名前 100%")
    titles = [e.title for e in Event.select().where(Event.customer == card.id).order_by(Event.id)]
    assert titles == ["客户分类调整为 B", "客户分类调整为 C", "客户分类调整为 A"]
    actions = [a.action for a in AuditEntry.select().where(AuditEntry.target_label == code)]
    assert actions.count("change_class") == 2 and "update_customer" in actions
    assert classify.suggestions(boss, today=TODAY) == []
    with pytest.raises(PermissionDenied):
        classify.suggestions(li, today=TODAY)


def test_a_kept_class_is_not_asked_again_until_the_suggestion_changes(people):
    boss = people["boss"]
    big = _card(boss, "老朋友公司", cls="B", projects=[("2026-01-10", 800000)])
    other = _card(boss, "另一家", cls="C", projects=[("2026-02-01", 1000)])
    classify.keep(boss, big, "客户明年缩减预算，暂不升级", today=TODAY)
    rows = _by_code(classify.suggestions(boss, today=TODAY))
    assert rows[big].kept == "客户明年缩减预算，暂不升级"             # the CLI still lists it
    left = _by_code(classify.suggestions(boss, today=TODAY, include_kept=False))
    assert big not in left and other in left
    later = dt.date(2028, 6, 30)                                       # projects aged: now C
    assert big in _by_code(classify.suggestions(boss, today=later, include_kept=False))
    assert AuditEntry.select().where(AuditEntry.action == "keep_class").count() == 1
