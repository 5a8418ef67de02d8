"""Access requests and time-limited grants (查阅申请与授权).

Anyone signed in may find a customer in the directory and ask for access with a reason
and the scopes wanted; a manager approves (with an expiry of 1–90 days, default 7) or
rejects with a reason, grants directly, and revokes. A grant counts from the moment it
is written until it expires or is revoked — `models/access.py` checks that on every
call, so nothing here needs a cleanup job. Every write commits with its audit entry;
the requester (or grantee) is told by a Notification.

Decisions taken here (the issue is silent):
- a grant always includes `view`; scopes are stored in the canonical order of SCOPES;
- a manager, or the custodian agent, never needs a request (clear message instead);
- a request whose scopes are all covered by a grant that is still active is refused;
- only the requester may cancel their own pending request;
- grants go to active agents and staff members only (managers see everything anyway).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.archive.lookup import find_customer
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import (
    ConflictError,
    FieldProblem,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from models.foundation.schema import (
    NOTIFICATION_ACCESS,
    AccessRequest,
    Customer,
    Grant,
    Notification,
    Staff,
    utcnow,
)
from models.foundation.validation import clean_text
from models.foundation.vocabulary import REQUEST_STATUS_LABELS, SCOPE_LABELS, SCOPES
from models.rules import access, audit
from models.rules.access import Actor

DEFAULT_DAYS = 7
MAX_DAYS = 90
REASON_LIMIT = 1000


@dataclass(frozen=True)
class RequestInfo:
    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    requester: str            # username
    requester_name: str
    reason: str
    scopes: tuple[str, ...]
    status: str               # pending | approved | rejected | cancelled
    created_at: dt.datetime
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    decision_reason: str = ""
    grant_id: int | None = None
    expires_at: dt.datetime | None = None

    @property
    def scopes_text(self) -> str:
        return scopes_label(self.scopes)


@dataclass(frozen=True)
class GrantInfo:
    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    grantee: str
    grantee_name: str
    scopes: tuple[str, ...]
    granted_by: str
    granted_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    request_id: int | None
    active: bool

    @property
    def scopes_text(self) -> str:
        return scopes_label(self.scopes)


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    customer_code: str
    message: str
    created_at: dt.datetime
    read: bool


def scopes_label(scopes: Iterable[str]) -> str:
    return "、".join(SCOPE_LABELS.get(s, s) for s in scopes)


def parse_scopes(scopes: str | Iterable[object] | None) -> tuple[str, ...]:
    """'view,sensitive' or an iterable → canonical tuple that always contains 'view'."""
    if scopes is None:
        items: list[str] = []
    elif isinstance(scopes, str):
        items = [s.strip().lower() for s in scopes.replace("，", ",").split(",")]
    else:
        items = [str(s).strip().lower() for s in scopes]
    items = [s for s in items if s]
    unknown = [s for s in items if s not in SCOPES]
    if unknown:
        raise ValidationError([FieldProblem(
            "scopes", f"未知的权限范围：{'、'.join(unknown)}（可选：view 查看、sensitive 敏感信息、"
                      f"edit 编辑、export 打印/导出）", ",".join(unknown))])
    wanted = set(items) | {"view"}
    return tuple(s for s in SCOPES if s in wanted)


def check_days(days: Any) -> int:
    try:
        value = int(days)
    except (TypeError, ValueError):
        value = None
    if value is None or isinstance(days, bool) or not 1 <= value <= MAX_DAYS:
        raise ValidationError([FieldProblem("days", f"有效期必须是 1 到 {MAX_DAYS} 天", days)])
    return value


_customer = find_customer   # by code or id (models/archive/lookup.py)


def _reason(reason: object, field: str, missing: str) -> str:
    try:
        text = clean_text(reason, REASON_LIMIT)
    except ValueError as exc:
        raise ValidationError([FieldProblem(field, str(exc), reason)]) from exc
    if not text:
        raise ValidationError([FieldProblem(field, missing)])
    return text


def _notify(recipient_id: int, customer: Customer, message: str) -> None:
    """A message about the recipient's own access: the directory line and the decision."""
    Notification.create(recipient=recipient_id, customer=customer, kind=NOTIFICATION_ACCESS,
                        message=message, created_at=utcnow())
    record_changes(Changes.of(Kind.NOTIFICATIONS, customers=[customer.id]))


# ---- requests ---------------------------------------------------------------------------

