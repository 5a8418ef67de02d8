"""Choosing whom to invite to a company event, and the invitation list on paper.

- `candidates()` — the active customers the user may invite (the edit right on the card,
  as `activities.invite` checks), by class, custodian and industry, or by a typed name or
  code (search and pick); each says whether it is already invited.
- `export_list()` — the invitation list (邀请名单) as a PDF (A4, ~30 rows a page, a column to
  sign in at the door) or an Excel workbook (landscape, title row repeated, fit to width),
  through `produce_file`: written beside the target, audited (`export_pdf`/`export_xlsx`),
  then put in place. A list of many customers is a bulk output: managers only, as for
  every other multi-card print (access.BULK_EXPORT).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from models.accounts import staff
from models.desk import activities
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.files import PathArg, produce_file
from models.foundation.schema import Customer, Invitation, Staff
from models.foundation.validation import clean_text
from models.rules import access, audit
from models.rules.access import Actor

MAX_CANDIDATES = 2000     # a screenful to tick; filters narrow it


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    code: str
    name: str
    cls: str
    custodian: str
    industry: str
    invited: bool


def candidates(actor: Actor, activity_id: int | str, *, cls: str = "", custodian: str = "", industry: str = "",
               text: str = "", limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Customers to pick from: class (A/B/C), custodian (username), industry (contains) and a
    name or code (contains), all optional; A first, then by code."""
    a = activities._activity(activity_id)
    actor = access.refresh(actor)
    cond = access.visible_condition(actor, "edit") & (Customer.status == "active")
    if cls:
        cond &= Customer.classification == cls
    if custodian:
        owner = Staff.get_or_none(Staff.username == custodian)
        cond &= Customer.owner == (owner.id if owner else -1)
    industry = clean_text(industry, 100)
    if industry:
        cond &= Customer.industry.contains(industry)
    text = clean_text(text, 100)
    if text:
        cond &= Customer.name.contains(text) | Customer.code.contains(text.upper())
    invited = Invitation.select(Invitation.customer).where(Invitation.activity == a.id)
    rows = (Customer.select(Customer.id, Customer.code, Customer.name, Customer.classification,
                            Staff.display_name, Customer.industry, Customer.id.in_(invited))
            .join(Staff, pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
            .where(cond).order_by(Customer.classification, Customer.code).limit(limit).tuples())
    return [Candidate(cid, code, name, c, who or "", ind, bool(done))
            for cid, code, name, c, who, ind, done in rows]


@dataclass(frozen=True)
class InvitationSheet:
    """What the printed list shows (a DTO for exports/invitation_list.py)."""

    company: str
    title: str
    kind: str
    held_on: dt.date
    place: str
    printed_on: dt.date
    lines: tuple[activities.InvitationLine, ...]


FORMATS = ("pdf", "xlsx")


def export_list(actor: Actor, activity_id: int | str, path: PathArg, *, fmt: str | None = None,
                today: dt.date | None = None) -> int:
    """Write the invitation list to `path` (.pdf or .xlsx); returns the number of rows."""
    from exports import invitation_list as formats

    actor = access.require(actor, access.BULK_EXPORT, label="邀请名单")
    target = Path(path)
    fmt = fmt or target.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValidationError([FieldProblem("path", "邀请名单可导出为 PDF（.pdf）或 Excel（.xlsx）", str(path))])
    info, lines = activities.show(actor, activity_id)
    sheet = InvitationSheet(staff.company_name(), info.title, info.kind, info.held_on, info.place,
                            today or dt.date.today(), tuple(lines))
    write = formats.write_pdf if fmt == "pdf" else formats.write_xlsx

    def entry(_result: object, digest: str) -> None:
        audit.record(actor, f"export_{fmt}", target_type="activity", target_id=info.id, target_label=info.title,
                     details={"what": "邀请名单", "rows": len(lines), "file": str(target), "sha256": digest})

    produce_file(target, lambda tmp: write(sheet, tmp), entry)
    return len(lines)
