"""Staff departure handover (离职交接): start → inventory → plan → execute → confirm.

Decisions (the issue left these to us):
- Who runs it: a manager (客服主管), at every step (access.HANDOVER); the admin capability
  alone runs none, as every step shows or moves customer files. Nobody hands over themselves.
- Start freezes the leaver, cancels their pending requests and revokes the grants they
  hold. Grants the leaver *gave* stay valid (given for the department) but are listed in
  the inventory so the manager can revoke any by hand.
- Archived customers in the leaver's custody are handed over too: no card keeps a departed
  custodian. "even" balances each receiver's current count of active customers; customers are
  dealt A first, then B, then C, so every class is spread as well.
- Execute moves custody, moves the leaver's open follow-ups to each card's new custodian,
  adds a page-2 entry per card and one audit entry per card, all in one transaction.
- Confirm: each receiver confirms their own customers. A manager may confirm on behalf of a
  receiver only when that receiver's account is no longer active (else the handover could
  never complete); that is recorded (confirmed_by, audit "on_behalf_of").
- The leaver becomes "departed" only when every item is confirmed and they own no customer.
"""
from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Sequence
from typing import Any

import peewee as pw

from models.foundation import safety_copy
from models.foundation.bulk import insert_rows
from models.foundation.changes import Changes, Kind, card_changes, record_changes
from models.foundation.db import is_postgres, write_transaction
from models.foundation.errors import (
    ArchiveError,
    ConflictError,
    FieldProblem,
    PermissionDenied,
    ValidationError,
)
from models.foundation.schema import (
    AccessRequest,
    Customer,
    Event,
    FollowUp,
    Grant,
    Handover,
    HandoverItem,
    Staff,
    utcnow,
)
from models.handover.dto import (
    ExecuteSummary,
    HandoverInfo,
    HandoverPlan,
    PlanLine,
    ReceiverLoad,
    handover_number,
)
from models.handover.printing import print_record
from models.handover.queries import (
    OPEN_STATUSES,
    _custody,
    _handover,
    _info,
    _require_runner,
    _staff,
    get_handover,
    inventory,
    list_handovers,
    my_pending_confirmations,
    open_handover_of,
    staff_choices,
    start_preview,
)
from models.rules import access, audit
from models.rules.access import Actor
from models.service.handover_moves import move_open_assignments

__all__ = ["start_handover", "inventory", "plan", "execute", "confirm", "list_handovers",
           "get_handover", "my_pending_confirmations", "print_record", "check_can_depart",
           "check_receivers", "open_handover_of", "staff_choices", "handover_number", "start_preview"]

_BATCH = 500


# ---- helpers -----------------------------------------------------------------------------

def _receiver(username: str, leaver: Staff) -> Staff:
    s = _staff(username, "接收人")
    if s.id == leaver.id:
        raise ValidationError([FieldProblem("receivers", f"离职人员 {s.display_name} 不能作为接收人", username)])
    if s.status != "active" or not access.may_hold_custody(s):
        raise ValidationError([FieldProblem(
            "receivers", f"{s.display_name}（{s.username}）不能接收客户：须为在职的客服专员或客服主管", username)])
    return s


def _check_split(split: str, receivers: list[str]) -> None:
    if split not in ("even", "single"):
        raise ValidationError([FieldProblem("split", "分配方式须为 even（平均分配）或 single（全部给一人）", split)])
    if split == "single" and len({r.strip() for r in receivers if r and r.strip()}) > 1:
        raise ValidationError([FieldProblem("receivers", "“全部给一人”只能选择一位接收人")])


def check_can_depart(staff_id: int) -> None:
    """An account may not become departed while it still holds any customer (any path)."""
    left = Customer.select().where(Customer.owner == staff_id).count()
    if left:
        raise ArchiveError(f"该账号仍负责 {left} 位客户，须先完成交接，才能标记为离职")


