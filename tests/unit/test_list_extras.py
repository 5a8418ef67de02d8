"""The archive list's extras (issue 12): why a row matched, the optional columns and a grant's
end, computed in the core for a page of ids — on both databases."""
from __future__ import annotations

import datetime as dt

import pytest

from models.access_requests import requests
from models.archive import contacts, customers, list_extras
from models.archive.list_extras import MatchReason, row_extras
from models.archive.places import city_of
from models.desk import tasks
from models.foundation.schema import Customer, Grant, utcnow


def _why(actor, card_id, text):
    got = row_extras(actor, [card_id], text=text)
    return got[card_id].matches if card_id in got else None


def test_a_key_persons_name_phone_and_pinyin_say_why_a_row_matched(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "巨奥传媒有限公司", "phone": "010-6655 7788",
                                          "credit_code": "91110105MA01ABCD26"})
    contacts.add_contact(li, card.id, {"name": "张伟", "mobile": "138 0013 8000", "is_primary": True})
    assert _why(li, card.id, "张伟") == (MatchReason("contact", "张伟", person="张伟"),)
    assert _why(li, card.id, "zhangwei") == (MatchReason("contact_pinyin", "张伟", person="张伟",
                                                          typed="zhangwei"),)
    assert _why(li, card.id, "ZW") == (MatchReason("contact_initials", "张伟", person="张伟", typed="zw"),)
    assert _why(li, card.id, "13800138000") == (MatchReason("contact_mobile", "138 0013 8000", person="张伟"),)
    assert _why(li, card.id, "66557788") == (MatchReason("phone", "010-6655 7788"),)
    assert _why(li, card.id, "MA01ABCD") == (MatchReason("credit_code", "91110105MA01ABCD26"),)
    assert _why(li, card.id, "jacm") == (MatchReason("name_initials", "巨奥传媒有限公司", typed="jacm"),)
    assert _why(li, card.id, "传媒") == (MatchReason("name", "巨奥传媒有限公司"),)
    assert _why(li, card.id, "") == ()   # no search: nothing to explain


def test_a_sensitive_field_never_explains_a_match(people):
    """Hobbies are not in the search column: a card found by its name says only that, even
    to its custodian (who holds the sensitive right), and a word only in the hobbies finds
    nothing to say — neither the hobby nor "a hidden field matched"."""
    li = people["li"]
    card = customers.create_customer(li, {"name": "钓鱼台贸易公司"})
    contacts.add_contact(li, card.id, {"name": "王敏", "hobbies": "高尔夫 golf", "family": "一子"})
    assert _why(li, card.id, "钓鱼") == (MatchReason("name", "钓鱼台贸易公司"),)
    assert _why(li, card.id, "golf") == ()
    assert _why(li, card.id, "一子") == ()
    assert customers.list_customers(li, customers.ListQuery(text="golf")) == []


def test_an_agent_learns_nothing_about_a_card_they_may_not_open(people):
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    card = customers.create_customer(li, {"name": "保密科技"})
    contacts.add_contact(li, card.id, {"name": "陈静", "mobile": "13912345678"})
    assert row_extras(zhao, [card.id], text="陈静") == {}       # not theirs: no reasons, no columns
    requests.grant(boss, card.code, "zhao", scopes="view", days=3)
    got = row_extras(zhao, [card.id], text="陈静")[card.id]
    assert got.matches == (MatchReason("contact", "陈静", person="陈静"),)
    assert got.granted_until is not None and got.granted_until - utcnow() > dt.timedelta(days=2)
    assert row_extras(li, [card.id])[card.id].granted_until is None       # the custodian's own card
    assert row_extras(boss, [card.id])[card.id].granted_until is None     # a manager needs no grant


def test_the_grant_shown_is_the_latest_active_one(people):
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    card = customers.create_customer(li, {"name": "授权到期公司"})
    short = requests.grant(boss, card.code, "zhao", scopes="view", days=1)
    requests.grant(boss, card.code, "zhao", scopes="view", days=5)
    Grant.update(expires_at=utcnow() + dt.timedelta(hours=5)).where(Grant.id == short).execute()
    until = row_extras(zhao, [card.id])[card.id].granted_until
    assert dt.timedelta(days=4) < until - utcnow() < dt.timedelta(days=5, hours=1)
    Grant.update(revoked_at=utcnow()).where(Grant.id != short).execute()   # the long one revoked
    until = row_extras(zhao, [card.id])[card.id].granted_until
    assert until - utcnow() < dt.timedelta(hours=6)
    Grant.update(expires_at=utcnow() - dt.timedelta(minutes=1)).where(Grant.id == short).execute()
    assert row_extras(zhao, [card.id]) == {}     # expired: the card is no longer theirs to see


def test_the_optional_columns_for_a_page_of_ids(people):
    li = people["li"]
    a = customers.create_customer(li, {"name": "巨奥传媒有限公司", "phone": "0755-8888 0001",
                                       "address": "广东省深圳市南山区科技园南区"})
    b = customers.create_customer(li, {"name": "巨奥传媒有限公司", "phone": "010-6000 0002",
                                       "address": "北京市朝阳区建国路88号"})
    contacts.add_contact(li, a.id, {"name": "李四"})
    contacts.add_contact(li, a.id, {"name": "张三", "is_primary": True})
    tasks.add_task(li, a.id, title="回访", due=dt.date(2026, 12, 20))
    tasks.add_task(li, a.id, title="送资料", due=dt.date(2026, 12, 10))
    done = tasks.add_task(li, a.id, title="早已办完", due=dt.date(2026, 12, 1))
    tasks.complete_task(li, done.id, "已办")
    Customer.update(last_contact_on=dt.date(2026, 11, 30)).where(Customer.id == a.id).execute()
    got = row_extras(li, [a.id, b.id])
    assert (got[a.id].phone, got[a.id].city, got[a.id].primary_contact) == ("0755-8888 0001", "深圳", "张三")
    assert got[a.id].last_contact_on == dt.date(2026, 11, 30)
    assert got[a.id].next_follow_up == dt.date(2026, 12, 10)      # the earliest open one
    assert (got[b.id].city, got[b.id].primary_contact, got[b.id].next_follow_up) == ("北京", "", None)
    only_city = row_extras(li, [a.id], want={list_extras.CITY})[a.id]
    assert only_city.city == "深圳" and only_city.next_follow_up is None and only_city.primary_contact == ""


@pytest.mark.parametrize("address, city", [
    ("北京市朝阳区建国路88号", "北京"),
    ("广东省深圳市南山区科技园", "深圳"),
    ("新疆维吾尔自治区乌鲁木齐市天山区", "乌鲁木齐"),
    ("上海浦东新区世纪大道100号", "上海"),
    ("", ""),
    (None, ""),
    ("深圳市南山区", "深圳"),
    ("浙江杭州西湖区文三路市民中心", "浙江省"),      # no 市 after the province: the province
    ("新疆伊犁哈萨克自治州伊宁市", "伊犁哈萨克自治州"),
    ("内蒙古锡林郭勒盟锡林浩特市", "锡林郭勒盟"),
    ("中国 江苏省 苏州市工业园区", "苏州"),
    ("重庆渝中区解放碑", "重庆"),
    ("某某大厦 8 楼", ""),
])
def test_the_city_is_read_off_the_address(address, city):
    assert city_of(address) == city
