"""Service-level tests of customers, contacts, projects and page-2 entries (both backends)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.archive import contacts, customers, events
from models.archive.customers import ListQuery
from models.foundation.dto import MASK
from models.foundation.errors import ConflictError, PermissionDenied, ValidationError


def test_agent_creates_customer_and_becomes_custodian(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "上海贸易有限公司", "cls": "A", "industry": "贸易",
                                          "phone": "021-1234 5678"})
    assert card.code.startswith("KH") and len(card.code) == 8
    assert card.custodian.username == "li"
    assert card.cls == "A"
    rows = customers.list_customers(li)
    assert [r.code for r in rows] == [card.code]


def test_required_and_format_checks_report_every_problem(people):
    with pytest.raises(ValidationError) as err:
        customers.create_customer(people["li"], {"name": " ", "email": "not-an-email",
                                                 "founded_on": "2024-13-01"})
    fields = {p.field for p in err.value.problems}
    assert fields == {"name", "email", "founded_on"}
    assert customers.count_customers(people["boss"]) == 0


def test_search_by_one_and_two_chinese_characters_pinyin_and_phone(people):
    li = people["li"]
    a = customers.create_customer(li, {"name": "张记贸易公司", "phone": "0571-8888 1234"})
    customers.create_customer(li, {"name": "李氏五金"})
    contacts.add_contact(li, a.id, {"name": "王小明", "mobile": "138 0013 8000"})
    assert [r.name for r in customers.search(li, "张")] == ["张记贸易公司"]
    assert [r.name for r in customers.search(li, "贸易")] == ["张记贸易公司"]
    assert [r.name for r in customers.search(li, "zjmy")] == ["张记贸易公司"]
    assert [r.name for r in customers.search(li, "王小")] == ["张记贸易公司"]
    assert [r.name for r in customers.search(li, "13800138000")] == ["张记贸易公司"]
    assert [r.name for r in customers.search(li, "8888-1234")] == ["张记贸易公司"]
    assert customers.search(li, "不存在") == []


def test_agent_sees_only_custody_manager_sees_all_staff_and_admin_none(people):
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    mine = customers.create_customer(li, {"name": "甲公司"})
    customers.create_customer(zhao, {"name": "乙公司"})
    assert [r.name for r in customers.list_customers(li)] == ["甲公司"]
    assert {r.name for r in customers.list_customers(boss)} == {"甲公司", "乙公司"}
    assert customers.list_customers(people["sales"]) == []
    assert customers.list_customers(people["it"]) == []
    with pytest.raises(PermissionDenied):
        customers.get_card(zhao, mine.code)
    with pytest.raises(PermissionDenied):
        customers.get_card(people["it"], mine.code)
    # the directory is open to everyone, with nothing but code, name, class, custodian
    line = customers.directory(people["sales"], "甲")[0]
    assert (line.code, line.name, line.custodian) == (mine.code, "甲公司", "李客服")


def test_sensitive_fields_masked_until_revealed(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "丙公司"})
    contacts.add_contact(li, card.id, {"name": "陈总", "birthday": (3, 5, 1975, False),
                                       "hobbies": "钓鱼", "family": "一子一女"})
    masked = customers.get_card(li, card.code)
    assert masked.contacts[0].hobbies == MASK and masked.contacts[0].birthday_text == MASK
    shown = customers.get_card(li, card.code, reveal_sensitive=True)
    assert shown.contacts[0].hobbies == "钓鱼"
    assert shown.contacts[0].birthday_text == "1975年3月5日"   # one form everywhere


def test_stale_save_is_refused(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "丁公司"})
    customers.update_customer(li, card.id, card.version, {"address": "杭州"})
    with pytest.raises(ConflictError):
        customers.update_customer(li, card.id, card.version, {"address": "宁波"})
    assert customers.get_card(li, card.code).address == "杭州"


def test_class_change_needs_manager(people):
    li, boss = people["li"], people["boss"]
    card = customers.create_customer(li, {"name": "戊公司", "cls": "C"})
    with pytest.raises(PermissionDenied):
        customers.update_customer(li, card.id, card.version, {"cls": "A"})
    updated = customers.update_customer(boss, card.id, card.version, {"cls": "A"}, owner="zhao")
    assert (updated.cls, updated.custodian.username) == ("A", "zhao")


def test_projects_and_events_with_history(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "己公司"})
    p = contacts.add_project(li, card.id, {"name": "年度采购", "amount": "1.2万",
                                           "started_on": "2024/3/5", "status": "进行中"})
    assert p.amount == Decimal("12000.00") and p.started_on == dt.date(2024, 3, 5)
    e = events.add_event(li, card.code, {"event_date": "2024-05-01", "category": "分店成立",
                                         "title": "杭州分店开业", "content": "邀请参加开业典礼"})
    fixed = events.edit_event(li, e.id, e.version, {"event_date": "2024-05-02", "category": "分店成立",
                                                    "title": "杭州分店开业", "content": "开业典礼改期"})
    assert fixed.content == "开业典礼改期"
    assert fixed.revisions[0].content == "邀请参加开业典礼"
    history = events.change_history(li, card.code)
    assert any(h.action == "更正重要事项" for h in history)


def test_archive_hides_from_active_list_but_keeps_card(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "庚公司"})
    with pytest.raises(ValidationError):
        customers.archive_customer(li, card.id, card.version, "")
    customers.archive_customer(li, card.id, card.version, "客户已注销")
    assert customers.list_customers(li) == []
    assert [r.name for r in customers.list_customers(li, ListQuery(status="archived"))] == ["庚公司"]
    assert customers.get_card(li, card.code).archived_reason == "客户已注销"
