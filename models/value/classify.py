"""The suggested class of every customer, with a reason a person can check, and the class
changes (调整分类, accepting suggestions) — a manager's right (access.MANAGE).

The suggestion is computed on demand from the projects (models.value.figures) with the
rules of models.value.rules; nothing is stored until a manager accepts it.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from models.archive import class_history
from models.foundation.changes import Kind, card_changes, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import ConflictError, FieldProblem, NotFound, ValidationError
from models.foundation.schema import ClassChange, Customer, Staff, get_meta, set_meta, utcnow
from models.foundation.validation import clean_text
from models.foundation.vocabulary import CLASSES
from models.rules import access, audit
from models.rules.access import Actor
from models.value.figures import CustomerFigures, load_figures, months_before, wan
from models.value.rules import ClassRules, get_rules


@dataclass(frozen=True)
class Suggestion:
    customer_id: int
    code: str
    name: str
    current: str
    suggested: str
    reason: str
    kept: str = ""       # a manager kept the current class against this same suggestion: why

    @property
    def differs(self) -> bool:
        return self.current != self.suggested


@dataclass(frozen=True)
class ClassChangeInfo:
    at: dt.datetime
    from_cls: str
    to_cls: str
    by: str          # user name ('' when unknown)
    source: str
    reason: str


def suggest_all(figures: list[CustomerFigures], today: dt.date,
                rules: ClassRules | None = None) -> list[Suggestion]:
    """The rule itself, on figures (pure: the unit tests feed it hand-made archives)."""
    rules = rules or get_rules()
    since = months_before(today, rules.amount_months)
    amounts = {f.id: f.amount_since(since, today) for f in figures}
    total = sum(amounts.values(), Decimal(0))
    ranked = sorted((f for f in figures if amounts[f.id] > 0), key=lambda f: (-amounts[f.id], f.code))
    head: set[int] = set()
    rank: dict[int, int] = {}
    running = Decimal(0)
    for i, f in enumerate(ranked, 1):
        rank[f.id] = i
        if running * 100 < total * rules.head_share:    # still short of the head share before it
            head.add(f.id)
        running += amounts[f.id]
    loyal_since = months_before(today, rules.loyal_recent_months)
    active_since = months_before(today, rules.active_months)
    out = []
    n = len(figures)
    for f in figures:
        years = f.years(today)
        loyal = years >= rules.loyal_years and f.active_since(loyal_since)
        if f.id in head or loyal:
            cls = "A"
        elif f.active_since(active_since):
            cls = "B"
        else:
            cls = "C"
        out.append(Suggestion(f.id, f.code, f.name, f.cls, cls,
                              _reason(f, amounts[f.id], rank.get(f.id), n, years, rules, today)))
    return out


def _reason(f: CustomerFigures, amount: Decimal, rank: int | None, n: int, years: int,
            rules: ClassRules, today: dt.date) -> str:
    months = rules.amount_months
    if amount > 0 and rank is not None:
        top = max(1, math.ceil(rank * 100 / n))
        parts = [f"近{months}个月合作金额 {wan(amount)}，排名前 {top}%"]
    else:
        parts = [f"近{months}个月没有合作金额"]
    if f.projects == 0:
        parts.append("没有合作项目")
    else:
        span = f"合作 {years} 年" if years >= 1 else "合作不足 1 年"
        parts.append(f"{span}，共 {f.projects} 个项目")
        if f.last_active is not None:
            parts.append(f"最近项目在 {f.last_active:%Y-%m}")
    return "；".join(parts)


KEPT_KEY = "value.kept"   # archive_meta: {code: {"cls", "suggested", "reason"}} — 保留当前分类


def _kept() -> dict[str, Any]:
    try:
        data = json.loads(get_meta(KEPT_KEY, "") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def suggestions(actor: Actor, *, today: dt.date | None = None, only_differing: bool = True,
                include_kept: bool = True) -> list[Suggestion]:
    """Every active customer's suggestion (managers: the whole department). A class kept
    against the same suggestion carries its reason (`kept`); `include_kept=False` leaves those
    out — until the class or the suggestion changes, when the customer is listed again."""
    actor = access.require(actor, access.MANAGE)
    today = today or dt.date.today()
    kept = _kept()
    rows = []
    for s in suggest_all(load_figures(access.visible_condition(actor), today), today):
        k = kept.get(s.code)
        if isinstance(k, dict) and k.get("cls") == s.current and k.get("suggested") == s.suggested:
            s = replace(s, kept=str(k.get("reason", "")))
        rows.append(s)
    return [s for s in rows if (s.differs or not only_differing) and (include_kept or not s.kept)]


def _change(actor: Actor, customer: Customer, to_cls: str, *, source: str, reason: str,
            expected_version: int | None = None) -> bool:
    """One class change with its history row, page-2 entry and audit entry. Inside a transaction."""
    if customer.classification == to_cls:
        return False
    cond = Customer.id == customer.id
    if expected_version is not None:
        cond &= Customer.version == expected_version
    rows = (Customer.update(classification=to_cls, version=Customer.version + 1, updated_at=utcnow(),
                            updated_by=actor.id, page1_at=utcnow()).where(cond).execute())
    if rows != 1:
        raise ConflictError("客户", customer.code)
    class_history.record(actor.id, customer, customer.classification, to_cls, source=source, reason=reason)
    record_changes(card_changes(customer.id, also=[Kind.EVENTS]))
    audit.record(actor, "change_class", target_type="customer", target_id=customer.id,
                 target_label=customer.code,
                 details={"changes": {"classification": [customer.classification, to_cls]},
                          "source": source, "reason": reason})
    return True


def _customer(code: str) -> Customer:
    c = Customer.get_or_none(Customer.code == str(code).strip())
    if c is None:
        raise NotFound("客户", str(code))
    return c


def set_class(actor: Actor, code: str, cls: str, reason: str) -> bool:
    """调整分类 by a manager, with a reason. False when the class was already `cls`."""
    customer = _customer(code)
    actor = access.require(actor, access.MANAGE, customer)
    cls = (cls or "").strip().upper()
    problems = []
    if cls not in CLASSES:
        problems.append(FieldProblem("cls", "分类必须是 A、B 或 C", cls))
    reason = clean_text(reason, 500)
    if not reason:
        problems.append(FieldProblem("reason", "请填写调整分类的理由"))
    if problems:
        raise ValidationError(problems)
    with write_transaction():
        return _change(actor, customer, cls, source="set", reason=reason)


def accept(actor: Actor, codes: list[str] | None = None, *, today: dt.date | None = None) -> list[Suggestion]:
    """Accept the differing suggestions (all, or those of `codes`) in one transaction; the
    reason recorded is the suggestion's reason. Returns what was applied."""
    wanted = set(codes) if codes is not None else None
    todo = [s for s in suggestions(actor, today=today) if wanted is None or s.code in wanted]
    if wanted is not None:
        missing = wanted - {s.code for s in todo}
        if missing:
            raise ValidationError([FieldProblem("code", f"客户 {c} 没有与当前分类不同的建议")
                                   for c in sorted(missing)])
    with write_transaction():
        for s in todo:
            customer = Customer.get_by_id(s.customer_id)
            if customer.classification != s.current:
                raise ConflictError("客户", s.code)
            _change(actor, customer, s.suggested, source="suggestion", reason="建议：" + s.reason)
    return todo


