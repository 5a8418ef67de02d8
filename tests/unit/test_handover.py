"""Service tests of the departure handover (离职交接), on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from models.archive import customers, events
from models.foundation.errors import ArchiveError, LoginFailed, PermissionDenied, ValidationError
from models.foundation.schema import AccessRequest, Customer, Event, FollowUp, Grant, Staff, utcnow
from models.handover import printing
from models.handover import service as handover
from models.rules import access, audit, auth
from tests.conftest import PASSWORD, make_user


def _give(boss, owner, n, cls="B"):
    return [customers.create_customer(boss, {"name": f"{owner.username}客户{i}", "cls": cls},
                                      owner=owner.username) for i in range(n)]


def _grant(customer_id, grantee, granted_by, days=7):
    return Grant.create(customer=customer_id, grantee=grantee.id, scopes="view,edit",
                        granted_by=granted_by.id, expires_at=utcnow() + dt.timedelta(days=days))


@pytest.fixture
def team(people):
    boss, _li = people["boss"], people["li"]
    people["wu"] = make_user(boss, "wu", "agent", display_name="吴客服")
    return people


def test_start_freezes_leaver_cancels_requests_and_revokes_held_grants(team):
    boss, li, zhao, sales = team["boss"], team["li"], team["zhao"], team["sales"]
    cards = _give(boss, li, 2)
    other = _give(boss, zhao, 1)[0]
    held = _grant(other.id, li, boss)
    given_by_li = _grant(cards[0].id, sales, li)
    AccessRequest.create(customer=other.id, requester=li.id, reason="查资料", scopes="view")
    assert access.can(li, access.VIEW, other.id)

    hid = handover.start_handover(boss, "li", notes="调往外地")

    assert Staff.get(Staff.username == "li").status == "frozen"
    req = AccessRequest.get()
    assert (req.status, req.decision_reason) == ("cancelled", "离职交接")
    assert Grant.get_by_id(held.id).revoked_at is not None
    assert Grant.get_by_id(given_by_li.id).revoked_at is None  # given for the department; listed
    # the running session is stopped at its next action; no new login either
    with pytest.raises(LoginFailed):
        customers.list_customers(li)
    with pytest.raises(LoginFailed, match="冻结"):
        auth.login("li", PASSWORD)
    inv = handover.inventory(boss, hid)
    assert [c.code for c in inv.customers] == sorted(c.code for c in cards)
    assert [g.customer_code for g in inv.grants_given] == [cards[0].code]
    assert [g.customer_code for g in inv.grants_held] == [other.code]
    last = audit.verify()
    assert last.ok


def test_only_a_manager_runs_handovers_and_nobody_hands_over_themselves(team, tmp_path):
    boss, li, it = team["boss"], team["li"], team["it"]
    with pytest.raises(PermissionDenied):
        handover.start_handover(li, "zhao")
    with pytest.raises(ValidationError, match="自己"):
        handover.start_handover(boss, "boss")
    # the admin capability alone runs no step: a handover shows and moves customer files
    with pytest.raises(PermissionDenied):
        handover.start_handover(it, "zhao")
    assert Staff.get(Staff.username == "zhao").status == "active"
    hid = handover.start_handover(boss, "zhao")
    for step in (lambda: handover.inventory(it, hid), lambda: handover.list_handovers(it),
                 lambda: handover.get_handover(it, hid), lambda: handover.staff_choices(it),
                 lambda: handover.open_handover_of(it, "zhao"),
                 lambda: handover.plan(it, hid, ["li"]),
                 lambda: handover.check_receivers(it, "zhao", ["li"]),
                 lambda: printing.print_record(it, hid, tmp_path / "x.pdf")):
        with pytest.raises(PermissionDenied):
            step()
    the_plan = handover.plan(boss, hid, ["li"])
    with pytest.raises(PermissionDenied):
        handover.execute(it, hid, the_plan)
    assert handover.get_handover(boss, hid).status == "open"
    with pytest.raises(ValidationError, match="未完成的交接"):
        handover.start_handover(boss, "zhao")
    assert handover.get_handover(boss, hid).manager.username == "boss"


def test_an_admin_does_not_confirm_on_behalf_of_an_inactive_receiver(team):
    boss, li, it = team["boss"], team["li"], team["it"]
    _give(boss, li, 1)
    hid = handover.start_handover(boss, "li")
    handover.execute(boss, hid, handover.plan(boss, hid, ["zhao"]))
    Staff.update(status="disabled").where(Staff.username == "zhao").execute()
    with pytest.raises(PermissionDenied):
        handover.confirm(it, hid)
    assert handover.confirm(boss, hid).status == "complete"   # a manager may, on behalf


def test_inventory_counts_contacts_projects_entries_and_open_follow_ups(team):
    from models.archive import contacts

    boss, li = team["boss"], team["li"]
    card = _give(boss, li, 1)[0]
    contacts.add_contact(boss, card.id, {"name": "张总"})
    contacts.add_contact(boss, card.id, {"name": "王经理"})
    contacts.add_project(boss, card.id, {"name": "年度采购", "status": "进行中"})
    events.add_event(boss, card.id, {"event_date": "2024-05-01", "category": "回访", "title": "季度回访"})
    FollowUp.create(customer=card.id, assignee=li.id, title="月底回访")
    FollowUp.create(customer=card.id, assignee=li.id, title="已办完", done_at=utcnow())
    hid = handover.start_handover(boss, "li")
    inv = handover.inventory(boss, hid)
    (c,) = inv.customers
    assert (c.contacts, c.projects, c.events) == (2, 1, 1)
    assert [f.title for f in inv.follow_ups] == ["月底回访"]


def test_even_split_balances_current_load_and_overrides_win(team):
    boss, li, zhao, _wu = team["boss"], team["li"], team["zhao"], team["wu"]
    _give(boss, zhao, 4)          # zhao already carries 4 active customers
    cards = _give(boss, li, 10)
    hid = handover.start_handover(boss, "li")
    p = handover.plan(boss, hid, ["zhao", "wu"], "even")
    got = {r.username: (r.current, r.assigned) for r in p.receivers}
    assert got == {"zhao": (4, 3), "wu": (0, 7)}   # both end with 7
    forced = cards[0].code
    p2 = handover.plan(boss, hid, ["zhao", "wu"], "even", overrides={forced: "boss"})
    line = next(x for x in p2.lines if x.code == forced)
    assert (line.receiver, line.overridden) == ("boss", True)
    assert sum(r.assigned for r in p2.receivers) == 10
    single = handover.plan(boss, hid, ["wu"], "single")
    assert {x.receiver for x in single.lines} == {"wu"}
    # the preview changed nothing
    assert Customer.select().where(Customer.owner == li.id).count() == 10


def test_plan_refuses_bad_receivers(team):
    boss, li, _sales = team["boss"], team["li"], team["sales"]
    _give(boss, li, 2)
    hid = handover.start_handover(boss, "li")
    with pytest.raises(ValidationError, match="不能作为接收人"):
        handover.plan(boss, hid, ["li"])
    with pytest.raises(ValidationError, match="在职的客服专员或客服主管"):
        handover.plan(boss, hid, ["sales"])
    with pytest.raises(ValidationError, match="只能选择一位"):
        handover.plan(boss, hid, ["zhao", "wu"], "single")
    with pytest.raises(ValidationError, match="至少选择一位"):
        handover.plan(boss, hid, [])
    with pytest.raises(ValidationError, match="不在离职人员名下"):
        handover.plan(boss, hid, ["zhao"], overrides={"KH999999": "zhao"})


def test_execute_moves_custody_history_and_follow_ups_then_receivers_confirm(team):
    boss, li, zhao, wu = team["boss"], team["li"], team["zhao"], team["wu"]
    cards = _give(boss, li, 5)
    events.add_event(li, cards[0].id, {"event_date": "2024-01-02", "category": "合作契机", "title": "新订单"})
    FollowUp.create(customer=cards[0].id, assignee=li.id, title="寄样品")
    hid = handover.start_handover(boss, "li")
    p = handover.plan(boss, hid, ["zhao", "wu"])
    summary = handover.execute(boss, hid, p)
    assert summary.moved == 5 and sum(summary.per_receiver.values()) == 5
    assert summary.follow_ups_moved == 1
    owners = {c.code: c.owner.username for c in Customer.select()}
    planned = {x.code: x.receiver for x in p.lines}
    assert owners == planned
    first = customers.get_card(boss, cards[0].id)
    assert first.version == cards[0].version + 1
    titles = [e.title for e in first.events]
    assert "新订单" in titles
    assert f"离职交接：由 李客服 移交给 {first.custodian.display_name}" in titles
    assert FollowUp.get().assignee_id == first.custodian.id
    # the new custodian now reads the card; the leaver reads nothing
    receiver = zhao if first.custodian.username == "zhao" else wu
    assert customers.get_card(receiver, first.code).code == first.code
    assert Staff.get(Staff.username == "li").status == "frozen"

    # receivers confirm: zhao first, only part of theirs
    zhao_codes = [x.code for x in p.lines if x.receiver == "zhao"]
    pending = handover.my_pending_confirmations(zhao)
    assert [i.code for i in pending[0].items] == sorted(zhao_codes)
    with pytest.raises(ValidationError, match="不是交接给您的"):
        handover.confirm(zhao, hid, [x.code for x in p.lines if x.receiver == "wu"][:1])
    info = handover.confirm(zhao, hid, zhao_codes[:1])
    assert info.status == "executed"
    by = {r.username: (r.total, r.confirmed) for r in info.receivers}
    assert by["zhao"] == (len(zhao_codes), 1)
    handover.confirm(zhao, hid)
    with pytest.raises(PermissionDenied):
        handover.confirm(team["sales"], hid)
    info = handover.confirm(wu, hid)
    assert info.status == "complete" and info.completed_at is not None
    assert Staff.get(Staff.username == "li").status == "departed"
    assert handover.my_pending_confirmations(wu) == []
    assert [h.status for h in handover.list_handovers(boss)] == ["complete"]
    assert handover.list_handovers(boss, open_only=True) == []
    actions = [e.action for e in audit.AuditEntry.select().order_by(audit.AuditEntry.id)]
    assert actions.count("handover_execute") == 5
    assert actions.count("handover_confirm") == 3
    assert actions[-1] == "handover_complete"
    assert audit.verify().ok


def test_a_stale_plan_is_refused_and_nothing_changes(team):
    boss, li = team["boss"], team["li"]
    cards = _give(boss, li, 3)
    hid = handover.start_handover(boss, "li")
    p = handover.plan(boss, hid, ["zhao"])
    customers.update_customer(boss, cards[0].id, cards[0].version, {}, owner="wu")
    with pytest.raises(ValidationError, match="重新生成"):
        handover.execute(boss, hid, p)
    assert Customer.select().where(Customer.owner == li.id).count() == 2
    assert Event.select().count() == 0


def test_staff_leaver_without_custody_completes_at_once(team):
    boss, sales, zhao = team["boss"], team["sales"], team["zhao"]
    card = _give(boss, zhao, 1)[0]
    _grant(card.id, sales, boss)
    hid = handover.start_handover(boss, "sales")
    assert not access.can(sales, access.VIEW, card.id)
    p = handover.plan(boss, hid, [])
    assert p.lines == ()
    summary = handover.execute(boss, hid, p)
    assert summary.status == "complete"
    assert Staff.get(Staff.username == "sales").status == "departed"
    assert Staff.get_or_none(Staff.username == "sales") is not None  # never deleted
    assert audit.verify().ok


def test_no_departure_while_customers_remain(team):
    boss, li = team["boss"], team["li"]
    _give(boss, li, 1)
    with pytest.raises(ArchiveError, match="仍负责 1 位客户"):
        handover.check_can_depart(li.id)


def test_manager_confirms_for_a_receiver_who_left_meanwhile(team):
    boss, li, zhao = team["boss"], team["li"], team["zhao"]
    _give(boss, li, 2)
    hid = handover.start_handover(boss, "li")
    handover.execute(boss, hid, handover.plan(boss, hid, ["zhao"], "single"))
    with pytest.raises(PermissionDenied):  # zhao is active: only zhao may confirm
        handover.confirm(boss, hid)
    Staff.update(status="disabled").where(Staff.id == zhao.id).execute()
    info = handover.confirm(boss, hid)
    assert info.status == "complete"
    assert {i.confirmed_by for i in info.items} == {"王主管"}


def test_a_cancelled_execute_changes_nothing_and_can_run_again(team):
    boss, li = team["boss"], team["li"]
    _give(boss, li, 3)
    hid = handover.start_handover(boss, "li")
    p = handover.plan(boss, hid, ["zhao"])
    with pytest.raises(ArchiveError, match="已取消"):
        handover.execute(boss, hid, p, is_cancelled=lambda: True)
    assert Customer.select().where(Customer.owner == li.id).count() == 3
    assert handover.get_handover(boss, hid).status == "open"
    done = []
    summary = handover.execute(boss, hid, p, progress=lambda d, t: done.append((d, t)))
    assert summary.moved == 3 and done[-1] == (3, 3)
    with pytest.raises(ValidationError, match="已经执行过"):
        handover.execute(boss, hid, p)


def test_start_preview_counts_what_starting_will_end_and_changes_nothing(team):
    boss, li, zhao = team["boss"], team["li"], team["zhao"]
    _give(boss, li, 3)
    other = _give(boss, zhao, 2)
    _grant(other[0].id, li, boss)
    _grant(other[1].id, li, boss, days=-1)          # expired: nothing left to end
    AccessRequest.create(customer=other[1].id, requester=li.id, reason="查资料", scopes="view")

    preview = handover.start_preview(boss, "li")

    assert (preview.leaver_name, preview.customers, preview.grants_held, preview.requests_pending,
            preview.open_handover) == ("李客服", 3, 1, 1, None)
    assert Staff.get(Staff.username == "li").status == "active"
    with pytest.raises(PermissionDenied):
        handover.start_preview(zhao, "li")
    hid = handover.start_handover(boss, "li")
    assert handover.start_preview(boss, "li").open_handover == hid   # continuing asks nothing