def _mark_departed(actor: Actor, h: Handover) -> None:
    """Inside the caller's transaction: handover complete, leaver departed, audited."""
    check_can_depart(h.leaver_id)
    now = utcnow()
    Staff.update(status="departed", version=Staff.version + 1).where(Staff.id == h.leaver_id).execute()
    Handover.update(status="complete", completed_at=now).where(Handover.id == h.id).execute()
    leaver = Staff.get_by_id(h.leaver_id)
    audit.record(actor, "handover_complete", target_type="handover", target_id=h.id,
                 target_label=handover_number(h.id),
                 details={"leaver": leaver.username, "status": "departed"})
    record_changes(Changes.of(Kind.HANDOVERS, Kind.STAFF))


# ---- 1. start ---------------------------------------------------------------------------

def start_handover(actor: Actor, leaver_username: str, notes: str = "") -> int:
    """Freeze the leaver, end their pending requests and held grants; open a handover."""
    actor = _require_runner(actor, leaver_username)
    leaver = _staff(leaver_username, "离职人员")
    if leaver.id == actor.id:
        raise ValidationError([FieldProblem("leaver", "不能为自己发起离职交接，请由另一位客服主管办理", leaver_username)])
    if leaver.status == "departed":
        raise ValidationError([FieldProblem("leaver", f"{leaver.display_name} 已经离职", leaver_username)])
    running = (Handover.select(Handover.id)
               .where((Handover.leaver == leaver.id) & Handover.status.in_(OPEN_STATUSES)).first())
    if running is not None:
        raise ValidationError([FieldProblem(
            "leaver", f"{leaver.display_name} 已有未完成的交接（{handover_number(running.id)}）", leaver_username)])
    now = utcnow()
    with write_transaction():
        previous = leaver.status
        frozen = (Staff.update(status="frozen", version=Staff.version + 1)
                  .where((Staff.id == leaver.id) & (Staff.version == leaver.version)).execute())
        if frozen != 1:  # someone else started a handover or changed the account meanwhile
            raise ConflictError("账号", leaver.username)
        cancelled = (AccessRequest.update(status="cancelled", decided_by=actor.id, decided_at=now,
                                          decision_reason="离职交接")
                     .where((AccessRequest.requester == leaver.id)
                            & (AccessRequest.status == "pending")).execute())
        revoked = (Grant.update(revoked_at=now, revoked_by=actor.id)
                   .where((Grant.grantee == leaver.id) & Grant.revoked_at.is_null()).execute())
        h = Handover.create(leaver=leaver.id, manager=actor.id, status="open", created_at=now,
                            notes=(notes or "").strip()[:4000])
        audit.record(actor, "handover_start", target_type="staff", target_id=leaver.id,
                     target_label=leaver.username,
                     details={"handover": handover_number(h.id), "previous_status": previous,
                              "requests_cancelled": cancelled, "grants_revoked": revoked,
                              "customers": _custody(leaver.id).count()})
        record_changes(Changes.of(Kind.HANDOVERS, Kind.STAFF, Kind.REQUESTS, Kind.GRANTS))
    return h.id


# ---- 3. plan (preview; nothing changes) --------------------------------------------------

def _active_load(staff_ids: list[int]) -> dict[int, int]:
    q = (Customer.select(Customer.owner, pw.fn.COUNT(Customer.id))
         .where(Customer.owner.in_(staff_ids) & (Customer.status == "active"))
         .group_by(Customer.owner).tuples())
    loads = dict(q)
    return {i: loads.get(i, 0) for i in staff_ids}


