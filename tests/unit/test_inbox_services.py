"""The reads behind 我的消息: one's own notifications (with the customer named) and one's
own requests with what became of the resulting grant. Both backends."""
from __future__ import annotations

import datetime as dt

import pytest

from models.access_requests import requests
from models.archive import customers, events
from models.foundation.schema import utcnow


class Clock:
    def __init__(self, monkeypatch):
        self.now = utcnow()
        for mod in ("models.foundation.schema", "models.rules.access", "models.access_requests.requests", "models.rules.audit"):
            monkeypatch.setattr(f"{mod}.utcnow", lambda: self.now)


@pytest.fixture
def card(people):
    return customers.create_customer(people["boss"], {"name": "华东贸易有限公司"}, owner="li")


def report(actor, code, title):
    return events.report_event(actor, code, {"event_date": dt.date(2026, 11, 2), "category": "合作契机",
                                             "title": title})


def test_custodian_inbox_names_the_customer_newest_first(people, card):
    li, sales, zhao = people["li"], people["sales"], people["zhao"]
    assert requests.inbox(li) == [] and requests.unread_count(li) == 0
    report(sales, card.code, "对方计划在成都开分店")
    report(zhao, card.code, "对方更换了采购负责人")
    msgs = requests.inbox(li)
    assert [m.read for m in msgs] == [False, False]
    assert "更换了采购负责人" in msgs[0].message and "赵客服" in msgs[0].message
    assert "成都开分店" in msgs[1].message and "孙业务" in msgs[1].message
    assert {(m.customer_id, m.customer_code, m.customer_name) for m in msgs} == {
        (card.id, card.code, "华东贸易有限公司")}
    assert requests.unread_count(li) == 2
    assert [n.customer_code for n in requests.notifications(li)] == [card.code, card.code]
    # nobody else sees li's messages, and marking someone else's ids does nothing
    assert requests.inbox(sales) == [] and requests.unread_count(zhao) == 0
    assert requests.mark_read(sales, [m.id for m in msgs]) == 0
    assert requests.unread_count(li) == 2

    assert requests.mark_read(li, [msgs[1].id]) == 1
    assert requests.unread_count(li) == 1
    assert [m.id for m in requests.inbox(li, unread_only=True)] == [msgs[0].id]
    assert [m.read for m in requests.inbox(li)] == [False, True]


def test_requester_sees_decision_expiry_and_grant_state(people, card, monkeypatch):
    boss, sales, zhao = people["boss"], people["sales"], people["zhao"]
    clock = Clock(monkeypatch)
    other = customers.create_customer(boss, {"name": "西南建材"}, owner="li")
    third = customers.create_customer(boss, {"name": "华北物流"}, owner="li")
    r1 = requests.request_access(sales, card.code, "下周拜访", "view,sensitive")
    r2 = requests.request_access(sales, other.code, "了解合作历史", "view")
    r3 = requests.request_access(sales, third.code, "协助回访", "view")
    requests.request_access(zhao, card.code, "替班", "view")

    mine = requests.my_requests(sales)
    assert [r.id for r in mine] == [r3, r2, r1]
    assert all(r.status == "pending" and r.grant_state == "" and r.expires_at is None for r in mine)
    assert requests.my_requests(boss) == []          # a manager's own requests: none, not everyone's
    assert len(requests.list_requests(boss)) == 4

    requests.approve(boss, r1, days=3)
    requests.reject(boss, r2, "与业务无关")
    requests.cancel(sales, r3)
    by_id = {r.id: r for r in requests.my_requests(sales)}
    assert by_id[r1].status == "approved" and by_id[r1].grant_state == "active"
    assert by_id[r1].expires_at == clock.now + dt.timedelta(days=3)
    assert by_id[r1].scopes_text == "查看、敏感信息" and by_id[r1].decided_by == "王主管"
    assert by_id[r2].status == "rejected" and by_id[r2].decision_reason == "与业务无关"
    assert by_id[r2].grant_state == "" and by_id[r3].status == "cancelled"
    notes = requests.inbox(sales)
    assert len(notes) == 2 and "未获批准：与业务无关" in notes[0].message and "已批准" in notes[1].message
    assert notes[1].customer_name == "华东贸易有限公司"

    clock.now += dt.timedelta(days=3, seconds=1)
    assert {r.id: r.grant_state for r in requests.my_requests(sales)}[r1] == "expired"
    clock.now -= dt.timedelta(days=2)
    requests.revoke(boss, by_id[r1].grant_id)
    assert {r.id: r.grant_state for r in requests.my_requests(sales)}[r1] == "revoked"
    assert requests.unread_count(sales) == 3          # approval, rejection, revocation



