"""Turn stored rows into CustomerCard DTOs (with masking) and keep the search column current."""
from __future__ import annotations

from collections.abc import Iterable

from models.archive import search_text
from models.foundation.dto import (
    MASK,
    Birthday,
    ContactInfo,
    CustomerCard,
    EventInfo,
    EventRevisionInfo,
    ProjectInfo,
)
from models.foundation.schema import Contact, Customer, Event, EventRevision, Project, Staff
from models.rules import access
from models.rules.access import Actor


def contact_info(c: Contact, *, masked: bool) -> ContactInfo:
    birthday = None
    if not masked and c.birthday_month and c.birthday_day:
        birthday = Birthday(c.birthday_month, c.birthday_day, c.birthday_year, bool(c.birthday_lunar),
                            bool(c.birthday_leap))

    def sensitive(value: str) -> str:
        return MASK if masked else value

    return ContactInfo(
        id=c.id, version=c.version, name=c.name, is_primary=bool(c.is_primary), title=c.title,
        role_in_org=c.role_in_org, phone=c.phone, mobile=c.mobile, email=c.email, wechat=c.wechat,
        birthday=birthday, family=sensitive(c.family), personality=sensitive(c.personality),
        hobbies=sensitive(c.hobbies), relationships=sensitive(c.relationships),
        sensitive_masked=masked,
    )


def project_info(p: Project) -> ProjectInfo:
    return ProjectInfo(p.id, p.version, p.name, p.started_on, p.ended_on, p.amount, p.status, p.notes)


def _names(ids: Iterable[int | None]) -> dict[int | None, str]:   # looked up by optional ids
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {s.id: s.display_name for s in Staff.select(Staff.id, Staff.display_name).where(Staff.id.in_(ids))}


def events_of(customer_id: int) -> tuple[EventInfo, ...]:
    events = list(Event.select().where(Event.customer == customer_id)
                  .order_by(Event.event_date.desc(), Event.id.desc()))
    revisions: dict[int, list[EventRevision]] = {}
    if events:
        for r in (EventRevision.select().where(EventRevision.event.in_([e.id for e in events]))
                  .order_by(EventRevision.id)):
            revisions.setdefault(r.event_id, []).append(r)
    names = _names([e.recorded_by_id for e in events]
                   + [r.edited_by_id for rs in revisions.values() for r in rs])
    return tuple(
        EventInfo(
            id=e.id, version=e.version, event_date=e.event_date, category=e.category, title=e.title,
            content=e.content, source_department=e.source_department,
            recorded_by=names.get(e.recorded_by_id, ""), recorded_at=e.recorded_at,
            is_report=bool(e.is_report),
            revisions=tuple(EventRevisionInfo(r.event_date, r.category, r.title, r.content,
                                              names.get(r.edited_by_id, ""), r.edited_at)
                            for r in revisions.get(e.id, [])),
        ) for e in events)


def build_card(actor: Actor, customer: Customer, *, reveal_sensitive: bool = False,
               with_events: bool = True) -> CustomerCard:
    """Callers have already checked VIEW (and SENSITIVE when revealing)."""
    from models.accounts.staff import to_info

    perms = access.permissions(actor, customer)
    masked = not (reveal_sensitive and perms.sensitive)
    contacts = [contact_info(c, masked=masked) for c in
                Contact.select().where(Contact.customer == customer.id)
                .order_by(Contact.is_primary.desc(), Contact.position, Contact.id)]
    projects = [project_info(p) for p in
                Project.select().where(Project.customer == customer.id)
                .order_by(Project.started_on.desc(nulls="LAST"), Project.id.desc())]
    owner = Staff.get_or_none(Staff.id == customer.owner_id) if customer.owner_id else None
    updated_by = _names([customer.updated_by_id]).get(customer.updated_by_id, "")
    return CustomerCard(
        id=customer.id, version=customer.version, code=customer.code, name=customer.name,
        kind=customer.kind, organization=customer.organization, industry=customer.industry,
        industry_status=customer.industry_status, founded_on=customer.founded_on,
        address=customer.address, phone=customer.phone, fax=customer.fax, email=customer.email,
        wechat=customer.wechat, website=customer.website, source_channel=customer.source_channel,
        cls=customer.classification, custodian=to_info(owner) if owner else None, status=customer.status,
        archived_reason=customer.archived_reason, notes=customer.notes,
        import_source=customer.import_source, created_at=customer.created_at,
        updated_at=customer.updated_at, updated_by=updated_by,
        contacts=tuple(contacts), projects=tuple(projects),
        events=events_of(customer.id) if with_events else (),
        permissions=perms, sensitive_revealed=not masked,
        credit_code=customer.credit_code, legal_rep=customer.legal_rep,
        registered_capital=customer.registered_capital, invoice_title=customer.invoice_title,
        invoice_tax_id=customer.invoice_tax_id, invoice_address_phone=customer.invoice_address_phone,
        invoice_bank_account=customer.invoice_bank_account,
        merged_into=_merged_into_code(customer),
        verified_at=customer.verified_at,
        verified_by=_names([customer.verified_by_id]).get(customer.verified_by_id, "")
        if customer.verified_by_id else "",
    )


def _merged_into_code(customer: Customer) -> str:
    if not customer.merged_into_id:
        return ""
    row = Customer.select(Customer.code).where(Customer.id == customer.merged_into_id).first()
    return row.code if row else ""


def refresh_search_text(customer: Customer) -> None:
    contacts = list(Contact.select(Contact.name, Contact.phone, Contact.mobile, Contact.email)
                    .where(Contact.customer == customer.id))
    search_text.store(customer.id, search_text.build(customer, contacts), customer.name)
