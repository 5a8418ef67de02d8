"""Page 1's key people (负责人/联系人) and cooperation projects (合作项目).

Rows carry their own version; a contact's sensitive personal fields need the
`sensitive` right to change, and their values never enter the audit log.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from models.archive.cards import contact_info, project_info, refresh_search_text
from models.archive.journal import Journal
from models.foundation.changes import card_changes, record_changes
from models.foundation.db import write_transaction
from models.foundation.dto import ContactInfo, ProjectInfo
from models.foundation.errors import ConflictError, FieldProblem, NotFound, ValidationError
from models.foundation.schema import Contact, Customer, Project, utcnow
from models.foundation.validation import (
    check_birthday,
    clean_line,
    clean_text,
    parse_amount,
    parse_date,
    parse_email,
    parse_phone,
)
from models.foundation.vocabulary import (
    CONTACT_LABELS,
    HIDDEN,
    PROJECT_LABELS,
    PROJECT_STATUSES,
    SENSITIVE_FIELDS,
)
from models.rules import access, audit
from models.rules.access import Actor


def validate_contact(data: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """`birthday` is None or a (month, day, year|None, lunar) tuple."""
    clean: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    limits = {"name": 100, "title": 100, "role_in_org": 2000, "wechat": 100, "family": 4000,
              "personality": 4000, "hobbies": 4000, "relationships": 4000}
    for key, value in data.items():
        try:
            if key in limits:
                single = key in ("name", "title", "wechat")
                clean[key] = (clean_line if single else clean_text)(value, limits[key])
            elif key in ("phone", "mobile"):
                clean[key] = parse_phone(value)
            elif key == "email":
                clean[key] = parse_email(value)
            elif key == "is_primary":
                clean[key] = bool(value)
            elif key == "birthday":
                if value is None:
                    clean.update(birthday_month=None, birthday_day=None, birthday_year=None,
                                 birthday_lunar=False, birthday_leap=False)
                else:   # (month, day, year, lunar[, leap]) from a form, a sheet or the CLI
                    month, day, year, lunar, *more = value
                    leap = bool(more and more[0]) and bool(lunar)
                    month, day, year = check_birthday(month, day, year, lunar, leap)
                    clean.update(birthday_month=month, birthday_day=day, birthday_year=year,
                                 birthday_lunar=bool(lunar), birthday_leap=leap)
        except ValueError as exc:
            problems.append(FieldProblem(key, f"{CONTACT_LABELS.get(key, key)}：{exc}", value))
    if (creating or "name" in data) and not clean.get("name") and not any(
            p.field == "name" for p in problems):
        problems.append(FieldProblem("name", "请填写联系人姓名"))
    if problems:
        raise ValidationError(problems)
    return clean


def _touch(customer: Customer, actor: Actor) -> None:
    """Key people and projects are page 1: their change is a page-1 change (stale cards)."""
    now = utcnow()
    Customer.update(updated_at=now, updated_by=actor.id, page1_at=now).where(
        Customer.id == customer.id).execute()
    record_changes(card_changes(customer.id))


def _audit_details(contact: Contact | None, clean: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, new in clean.items():
        base = "birthday" if key.startswith("birthday_") else key
        old = getattr(contact, key) if contact is not None else None
        if old == new:
            continue
        if base in SENSITIVE_FIELDS:
            out[base] = [HIDDEN, HIDDEN]
        else:
            out[base] = ["" if old is None else str(old), "" if new is None else str(new)]
    return out


def touches_sensitive(keys: Iterable[str]) -> bool:
    """Whether form data or validated columns (birthday_month, ...) hold a sensitive field."""
    return any(("birthday" if k.startswith("birthday_") else k) in SENSITIVE_FIELDS for k in keys)


def require_contact_rights(actor: Actor, customer: Customer, keys: Iterable[str]) -> Actor:
    """Adding or changing a key person needs `edit`; any sensitive field in it (even one equal
    to the stored value, so the answer tells nothing about it) also needs `sensitive`."""
    actor = access.require(actor, access.EDIT, customer)
    if touches_sensitive(keys):
        actor = access.require(actor, access.SENSITIVE, customer)
    return actor


def _clear_other_primaries(customer_id: int, keep_id: int) -> None:
    Contact.update(is_primary=False, version=Contact.version + 1).where(
        (Contact.customer == customer_id) & (Contact.id != keep_id) & Contact.is_primary).execute()


def contact_row(customer_id: int, clean: dict[str, Any], *, position: int, is_primary: bool) -> dict[str, Any]:
    """Every column of a new key person from validated data (forms and bulk writers alike)."""
    return dict(customer=customer_id, name=clean["name"], is_primary=is_primary, title=clean.get("title", ""),
                role_in_org=clean.get("role_in_org", ""), phone=clean.get("phone", ""),
                mobile=clean.get("mobile", ""), email=clean.get("email", ""), wechat=clean.get("wechat", ""),
                birthday_month=clean.get("birthday_month"), birthday_day=clean.get("birthday_day"),
                birthday_year=clean.get("birthday_year"), birthday_lunar=bool(clean.get("birthday_lunar")),
                birthday_leap=bool(clean.get("birthday_leap")),
                family=clean.get("family", ""), personality=clean.get("personality", ""),
                hobbies=clean.get("hobbies", ""), relationships=clean.get("relationships", ""),
                position=position, version=1)


def write_new_contact(actor: Actor, customer: Customer, clean: dict[str, Any], journal: Journal) -> int:
    """The write half of adding a key person (rights checked by the caller): the row, the
    search column, the card's 最后更新 and the audit entry. The first one is the primary."""
    count = Contact.select().where(Contact.customer == customer.id).count()
    row = contact_row(customer.id, clean, position=count, is_primary=count == 0 or bool(clean.get("is_primary")))
    contact_id: int = Contact.insert(**row).execute()
    if row["is_primary"]:
        _clear_other_primaries(customer.id, contact_id)
    refresh_search_text(customer)
    _touch(customer, actor)
    shown = {**clean, "is_primary": True} if count == 0 else clean
    journal.customer("add_contact", customer.id, customer.code,
                     {"contact": row["name"], "changes": _audit_details(None, shown)})
    return contact_id


