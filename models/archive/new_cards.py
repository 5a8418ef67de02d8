"""Writing new cards: the one insert path for the form's 新建客户 and an import's new rows.

`write_new_cards` takes cards that are already checked (customers.require_create: creating
needs the right, a card for someone else needs a manager) and validated (the forms'
validators), and writes each with its key people, projects and page-2 entries: one prepared
INSERT per table for the whole batch, the search column computed here, and one
`create_customer` audit entry per card naming what came with it. It runs inside the caller's
write transaction, so a form's card or a whole import commits or fails as one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from models.archive import search_text
from models.archive.contacts import contact_row, project_row
from models.archive.events import event_row
from models.archive.journal import Journal, insert_rows
from models.foundation.changes import Kind, card_changes, record_changes
from models.foundation.db import database, is_postgres
from models.foundation.schema import Contact, Customer, Event, Project, Staff, utcnow
from models.foundation.vocabulary import IDENTITY_FIELDS
from models.rules.access import Actor


@dataclass
class NewCard:
    """A card about to be written; every value already validated."""

    fields: dict[str, Any]                                  # page-1 columns (customers.validate_fields)
    owner_id: int
    code: str = ""                                # a code to keep; "" gives KH + the row id
    status: str = "active"
    archived_reason: str = ""
    contacts: list[dict[str, Any]] = field(default_factory=list)   # contacts.validate_contact
    projects: list[dict[str, Any]] = field(default_factory=list)   # contacts.validate_project
    events: list[dict[str, Any]] = field(default_factory=list)     # events.validate_event (+ is_report)


def _new_ids(n: int) -> list[int]:
    if is_postgres():
        cursor = database.execute_sql(
            "SELECT nextval(pg_get_serial_sequence('customer', 'id')) FROM generate_series(1, %s)", (n,))
        return [row[0] for row in cursor.fetchall()]
    # SQLite: BEGIN IMMEDIATE (write_transaction) keeps every other writer out meanwhile
    start = (Customer.select(pw.fn.MAX(Customer.id)).scalar() or 0) + 1
    return list(range(start, start + n))


def _codes(cards: list[NewCard], ids: list[int], in_use: set[str] | None) -> list[str]:
    """A kept code as given (its uniqueness was checked; the unique index is the last word);
    otherwise KH + the id, moving on while that is taken (e.g. by an imported code).
    `in_use`: every code of the archive, when the caller holds them (a bulk job; kept current)."""
    wanted = [c.code or f"KH{i:06d}" for c, i in zip(cards, ids, strict=True)]
    if in_use is None:
        queried = set(wanted)
        taken = {code for (code,) in Customer.select(Customer.code)
                 .where(Customer.code.in_(list(queried))).tuples()}
    else:
        queried, taken = None, in_use
    used: set[str] = set()

    def free(code: str) -> bool:
        if code in used or code in taken:
            return False
        return queried is None or code in queried or not Customer.select().where(Customer.code == code).exists()

    out = []
    for card, cid, code in zip(cards, ids, wanted, strict=True):
        n = cid
        while not card.code and not free(code):
            n += 1
            code = f"KH{n:06d}"
        used.add(code)
        out.append(code)
    if in_use is not None:
        in_use.update(out)
    return out


def write_new_cards(actor: Actor, cards: list[NewCard], journal: Journal, *, import_source: str = "",
                    codes_in_use: set[str] | None = None) -> list[tuple[int, str]]:
    """Insert `cards` (inside the caller's write transaction); returns (id, code) of each."""
    if not cards:
        return []
    now = utcnow()
    ids = _new_ids(len(cards))
    codes = _codes(cards, ids, codes_in_use)
    owners = dict(Staff.select(Staff.id, Staff.username)
                  .where(Staff.id.in_(list({c.owner_id for c in cards}))).tuples())
    rows: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    projects: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for card, cid, code in zip(cards, ids, codes, strict=True):
        f = {"kind": "company", "classification": "C", **card.fields}
        row = dict(id=cid, code=code, name=f["name"], kind=f["kind"], organization=f.get("organization", ""),
                   industry=f.get("industry", ""), industry_status=f.get("industry_status", ""),
                   founded_on=f.get("founded_on"), address=f.get("address", ""), phone=f.get("phone", ""),
                   fax=f.get("fax", ""), email=f.get("email", ""), wechat=f.get("wechat", ""),
                   website=f.get("website", ""), source_channel=f.get("source_channel", ""),
                   classification=f["classification"], owner=card.owner_id, status=card.status,
                   archived_reason=card.archived_reason,
                   archived_at=now if card.status == "archived" else None,
                   notes=f.get("notes", ""), import_source=import_source, created_at=now,
                   **{k: f.get(k, "") for k in IDENTITY_FIELDS},
                   created_by=actor.id, updated_at=now, updated_by=actor.id, page1_at=now, version=1)
        primary = next((k for k, c in enumerate(card.contacts) if c.get("is_primary")), 0)
        mine = [contact_row(cid, c, position=k, is_primary=k == primary) for k, c in enumerate(card.contacts)]
        row.update(search_text.derived_columns(row, mine))
        rows.append(row)
        people.extend(mine)
        projects.extend(project_row(cid, p) for p in card.projects)
        entries.extend(event_row(cid, ev, recorded_by=actor.id, recorded_at=now, is_report=bool(ev.get("is_report")))
                       for ev in card.events)
        details = {"name": row["name"], "owner": owners.get(card.owner_id, "")}
        if card.status == "archived":
            details["status"] = "archived"
        if card.contacts:
            details["contacts"] = [c["name"] for c in card.contacts]
        if card.projects:
            details["projects"] = len(card.projects)
        if card.events:
            details["events"] = len(card.events)
        journal.customer("create_customer", cid, code, details)
    insert_rows(Customer, rows)
    search_text.index_new(rows)
    insert_rows(Contact, people)
    insert_rows(Project, projects)
    insert_rows(Event, entries)
    record_changes(card_changes(*ids, also=[Kind.EVENTS]))
    return list(zip(ids, codes, strict=True))
