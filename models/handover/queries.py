"""Reading side of the departure handover: inventory, lists, one handover, pending confirmations.

Also the shared helpers (who may run handovers, loading rows). The writing steps are in
models/handover.py, which re-exports everything here.
"""
from __future__ import annotations

from typing import Any

import peewee as pw

from models.accounts.staff import to_info
from models.foundation.dto import StaffInfo
from models.foundation.errors import NotFound
from models.foundation.schema import (
    AccessRequest,
    Contact,
    Customer,
    Event,
    FollowUp,
    Grant,
    Handover,
    HandoverItem,
    Project,
    Staff,
    utcnow,
)
from models.handover.dto import (
    FollowUpLine,
    GrantLine,
    HandoverInfo,
    HandoverItemInfo,
    HandoverSummary,
    Inventory,
    InventoryCustomer,
    PendingConfirmation,
    ReceiverStatus,
    StartPreview,
    handover_number,
)
from models.rules import access
from models.rules.access import Actor

OPEN_STATUSES = ("open", "executed")


# ---- permission and loading helpers ------------------------------------------------------

def _require_runner(actor: Actor, label: str = "") -> Actor:
    """Only a manager runs handovers (every step shows or moves customer files, which the
    admin capability alone never reaches); anyone else is refused (audited)."""
    return access.require(actor, access.HANDOVER, label=label or "离职交接")


def _handover(handover_id: int) -> Handover:
    h = Handover.get_or_none(Handover.id == handover_id)
    if h is None:
        raise NotFound("交接单", str(handover_id))
    return h


def _staff(username: str, what: str = "账号") -> Staff:
    s = Staff.get_or_none(Staff.username == (username or "").strip())
    if s is None:
        raise NotFound(what, username)
    return s


def _custody(leaver_id: int) -> pw.ModelSelect[Customer]:
    return Customer.select(Customer.id).where(Customer.owner == leaver_id)


def _counts(model: type[Contact | Project | Event | FollowUp],
            customer_ids_query: pw.ModelSelect[Any]) -> dict[int, int]:
    q = (model.select(model.customer, pw.fn.COUNT(model.id).alias("n"))
         .where(model.customer.in_(customer_ids_query)).group_by(model.customer).tuples())
    return dict(q)


# ---- 2. inventory -----------------------------------------------------------------------

def inventory(actor: Actor, handover_id: int) -> Inventory:
    actor = _require_runner(actor)
    h = _handover(handover_id)
    leaver = Staff.get_by_id(h.leaver_id)
    ids = _custody(leaver.id)
    contacts, projects, events = _counts(Contact, ids), _counts(Project, ids), _counts(Event, ids)
    follow = _counts(FollowUp, ids)
    customers = tuple(
        InventoryCustomer(c.id, c.code, c.name, c.classification, c.status, contacts.get(c.id, 0),
                          projects.get(c.id, 0), events.get(c.id, 0), follow.get(c.id, 0))
        for c in Customer.select(Customer.id, Customer.code, Customer.name, Customer.classification,
                                 Customer.status)
        .where(Customer.owner == leaver.id).order_by(Customer.code))
    names = {s.id: s.display_name for s in Staff.select(Staff.id, Staff.display_name)}
    grants = (Grant.select(Grant, Customer.code, Customer.name)
              .join(Customer, on=(Grant.customer == Customer.id))
              .where((Grant.grantee == leaver.id) | (Grant.granted_by == leaver.id))
              .order_by(Grant.granted_at.desc()))

    def line(g: Grant) -> GrantLine:
        return GrantLine(g.id, g.customer.code, g.customer.name, names.get(g.grantee_id, ""),
                         names.get(g.granted_by_id, ""), g.scopes, g.expires_at, g.revoked_at,
                         "held" if g.grantee_id == leaver.id else "given")

    lines = [line(g) for g in grants]
    follow_ups = tuple(
        FollowUpLine(f.id, f.customer.code, f.customer.name, f.title, f.due_on)
        for f in (FollowUp.select(FollowUp, Customer.code, Customer.name)
                  .join(Customer, on=(FollowUp.customer == Customer.id))
                  .where((FollowUp.assignee == leaver.id) & FollowUp.done_at.is_null())
                  .order_by(FollowUp.due_on, FollowUp.id)))
    return Inventory(h.id, handover_number(h.id), to_info(leaver), h.status, customers,
                     tuple(g for g in lines if g.direction == "given"),
                     tuple(g for g in lines if g.direction == "held"), follow_ups)


# ---- reading -----------------------------------------------------------------------------

def _summary(h: Handover, total: int, confirmed: int) -> HandoverSummary:
    return HandoverSummary(h.id, handover_number(h.id), h.leaver.display_name, h.leaver.username,
                           h.manager.display_name, h.status, h.created_at, h.executed_at,
                           h.completed_at, total, confirmed)


