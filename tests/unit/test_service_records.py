"""Service records (issue 14) on both databases: transitions, close-needs-feedback, page-2
entries written with their step (or neither), permissions, handover, the working calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from models.archive import customers
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import Event, ServiceRecord, ServiceStep
from models.service import records
from models.service.reading import list_records

T = dt.datetime


@pytest.fixture
def card(people):
    return customers.create_customer(people["boss"], {"name": "杭州明达贸易有限公司", "cls": "A"},
                                     owner=people["li"].id)


def _open(people, card, **kw):
    args = dict(kind="投诉", title="送货迟到三天", content="货物晚到", severity="一般",
                received_at=T(2026, 3, 2, 10, 0), now=T(2026, 3, 2, 10, 0))
    args.update(kw)
    return records.open_record(people["li"], card.code, **args)


def test_number_format_per_kind_and_year(people, card):
    a = _open(people, card)
    b = _open(people, card, title="第二次")
    c = _open(people, card, kind="维修", title="空调不制冷", appointment_at=T(2026, 3, 3, 14), address="滨江路 1 号",
              warranty="in")
    d = _open(people, card, kind="咨询", title="发票")
    assert (a.number, b.number, c.number, d.number) == ("TS2026-000001", "TS2026-000002", "SH2026-000001",
                                                        "ZX2026-000001")
    assert a.assignee_username == "li" and a.status == "已受理"
    assert c.warranty == "in" and c.appointment_at == T(2026, 3, 3, 14)


def test_full_flow_writes_a_page2_entry_per_step(people, card):
    li = people["li"]
    r = _open(people, card)
    n = r.number
    now = T(2026, 3, 2, 11)
    records.judge(li, n, verdict="justified", reason="承运商延误", category="配送", dept="物流部",
                  at=T(2026, 3, 2, 10, 20), now=now)
    records.step(li, n, status="处理中", note="已联系承运商", at=T(2026, 3, 2, 10, 30), now=now)
    records.step(li, n, status="待客户", note="等客户确认收货时间", at=T(2026, 3, 2, 10, 40), now=now)
    records.step(li, n, status="已解决", note="已补发并赔偿运费", corrective="更换承运商", preventive="发货前确认时效",
                 at=T(2026, 3, 2, 10, 50), now=now)
    with pytest.raises(ValidationError, match="回访"):
        records.close(li, n, now=now)
    records.feedback(li, n, told="已补发，运费已退", satisfaction=4, at=T(2026, 3, 2, 10, 55), now=now)
    done = records.close(li, n, now=now)
    assert done.status == "已关闭" and done.satisfaction == 4 and done.corrective == "更换承运商"
    assert [s.action for s in done.steps] == ["open", "judge", "status", "status", "status", "feedback", "close"]
    entries = list(Event.select().where(Event.customer == card.id).order_by(Event.id))
    service_entries = [e for e in entries if e.title.startswith(n)]
    assert len(service_entries) == 7 and {e.category for e in service_entries} == {"投诉"}
    assert all(s.event_id for s in ServiceStep.select())
    # reopen keeps the history and asks for feedback again
    again = records.reopen(li, n, reason="客户说少了一箱", now=now)
    assert again.status == "处理中" and again.reopen_count == 1 and again.satisfaction is None
    with pytest.raises(ValidationError, match="回访"):
        records.close(li, n, now=now)


def test_after_sales_entries_are_in_the_after_sales_category(people, card):
    r = _open(people, card, kind="退换", title="尺寸不对", item="办公椅 x2", return_reason="尺寸偏小")
    assert Event.get(Event.title.startswith(r.number)).category == "售后服务"
    with pytest.raises(ValidationError, match="只有投诉"):
        records.judge(people["li"], r.number, verdict="justified", reason="x")


def test_refused_transitions(people, card):
    li = people["li"]
    r = _open(people, card)
    with pytest.raises(ValidationError, match="先判断"):
        records.step(li, r.number, status="已解决", note="x", now=T(2026, 3, 2, 11))
    with pytest.raises(ValidationError, match="解决后才能回访"):
        records.feedback(li, r.number, told="x", satisfaction=5, now=T(2026, 3, 2, 11))
    with pytest.raises(ValidationError, match="尚未解决"):
        records.reopen(li, r.number, reason="x", now=T(2026, 3, 2, 11))
    with pytest.raises(ValidationError, match="1–5"):
        records.judge(li, r.number, verdict="unjustified", reason="客户误会", now=T(2026, 3, 2, 11))
        records.step(li, r.number, status="已解决", note="已解释", now=T(2026, 3, 2, 11))
        records.feedback(li, r.number, told="已解释", satisfaction=7, now=T(2026, 3, 2, 11))
    with pytest.raises(ValidationError, match="早于上一步"):
        records.reopen(li, r.number, reason="x", at=T(2026, 3, 1, 9), now=T(2026, 3, 2, 11))


def test_a_failing_page2_entry_leaves_no_step(people, card, monkeypatch):
    r = _open(people, card)
    before = (ServiceStep.select().count(), Event.select().count(), ServiceRecord.get().status)

    def broken(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(records.events, "add_event", broken)
    with pytest.raises(RuntimeError):
        records.step(people["li"], r.number, status="处理中", note="x", now=T(2026, 3, 2, 11))
    assert (ServiceStep.select().count(), Event.select().count(), ServiceRecord.get().status) == before


def test_staff_open_a_record_see_their_own_not_the_card(people, card):
    sales = people["sales"]
    r = records.open_record(sales, card.code, kind="安装", title="客户要求上门安装", received_at=T(2026, 3, 2, 10),
                            now=T(2026, 3, 2, 10))
    assert r.assignee_username == "li"           # the custodian
    assert Event.get(Event.title.startswith(r.number)).is_report   # a report: sales may not edit the card
    assert records.get_record(sales, r.number).number == r.number
    assert [x.number for x in list_records(sales)] == [r.number]
    with pytest.raises(PermissionDenied):
        customers.get_card(sales, card.code)
    with pytest.raises(PermissionDenied):
        records.step(sales, r.number, status="处理中", note="x")
    # another agent neither sees nor handles it
    with pytest.raises(PermissionDenied):
        records.get_record(people["zhao"], r.number)
    assert list_records(people["zhao"]) == []
    with pytest.raises(ValidationError, match="不能处理"):
        records.assign(people["li"], r.number, "zhao")
    assert records.assign(people["boss"], r.number, "boss").assignee_username == "boss"


def test_handover_moves_open_records_to_the_receiver(people, card):
    from models.handover import service as handover

    open_one = _open(people, card)
    closed = _open(people, card, kind="咨询", title="问价")
    li = people["li"]
    records.step(li, closed.number, status="已解决", note="已答复", now=T(2026, 3, 2, 11))
    records.feedback(li, closed.number, told="已答复", satisfaction=5, now=T(2026, 3, 2, 11))
    records.close(li, closed.number, now=T(2026, 3, 2, 11))
    boss = people["boss"]
    hid = handover.start_handover(boss, "li")
    the_plan = handover.plan(boss, hid, ["zhao"])
    handover.execute(boss, hid, the_plan)
    assert records.get_record(boss, open_one.number).assignee_username == "zhao"
    assert records.get_record(boss, closed.number).assignee_username == "li"
    assert records.get_record(boss, open_one.number).steps[-1].note.startswith("离职交接")


# ---- the working calendar ------------------------------------------------------------------

def test_received_the_day_before_national_day_2025(people, card):
    # Tue 2025-09-30 17:00; 10-01..10-08 off; Sat 10-11 is a 调休 working day
    r = _open(people, card, received_at=T(2025, 9, 30, 17), now=T(2025, 9, 30, 17))
    assert r.respond_by == T(2025, 10, 9, 17)     # 1 h on 09-30 + 8 h on 10-09
    assert r.resolve_by == T(2025, 10, 11, 17)    # 27 h: … and 8 h on the make-up Saturday


def test_friday_evening_before_a_makeup_weekend_day(people, card):
    # Fri 2025-09-26 20:00 (outside hours); Sun 09-28 is a 调休 working day
    r = _open(people, card, severity="重大", received_at=T(2025, 9, 26, 20), now=T(2025, 9, 26, 20))
    assert r.respond_by == T(2025, 9, 28, 13)     # 4 working hours from Sunday 09:00
    assert r.resolve_by == T(2025, 10, 10, 18)    # 5 days: 09-28, 29, 30, 10-09, 10-10


def test_waiting_for_the_customer_across_a_weekend_stops_the_clock(people, card):
    li = people["li"]
    # 紧急: resolve within 1 working day (9 h). Mon 2026-03-02 09:00 received.
    r = _open(people, card, kind="维修", severity="紧急", received_at=T(2026, 3, 2, 9), now=T(2026, 3, 2, 9))
    assert r.resolve_by == T(2026, 3, 2, 18)
    records.step(li, r.number, status="处理中", note="已派工程师", at=T(2026, 3, 2, 10), now=T(2026, 3, 6, 17))
    # Fri 2026-03-06? No: wait from Mon 15:00 (6 h used, 3 left) to the next Monday 11:00
    records.step(li, r.number, status="待客户", note="客户出差", at=T(2026, 3, 2, 15), now=T(2026, 3, 9, 11))
    waiting = records.get_record(li, r.number, now=T(2026, 3, 9, 10))
    assert waiting.paused and not waiting.overdue
    back = records.step(li, r.number, status="处理中", note="客户回来了", at=T(2026, 3, 9, 11),
                        now=T(2026, 3, 9, 11))
    assert back.resolve_by == T(2026, 3, 9, 14)   # the 3 h left, counted from Monday 11:00
    late = records.step(li, r.number, status="已解决", note="已修好", at=T(2026, 3, 9, 15), now=T(2026, 3, 9, 15))
    assert late.missed_resolution
    again = records.reopen(li, r.number, reason="又坏了", now=T(2026, 3, 9, 16))
    assert again.missed_resolution                # the mark stays after reopening


def test_overdue_open_record_is_flagged_and_listed(people, card):
    r = _open(people, card, received_at=T(2026, 3, 2, 10), now=T(2026, 3, 2, 10))
    assert [x.number for x in list_records(people["boss"], overdue_only=True, now=T(2026, 3, 4, 10))] == [r.number]
    assert list_records(people["boss"], overdue_only=True, now=T(2026, 3, 2, 12)) == []
    from models.desk import today

    page = today.today_page(people["boss"], today=dt.date(2026, 3, 4))
    assert any(i.kind == "service" and r.number in i.text and "已逾期" in i.text for i in page.items)
    page = today.today_page(people["li"], today=dt.date(2026, 3, 3))   # 1 working hour left
    assert any(i.kind == "service" and "响应期限" in i.text for i in page.items)
    assert not [i for i in today.today_page(people["zhao"], today=dt.date(2026, 3, 4)).items if i.kind == "service"]


def test_manager_sets_limits(people, card):
    from models.service import settings

    with pytest.raises(PermissionDenied):
        settings.set_limit(people["li"], "一般", "respond", 2, "h")
    settings.set_limit(people["boss"], "一般", "respond", 2, "h")
    r = _open(people, card, received_at=T(2026, 3, 2, 10), now=T(2026, 3, 2, 10))
    assert r.respond_by == T(2026, 3, 2, 12)


def test_a_resolved_records_deadline_stays_where_it_stood_when_resolved(people, card):
    li = people["li"]
    # 一般, Mon 2026-03-02 10:00: resolve by Thu 03-05 10:00; resolved at 15:00, looked at a month later
    r = _open(people, card, kind="维修", received_at=T(2026, 3, 2, 10), now=T(2026, 3, 2, 10))
    assert r.resolve_by == T(2026, 3, 5, 10)
    records.step(li, r.number, status="已解决", note="已修好", at=T(2026, 3, 2, 15), now=T(2026, 3, 2, 15))
    later = records.get_record(li, r.number, now=T(2026, 4, 7, 10))
    assert later.resolve_by == T(2026, 3, 5, 10) and not later.missed
    (listed,) = list_records(li, now=T(2026, 4, 7, 10))
    assert listed.resolve_by == T(2026, 3, 5, 10)
    # reopened a month later: the month it stood resolved is not held against the handler
    back = records.reopen(li, r.number, reason="又坏了", at=T(2026, 4, 7, 10), now=T(2026, 4, 7, 10))
    assert back.resolve_by == T(2026, 4, 9, 14)   # the 22 h left of 27, from Tue 04-07 10:00


def test_every_audit_action_of_the_service_has_a_chinese_label():
    # the audit viewer and its workbook show the label; an unlabelled action shows its code
    import re
    from pathlib import Path

    from models.foundation.vocabulary import AUDIT_ACTION_LABELS

    source = "".join(p.read_text(encoding="utf-8") for p in Path("models/service").glob("*.py"))
    actions = set(re.findall(r'"(service_[a-z_]+)"', source))
    assert len(actions) >= 10 and actions <= set(AUDIT_ACTION_LABELS), actions - set(AUDIT_ACTION_LABELS)
