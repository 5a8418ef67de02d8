"""The write half of an import: the card form's own checks and write functions, one transaction.

`models.transfer.importing` reads, matches and validates a spreadsheet into `Entry` objects.
`plan()` then asks every entry the rights the card form would ask, before anything is
written (the dry run asks the same, so it promises nothing the import will refuse):
  * a new card: the create rules (checked while reading: creating, a custodian other than
    oneself needs a manager) and, for its key people and entries, what its custodian-to-be
    may do on it (access.require_on_new_card);
  * an updated card: `edit` (customers.check_update), a manager for a class or custodian that
    differs, and `sensitive` for any key person's row that carries a sensitive field
    (contacts.require_contact_rights) — so a refusal is audited and nothing is written.
`write()` then writes through the functions the forms use (new_cards.write_new_cards,
customers.write_update, contacts.write_new_contact / write_contact_update /
write_new_project, events.write_new_event) in one transaction, so every card gets the audit
entries the form would give it, each marked with the file's name (`import`), appended in
bulk, and the file gets its one `import` entry beside them. Any IntegrityError or stale
version rolls everything back.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from models.archive import contacts as contacts_
from models.archive import customers
from models.archive import events as events_
from models.archive.customers import CustomerChange
from models.archive.journal import Journal
from models.archive.new_cards import NewCard, write_new_cards
from models.foundation import safety_copy
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import ArchiveError
from models.foundation.files import PathArg
from models.foundation.schema import Contact, Customer, Event, Project, Staff
from models.rules import access, audit
from models.rules.access import Actor

if TYPE_CHECKING:
    from models.transfer.survey_import import SurveyImportReport

BATCH = 1000


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str
    value: str
    message: str


@dataclass
class ImportReport:
    """What an import found and did (also the dry run's and the refused import's answer)."""

    file: str
    sha256: str = ""
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    contacts: int = 0
    projects: int = 0
    events: int = 0
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)  # (row, name, why)
    # likely duplicates among the new cards: a name the same after removing 有限公司/股份/（分公司）
    # (models.value.merge.name_key) — created all the same, and reported: (row, name, why)
    similar: list[tuple[int, str, str]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        verb = "可导入" if self.dry_run else "已导入"
        text = (f"共 {self.rows} 行：{verb}新客户 {self.created} 位，更新 {self.updated} 位，跳过 {self.skipped} 位；"
                f"联系人 {self.contacts}、合作项目 {self.projects}、重要事项 {self.events} 条")
        text = file_summary(text, verb, self)
        if self.similar:
            shown = "；".join(f"第 {row} 行“{name}”{why}" for row, name, why in self.similar[:5])
            more = " 等" if len(self.similar) > 5 else ""
            text += f"；疑似重复 {len(self.similar)} 处（名称相近，请核对后在“疑似重复客户”中合并）：{shown}{more}"
        return text


def file_summary(text: str, verb: str, report: ImportReport | SurveyImportReport) -> str:
    """What every import's summary adds to its counts: problems (nothing written), ignored
    columns, hidden sheets not read. `report` has problems, unknown_columns, hidden_sheets."""
    if report.problems:
        text = f"发现 {len(report.problems)} 个问题，未导入任何数据。" + text.replace(verb, "本可导入")
    if report.unknown_columns:
        text += "；未识别并忽略的列：" + "、".join(report.unknown_columns)
    if report.hidden_sheets:
        text += "；未读取隐藏的工作表：" + "、".join(report.hidden_sheets)
    return text


def problem_rows(report: ImportReport) -> list[list[str]]:
    return [[p.sheet, str(p.row), p.column, p.value, p.message] for p in report.problems]


def save_problems(report: ImportReport, path: PathArg) -> Path:
    """The problem list as an xlsx (工作表, 行号, 列, 内容, 问题)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from exports.excel import _text

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("问题清单")
    for col, width in zip("ABCDE", (10, 8, 14, 30, 60), strict=False):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    from openpyxl.cell import WriteOnlyCell

    head = []
    for name in ("工作表", "行号", "列", "内容", "问题"):
        cell = WriteOnlyCell(ws, name)
        cell.font = Font(bold=True)
        head.append(cell)
    ws.append(head)
    for p in report.problems:
        ws.append([_text(ws, p.sheet), p.row, _text(ws, p.column) if p.column else None,
                   _text(ws, p.value) if p.value else None, _text(ws, p.message)])
    path = Path(path)
    wb.save(str(path))
    return path


class ImportCancelled(ArchiveError):
    def __init__(self) -> None:
        super().__init__("导入已取消，未写入任何数据")



@dataclass
class Entry:
    row: int
    fields: dict[str, Any]
    owner_id: int
    code: str = ""
    status: str = "active"
    archived_reason: str = ""
    existing_id: int | None = None      # set: update that card
    rows: int = 1                       # sheet rows merged into this entry (an update's count)
    contacts: list[Any] = field(default_factory=list)
    projects: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)



def audit_import(actor: Actor, report: ImportReport, action: str = "import", codes: Sequence[str] = ()) -> None:
    """The file-level entry: `import` (written), `import_dry_run` or `import_refused` (problems)."""
    details = {"file": report.file, "sha256": report.sha256, "rows": report.rows,
               "created": report.created, "updated": report.updated, "skipped": report.skipped,
               "contacts": report.contacts, "projects": report.projects, "events": report.events}
    if report.problems:
        details["problems"] = len(report.problems)
    if report.duplicates:
        details["duplicates"] = len(report.duplicates)
    if 0 < len(codes) <= 20:
        details["codes"] = list(codes)
    audit.record(actor, action, target_type="file", target_label=report.file, details=details)