def _every_inbox_text(actor) -> str:
    """Everything the inbox reads out to `actor`: both lists, read and unread."""
    parts = []
    for unread_only in (False, True):
        parts += [f"{m.customer_code} {m.customer_name} {m.message}"
                  for m in requests.inbox(actor, unread_only=unread_only)]
        parts += [f"{n.customer_code} {n.message}" for n in requests.notifications(actor, unread_only)]
    return "\n".join(parts)


def test_former_custodian_loses_report_titles_when_custody_moves(people, card, monkeypatch):
    """Issue 9.5: what a user may no longer read disappears from every view, counts included."""
    boss, li, sales = people["boss"], people["li"], people["sales"]
    clock = Clock(monkeypatch)
    kept = customers.create_customer(boss, {"name": "西南建材"}, owner="li")
    report(sales, card.code, "对方计划在成都开分店")
    report(sales, kept.code, "对方更换了采购负责人")
    assert requests.unread_count(li) == 2

    customers.update_customer(boss, card.id, card.version, {}, owner="zhao")   # a manager moves custody
    text = _every_inbox_text(li)
    assert "成都开分店" not in text and card.code not in text and "华东贸易" not in text
    assert "更换了采购负责人" in text                 # the customer li still keeps
    assert requests.unread_count(li) == 1
    assert [m.customer_code for m in requests.inbox(li)] == [kept.code]

    # a grant brings the message back while it lasts; its expiry hides it again, and the
    # messages about li's own access (granted, revoked) stay: they carry no card content
    gid = requests.grant(boss, card.code, "li", "view", days=1)
    assert "成都开分店" in _every_inbox_text(li)
    assert requests.unread_count(li) == 3              # the two reports and the grant
    clock.now += dt.timedelta(days=1, seconds=1)
    text = _every_inbox_text(li)
    assert "成都开分店" not in text and "主管授予您查阅客户" in text
    assert requests.unread_count(li) == 2              # the kept report and the grant
    clock.now -= dt.timedelta(hours=2)
    requests.revoke(boss, gid)
    text = _every_inbox_text(li)
    assert "成都开分店" not in text and "授权已被撤销" in text
    assert requests.unread_count(li) == 3


def test_departed_custodians_reports_follow_the_card_not_the_person(people, card):
    """A handover moves custody: the receiver reads the card; the leaver's inbox is closed
    (a frozen or departed account cannot sign in) and a returning leaver sees no old titles."""
    from models.foundation.schema import Staff
    from models.handover import service as handover

    boss, li, sales, zhao = people["boss"], people["li"], people["sales"], people["zhao"]
    report(sales, card.code, "对方计划在成都开分店")
    hid = handover.start_handover(boss, "li")
    the_plan = handover.plan(boss, hid, ["zhao"])
    handover.execute(boss, hid, the_plan)
    handover.confirm(zhao, hid)
    # the leaver's account comes back to work (as it would for a re-hire): no old titles
    Staff.update(status="active").where(Staff.id == li.id).execute()
    assert "成都开分店" not in _every_inbox_text(li)
    assert requests.unread_count(li) == 0
