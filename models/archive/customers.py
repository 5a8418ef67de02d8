"""Customers: create, edit, archive, the card, the list, search and the directory.

Every function takes the acting user first and checks permission (models/access.py)
before it touches a row; every write commits together with its audit entry.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.archive import class_history
from models.archive.cards import build_card, refresh_search_text
from models.archive.journal import Journal
from models.archive.lookup import find_customer
from models.archive.new_cards import NewCard, write_new_cards
from models.foundation.changes import card_changes, record_changes
from models.foundation.credit_code import parse_credit_code
from models.foundation.db import is_read_only, write_transaction
from models.foundation.dto import CustomerCard, DirectoryLine
from models.foundation.errors import ConflictError, FieldProblem, NotFound, ValidationError
from models.foundation.schema import Customer, Staff, utcnow
from models.foundation.validation import (
    clean_line,
    clean_text,
    parse_date,
    parse_email,
    parse_phone,
)
from models.foundation.vocabulary import (
    CLASSES,
    FIELD_LABELS,
    IDENTITY_FIELDS,
    KINDS,
    SOURCE_CHANNELS,
)
from models.rules import access, audit
from models.rules.access import Actor

TEXT_LIMITS = {
    "name": 200, "organization": 4000, "industry": 100, "industry_status": 4000,
    "address": 500, "wechat": 100, "website": 200, "notes": 8000,
    # company identity (issue 16)
    "legal_rep": 100, "registered_capital": 100, "invoice_title": 200, "invoice_tax_id": 32,
    "invoice_address_phone": 500, "invoice_bank_account": 500,
}
MULTI_LINE = ("organization", "industry_status", "notes")   # the rest are single-line
EDITABLE_FIELDS = ("name", "kind", "organization", "industry", "industry_status", "founded_on",
                   "address", "phone", "fax", "email", "wechat", "website", "source_channel",
                   "cls", "notes") + IDENTITY_FIELDS


def validate_fields(data: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """Check and normalise page-1 company fields; all problems are reported together."""
    clean: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for key, value in data.items():
        if key not in EDITABLE_FIELDS:
            continue
        try:
            if key in TEXT_LIMITS:
                clean_fn = clean_text if key in MULTI_LINE else clean_line
                clean[key] = clean_fn(value, TEXT_LIMITS[key])
            elif key in ("phone", "fax"):
                clean[key] = parse_phone(value)
            elif key == "credit_code":
                clean[key] = parse_credit_code(value)
            elif key == "email":
                clean[key] = parse_email(value)
            elif key == "founded_on":
                clean[key] = parse_date(value, allow_future=False)
            elif key == "kind":
                if value not in KINDS:
                    raise ValueError("类型必须是企业或个人")
                clean[key] = value
            elif key == "cls":
                value = (value or "").strip().upper()
                if value not in CLASSES:
                    raise ValueError("分类必须是 A、B 或 C")
                clean["classification"] = value
            elif key == "source_channel":
                value = (value or "").strip()
                if value and value not in SOURCE_CHANNELS:
                    raise ValueError("信息来源必须是：" + "、".join(SOURCE_CHANNELS))
                clean[key] = value
        except ValueError as exc:
            problems.append(FieldProblem(key, f"{FIELD_LABELS[key]}：{exc}", value))
    if (creating or "name" in data) and not clean.get("name") and not any(
            p.field == "name" for p in problems):
        problems.append(FieldProblem("name", "请填写客户名称"))
    if problems:
        raise ValidationError(problems)
    return clean


def _custodian(username_or_id: int | str) -> Staff:
    q = Staff.username == username_or_id if isinstance(username_or_id, str) else Staff.id == username_or_id
    staff = Staff.get_or_none(q)
    if staff is None:
        raise NotFound("负责客服", str(username_or_id))
    if staff.status != "active" or not access.may_hold_custody(staff):
        raise ValidationError([FieldProblem("owner", f"{staff.display_name} 不能担任负责客服（须为在职客服专员或主管）")])
    return staff


def eligible_custodian(staff: Staff) -> bool:
    """Who may hold cards: an active agent or manager."""
    return staff.status == "active" and access.may_hold_custody(staff)


def require_create(actor: Actor, owner: Staff | None = None, *, label: str = "") -> Actor:
    """The create rules: creating needs the right; a card for someone else needs a manager."""
    actor = access.require(actor, access.CREATE, label=label)
    if owner is not None and owner.id != actor.id:
        actor = access.require(actor, access.MANAGE, label=label)
    return actor


def create_customer(actor: Actor, data: dict[str, Any], *, owner: int | str | None = None,
                    code: str | None = None) -> CustomerCard:
    """New card. An agent becomes its custodian; a manager may name any active agent."""
    actor = access.require(actor, access.CREATE)
    fields = validate_fields({"kind": "company", "cls": "C", **data}, creating=True)
    owner_staff = _custodian(owner) if owner is not None else Staff.get_by_id(actor.id)
    actor = require_create(actor, owner_staff, label=fields["name"])
    if code is not None:
        code = code.strip()
        if Customer.select().where(Customer.code == code).exists():
            raise ValidationError([FieldProblem("code", f"客户编号“{code}”已存在", code)])
    with write_transaction():
        [(customer_id, _code)] = write_new_cards(actor, [NewCard(fields, owner_staff.id, code or "")],
                                                 Journal(actor))
    return build_card(actor, Customer.get_by_id(customer_id))


_load = find_customer   # by code or id (models/archive/lookup.py)


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _bump(customer: Customer, expected_version: int, actor: Actor, **changes: Any) -> None:
    """Optimistic locking: the UPDATE only succeeds on the version the user read."""
    rows = (Customer.update(version=Customer.version + 1, updated_at=utcnow(), updated_by=actor.id,
                            **changes)
            .where((Customer.id == customer.id) & (Customer.version == expected_version))
            .execute())
    if rows != 1:
        raise ConflictError("客户", customer.code)


@dataclass(frozen=True)
class CustomerChange:
    """A checked page-1 change of one card: the columns to write and what the log shows."""

    customer: Customer
    diff: dict[str, Any]
    details: dict[str, Any]


def check_update(actor: Actor, customer: Customer, clean: dict[str, Any], owner: Staff | None = None
                 ) -> tuple[Actor, CustomerChange]:
    """The rights for a page-1 change (validated `clean` columns; `owner` a new custodian):
    `edit`, and a manager for a class or custodian that differs from the stored one."""
    actor = access.require(actor, access.EDIT, customer)
    diff = {k: v for k, v in clean.items() if getattr(customer, k) != v}
    if owner is not None and owner.id == customer.owner_id:
        owner = None
    if "classification" in diff or owner is not None:
        actor = access.require(actor, access.MANAGE, customer)
    details = {k: [_display(getattr(customer, k)), _display(v)] for k, v in diff.items()}
    if owner is not None:
        details["owner"] = [customer.owner.username if customer.owner is not None else "", owner.username]
        diff["owner"] = owner.id
    return actor, CustomerChange(customer, diff, details)


def write_update(actor: Actor, change: CustomerChange, expected_version: int, journal: Journal, *,
                 class_reason: str = "", source: str = "hand") -> None:
    """The write half of a page-1 change: the versioned UPDATE (its page-1 time for stale
    cards), the class history, the search column, the log, the Changes."""
    customer = change.customer
    _bump(customer, expected_version, actor, page1_at=utcnow(), **change.diff)
    if "classification" in change.diff:
        class_history.record(actor.id, customer, customer.classification, change.diff["classification"],
                             source=source, reason=class_reason)
    refresh_search_text(Customer.get_by_id(customer.id))
    journal.customer("update_customer", customer.id, customer.code, {"changes": change.details})
    record_changes(card_changes(customer.id))


def update_customer(actor: Actor, customer_id: int | str, expected_version: int, changes: dict[str, Any],
                    *, owner: int | str | None = None) -> CustomerCard:
    """Save page-1 company fields. Class and custodian changes need a manager."""
    customer = _load(customer_id)
    actor = access.require(actor, access.EDIT, customer)
    clean = validate_fields(changes, creating=False)
    actor, change = check_update(actor, customer, clean, _custodian(owner) if owner is not None else None)
    if not change.diff:
        if customer.version != expected_version:
            raise ConflictError("客户", customer.code)
        return build_card(actor, customer)
    with write_transaction():
        write_update(actor, change, expected_version, Journal(actor),
                     class_reason=clean_text(changes.get("class_reason"), 500))
    return build_card(actor, Customer.get_by_id(customer.id))


def archive_customer(actor: Actor, customer_id: int | str, expected_version: int, reason: str) -> CustomerCard:
    """归档: the card leaves the active list but is kept whole; never a hard delete."""
    customer = _load(customer_id)
    actor = access.require(actor, access.ARCHIVE, customer)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError([FieldProblem("reason", "请填写归档原因")])
    if customer.status == "archived":
        raise ValidationError([FieldProblem("status", "该客户已经归档")])
    with write_transaction():
        _bump(customer, expected_version, actor, status="archived", archived_reason=reason,
              archived_at=utcnow())
        audit.record(actor, "archive_customer", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"reason": reason})
        record_changes(card_changes(customer.id))
    return build_card(actor, Customer.get_by_id(customer.id))


def restore_customer(actor: Actor, customer_id: int | str, expected_version: int) -> CustomerCard:
    customer = _load(customer_id)
    # who may archive may restore (custodian or manager); an `edit` grant may not
    actor = access.require(actor, access.ARCHIVE, customer)
    if customer.status != "archived":
        raise ValidationError([FieldProblem("status", "该客户没有归档")])
    with write_transaction():
        _bump(customer, expected_version, actor, status="active", archived_reason="", archived_at=None)
        audit.record(actor, "restore_customer", target_type="customer", target_id=customer.id,
                     target_label=customer.code)
        record_changes(card_changes(customer.id))
    return build_card(actor, Customer.get_by_id(customer.id))


def get_card(actor: Actor, customer_id_or_code: int | str, *, reveal_sensitive: bool = False,
             audit_view: bool = True) -> CustomerCard:
    """The two-page card. Sensitive fields stay masked unless `reveal_sensitive` (audited;
    `audit_view=False` re-reads an already revealed card without a second entry)."""
    customer = _load(customer_id_or_code)
    actor = access.require(actor, access.VIEW, customer)
    if reveal_sensitive:
        actor = access.require(actor, access.SENSITIVE, customer)
    if reveal_sensitive and audit_view:
        # audit_view=False is the card re-reading what this user already revealed (after a
        # save or a change): no new look, so the reveal is recorded once, when it happens
        audit.record(actor, "reveal_sensitive", target_type="customer", target_id=customer.id,
                     target_label=customer.code)
    elif audit_view and not is_read_only():
        # a read-only archive records nothing; whoever can read its file can read every row
        # without this program, so a plain view proceeds unrecorded (a reveal is refused)
        audit.record(actor, "view_card", target_type="customer", target_id=customer.id,
                     target_label=customer.code)
    return build_card(actor, customer, reveal_sensitive=reveal_sensitive)


# ---- the list, search and directory ----------------------------------------------------
# the list and search live in customer_list (keyset pages, the search index); re-exported
from models.archive.customer_list import (  # noqa: E402,F401 - this module's API since v1
    ListQuery,
    apply_filters,
    count_customers,
    count_upto,
    list_customers,
    query_text,
    search,
)


def directory(actor: Actor, text: str, *, limit: int = 50) -> list[DirectoryLine]:
    """Code, name, class, custodian of any customer, by name or code: to ask for access."""
    access.require(actor, access.DIRECTORY)
    needle = query_text(text)
    if not needle:
        return []
    query = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.classification,
                             Staff.display_name)
             .join(Staff, join_type=pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
             .where(Customer.name.contains(needle) | (Customer.code == needle.upper()))
             .order_by(Customer.code).limit(limit).dicts())
    return [DirectoryLine(r["id"], r["code"], r["name"], r["classification"], r["display_name"] or "")
            for r in query]
