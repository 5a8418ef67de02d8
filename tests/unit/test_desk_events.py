"""Company events, tasks from the card and the fast 今日 lists — services on SQLite and
PostgreSQL (issue 11.4, 11.8, 11.9)."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from models.archive import customers, events
from models.desk import activities, index, invitation_list, tasks, today, upkeep
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import AuditEntry, Customer, Event, Invitation, utcnow

DAY = dt.date(2026, 12, 1)


def _card(actor, name, cls="A", owner=None, industry=""):
    return customers.create_customer(actor, {"name": name, "cls": cls, "industry": industry}, owner=owner)


# ---- tasks from the card --------------------------------------------------------------------
def test_a_cards_tasks_are_listed_for_whoever_may_open_it(people):
    boss, li, zhao = people["boss"], people["li"], people["zhao"]
    card = _card(li, "杭州明达贸易有限公司")
    other = _card(li, "宁波华东物流有限公司")
    tasks.add_task(boss, card.code, title="寄送样品", due="2026-12-03", assignee="boss")
    tasks.add_task(li, other.code, title="别的客户", due="2026-12-03")
    # the custodian sees the card's tasks, also one assigned to the manager
    assert [t.title for t in tasks.list_tasks(li, customer=card.id)] == ["寄送样品"]
    with pytest.raises(PermissionDenied):
        tasks.list_tasks(zhao, customer=card.id)


def test_who_may_be_assigned_is_who_may_open_the_card_custodian_first(people):
    boss, li = people["boss"], people["li"]
    card = _card(li, "杭州明达贸易有限公司")
    names = [(a.username, a.is_custodian) for a in tasks.assignable_staff(li, card.id)]
    assert names == [("li", True), ("boss", False)]     # zhao, sales and the IT admin may not open it
    with pytest.raises(PermissionDenied):
        tasks.assignable_staff(people["zhao"], card.id)
    assert boss


def test_a_task_from_an_entry_is_linked_to_it_and_only_to_the_cards_own(people):
    li = people["li"]
    card = _card(li, "杭州明达贸易有限公司")
    other = _card(li, "宁波华东物流有限公司")
    entry = events.add_event(li, card.id, {"event_date": "2026-11-20", "category": "投诉", "title": "交货延迟"})
    foreign = events.add_event(li, other.id, {"event_date": "2026-11-20", "category": "其他", "title": "别家"})
    t = tasks.add_task(li, card.code, title="跟进：交货延迟", due="2026-12-05", source_event_id=entry.id)
    from models.foundation.schema import FollowUp

    assert FollowUp.get_by_id(t.id).source_event_id == entry.id
    with pytest.raises(ValidationError) as err:
        tasks.add_task(li, card.code, title="x", due="2026-12-05", source_event_id=foreign.id)
    assert err.value.problems[0].field == "source_event"
    assert FollowUp.select().count() == 1


# ---- company events ---------------------------------------------------------------------------
def test_a_manager_corrects_an_event_and_it_is_audited(people):
    boss, li = people["boss"], people["li"]
    a = activities.add_activity(boss, title="年会", held_on="2026-12-20", kind="年会")
    b = activities.update_activity(boss, a.id, title="2026 客户答谢年会", held_on="2026-12-22", kind="年会",
                                   place="国宾馆")
    assert (b.title, b.held_on, b.place) == ("2026 客户答谢年会", dt.date(2026, 12, 22), "国宾馆")
    entry = AuditEntry.get(AuditEntry.action == "update_activity")
    assert "held_on" in entry.details and "title" in entry.details
    with pytest.raises(PermissionDenied):
        activities.update_activity(li, a.id, title="x", held_on="2026-12-22", kind="年会")
    with pytest.raises(ValidationError):
        activities.update_activity(boss, a.id, title="", held_on="2026-12-22", kind="婚礼")


def test_events_are_listed_upcoming_first_then_the_latest_past(people):
    boss = people["boss"]
    for title, day in (("去年庆典", "2026-05-01"), ("年会", "2027-01-15"), ("联谊会", "2026-12-10"),
                       ("春季庆典", "2026-11-01")):
        activities.add_activity(boss, title=title, held_on=day)
    assert [a.title for a in activities.list_activities(people["li"], today=DAY)] == [
        "联谊会", "年会", "春季庆典", "去年庆典"]


def test_candidates_by_class_custodian_industry_and_name(people):
    boss, li, zhao = people["boss"], people["li"], people["zhao"]
    a1 = _card(li, "杭州明达贸易有限公司", "A", industry="纺织")
    _card(li, "宁波华东物流有限公司", "B", industry="物流")
    z = _card(zhao, "温州瑞丰电器有限公司", "A", industry="电器")
    act = activities.add_activity(boss, title="年会", held_on="2026-12-20")
    assert [c.code for c in invitation_list.candidates(boss, act.id, cls="A")] == sorted([a1.code, z.code])
    assert [c.code for c in invitation_list.candidates(boss, act.id, custodian="zhao")] == [z.code]
    assert [c.code for c in invitation_list.candidates(boss, act.id, industry="物流")] != []
    assert [c.name for c in invitation_list.candidates(boss, act.id, text="明达")] == ["杭州明达贸易有限公司"]
    # an agent picks among the cards they may edit only
    assert {c.code for c in invitation_list.candidates(li, act.id)} == {a1.code, _code(li, "宁波")}
    activities.invite(boss, act.id, [a1.code], today=DAY)
    assert [c.invited for c in invitation_list.candidates(boss, act.id, text="明达")] == [True]


def _code(actor, name_part):
    return Customer.get(Customer.name.contains(name_part)).code


def test_replies_for_several_customers_are_all_or_none(people):
    boss, li = people["boss"], people["li"]
    one, two = _card(li, "甲公司"), _card(li, "乙公司")
    act = activities.add_activity(boss, title="年会", held_on="2026-12-20")
    activities.invite(boss, act.id, [one.code], today=DAY)
    entries = Event.select().count()
    with pytest.raises(ValidationError):      # 乙 was never invited: nothing is recorded
        activities.reply_many(boss, act.id, [one.code, two.code], "accepted", today=DAY)
    assert Invitation.get().status == "invited" and Event.select().count() == entries
    activities.invite(boss, act.id, [two.code], today=DAY)
    lines = activities.reply_many(li, act.id, [one.code, two.code], "attended", today=DAY)
    assert [x.status for x in lines] == ["attended", "attended"]
    info, shown = activities.show(boss, act.id)
    assert info.attended == 2 and [x.custodian for x in shown] == ["李客服", "李客服"]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_invitation_list_is_written_and_audited_managers_only(people, tmp_path, fmt):
    boss, li = people["boss"], people["li"]
    cards = [_card(li, f"客户{i:02d}有限公司") for i in range(35)]
    act = activities.add_activity(boss, title="2026 客户答谢年会", held_on="2026-12-20", kind="年会")
    activities.invite(boss, act.id, [c.code for c in cards], today=DAY)
    target = tmp_path / f"名单.{fmt}"
    with pytest.raises(PermissionDenied):
        invitation_list.export_list(li, act.id, target)
    assert invitation_list.export_list(boss, act.id, target) == 35
    entry = AuditEntry.select().where(AuditEntry.action == f"export_{fmt}").order_by(AuditEntry.id.desc()).get()
    assert entry.target_label == "2026 客户答谢年会" and '"rows": 35' in entry.details
    if fmt == "xlsx":
        ws = load_workbook(target).active
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$3"
        assert [c.value for c in ws[3]] == ["序号", "客户编号", "客户名称", "分类", "负责客服", "状态", "签到"]
        assert ws.max_row == 3 + 35
    else:
        assert target.read_bytes().count(b"/Type /Page\n") + target.read_bytes().count(b"/Type /Page ") >= 2


# ---- the fast lists of the 今日 page are the per-class lists ------------------------------------
def _aged(card, actor=None, *, page1_days=None, verified_days=None, contact_days=None):
    if contact_days is not None:     # a page-2 entry by the agent: the last contact
        events.add_event(actor, card.id, {"event_date": dt.date.today() - dt.timedelta(days=contact_days),
                                          "category": "回访", "title": "电话回访"})
    now = utcnow()
    values = {"created_at": now - dt.timedelta(days=900)}
    if page1_days is not None:
        values["page1_at"] = now - dt.timedelta(days=page1_days)
    if verified_days is not None:
        values["verified_at"] = now - dt.timedelta(days=verified_days)
    Customer.update(**values).where(Customer.id == card.id).execute()
    index.refresh(dt.date.today())


def test_the_fast_lists_give_the_same_lines_and_totals_as_the_per_class_queries(people):
    li = people["li"]
    for i in range(24):
        card = _card(li, f"客户{i:02d}有限公司", "ABC"[i % 3])
        _aged(card, li, page1_days=100 + 40 * i, verified_days=(300 if i % 4 == 0 else None),
              contact_days=(10 * i if i % 5 else None))
    day = dt.date.today()
    lists = upkeep.due_lists(li, today=day, mine_only=True, limit=1000)
    cadence = upkeep.overdue_for_contact(li, today=day, mine_only=True, limit=1000)
    stale = upkeep.stale_cards(li, today=day, mine_only=True, limit=1000)
    assert sorted(lists.cadence, key=lambda d: d.customer_id) == sorted(cadence, key=lambda d: d.customer_id)
    assert sorted(lists.stale, key=lambda d: d.customer_id) == sorted(stale, key=lambda d: d.customer_id)
    assert (lists.cadence_total, lists.stale_total) == (
        upkeep.count_overdue_for_contact(li, today=day, mine_only=True), upkeep.count_stale(li, today=day, mine_only=True))


def test_the_capped_stale_list_keeps_the_most_overdue_by_the_date_it_shows(people):
    li = people["li"]
    recent = _card(li, "刚核实有限公司")
    old = _card(li, "久未核实有限公司")
    _aged(recent, page1_days=800, verified_days=200)   # page 1 older, but confirmed 200 days ago
    _aged(old, page1_days=500)
    (line,) = upkeep.due_lists(li, today=dt.date.today(), mine_only=True, limit=1).stale
    assert line.code == old.code                        # 500 days over, not the one confirmed since


def test_the_department_counts_are_what_each_page_shows(people):
    boss, li = people["boss"], people["li"]
    for i in range(6):
        _aged(_card(li, f"客户{i}有限公司", "AB"[i % 2]), li, page1_days=400, contact_days=90 + i)
    page = today.today_page(li, today=dt.date.today())
    first_cadence = next(i for i in page.items if i.kind == "cadence")
    first_stale = next(i for i in page.items if i.kind == "stale")
    today.mark(li, first_cadence.key, "dismissed")
    today.mark(li, first_stale.key, "done")
    page = today.today_page(li, today=dt.date.today())
    row = next(r for r in today.department(boss, today=dt.date.today()) if r.username == "li")
    assert row.cadence == sum(1 for i in page.items if i.kind == "cadence") == 5
    assert row.stale == sum(1 for i in page.items if i.kind == "stale") == 5


def test_the_desk_indexes_exist_on_a_new_archive(people):
    from models.foundation.db import database

    names = {i.name for t in ("customer", "reminder_date") for i in database.get_indexes(t)}
    assert {"customer_desk", "reminder_date_customer_next", "reminder_date_next_cover"} <= names