def keep(actor: Actor, code: str, reason: str, *, today: dt.date | None = None) -> None:
    """Keep the current class against the suggestion, with a reason (audited, no history row:
    the class did not change). Remembered against this suggestion (archive_meta), so the
    review screen does not ask again until the class or the suggestion changes."""
    customer = _customer(code)
    actor = access.require(actor, access.MANAGE, customer)
    reason = clean_text(reason, 500)
    if not reason:
        raise ValidationError([FieldProblem("reason", "请填写保留当前分类的理由")])
    today = today or dt.date.today()
    # the suggestion is relative to the whole department (the 80% head), so ask it whole
    mine = next((s for s in suggestions(actor, today=today) if s.customer_id == customer.id), None)
    with write_transaction():
        kept = _kept()
        if mine is not None and mine.differs:
            kept[customer.code] = {"cls": customer.classification, "suggested": mine.suggested, "reason": reason}
            set_meta(KEPT_KEY, json.dumps(kept, ensure_ascii=False, sort_keys=True))
        audit.record(actor, "keep_class", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"cls": customer.classification, "reason": reason,
                                                          "suggested": mine.suggested if mine else ""})


def history(actor: Actor, code: str) -> list[ClassChangeInfo]:
    """The class changes of one card, oldest first (whoever may open the card may read it)."""
    customer = _customer(code)
    access.require(actor, access.VIEW, customer)
    names: dict[int | None, str] = {s.id: s.username for s in Staff.select(Staff.id, Staff.username)}
    return [ClassChangeInfo(c.at, c.from_cls, c.to_cls, names.get(c.changed_by_id, ""), c.source, c.reason)
            for c in ClassChange.select().where(ClassChange.customer == customer.id)
            .order_by(ClassChange.at, ClassChange.id)]


def customer_id(actor: Actor, code: str) -> int:
    """The id of the card with this code, for a screen that lists codes and opens cards
    (the card itself is read, and audited, when it opens)."""
    customer = _customer(code)
    access.require(actor, access.VIEW, customer)
    return customer.id