def request_access(actor: Actor, customer_id_or_code: int | str, reason: str,
                   scopes: str | Iterable[object] | None = "view") -> int:
    """Ask for access to one customer's card; returns the request id."""
    actor = access.require(actor, access.DIRECTORY)
    customer = _customer(customer_id_or_code)
    wanted = parse_scopes(scopes)
    text = _reason(reason, "reason", "请填写申请理由")
    standing = access.standing_access(actor, customer)
    if standing == access.SEES_ALL:
        raise ValidationError([FieldProblem("customer", "您是客服主管，可以直接查阅所有客户，无需申请")])
    if standing == access.CUSTODIAN:
        raise ValidationError([FieldProblem("customer", f"您是客户 {customer.code} 的负责客服，无需申请")])
    if not access.may_hold_grants(actor):
        raise ValidationError([FieldProblem("customer", "您的账号不能申请查阅客户档案")])
    pending = (AccessRequest.select(AccessRequest.id)
               .where((AccessRequest.customer == customer.id) & (AccessRequest.requester == actor.id)
                      & (AccessRequest.status == "pending")).first())
    if pending:
        raise ValidationError([FieldProblem(
            "customer", f"您对客户 {customer.code} 已有一条待审批的申请（编号 {pending.id}），请等待主管处理")])
    held = access.active_grant_scopes(actor, customer.id)
    if held and set(wanted) <= held:
        raise ValidationError([FieldProblem(
            "customer", f"您已拥有客户 {customer.code} 的有效授权（{scopes_label(s for s in SCOPES if s in held)}），无需再申请")])
    with write_transaction():
        req = AccessRequest.create(customer=customer, requester=actor.id, reason=text,
                                   scopes=",".join(wanted), created_at=utcnow())
        audit.record(actor, "request_access", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"request_id": req.id, "scopes": list(wanted), "reason": text})
        record_changes(Changes.of(Kind.REQUESTS, customers=[customer.id]))
    return req.id


def _request_infos(query: Iterable[AccessRequest]) -> list[RequestInfo]:
    rows = list(query)
    if not rows:
        return []
    staff_ids = {r.requester_id for r in rows} | {r.decided_by_id for r in rows if r.decided_by_id}
    staff: dict[int | None, Staff] = {s.id: s for s in Staff.select(Staff.id, Staff.username, Staff.display_name)
             .where(Staff.id.in_(list(staff_ids)))}
    customers = {c.id: c for c in Customer.select(Customer.id, Customer.code, Customer.name)
                 .where(Customer.id.in_(list({r.customer_id for r in rows})))}
    grants = {g.request_id: g for g in Grant.select(Grant.id, Grant.request, Grant.expires_at)
              .where(Grant.request.in_([r.id for r in rows]))}
    out = []
    for r in rows:
        who, by, cust, g = staff.get(r.requester_id), staff.get(r.decided_by_id), customers[r.customer_id], grants.get(r.id)
        out.append(RequestInfo(
            id=r.id, customer_id=cust.id, customer_code=cust.code, customer_name=cust.name,
            requester=who.username if who else "", requester_name=who.display_name if who else "",
            reason=r.reason, scopes=tuple(s for s in r.scopes.split(",") if s), status=r.status,
            created_at=r.created_at, decided_by=by.display_name if by else "", decided_at=r.decided_at,
            decision_reason=r.decision_reason, grant_id=g.id if g else None,
            expires_at=g.expires_at if g else None))
    return out


def list_requests(actor: Actor, pending_only: bool = False, *, limit: int = 500) -> list[RequestInfo]:
    """Managers see every request; everyone else sees their own. Pending first, newest first."""
    actor = access.refresh(actor)
    query = AccessRequest.select()
    if not access.sees_all_requests(actor):
        query = query.where(AccessRequest.requester == actor.id)
    if pending_only:
        query = query.where(AccessRequest.status == "pending")
    pending_first = pw.Case(None, [(AccessRequest.status == "pending", 0)], 1)
    return _request_infos(query.order_by(pending_first, AccessRequest.id.desc()).limit(limit))


def pending_count(actor: Actor) -> int:
    """For the badge: all pending requests for a manager, one's own for anyone else."""
    actor = access.refresh(actor)
    query = AccessRequest.select().where(AccessRequest.status == "pending")
    if not access.sees_all_requests(actor):
        query = query.where(AccessRequest.requester == actor.id)
    return query.count()


def _load_request(request_id: int | str) -> AccessRequest:
    req = AccessRequest.get_or_none(AccessRequest.id == request_id)
    if req is None:
        raise NotFound("查阅申请", str(request_id))
    return req