def plan(actor: Actor, handover_id: int, receivers: list[str], split: str = "even",
         overrides: dict[str, str] | None = None) -> HandoverPlan:
    """Who gets which customer. 'single': all to one receiver; 'even': each customer goes to
    the receiver with the smallest load so far (current active custody + already dealt)."""
    actor = _require_runner(actor)
    h = _handover(handover_id)
    if h.status != "open":
        raise ValidationError([FieldProblem("status", "该交接已执行，不能再调整分配")])
    leaver = Staff.get_by_id(h.leaver_id)
    _check_split(split, receivers)
    names = [r.strip() for r in receivers if r and r.strip()]
    names = list(dict.fromkeys(names))
    staff = [_receiver(n, leaver) for n in names]
    rows = list(Customer.select(Customer.id, Customer.code, Customer.name, Customer.classification,
                                Customer.status)
                .where(Customer.owner == leaver.id)
                .order_by(Customer.classification, Customer.code))
    if rows and not staff:
        raise ValidationError([FieldProblem("receivers", "请至少选择一位接收人")])
    overrides = {k.strip().upper(): v.strip() for k, v in (overrides or {}).items() if v and v.strip()}
    codes = {c.code for c in rows}
    unknown = sorted(set(overrides) - codes)
    if unknown:
        raise ValidationError([FieldProblem("overrides", "以下客户不在离职人员名下：" + "、".join(unknown))])
    extra = {n: _receiver(n, leaver) for n in set(overrides.values()) if n not in names}
    by_name = {s.username: s for s in staff} | extra
    loads = _active_load([s.id for s in by_name.values()])
    start_load = dict(loads)
    lines: list[PlanLine] = []
    rest = []
    for c in rows:
        if c.code in overrides:
            s = by_name[overrides[c.code]]
            loads[s.id] += 1
            lines.append(PlanLine(c.id, c.code, c.name, c.classification, c.status, s.username,
                                  s.display_name, True))
        else:
            rest.append(c)
    heap = [(loads[s.id], i, s.id) for i, s in enumerate(staff)]
    heapq.heapify(heap)
    by_id = {s.id: s for s in staff}
    for c in rest:
        load, i, sid = heapq.heappop(heap)
        s = by_id[sid]
        lines.append(PlanLine(c.id, c.code, c.name, c.classification, c.status, s.username,
                              s.display_name, False))
        loads[sid] = load + 1
        heapq.heappush(heap, (load + 1, i, sid))
    lines.sort(key=lambda p: p.code)
    assigned: dict[str, int] = {}
    for p in lines:
        assigned[p.receiver] = assigned.get(p.receiver, 0) + 1
    receivers_out = tuple(ReceiverLoad(s.username, s.display_name, start_load[s.id],
                                       assigned.get(s.username, 0))
                          for s in by_name.values())
    return HandoverPlan(h.id, split, receivers_out, tuple(lines))


# ---- 4. execute (one transaction) ---------------------------------------------------------

def _handover_event(customer_id: int, code: str, leaver: Staff, receiver: Staff, actor: Actor,
                    number: str, dept: str, now: dt.datetime) -> dict[str, Any]:
    """The page-2 entry that records the handover on one card."""
    return dict(customer=customer_id, event_date=now.date(), category="其他",
                title=f"离职交接：由 {leaver.display_name} 移交给 {receiver.display_name}",
                content=(f"交接单 {number}：{leaver.display_name}（{leaver.username}）离职，"
                         f"本客户移交给 {receiver.display_name}（{receiver.username}）负责，"
                         f"监交人 {actor.display_name}。"),
                source_department=dept, recorded_by=actor.id, recorded_at=now, is_report=False,
                version=1)


