"""The daily desk (今日工作台) services, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from models.archive import contacts, customers, events
from models.desk import activities, greetings, settings, tasks, today, upkeep
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import AuditEntry, Customer, Event, utcnow
from models.handover import service as handover
from models.rules import access

DAY = dt.date(2026, 12, 1)


def _card(actor, name="杭州明达贸易有限公司", cls="A", owner=None):
    return customers.create_customer(actor, {"name": name, "cls": cls}, owner=owner)


def _items(actor, kind=None, **kw):
    page = today.today_page(actor, today=kw.pop("on", DAY), **kw)
    return [i for i in page.items if kind is None or i.kind == kind]


def test_lunar_and_solar_birthdays_show_with_their_solar_date(people):
    li = people["li"]
    card = _card(li)
    contacts.add_contact(li, card.id, {"name": "张伟", "birthday": (11, 5, None, True)})     # 农历冬月初五
    contacts.add_contact(li, card.id, {"name": "李娜", "birthday": (12, 5, 1980, False)})
    contacts.add_contact(li, card.id, {"name": "王五", "birthday": (1, 10, None, False)})   # outside 7 days
    lines = {i.text for i in _items(li, "birthday")}
    assert lines == {"李娜 生日（1980年12月5日）"}
    wide = {(i.date, i.text) for i in _items(li, "birthday", days=30)}
    assert (dt.date(2026, 12, 13), "张伟 生日（农历冬月初五），12月13日") in wide
    assert (dt.date(2026, 12, 5), "李娜 生日（1980年12月5日）") in wide


def test_a_lunar_birthday_in_january_of_the_next_year_is_found(people):
    li = people["li"]
    card = _card(li)
    contacts.add_contact(li, card.id, {"name": "陈总", "birthday": (12, 20, None, True)})   # 腊月二十
    lines = _items(li, "birthday", on=dt.date(2027, 1, 20), days=14)
    assert [(i.date, i.customer) for i in lines] == [(dt.date(2027, 1, 27), card.name)]


def test_a_leap_month_birthday_is_stored_and_falls_back_in_ordinary_years(people):
    li = people["li"]
    card = _card(li)
    contacts.add_contact(li, card.id, {"name": "赵六", "birthday": (6, 8, None, True, True)})  # 闰六月初八
    shown = customers.get_card(li, card.code, reveal_sensitive=True)
    assert shown.contacts[0].birthday_text == "农历闰六月初八"
    # 2027 has no leap sixth month: remembered on 六月初八 (2027-07-11)
    lines = _items(li, "birthday", on=dt.date(2027, 7, 5), days=10)
    assert [i.date for i in lines] == [dt.date(2027, 7, 11)]


def test_agents_see_only_their_own_customers_and_staff_see_no_dates(people):
    li, zhao, sales = people["li"], people["zhao"], people["sales"]
    mine = _card(li, "甲公司")
    theirs = _card(zhao, "乙公司")
    contacts.add_contact(li, mine.id, {"name": "甲总", "birthday": (12, 3, None, False)})
    contacts.add_contact(zhao, theirs.id, {"name": "乙总", "birthday": (12, 3, None, False)})
    assert [i.customer for i in _items(li, "birthday")] == ["甲公司"]
    assert [i.customer for i in _items(zhao, "birthday")] == ["乙公司"]
    assert _items(sales) == []


def test_showing_personal_dates_is_audited_once_per_page(people):
    li = people["li"]
    card = _card(li)
    contacts.add_contact(li, card.id, {"name": "张伟", "birthday": (12, 2, None, False)})
    before = AuditEntry.select().where(AuditEntry.action == "desk_dates_shown").count()
    _items(li)
    entries = list(AuditEntry.select().where(AuditEntry.action == "desk_dates_shown"))
    assert len(entries) == before + 1 and card.code in entries[-1].details


def test_anniversaries_from_founding_and_first_cooperation(people):
    li = people["li"]
    card = _card(li)
    customers.update_customer(li, card.id, card.version, {"founded_on": "2014-12-03"})
    contacts.add_project(li, card.id, {"name": "旧项目", "started_on": "2019-12-06", "amount": "5000"})
    contacts.add_project(li, card.id, {"name": "新项目", "started_on": "2023-03-01", "amount": "9000"})
    texts = sorted((i.date, i.text) for i in _items(li, "anniversary"))
    assert texts == [(dt.date(2026, 12, 3), "成立纪念日：成立 12 周年"),
                     (dt.date(2026, 12, 6), "合作纪念日：首次合作纪念日")]
    # a C customer's anniversaries are not remembered by the default rules
    c_card = _card(li, "小店", cls="C")
    customers.update_customer(li, c_card.id, c_card.version, {"founded_on": "2010-12-04"})
    assert all(i.customer != "小店" for i in _items(li, "anniversary"))


def test_a_changed_birthday_moves_its_reminder(people):
    li = people["li"]
    card = _card(li)
    person = contacts.add_contact(li, card.id, {"name": "张伟", "birthday": (12, 2, None, False)})
    assert [i.date for i in _items(li, "birthday")] == [dt.date(2026, 12, 2)]
    contacts.update_contact(li, person.id, person.version, {"birthday": (12, 6, None, False)})
    assert [i.date for i in _items(li, "birthday")] == [dt.date(2026, 12, 6)]


def test_festivals_with_the_customers_to_greet_by_class(people):
    li = people["li"]
    _card(li, "A 公司", cls="A")
    _card(li, "B 公司", cls="B")
    _card(li, "C 公司", cls="C")
    lines = {i.date: i.text for i in _items(li, "festival", on=dt.date(2027, 2, 1), days=10)}
    assert lines[dt.date(2027, 2, 6)] == "春节：需问候 3 位客户（A 1 / B 1 / C 1）"
    assert lines[dt.date(2027, 2, 5)] == "除夕：需问候 1 位客户（A 1）"


def test_greeting_batch_writes_one_entry_per_card_and_is_not_listed_again(people):
    li = people["li"]
    a, b = _card(li, "甲", "A"), _card(li, "乙", "B")
    contacts.add_contact(li, a.id, {"name": "甲总"})
    _info, on, lines = greetings.to_greet(li, "春节", year=2027, today=DAY)
    assert on == dt.date(2027, 2, 6)
    assert [(x.code, x.cls, x.person) for x in lines] == [(a.code, "A", "甲总"), (b.code, "B", "")]
    assert greetings.mark_sent(li, "春节", [a.code, b.code], channel="微信", year=2027, today=DAY) == 2
    assert greetings.to_greet(li, "春节", year=2027, today=DAY)[2] == []
    entry = Event.get(Event.customer == a.id, Event.category == "节日问候")
    assert entry.title == "春节问候（2027）" and "微信" in entry.content


def test_a_greeting_batch_with_a_forbidden_card_writes_nothing(people):
    li, zhao = people["li"], people["zhao"]
    mine, theirs = _card(li, "甲"), _card(zhao, "乙")
    with pytest.raises(PermissionDenied):
        greetings.mark_sent(li, "春节", [mine.code, theirs.code], channel="短信", year=2027, today=DAY)
    assert Event.select().where(Event.category == "节日问候").count() == 0


def test_a_task_completed_writes_its_outcome_to_page_two_together(people):
    li = people["li"]
    card = _card(li)
    t = tasks.add_task(li, card.code, title="寄样品", due="2026-11-28", note="两箱")
    assert t.assignee_username == "li" and t.state_on(DAY) == "overdue"
    assert [i.text for i in _items(li, "task")] == ["寄样品（逾期 3 天）"]
    done = tasks.complete_task(li, t.id, "已寄出，顺丰单号 SF123", today=DAY)
    assert done.state == "done"
    entry = Event.get(Event.customer == card.id, Event.category == "跟进")
    assert entry.title == "完成待办：寄样品" and entry.content == "已寄出，顺丰单号 SF123"
    assert _items(li, "task") == []
    with pytest.raises(ValidationError):
        tasks.complete_task(li, t.id, "again")


def test_a_task_cannot_go_to_someone_who_cannot_open_the_card(people):
    li = people["li"]
    card = _card(li)
    with pytest.raises(ValidationError, match="无权查看"):
        tasks.add_task(li, card.code, title="回访", due="2026-12-05", assignee="zhao")
    with pytest.raises(PermissionDenied):
        tasks.add_task(people["zhao"], card.code, title="回访", due="2026-12-05")


def test_handover_moves_open_tasks_to_the_receiver(people):
    boss, li = people["boss"], people["li"]
    card = _card(boss, owner="li")
    t = tasks.add_task(li, card.code, title="回访", due="2026-12-05")
    hid = handover.start_handover(boss, "li")
    handover.execute(boss, hid, handover.plan(boss, hid, ["zhao"]))
    moved = tasks.list_tasks(people["zhao"], open_only=True, today=DAY)
    assert [(x.id, x.assignee_username) for x in moved] == [(t.id, "zhao")]


def test_cadence_resets_on_a_staff_entry_and_not_on_a_report(people):
    li, sales = people["li"], people["sales"]
    card = _card(li)
    Customer.update(created_at=utcnow() - dt.timedelta(days=400)).where(Customer.id == card.id).execute()
    events.add_event(li, card.id, {"event_date": "2026-09-01", "category": "回访", "title": "电话回访"})
    due = upkeep.overdue_for_contact(li, today=DAY)
    assert [(d.code, d.since, d.days_over) for d in due] == [(card.code, dt.date(2026, 9, 1), 61)]
    events.report_event(sales, card.code, {"event_date": "2026-11-30", "category": "合作契机", "title": "来访"})
    assert [d.code for d in upkeep.overdue_for_contact(li, today=DAY)] == [card.code]
    events.add_event(li, card.id, {"event_date": "2026-11-30", "category": "回访", "title": "上门拜访"})
    assert upkeep.overdue_for_contact(li, today=DAY) == []


def test_cadence_lists_a_first_and_a_manager_sets_it(people):
    boss, li = people["boss"], people["li"]
    old = utcnow() - dt.timedelta(days=200)
    a, c = _card(li, "甲", "A"), _card(li, "丙", "C")
    Customer.update(created_at=old).execute()
    assert [d.cls for d in upkeep.overdue_for_contact(li)] == ["A", "C"]
    with pytest.raises(PermissionDenied):
        settings.set_cadence(li, "C", 300)
    settings.set_cadence(boss, "C", 300)
    assert [d.code for d in upkeep.overdue_for_contact(li)] == [a.code]
    del c


def test_stale_cards_and_verify(people):
    li = people["li"]
    card = _card(li)
    long_ago = utcnow() - dt.timedelta(days=200)
    Customer.update(page1_at=long_ago, created_at=long_ago).where(Customer.id == card.id).execute()
    assert [d.code for d in upkeep.stale_cards(li)] == [card.code]      # A: 180 days
    events.add_event(li, card.id, {"event_date": dt.date.today().isoformat(), "category": "其他", "title": "x"})
    assert [d.code for d in upkeep.stale_cards(li)] == [card.code]      # page 2 is not page 1
    upkeep.verify_card(li, card.code)
    assert upkeep.stale_cards(li) == []
    assert AuditEntry.select().where(AuditEntry.action == "verify_card").count() == 1


def test_marks_hide_an_item_and_a_snooze_brings_it_back(people):
    li = people["li"]
    card = _card(li)
    contacts.add_contact(li, card.id, {"name": "张伟", "birthday": (12, 5, None, False)})
    (item,) = _items(li, "birthday")
    today.mark(li, item.key, "snoozed", until="2026-12-03")
    assert _items(li, "birthday") == []
    assert len(_items(li, "birthday", on=dt.date(2026, 12, 3))) == 1
    today.mark(li, item.key, "done")
    assert _items(li, "birthday", on=dt.date(2026, 12, 3)) == []


def test_activity_invitations_and_replies_land_on_page_two(people):
    boss, li = people["boss"], people["li"]
    card = _card(li)
    with pytest.raises(PermissionDenied):
        activities.add_activity(li, title="年会", held_on="2026-12-20")
    a = activities.add_activity(boss, title="2026 客户答谢年会", held_on="2026-12-20", kind="年会", place="国宾馆")
    assert activities.invite(boss, a.id, [card.code], today=DAY) == 1
    assert [i.text for i in _items(li, "event", days=30)] == ["年会“2026 客户答谢年会”：1 位客户未回复"]
    activities.reply(li, a.id, card.code, "accepted", today=DAY)
    assert _items(li, "event", days=30) == []
    titles = [e.title for e in Event.select().where(Event.customer == card.id).order_by(Event.id)]
    assert titles == ["邀请参加年会：2026 客户答谢年会", "2026 客户答谢年会：已接受"]
    assert [(x.code, x.status) for x in activities.show(li, a.id)[1]] == [(card.code, "accepted")]


def test_department_view_counts_each_agent_without_revealing(people):
    boss, li = people["boss"], people["li"]
    card = _card(li)
    contacts.add_contact(li, card.id, {"name": "张伟", "birthday": (12, 2, None, False)})
    before = AuditEntry.select().where(AuditEntry.action == "desk_dates_shown").count()
    rows = {r.username: r for r in today.department(boss, today=DAY)}
    assert rows["li"].birthdays == 1 and rows["zhao"].birthdays == 0
    assert AuditEntry.select().where(AuditEntry.action == "desk_dates_shown").count() == before
    with pytest.raises(PermissionDenied):
        today.department(li, today=DAY)


def test_the_missing_holiday_schedule_is_said_on_the_page(people):
    page = today.today_page(people["li"], today=dt.date(2026, 12, 1))
    assert page.notices == ("2027 年的法定节假日安排尚未录入，工作日按周一至周五计算",)
    assert access.can(people["li"], access.CREATE)