def _still_pending(req: AccessRequest) -> None:
    if req.status != "pending":
        raise ValidationError([FieldProblem(
            "request", f"申请 {req.id} 已处理（{REQUEST_STATUS_LABELS.get(req.status, req.status)}），不能再操作")])


def _decide(req: AccessRequest, actor: Actor, status: str, reason: str = "") -> None:
    rows = (AccessRequest.update(status=status, decided_by=actor.id, decided_at=utcnow(),
                                 decision_reason=reason)
            .where((AccessRequest.id == req.id) & (AccessRequest.status == "pending")).execute())
    if rows != 1:
        raise ConflictError("查阅申请", str(req.id))


def _active_grantee(staff_id_or_name: int | str, what: str) -> Staff:
    q = (Staff.username == staff_id_or_name) if isinstance(staff_id_or_name, str) else (Staff.id == staff_id_or_name)
    staff = Staff.get_or_none(q)
    if staff is None:
        raise NotFound("账号", str(staff_id_or_name))
    if staff.status != "active":
        raise ValidationError([FieldProblem(what, f"{staff.display_name} 的账号不在职或已停用，不能授权")])
    return staff


def approve(actor: Actor, request_id: int, days: int = DEFAULT_DAYS) -> int:
    """Approve a pending request: a grant for `days` days from now. Returns the grant id."""
    req = _load_request(request_id)
    customer = Customer.get_by_id(req.customer_id)
    actor = access.require(actor, access.APPROVE, customer)
    days = check_days(days)
    _still_pending(req)
    requester = _active_grantee(req.requester_id, "request")
    now = utcnow()
    expires = now + dt.timedelta(days=days)
    with write_transaction():
        _decide(req, actor, "approved")
        g = Grant.create(customer=customer, grantee=requester, scopes=req.scopes, granted_by=actor.id,
                         granted_at=now, expires_at=expires, request=req)
        _notify(requester.id, customer,
                f"您对客户 {customer.code} {customer.name} 的查阅申请已批准"
                f"（{scopes_label(req.scopes.split(','))}），有效期 {days} 天")
        audit.record(actor, "approve_request", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"request_id": req.id, "grant_id": g.id, "grantee": requester.username,
                              "scopes": req.scopes.split(","), "days": days,
                              "expires_at": expires.strftime("%Y-%m-%d %H:%M:%S")})
        record_changes(Changes.of(Kind.REQUESTS, Kind.GRANTS, customers=[customer.id]))
    return g.id


def reject(actor: Actor, request_id: int, reason: str) -> None:
    req = _load_request(request_id)
    customer = Customer.get_by_id(req.customer_id)
    actor = access.require(actor, access.APPROVE, customer)
    text = _reason(reason, "reason", "请填写拒绝理由")
    _still_pending(req)
    with write_transaction():
        _decide(req, actor, "rejected", text)
        _notify(req.requester_id, customer,
                f"您对客户 {customer.code} {customer.name} 的查阅申请未获批准：{text}")
        audit.record(actor, "reject_request", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"request_id": req.id, "requester_id": req.requester_id, "reason": text})
        record_changes(Changes.of(Kind.REQUESTS, customers=[customer.id]))


def cancel(actor: Actor, request_id: int) -> None:
    """The requester withdraws their own pending request."""
    actor = access.refresh(actor)
    req = _load_request(request_id)
    customer = Customer.get_by_id(req.customer_id)
    if req.requester_id != actor.id:
        audit.record(actor, "access_denied", target_type="customer", target_id=customer.id,
                     target_label=customer.code, outcome="denied",
                     details={"action": "cancel_request", "request_id": req.id})
        raise PermissionDenied("取消他人的申请", customer.code)
    _still_pending(req)
    with write_transaction():
        _decide(req, actor, "cancelled")
        audit.record(actor, "cancel_request", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"request_id": req.id})
        record_changes(Changes.of(Kind.REQUESTS, customers=[customer.id]))


# ---- grants -----------------------------------------------------------------------------