def execute(actor: Actor, handover_id: int, the_plan: HandoverPlan, *,
            progress: Callable[[int, int], object] | None = None,
            is_cancelled: Callable[[], bool] | None = None) -> ExecuteSummary:
    """Move custody as planned. Everything happens in one transaction or not at all."""
    actor = _require_runner(actor)
    h = _handover(handover_id)
    if h.status != "open":
        raise ValidationError([FieldProblem("status", "该交接已经执行过了")])
    if the_plan.handover_id != h.id:
        raise ValidationError([FieldProblem("plan", "分配方案不属于这份交接单")])
    leaver = Staff.get_by_id(h.leaver_id)
    receivers = {u: _receiver(u, leaver) for u in {p.receiver for p in the_plan.lines}}
    number = handover_number(h.id)
    me = Staff.get_by_id(actor.id)
    dept = me.department.name if me.department is not None else ""
    total = len(the_plan.lines)
    started = dt.datetime.now()
    per_receiver: dict[str, int] = {}
    done = 0
    safety_copy.before_large_write(total, "handover")   # a checked copy first when > 100 cards move
    with write_transaction():
        now = utcnow()
        claimed = (Handover.update(status="executed", executed_at=now)
                   .where((Handover.id == h.id) & (Handover.status == "open")).execute())
        if claimed != 1:  # executed from another PC meanwhile
            raise ValidationError([FieldProblem("status", "该交接已经执行过了")])
        owned = {c.id for c in _custody(leaver.id)}
        planned = {p.customer_id for p in the_plan.lines}
        if owned != planned:
            raise ValidationError([FieldProblem(
                "plan", "离职人员名下的客户已有变化，请重新生成分配预览后再执行")])
        follow_ups = (FollowUp.update(assignee=(Customer.select(Customer.owner)
                                               .where(Customer.id == FollowUp.customer)))
                      .where((FollowUp.assignee == leaver.id) & FollowUp.done_at.is_null()))
        by_receiver: dict[str, list[Any]] = {}
        for p in the_plan.lines:
            by_receiver.setdefault(p.receiver, []).append(p)
        for username, lines in by_receiver.items():
            rec = receivers[username]
            for i in range(0, len(lines), _BATCH):
                if is_cancelled and is_cancelled():
                    raise ArchiveError("交接已取消，没有做任何改动")
                chunk = lines[i:i + _BATCH]
                ids = [p.customer_id for p in chunk]
                moved = (Customer.update(owner=rec.id, version=Customer.version + 1,
                                         updated_at=now, updated_by=actor.id)
                         .where(Customer.id.in_(ids) & (Customer.owner == leaver.id)).execute())
                if moved != len(ids):
                    raise ArchiveError("交接过程中客户归属发生变化，已全部撤销，请重新生成预览")
                events, audits, items = [], [], []
                for p in chunk:
                    events.append(_handover_event(p.customer_id, p.code, leaver, rec, actor,
                                                  number, dept, now))
                    audits.append(dict(target_type="customer", target_id=p.customer_id,
                                       target_label=p.code,
                                       details={"handover": number, "from": leaver.username,
                                                "to": rec.username,
                                                "changes": {"owner": [leaver.username, rec.username]}}))
                    items.append(dict(handover=h.id, customer=p.customer_id, receiver=rec.id))
                insert_rows(Event, events)   # executemany: insert_many spends its time building SQL
                insert_rows(HandoverItem, items)
                audit.record_many(actor, "handover_execute", audits)
                done += len(chunk)
                per_receiver[username] = per_receiver.get(username, 0) + len(chunk)
                if progress:
                    progress(done, total)
        moved_follow_ups = follow_ups.execute()
        moved_records = move_open_assignments(actor.id, leaver, number)
        if moved_records:
            audit.record(actor, "service_assign", target_type="handover", target_id=h.id,
                         target_label=number, details={"service_records": moved_records,
                                                       "from": leaver.username})
        record_changes(card_changes(*(p.customer_id for p in the_plan.lines),
                                    also=[Kind.EVENTS, Kind.HANDOVERS]))
        if not the_plan.lines:
            audit.record(actor, "handover_execute", target_type="handover", target_id=h.id,
                         target_label=number, details={"customers": 0, "from": leaver.username})
            _mark_departed(actor, Handover.get_by_id(h.id))
    status = Handover.get_by_id(h.id).status
    if done > 1000:
        from models.foundation.db import refresh_statistics

        refresh_statistics(tables=("customer",))   # custody moved in bulk: the owner indexes' statistics
    elapsed = (dt.datetime.now() - started).total_seconds()
    return ExecuteSummary(h.id, number, done, per_receiver, moved_follow_ups, status, elapsed)