@dataclass
class CardUpdate:
    """One existing card's checked changes from an import."""

    customer: Customer
    change: CustomerChange
    contact_changes: list[tuple[Contact, dict[str, Any]]] = field(default_factory=list)
    new_contacts: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ImportPlan:
    actor: Actor
    new: list[Entry]            # made into NewCards batch by batch (memory)
    updates: list[CardUpdate]


def _new_card(e: Entry) -> NewCard:
    return NewCard(e.fields, e.owner_id, e.code, e.status, e.archived_reason, e.contacts, e.projects, e.events)


def plan(actor: Actor, entries: list[Entry], columns: dict[str, Any], report: ImportReport) -> ImportPlan:
    """Ask every right the forms would ask (PermissionDenied, audited, when one is missing);
    fills the report's counts with what would be written."""
    new = [e for e in entries if e.existing_id is None]
    for owner_id in sorted({e.owner_id for e in new if e.contacts or e.projects or e.events}):
        actor = access.require_on_new_card(actor, access.EDIT, owner_id, label=report.file)
    for owner_id in sorted({e.owner_id for e in new if any(contacts_.touches_sensitive(c) for c in e.contacts)}):
        actor = access.require_on_new_card(actor, access.SENSITIVE, owner_id, label=report.file)
    updates = []
    for e in entries:
        if e.existing_id is not None:
            actor, update = _plan_update(actor, e, "owner" in columns)
            updates.append(update)
    report.created = len(new)
    report.updated = sum(e.rows for e in entries if e.existing_id is not None)
    report.contacts = sum(len(e.contacts) for e in new) + sum(len(u.new_contacts) for u in updates)
    report.projects = sum(len(e.projects) for e in new) + sum(len(u.projects) for u in updates)
    report.events = sum(len(e.events) for e in new) + sum(len(u.events) for u in updates)
    return ImportPlan(actor, new, updates)


def _plan_update(actor: Actor, e: Entry, owner_column: bool) -> tuple[Actor, CardUpdate]:
    customer = Customer.get_by_id(e.existing_id)
    changes = {k: v for k, v in e.fields.items() if v not in ("", None)}   # empty cells keep the card's
    owner = None
    if owner_column and e.owner_id != customer.owner_id:
        owner = Staff.get_by_id(e.owner_id)
    actor, change = customers.check_update(actor, customer, changes, owner)
    update = CardUpdate(customer, change)
    existing = {c.name: c for c in Contact.select().where(Contact.customer == customer.id)}
    for c in e.contacts:
        old = existing.get(c["name"])
        if old is None:
            actor = contacts_.require_contact_rights(actor, customer, c)
            update.new_contacts.append(c)
            continue
        upd = {k: v for k, v in c.items() if v not in ("", None) and k != "is_primary"}
        actor = contacts_.require_contact_rights(actor, customer, upd)
        if any(getattr(old, k) != v for k, v in upd.items()):
            update.contact_changes.append((old, upd))
    have_p = set(Project.select(Project.name, Project.started_on).where(Project.customer == customer.id).tuples())
    have_e = set(Event.select(Event.event_date, Event.title).where(Event.customer == customer.id).tuples())
    update.projects = [p for p in e.projects if (p["name"], p.get("started_on")) not in have_p]
    update.events = [ev for ev in e.events if (ev["event_date"], ev["title"]) not in have_e]
    return actor, update


class ImportWriter:
    """Writes a checked plan in one transaction (see the module docstring)."""

    def __init__(self, plan_: ImportPlan, path: Path, report: ImportReport,
                 progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None):
        self.plan, self.path, self.report = plan_, path, report
        self.progress, self.is_cancelled = progress, is_cancelled

    def write(self) -> None:
        actor, new, file = self.plan.actor, self.plan.new, self.path.name
        r = self.report   # more than 100 records to write: a checked copy first (pre-import)
        safety_copy.before_large_write(r.created + r.updated + r.contacts + r.projects + r.events)
        try:
            with write_transaction():
                journal = Journal(actor, bulk=True, extra={"import": file})
                created: list[str] = []
                in_use = {code for (code,) in Customer.select(Customer.code).tuples()} if new else set()
                for start in range(0, len(new), BATCH):
                    if self.is_cancelled and self.is_cancelled():
                        raise ImportCancelled()
                    batch = [_new_card(e) for e in new[start:start + BATCH]]
                    created += [code for _id, code in write_new_cards(
                        actor, batch, journal, import_source=file, codes_in_use=in_use)]
                    journal.flush()   # per batch: the pending entries stay small
                    if self.progress:
                        self.progress(min(start + BATCH, len(new)), len(new))
                for u in self.plan.updates:
                    self._update(actor, u, journal)
                journal.flush()
                record_changes(Changes.of(Kind.CUSTOMERS, Kind.CARD, Kind.EVENTS, customers=None))
                audit_import(actor, self.report, "import", created if len(created) <= 20 else [])
        except pw.IntegrityError as exc:
            raise ArchiveError(f"导入时与档案中的数据冲突，未写入任何数据（{exc}）".splitlines()[0]) from exc

    @staticmethod
    def _update(actor: Actor, u: CardUpdate, journal: Journal) -> None:
        customer = u.customer
        if u.change.diff:
            customers.write_update(actor, u.change, customer.version, journal)
            customer = Customer.get_by_id(customer.id)   # the search column follows the new name/phone
        for contact, upd in u.contact_changes:
            contacts_.write_contact_update(actor, customer, contact, contact.version, upd, journal)
        for c in u.new_contacts:
            contacts_.write_new_contact(actor, customer, c, journal)
        for p in u.projects:
            contacts_.write_new_project(actor, customer, p, journal)
        for ev in u.events:
            events_.write_new_event(actor, customer, ev, journal, is_report=bool(ev.get("is_report")))