def add_contact(actor: Actor, customer_id: int, data: dict[str, Any]) -> ContactInfo:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("客户", str(customer_id))
    actor = require_contact_rights(actor, customer, data)
    clean = validate_contact(data, creating=True)
    with write_transaction():
        contact_id = write_new_contact(actor, customer, clean, Journal(actor))
    return contact_info(Contact.get_by_id(contact_id), masked=False)


def _load_contact(contact_id: int) -> tuple[Contact, Customer]:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFound("联系人", str(contact_id))
    return contact, Customer.get_by_id(contact.customer_id)


def write_contact_update(actor: Actor, customer: Customer, contact: Contact, expected_version: int,
                         clean: dict[str, Any], journal: Journal) -> None:
    """The write half of changing a key person (rights checked by the caller)."""
    details = _audit_details(contact, clean)
    rows = (Contact.update(version=Contact.version + 1, **clean)
            .where((Contact.id == contact.id) & (Contact.version == expected_version)).execute())
    if rows != 1:
        raise ConflictError("联系人", contact.name)
    if clean.get("is_primary"):
        _clear_other_primaries(customer.id, contact.id)
    refresh_search_text(customer)
    _touch(customer, actor)
    journal.customer("update_contact", customer.id, customer.code, {"contact": contact.name, "changes": details})


def update_contact(actor: Actor, contact_id: int, expected_version: int, data: dict[str, Any]) -> ContactInfo:
    contact, customer = _load_contact(contact_id)
    actor = require_contact_rights(actor, customer, data)
    clean = validate_contact(data, creating=False)
    with write_transaction():
        write_contact_update(actor, customer, contact, expected_version, clean, Journal(actor))
    return contact_info(Contact.get_by_id(contact.id), masked=not access.can(actor, access.SENSITIVE, customer))


def remove_contact(actor: Actor, contact_id: int, expected_version: int) -> None:
    contact, customer = _load_contact(contact_id)
    actor = access.require(actor, access.EDIT, customer)
    with write_transaction():
        rows = Contact.delete().where((Contact.id == contact.id)
                                      & (Contact.version == expected_version)).execute()
        if rows != 1:
            raise ConflictError("联系人", contact.name)
        refresh_search_text(customer)
        _touch(customer, actor)
        audit.record(actor, "remove_contact", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"contact": contact.name})


