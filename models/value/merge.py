"""One card per real company: likely duplicates and the merge of two cards.

Likely duplicates share a credit code, a phone number, or a name that is the same after
removing 有限公司/有限责任公司/股份/（分公司）, brackets and spaces. A merge (manager only) moves
every row that belongs to the absorbed card — key people, projects, page-2 history, tasks,
service records, grants and requests, notifications, handover items, class history,
nurturing plans, invitations — to the survivor, archives the absorbed card with a pointer
to the survivor, writes the merge on page 2 of the survivor, audited, in one transaction.
Two derived rows may not both survive: an invitation of both cards to the same activity
(the survivor's is kept) and a contact-less reminder date of the same kind (rebuilt by the
desk); these are removed and counted in the audit entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import peewee as pw

from models.archive.cards import refresh_search_text
from models.foundation import safety_copy
from models.foundation.changes import Kind, card_changes, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import (
    AccessRequest,
    ClassChange,
    Contact,
    Customer,
    Event,
    FollowUp,
    Grant,
    HandoverItem,
    Invitation,
    Notification,
    NurturePlan,
    Project,
    ReminderDate,
    ServiceRecord,
    utcnow,
)
from models.foundation.validation import narrow
from models.rules import access, audit
from models.rules.access import Actor

_NAME_NOISE = re.compile(r"有限责任公司|股份有限公司|有限公司|股份|[（(]分公司[)）]|分公司|[\s（）()·.,，]")
MOVED = (Contact, Project, Event, FollowUp, ServiceRecord, Grant, AccessRequest, Notification,
         HandoverItem, ClassChange, NurturePlan, Invitation, ReminderDate)


def name_key(name: str) -> str:
    return _NAME_NOISE.sub("", narrow(name or "").lower())


def phone_key(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return digits if len(digits) >= 7 else ""


@dataclass(frozen=True)
class DuplicateGroup:
    why: str                      # 统一社会信用代码相同 | 电话相同 | 名称相同
    key: str
    codes: tuple[tuple[str, str], ...]   # (code, name)


def _groups(rows: list[Any]) -> list[DuplicateGroup]:
    out = []
    for why, keyf in (("统一社会信用代码相同", lambda r: r.credit_code), ("电话相同", lambda r: phone_key(r.phone)),
                      ("名称相同", lambda r: name_key(r.name))):
        buckets: dict[str, list[Any]] = {}
        for r in rows:
            k = keyf(r)
            if k:
                buckets.setdefault(k, []).append(r)
        out += [DuplicateGroup(why, k, tuple((r.code, r.name) for r in sorted(rs, key=lambda r: r.code)))
                for k, rs in sorted(buckets.items()) if len(rs) > 1]
    # the same cards found by several rules are one group giving every reason, strongest first
    by_cards: dict[tuple[tuple[str, str], ...], DuplicateGroup] = {}
    for g in out:
        seen = by_cards.get(g.codes)
        by_cards[g.codes] = g if seen is None else replace(seen, why=f"{seen.why}、{g.why}")
    return list(by_cards.values())


def _active(condition: pw.Expression) -> list[Any]:   # namedtuples (id, code, name, phone, credit_code)
    return list(Customer.select(Customer.id, Customer.code, Customer.name, Customer.phone, Customer.credit_code)
                .where((Customer.status == "active") & condition).namedtuples())


def duplicates(actor: Actor) -> list[DuplicateGroup]:
    """Groups of likely duplicates among the active cards the actor may open."""
    return _groups(_active(access.visible_condition(actor)))


def likely_duplicates_of(name: str, phone: str = "", credit_code: str = "",
                         exclude_id: int | None = None) -> list[tuple[str, str, str]]:
    """(code, name, why) of active cards a new card would duplicate — for the warning on
    create and import. Codes and names only (the directory shows as much to anyone)."""
    found: dict[str, tuple[str, str, str]] = {}
    rows = _active(Customer.id != (exclude_id or 0))
    nk, pk = name_key(name), phone_key(phone)
    for r in rows:
        if credit_code and r.credit_code == credit_code:
            found.setdefault(r.code, (r.code, r.name, "统一社会信用代码相同"))
        elif pk and phone_key(r.phone) == pk:
            found.setdefault(r.code, (r.code, r.name, "电话相同"))
        elif nk and name_key(r.name) == nk:
            found.setdefault(r.code, (r.code, r.name, "名称相同"))
    return sorted(found.values())


@dataclass(frozen=True)
class DuplicateHint:
    code: str
    name: str
    why: str
    customer_id: int | None      # only when the actor may open that card


def hints_for_new_card(actor: Actor, name: str, phone: str = "", credit_code: str = "") -> list[DuplicateHint]:
    """The warning before 新建客户 in the app: likely duplicates of the card about to be
    created, with the id of each the actor may open (for 打开已有)."""
    from models.foundation.credit_code import normalise

    found = likely_duplicates_of(name, phone, normalise(credit_code))
    if not found:
        return []
    ids = dict(Customer.select(Customer.code, Customer.id)
               .where(Customer.code.in_([code for code, _n, _w in found])).tuples())
    may_open = access.allowed_ids(actor, access.VIEW, list(ids.values()))
    return [DuplicateHint(code, cname, why, ids[code] if ids.get(code) in may_open else None)
            for code, cname, why in found]


def _load(code: str) -> Customer:
    c = Customer.get_or_none(Customer.code == str(code).strip())
    if c is None:
        raise NotFound("客户", str(code))
    return c


def _pair(actor: Actor, code: str, into: str) -> tuple[Actor, Customer, Customer]:
    absorbed, survivor = _load(code), _load(into)
    actor = access.require(actor, access.MANAGE, absorbed)
    actor = access.require(actor, access.MANAGE, survivor)
    if absorbed.id == survivor.id:
        raise ValidationError([FieldProblem("into", "不能把客户合并到它自己")])
    for c in (absorbed, survivor):
        if c.status != "active":
            raise ValidationError([FieldProblem("code", f"客户 {c.code} 已归档，不能合并")])
    return actor, absorbed, survivor


# what the merge dialog counts, in the words of the card (table → label)
PREVIEW_LABELS = (("contact", "负责人/联系人"), ("project", "合作项目"), ("event", "重要事项记录"),
                  ("follow_up", "待办"), ("service_record", "服务单"), ("grant", "查阅授权"),
                  ("nurture_plan", "培育计划"), ("class_change", "分类历史"))


@dataclass(frozen=True)
class MergePreview:
    absorbed: tuple[str, str]            # (code, name) of the card that is archived
    survivor: tuple[str, str]            # (code, name) of the card that receives everything
    counts: tuple[tuple[str, int, int], ...]   # (label, the absorbed card's rows, the survivor's now)


def merge_preview(actor: Actor, code: str, into: str) -> MergePreview:
    """What the survivor will receive (manager only; nothing is written)."""
    actor, absorbed, survivor = _pair(actor, code, into)
    by_table = {m._meta.table_name: m for m in MOVED}
    counts = []
    for table, label in PREVIEW_LABELS:
        model = by_table[table]
        counts.append((label, model.select().where(model.customer == absorbed.id).count(),
                       model.select().where(model.customer == survivor.id).count()))
    return MergePreview((absorbed.code, absorbed.name), (survivor.code, survivor.name), tuple(counts))


def merge(actor: Actor, code: str, into: str) -> dict[str, int]:
    """Merge card `code` into `into` (the survivor). Returns the rows moved per table."""
    actor, absorbed, survivor = _pair(actor, code, into)
    moved: dict[str, int] = {}
    rows = sum(m.select().where(m.customer == absorbed.id).count() for m in MOVED)
    safety_copy.before_large_write(rows, "merge")   # a checked copy first when > 100 rows move
    with write_transaction():
        dropped_inv = (Invitation.delete().where(
            (Invitation.customer == absorbed.id)
            & Invitation.activity.in_(Invitation.select(Invitation.activity)
                                      .where(Invitation.customer == survivor.id))).execute())
        dropped_rem = (ReminderDate.delete().where(
            (ReminderDate.customer == absorbed.id) & ReminderDate.contact.is_null()).execute())
        if Contact.select().where((Contact.customer == survivor.id) & Contact.is_primary).exists():
            Contact.update(is_primary=False).where(Contact.customer == absorbed.id).execute()
        for model in MOVED:
            n = model.update(customer=survivor.id).where(model.customer == absorbed.id).execute()
            if n:
                moved[model._meta.table_name] = n
        now = utcnow()
        Customer.update(status="archived", archived_at=now, merged_into=survivor.id,
                        archived_reason=f"已合并到 {survivor.code}", version=Customer.version + 1,
                        updated_at=now, updated_by=actor.id).where(Customer.id == absorbed.id).execute()
        Customer.update(version=Customer.version + 1, updated_at=now, updated_by=actor.id,
                        page1_at=now).where(Customer.id == survivor.id).execute()
        Event.create(customer=survivor.id, event_date=now.date(), category="其他",
                     title=f"合并客户 {absorbed.code}",
                     content=f"{absorbed.code} {absorbed.name} 的负责人、合作项目、重要事项、待办、服务单和授权"
                             f"已并入本卡；原卡已归档。",
                     recorded_by=actor.id, recorded_at=now)
        refresh_search_text(Customer.get_by_id(survivor.id))
        record_changes(card_changes(absorbed.id, survivor.id,
                                    also=[Kind.EVENTS, Kind.SERVICE, Kind.GRANTS, Kind.REQUESTS]))
        audit.record(actor, "merge_customer", target_type="customer", target_id=survivor.id,
                     target_label=survivor.code,
                     details={"absorbed": absorbed.code, "absorbed_name": absorbed.name, "moved": moved,
                              "dropped_invitations": dropped_inv, "dropped_reminders": dropped_rem})
    return moved