def grant(actor: Actor, customer_id_or_code: int | str, grantee_username: str,
          scopes: str | Iterable[object] | None = "view",
          days: int = DEFAULT_DAYS) -> int:
    """A manager grants access directly (no request). Returns the grant id."""
    customer = _customer(customer_id_or_code)
    actor = access.require(actor, access.APPROVE, customer)
    wanted = parse_scopes(scopes)
    days = check_days(days)
    grantee = _active_grantee((grantee_username or "").strip(), "grantee")
    standing = access.standing_access(grantee, customer)
    if standing == access.SEES_ALL:
        raise ValidationError([FieldProblem("grantee", f"{grantee.display_name} 是客服主管，本就可以查阅所有客户")])
    if standing == access.CUSTODIAN:
        raise ValidationError([FieldProblem("grantee", f"{grantee.display_name} 是该客户的负责客服，无需授权")])
    now = utcnow()
    expires = now + dt.timedelta(days=days)
    with write_transaction():
        g = Grant.create(customer=customer, grantee=grantee, scopes=",".join(wanted), granted_by=actor.id,
                         granted_at=now, expires_at=expires)
        _notify(grantee.id, customer, f"主管授予您查阅客户 {customer.code} {customer.name} 的权限"
                                      f"（{scopes_label(wanted)}），有效期 {days} 天")
        audit.record(actor, "grant", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"grant_id": g.id, "grantee": grantee.username, "scopes": list(wanted),
                              "days": days, "expires_at": expires.strftime("%Y-%m-%d %H:%M:%S")})
        record_changes(Changes.of(Kind.GRANTS, customers=[customer.id]))
    return g.id


def revoke(actor: Actor, grant_id: int) -> None:
    g = Grant.get_or_none(Grant.id == grant_id)
    if g is None:
        raise NotFound("授权", str(grant_id))
    customer = Customer.get_by_id(g.customer_id)
    actor = access.require(actor, access.APPROVE, customer)
    if g.revoked_at is not None:
        raise ValidationError([FieldProblem("grant", f"授权 {g.id} 已经撤销过了")])
    with write_transaction():
        now = utcnow()
        rows = (Grant.update(revoked_at=now, revoked_by=actor.id)
                .where((Grant.id == g.id) & Grant.revoked_at.is_null()).execute())
        if rows != 1:
            raise ConflictError("授权", str(g.id))
        _notify(g.grantee_id, customer, f"您查阅客户 {customer.code} {customer.name} 的授权已被撤销")
        audit.record(actor, "revoke", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"grant_id": g.id, "grantee_id": g.grantee_id,
                              "was_active": g.expires_at > now})
        record_changes(Changes.of(Kind.GRANTS, customers=[customer.id]))


def list_grants(actor: Actor, customer: int | str | None = None, grantee: str | None = None,
                active_only: bool = True,
                *, limit: int = 1000) -> list[GrantInfo]:
    """Managers see all grants; anyone else only the grants they hold."""
    actor = access.refresh(actor)
    now = utcnow()
    query = Grant.select()
    if not access.sees_all_requests(actor):
        query = query.where(Grant.grantee == actor.id)
    if customer is not None:
        query = query.where(Grant.customer == _customer(customer).id)
    if grantee:
        named = Staff.get_or_none(Staff.username == grantee.strip())
        if named is None:
            raise NotFound("账号", grantee)
        query = query.where(Grant.grantee == named.id)
    if active_only:
        query = query.where(Grant.revoked_at.is_null() & (Grant.expires_at > now))
    rows = list(query.order_by(Grant.id.desc()).limit(limit))
    if not rows:
        return []
    staff = {s.id: s for s in Staff.select(Staff.id, Staff.username, Staff.display_name).where(
        Staff.id.in_(list({r.grantee_id for r in rows} | {r.granted_by_id for r in rows})))}
    customers = {c.id: c for c in Customer.select(Customer.id, Customer.code, Customer.name)
                 .where(Customer.id.in_(list({r.customer_id for r in rows})))}
    return [GrantInfo(
        id=g.id, customer_id=g.customer_id, customer_code=customers[g.customer_id].code,
        customer_name=customers[g.customer_id].name, grantee=staff[g.grantee_id].username,
        grantee_name=staff[g.grantee_id].display_name, scopes=tuple(s for s in g.scopes.split(",") if s),
        granted_by=staff[g.granted_by_id].display_name, granted_at=g.granted_at, expires_at=g.expires_at,
        revoked_at=g.revoked_at, request_id=g.request_id,
        active=g.revoked_at is None and g.expires_at > now) for g in rows]


# ---- notifications ----------------------------------------------------------------------

