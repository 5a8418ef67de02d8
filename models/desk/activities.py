"""Company events (公司活动: 年会, 庆典, 客户联谊会 …) and the customers invited to them.

A manager creates an event; customers are invited (by filters or by hand), each reply
and the attendance is recorded: 待邀请 → 已邀请 → 已接受/已谢绝 → 已出席/未出席. Every
invitation and every reply writes a page-2 entry (category 活动邀请) on the customer's card in
the same transaction. Inviting and recording replies need the edit right on the card.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.archive import events
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import Activity, Customer, Invitation, Staff, utcnow
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
    notes: str = ""
    attended: int = 0


@dataclass(frozen=True)
class InvitationLine:
    code: str
    customer: str
    status: str          # pending | invited | accepted | declined | attended | absent
    cls: str = ""
    custodian: str = ""
    updated_at: dt.datetime | None = None

    @property
    def status_label(self) -> str:
        return INVITATION_STATUS_LABELS.get(self.status, self.status)


def _activity(activity_id: int | str) -> Activity:
    try:
        a = Activity.get_or_none(Activity.id == int(activity_id))
    except (TypeError, ValueError):
        a = None
    if a is None:
        raise NotFound("公司活动", str(activity_id))
    return a


def _info(a: Activity) -> ActivityInfo:
    statuses = [s for (s,) in Invitation.select(Invitation.status).where(Invitation.activity == a.id).tuples()]
    return ActivityInfo(a.id, a.title, a.kind, _day(a.held_on), a.place, len(statuses),
                        sum(s in ("accepted", "attended") for s in statuses),
                        sum(s == "invited" for s in statuses), a.notes,
                        sum(s == "attended" for s in statuses))


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _checked(title: str, held_on: object, kind: str, place: str, notes: str) -> dict[str, Any]:
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
    return {"title": title_clean, "kind": kind, "held_on": day, "place": clean_text(place, 200),
            "notes": clean_text(notes, 4000)}


def add_activity(actor: Actor, *, title: str, held_on: object, kind: str = "其他", place: str = "",
                 notes: str = "") -> ActivityInfo:
    actor = access.require(actor, access.MANAGE)
    values = _checked(title, held_on, kind, place, notes)
    with write_transaction():
        a = Activity.create(created_by=actor.id, **values)
        audit.record(actor, "add_activity", target_type="activity", target_id=a.id, target_label=a.title,
                     details={"kind": kind, "date": values["held_on"].isoformat(), "place": a.place})
    return _info(a)


def update_activity(actor: Actor, activity_id: int | str, *, title: str, held_on: object, kind: str, place: str = "",
                    notes: str = "") -> ActivityInfo:
    """A manager corrects an event (title, kind, date, place, notes); audited with what changed.
    Invitations already sent keep their page-2 entries (they say what was sent then)."""
    actor = access.require(actor, access.MANAGE)
    a = _activity(activity_id)
    values = _checked(title, held_on, kind, place, notes)
    before = {"title": a.title, "kind": a.kind, "held_on": _day(a.held_on), "place": a.place, "notes": a.notes}
    changed = {k: [str(before[k]), str(v)] for k, v in values.items() if before[k] != v}
    if not changed:
        return _info(a)
    with write_transaction():
        Activity.update(**values).where(Activity.id == a.id).execute()
        audit.record(actor, "update_activity", target_type="activity", target_id=a.id,
                     target_label=values["title"], details=changed)
    return _info(_activity(a.id))


def list_activities(actor: Actor, *, today: dt.date | None = None, past_days: int = 730) -> list[ActivityInfo]:
    """Every event, upcoming first (soonest first), then past ones (latest first), back
    `past_days`. Events are the department's: everyone signed in sees the list; invitations
    are shown per card the user may open (`show`)."""
    access.refresh(actor)
    today = today or dt.date.today()
    rows = [_info(a) for a in Activity.select().where(Activity.held_on >= today - dt.timedelta(days=past_days))]
    coming = sorted((a for a in rows if a.held_on >= today), key=lambda a: (a.held_on, a.id))
    past = sorted((a for a in rows if a.held_on < today), key=lambda a: (a.held_on, a.id), reverse=True)
    return coming + past


def _customers(actor: Actor, codes: Iterable[str]) -> list[Customer]:
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


def invite(actor: Actor, activity_id: int | str, codes: Iterable[str], *, today: dt.date | None = None) -> int:
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


def reply(actor: Actor, activity_id: int | str, code: str, status: str, *, today: dt.date | None = None) -> InvitationLine:
    return reply_many(actor, activity_id, [code], status, today=today)[0]


def reply_many(actor: Actor, activity_id: int | str, codes: Iterable[str], status: str, *,
               today: dt.date | None = None) -> list[InvitationLine]:
    """Record one reply or attendance for several invited customers: all or none (the
    rights are checked for every card before anything is written)."""
    if status not in REPLIES:
        raise ValidationError([FieldProblem("status", "回复必须是 accepted、declined、attended 或 absent", status)])
    a = _activity(activity_id)
    customers = _customers(actor, codes)
    actor = access.refresh(actor)
    invitations = {}
    for c in customers:
        inv = Invitation.get_or_none((Invitation.activity == a.id) & (Invitation.customer == c.id))
        if inv is None:
            raise ValidationError([FieldProblem("code", f"客户 {c.code} 没有被邀请参加这个活动", c.code)])
        invitations[c.id] = inv
    label = INVITATION_STATUS_LABELS[status]
    with write_transaction():
        for c in customers:
            Invitation.update(status=status, updated_at=utcnow(), updated_by=actor.id).where(
                Invitation.id == invitations[c.id].id).execute()
            events.add_event(actor, c.id, {
                "event_date": today or dt.date.today(), "category": "活动邀请",
                "title": f"{a.title}：{label}"[:200], "content": ""})
            audit.record(actor, "invitation_reply", target_type="customer", target_id=c.id, target_label=c.code,
                         details={"activity": a.id, "status": status})
    return [InvitationLine(c.code, c.name, status, c.classification) for c in customers]


def show(actor: Actor, activity_id: int | str) -> tuple[ActivityInfo, list[InvitationLine]]:
    """The activity and the invitations of the customers the user may open."""
    a = _activity(activity_id)
    actor = access.refresh(actor)
    rows = (Invitation.select(Customer.code, Customer.name, Invitation.status, Customer.classification,
                              Staff.display_name, Invitation.updated_at)
            .join(Customer, on=(Invitation.customer == Customer.id))
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
            .where((Invitation.activity == a.id) & access.visible_condition(actor))
            .order_by(Customer.code).tuples())
    return _info(a), [InvitationLine(code, name, status, cls, custodian or "", at)
                      for code, name, status, cls, custodian, at in rows]


def upcoming(actor: Actor, *, today: dt.date | None = None, days: int = 60) -> list[ActivityInfo]:
    today = today or dt.date.today()
    return [_info(a) for a in Activity.select().where(
        (Activity.held_on >= today) & (Activity.held_on <= today + dt.timedelta(days=days)))
        .order_by(Activity.held_on)]