def list_handovers(actor: Actor, open_only: bool = False) -> list[HandoverSummary]:
    _require_runner(actor)
    q = Handover.select().order_by(Handover.id.desc())
    if open_only:
        q = q.where(Handover.status.in_(OPEN_STATUSES))
    stats = dict(((hid, (n, c)) for hid, n, c in
                  HandoverItem.select(HandoverItem.handover, pw.fn.COUNT(HandoverItem.id),
                                      pw.fn.COUNT(HandoverItem.confirmed_at))
                  .group_by(HandoverItem.handover).tuples()))
    return [_summary(h, *stats.get(h.id, (0, 0))) for h in q]


def _items(handover_id: int, receiver_id: int | None = None) -> tuple[HandoverItemInfo, ...]:
    cond = HandoverItem.handover == handover_id
    if receiver_id is not None:
        cond &= HandoverItem.receiver == receiver_id
    ids = HandoverItem.select(HandoverItem.customer).where(cond)
    contacts, projects, events = _counts(Contact, ids), _counts(Project, ids), _counts(Event, ids)
    staff = {s.id: s for s in Staff.select(Staff.id, Staff.username, Staff.display_name)}
    rows = (HandoverItem.select(HandoverItem, Customer.id, Customer.code, Customer.name,
                                Customer.classification)
            .join(Customer, on=(HandoverItem.customer == Customer.id))
            .where(cond).order_by(HandoverItem.receiver, Customer.code))
    return tuple(
        HandoverItemInfo(i.customer_id, i.customer.code, i.customer.name, i.customer.classification,
                         contacts.get(i.customer_id, 0), projects.get(i.customer_id, 0),
                         events.get(i.customer_id, 0), staff[i.receiver_id].username,
                         staff[i.receiver_id].display_name, i.confirmed_at,
                         staff[i.confirmed_by_id].display_name if i.confirmed_by_id else "")
        for i in rows)


def _info(handover_id: int) -> HandoverInfo:
    h = _handover(handover_id)
    items = _items(h.id)
    receivers: dict[str, list[Any]] = {}
    for it in items:
        r = receivers.setdefault(it.receiver, [it.receiver_name, 0, 0])
        r[1] += 1
        r[2] += it.confirmed_at is not None
    return HandoverInfo(
        h.id, handover_number(h.id), to_info(h.leaver), to_info(h.manager), h.status, h.created_at,
        h.executed_at, h.completed_at, h.notes, items,
        tuple(ReceiverStatus(u, v[0], v[1], v[2]) for u, v in receivers.items()))


def get_handover(actor: Actor, handover_id: int) -> HandoverInfo:
    _require_runner(actor)
    return _info(handover_id)


def my_pending_confirmations(actor: Actor) -> list[PendingConfirmation]:
    """Executed handovers with customers handed to `actor` still waiting for confirmation."""
    actor = access.refresh(actor)
    hids = [r.handover_id for r in HandoverItem.select(HandoverItem.handover).distinct()
            .join(Handover).where((HandoverItem.receiver == actor.id)
                                  & HandoverItem.confirmed_at.is_null()
                                  & (Handover.status == "executed"))]
    out = []
    for h in Handover.select().where(Handover.id.in_(hids)).order_by(Handover.id):
        out.append(PendingConfirmation(h.id, handover_number(h.id), h.leaver.display_name,
                                       h.manager.display_name, h.executed_at,
                                       _items(h.id, actor.id)))
    return out


def staff_choices(actor: Actor) -> tuple[list[StaffInfo], list[StaffInfo]]:
    """(possible leavers, possible receivers) for the wizard's pickers."""
    actor = _require_runner(actor)
    everyone = [to_info(s) for s in Staff.select().order_by(Staff.username)]
    leavers = [s for s in everyone if s.status in ("active", "disabled") and s.id != actor.id]
    receivers = [s for s in everyone if s.status == "active" and access.may_hold_custody(s)]
    return leavers, receivers


def open_handover_of(actor: Actor, leaver_username: str) -> int | None:
    """The id of the leaver's handover that is started but not yet executed, if any."""
    _require_runner(actor)
    leaver = _staff(leaver_username, "离职人员")
    row = (Handover.select(Handover.id)
           .where((Handover.leaver == leaver.id) & (Handover.status == "open")).first())
    return row.id if row else None


def start_preview(actor: Actor, leaver_username: str) -> StartPreview:
    """What start_handover would freeze and end for this leaver (read-only, for a confirmation)."""
    _require_runner(actor)
    leaver = _staff(leaver_username, "离职人员")
    return StartPreview(
        leaver_name=leaver.display_name,
        open_handover=open_handover_of(actor, leaver_username),
        customers=_custody(leaver.id).count(),
        grants_held=Grant.select().where((Grant.grantee == leaver.id) & Grant.revoked_at.is_null()
                                         & (Grant.expires_at > utcnow())).count(),
        requests_pending=AccessRequest.select().where((AccessRequest.requester == leaver.id)
                                                      & (AccessRequest.status == "pending")).count(),
    )
