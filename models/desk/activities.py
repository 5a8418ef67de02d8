"""Company events (公司活动: 年会, 庆典, 客户联谊会 …) and the customers invited to them.

A manager creates an event; customers are invited (by filters or by hand), each reply
and the attendance is recorded: 待邀请 → 已邀请 → 已接受/已谢绝 → 已出席/未出席. Every
invitation and every reply writes a page-2 entry (category 活动邀请) on the customer's card in
the same transaction. Inviting and recording replies need the edit right on the card.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.archive import events
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import Activity, Customer, Invitation, utcnow
from models.foundation.validation import clean_text, parse_date
from models.foundation.vocabulary import ACTIVITY_KINDS, INVITATION_STATUS_LABELS
from models.rules import access, audit
from models.rules.access import Actor

REPLIES = ("accepted", "declined", "attended", "absent")


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    title: str
    kind: str
    held_on: dt.date
    place: str
    invited: int
    accepted: int
    awaiting: int


@dataclass(frozen=True)
class InvitationLine:
    code: str
    customer: str
    status: str          # pending | invited | accepted | declined | attended | absent

    @property
    def status_label(self) -> str:
        return INVITATION_STATUS_LABELS.get(self.status, self.status)


def _activity(activity_id) -> Activity:
    try:
        a = Activity.get_or_none(Activity.id == int(activity_id))
    except (TypeError, ValueError):
        a = None
    if a is None:
        raise NotFound("公司活动", str(activity_id))
    return a


def _info(a: Activity) -> ActivityInfo:
    statuses = [s for (s,) in Invitation.select(Invitation.status).where(Invitation.activity == a.id).tuples()]
    return ActivityInfo(a.id, a.title, a.kind, a.held_on, a.place, len(statuses),
                        sum(s in ("accepted", "attended") for s in statuses),
                        sum(s == "invited" for s in statuses))


def add_activity(actor: Actor, *, title: str, held_on, kind: str = "其他", place: str = "",
                 notes: str = "") -> ActivityInfo:
    actor = access.require(actor, access.MANAGE)
    problems = []
    title_clean = clean_text(title, 200)
    if not title_clean:
        problems.append(FieldProblem("title", "请填写活动名称"))
    if kind not in ACTIVITY_KINDS:
        problems.append(FieldProblem("kind", "活动类型必须是：" + "、".join(ACTIVITY_KINDS), kind))
    try:
        day = parse_date(held_on)
        if day is None:
            raise ValueError("请填写活动日期")
    except ValueError as exc:
        problems.append(FieldProblem("held_on", f"活动日期：{exc}", held_on))
        day = None
    if problems:
        raise ValidationError(problems)
    with write_transaction():
        a = Activity.create(title=title_clean, kind=kind, held_on=day, place=clean_text(place, 200),
                            notes=clean_text(notes, 4000), created_by=actor.id)
        audit.record(actor, "add_activity", target_type="activity", target_id=a.id, target_label=title_clean,
                     details={"kind": kind, "date": day.isoformat(), "place": a.place})
    return _info(a)


def _customers(actor: Actor, codes) -> list[Customer]:
    out = []
    for code in dict.fromkeys(str(c).strip() for c in codes if str(c).strip()):
        c = Customer.get_or_none(Customer.code == code)
        if c is None:
            raise NotFound("客户", code)
        access.require(actor, access.EDIT, c)
        out.append(c)
    if not out:
        raise ValidationError([FieldProblem("codes", "请至少选择一位客户")])
    return out


def invite(actor: Actor, activity_id, codes, *, today: dt.date | None = None) -> int:
    """Invite customers (already invited ones are skipped); returns how many were invited."""
    a = _activity(activity_id)
    customers = _customers(actor, codes)
    today = today or dt.date.today()
    count = 0
    with write_transaction():
        for c in customers:
            if Invitation.select().where((Invitation.activity == a.id) & (Invitation.customer == c.id)).exists():
                continue
            Invitation.create(activity=a, customer=c, status="invited", updated_by=actor.id)
            events.add_event(actor, c.id, {
                "event_date": today, "category": "活动邀请",
                "title": f"邀请参加{a.kind}：{a.title}"[:200],
                "content": f"活动日期 {a.held_on.isoformat()}" + (f"，地点：{a.place}" if a.place else "")})
            count += 1
        audit.record(actor, "invite", target_type="activity", target_id=a.id, target_label=a.title,
                     details={"customers": count})
    return count


def reply(actor: Actor, activity_id, code: str, status: str, *, today: dt.date | None = None) -> InvitationLine:
    if status not in REPLIES:
        raise ValidationError([FieldProblem("status", "回复必须是 accepted、declined、attended 或 absent", status)])
    a = _activity(activity_id)
    (c,) = _customers(actor, [code])
    inv = Invitation.get_or_none((Invitation.activity == a.id) & (Invitation.customer == c.id))
    if inv is None:
        raise ValidationError([FieldProblem("code", f"客户 {c.code} 没有被邀请参加这个活动", code)])
    label = INVITATION_STATUS_LABELS[status]
    with write_transaction():
        Invitation.update(status=status, updated_at=utcnow(), updated_by=actor.id).where(
            Invitation.id == inv.id).execute()
        events.add_event(actor, c.id, {
            "event_date": today or dt.date.today(), "category": "活动邀请",
            "title": f"{a.title}：{label}"[:200], "content": ""})
        audit.record(actor, "invitation_reply", target_type="customer", target_id=c.id, target_label=c.code,
                     details={"activity": a.id, "status": status})
    return InvitationLine(c.code, c.name, status)


def show(actor: Actor, activity_id) -> tuple[ActivityInfo, list[InvitationLine]]:
    """The activity and the invitations of the customers the user may open."""
    a = _activity(activity_id)
    actor = access.refresh(actor)
    rows = (Invitation.select(Customer.code, Customer.name, Invitation.status)
            .join(Customer, on=(Invitation.customer == Customer.id))
            .where((Invitation.activity == a.id) & access.visible_condition(actor))
            .order_by(Customer.code).tuples())
    return _info(a), [InvitationLine(*r) for r in rows]


def upcoming(actor: Actor, *, today: dt.date | None = None, days: int = 60) -> list[ActivityInfo]:
    today = today or dt.date.today()
    return [_info(a) for a in Activity.select().where(
        (Activity.held_on >= today) & (Activity.held_on <= today + dt.timedelta(days=days)))
        .order_by(Activity.held_on)]