# ---- cooperation projects ----------------------------------------------------------------

def validate_project(data: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for key, value in data.items():
        try:
            if key == "name":
                clean[key] = clean_line(value, 200)
            elif key == "notes":
                clean[key] = clean_text(value, 4000)
            elif key in ("started_on", "ended_on"):
                clean[key] = parse_date(value)
            elif key == "amount":
                clean[key] = parse_amount(value)
            elif key == "status":
                if value not in PROJECT_STATUSES:
                    raise ValueError("状态必须是：" + "、".join(PROJECT_STATUSES))
                clean[key] = value
        except ValueError as exc:
            problems.append(FieldProblem(key, f"{PROJECT_LABELS.get(key, key)}：{exc}", value))
    if (creating or "name" in data) and not clean.get("name") and not any(
            p.field == "name" for p in problems):
        problems.append(FieldProblem("name", "请填写项目名称"))
    start, end = clean.get("started_on"), clean.get("ended_on")
    if start and end and end < start:
        problems.append(FieldProblem("ended_on", "结束日期不能早于开始日期", end))
    if problems:
        raise ValidationError(problems)
    return clean


def _project_details(project: Project | None, clean: dict[str, Any]) -> dict[str, Any]:
    return {k: ["" if project is None or getattr(project, k) is None else str(getattr(project, k)),
                "" if v is None else str(v)]
            for k, v in clean.items() if project is None or getattr(project, k) != v}


def project_row(customer_id: int, clean: dict[str, Any]) -> dict[str, Any]:
    """Every column of a new cooperation project from validated data."""
    return dict(customer=customer_id, name=clean["name"], started_on=clean.get("started_on"),
                ended_on=clean.get("ended_on"), amount=clean.get("amount"), status=clean.get("status", "进行中"),
                notes=clean.get("notes", ""), version=1)


def write_new_project(actor: Actor, customer: Customer, clean: dict[str, Any], journal: Journal) -> int:
    """The write half of adding a project (`edit` checked by the caller)."""
    project_id: int = Project.insert(**project_row(customer.id, clean)).execute()
    _touch(customer, actor)
    journal.customer("add_project", customer.id, customer.code,
                     {"project": clean["name"], "changes": _project_details(None, clean)})
    return project_id


def add_project(actor: Actor, customer_id: int, data: dict[str, Any]) -> ProjectInfo:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("客户", str(customer_id))
    actor = access.require(actor, access.EDIT, customer)
    clean = validate_project(data, creating=True)
    with write_transaction():
        project_id = write_new_project(actor, customer, clean, Journal(actor))
    return project_info(Project.get_by_id(project_id))


def update_project(actor: Actor, project_id: int, expected_version: int, data: dict[str, Any]) -> ProjectInfo:
    project = Project.get_or_none(Project.id == project_id)
    if project is None:
        raise NotFound("合作项目", str(project_id))
    customer = Customer.get_by_id(project.customer_id)
    actor = access.require(actor, access.EDIT, customer)
    clean = validate_project({"started_on": project.started_on, "ended_on": project.ended_on, **data},
                             creating=False)
    details = _project_details(project, clean)
    with write_transaction():
        rows = (Project.update(version=Project.version + 1, **clean)
                .where((Project.id == project.id) & (Project.version == expected_version)).execute())
        if rows != 1:
            raise ConflictError("合作项目", project.name)
        _touch(customer, actor)
        audit.record(actor, "update_project", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"project": project.name, "changes": details})
    return project_info(Project.get_by_id(project.id))


def remove_project(actor: Actor, project_id: int, expected_version: int) -> None:
    project = Project.get_or_none(Project.id == project_id)
    if project is None:
        raise NotFound("合作项目", str(project_id))
    customer = Customer.get_by_id(project.customer_id)
    actor = access.require(actor, access.EDIT, customer)
    with write_transaction():
        rows = Project.delete().where((Project.id == project.id)
                                      & (Project.version == expected_version)).execute()
        if rows != 1:
            raise ConflictError("合作项目", project.name)
        _touch(customer, actor)
        audit.record(actor, "remove_project", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"project": project.name})