# ---- 5. confirm -------------------------------------------------------------------------

def confirm(actor: Actor, handover_id: int, customer_codes: list[str] | None = None) -> HandoverInfo:
    """A receiver confirms the customers handed to them (all, or the listed codes)."""
    actor = access.refresh(actor)
    h = _handover(handover_id)
    number = handover_number(h.id)
    if h.status != "executed":
        raise ValidationError([FieldProblem("status", "该交接尚未执行" if h.status == "open" else "该交接已经全部确认完成")])
    runner = access.can(actor, access.HANDOVER)   # a manager confirms on behalf of inactive receivers
    inactive = [s.id for s in Staff.select(Staff.id).where(Staff.status != "active")]
    mine = HandoverItem.receiver == actor.id
    if runner and inactive:
        mine = mine | HandoverItem.receiver.in_(inactive)
    q = (HandoverItem.select(HandoverItem, Customer.code)
         .join(Customer, on=(HandoverItem.customer == Customer.id))
         .where((HandoverItem.handover == h.id) & mine))
    items = list(q)
    if not items:
        audit.record(actor, "access_denied", target_type="handover", target_id=h.id,
                     target_label=number, outcome="denied", details={"action": "handover_confirm"})
        raise PermissionDenied("接收确认", number)
    if customer_codes:
        wanted = {c.strip().upper() for c in customer_codes if c and c.strip()}
        known = {i.customer.code for i in items}
        stray = sorted(wanted - known)
        if stray:
            raise ValidationError([FieldProblem("customers", "以下客户不是交接给您的：" + "、".join(stray))])
        items = [i for i in items if i.customer.code in wanted]
    todo = [i for i in items if i.confirmed_at is None]
    if not todo:
        raise ValidationError([FieldProblem("customers", "没有待确认的客户（已全部确认）")])
    now = utcnow()
    with write_transaction():
        if is_postgres():  # receivers confirming at the same time: the last one completes it
            Handover.select(Handover.id).where(Handover.id == h.id).for_update().execute()
        ids = [i.id for i in todo]
        for k in range(0, len(ids), _BATCH):
            (HandoverItem.update(confirmed_at=now, confirmed_by=actor.id)
             .where(HandoverItem.id.in_(ids[k:k + _BATCH]) & HandoverItem.confirmed_at.is_null())
             .execute())
        on_behalf = sorted({i.receiver_id for i in todo if i.receiver_id != actor.id})
        details = {"count": len(todo), "customers": sorted(i.customer.code for i in todo)}
        if on_behalf:
            details["on_behalf_of"] = [Staff.get_by_id(s).username for s in on_behalf]
        audit.record(actor, "handover_confirm", target_type="handover", target_id=h.id,
                     target_label=number, details=details)
        record_changes(Changes.of(Kind.HANDOVERS))
        left = (HandoverItem.select().where((HandoverItem.handover == h.id)
                                            & HandoverItem.confirmed_at.is_null()).count())
        if left == 0:
            _mark_departed(actor, h)
    return _info(h.id)


def check_receivers(actor: Actor, leaver_username: str, receivers: list[str],
                    split: str = "even", extra: Sequence[str] = ()) -> None:
    """Refuse unusable receivers or split before anything is started (the CLI's one-go path)."""
    _require_runner(actor)
    leaver = _staff(leaver_username, "离职人员")
    _check_split(split, receivers)
    for name in [*receivers, *extra]:
        _receiver(name, leaver)
    if not receivers and Customer.select().where(Customer.owner == leaver.id).exists():
        raise ValidationError([FieldProblem("receivers", "请至少选择一位接收人")])