def _readable(actor: Actor, *columns: Any) -> pw.ModelSelect[Notification]:
    """The actor's own notifications that they may read *now* (issue 9.5): one about card
    content (a reported matter and its title) only while `access.visible_condition` lets
    them open that card — custody moved, or a grant ended, and it disappears from the list
    and from every count, and comes back if access does. A message about their own access
    (approved, rejected, granted, revoked) names only the directory line and is always
    shown; so is a message about no customer."""
    return (Notification.select(*columns)
            .join(Customer, pw.JOIN.LEFT_OUTER, on=(Notification.customer == Customer.id))
            .where((Notification.recipient == actor.id)
                   & (Notification.customer.is_null() | (Notification.kind == NOTIFICATION_ACCESS)
                      | access.visible_condition(actor))))


def notifications(actor: Actor, unread_only: bool = True, *, limit: int = 200) -> list[NotificationInfo]:
    actor = access.refresh(actor)
    query = _readable(actor, Notification, Customer.id, Customer.code)
    if unread_only:
        query = query.where(Notification.read_at.is_null())
    return [NotificationInfo(n.id, n.customer.code if n.customer_id and n.customer else "", n.message, n.created_at,
                             n.read_at is not None)
            for n in query.order_by(Notification.id.desc()).limit(limit)]


def mark_read(actor: Actor, ids: Iterable[int | str]) -> int:
    """Mark the actor's own notifications read (others' ids are ignored). Not audited:
    reading one's own messages changes nothing anyone else relies on."""
    actor = access.refresh(actor)
    ids = [int(i) for i in ids]
    if not ids:
        return 0
    with write_transaction():
        marked: int = (Notification.update(read_at=utcnow())
                  .where(Notification.id.in_(ids) & (Notification.recipient == actor.id)
                         & Notification.read_at.is_null()).execute())
        if marked:
            record_changes(Changes.of(Kind.NOTIFICATIONS))
        return marked


# ---- the user's own inbox (我的消息) ----------------------------------------------------

@dataclass(frozen=True)
class InboxMessage:
    """A notification as its recipient reads it. The customer's code and name are what the
    directory shows anyone, so naming the customer leaks nothing."""

    id: int
    customer_id: int | None
    customer_code: str
    customer_name: str
    message: str
    created_at: dt.datetime
    read: bool


@dataclass(frozen=True)
class OwnRequestInfo(RequestInfo):
    """A request as its requester sees it, with what became of the resulting grant."""

    grant_state: str = ""     # "" (no grant) | active | expired | revoked


def inbox(actor: Actor, unread_only: bool = False, *, limit: int = 200) -> list[InboxMessage]:
    """The actor's own notifications that they may read now (see `_readable`), newest first."""
    actor = access.refresh(actor)
    # select Customer.id too: the joined Customer replaces n.customer, and with it customer_id
    query = _readable(actor, Notification, Customer.id, Customer.code, Customer.name)
    if unread_only:
        query = query.where(Notification.read_at.is_null())
    return [InboxMessage(n.id, n.customer_id, n.customer.code if n.customer_id and n.customer else "",
                         n.customer.name if n.customer_id and n.customer else "", n.message, n.created_at,
                         n.read_at is not None)
            for n in query.order_by(Notification.id.desc()).limit(limit)]


def unread_count(actor: Actor) -> int:
    """For the inbox badge: the actor's unread notifications that they may read now."""
    actor = access.refresh(actor)
    return _readable(actor, Notification.id).where(Notification.read_at.is_null()).count()


def my_requests(actor: Actor, *, limit: int = 500) -> list[OwnRequestInfo]:
    """The actor's own requests (a manager's too: none), pending first, newest first."""
    actor = access.refresh(actor)
    pending_first = pw.Case(None, [(AccessRequest.status == "pending", 0)], 1)
    infos = _request_infos(AccessRequest.select().where(AccessRequest.requester == actor.id)
                           .order_by(pending_first, AccessRequest.id.desc()).limit(limit))
    grant_ids = [r.grant_id for r in infos if r.grant_id]
    grants: dict[int | None, Grant] = {g.id: g for g in Grant.select(Grant.id, Grant.revoked_at, Grant.expires_at)
              .where(Grant.id.in_(grant_ids))} if grant_ids else {}
    now = utcnow()
    out = []
    for r in infos:
        g = grants.get(r.grant_id)
        state = "" if g is None else ("revoked" if g.revoked_at else
                                      "active" if g.expires_at > now else "expired")
        out.append(OwnRequestInfo(**{f: getattr(r, f) for f in RequestInfo.__dataclass_fields__},
                                  grant_state=state))
    return out
