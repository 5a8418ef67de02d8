"""The write half of an import: every validated row in one transaction, or nothing.

`models.importing` reads, matches and validates a spreadsheet into `Entry` objects; when
there is no problem, `ImportWriter.write` inserts the new cards in batches with one prepared
INSERT per table (ids, codes and the search column computed here), applies the updates, and
records the import's audit entry (file, SHA-256, counts) in the same transaction. Any
IntegrityError rolls everything back and becomes a Chinese message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Callable

import peewee as pw

from models.archive import search_text
from models.archive.cards import refresh_search_text
from models.foundation.changes import Kind, card_changes, record_changes
from models.foundation.db import database, is_postgres, write_transaction
from models.foundation.errors import ArchiveError
from models.foundation.schema import Contact, Customer, Event, Project, utcnow
from models.rules import audit
from models.rules.access import Actor

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
    unknown_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        verb = "可导入" if self.dry_run else "已导入"
        text = (f"共 {self.rows} 行：{verb}新客户 {self.created} 位，更新 {self.updated} 位，跳过 {self.skipped} 位；"
                f"联系人 {self.contacts}、合作项目 {self.projects}、重要事项 {self.events} 条")
        if self.problems:
            text = f"发现 {len(self.problems)} 个问题，未导入任何数据。" + text.replace(verb, "本可导入")
        if self.unknown_columns:
            text += "；未识别并忽略的列：" + "、".join(self.unknown_columns)
        return text


def problem_rows(report: ImportReport) -> list[list[str]]:
    return [[p.sheet, str(p.row), p.column, p.value, p.message] for p in report.problems]


def save_problems(report: ImportReport, path) -> Path:
    """The problem list as an xlsx (工作表, 行号, 列, 内容, 问题)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from exports.excel import _text

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("问题清单")
    for col, width in zip("ABCDE", (10, 8, 14, 30, 60)):
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
    def __init__(self):
        super().__init__("导入已取消，未写入任何数据")



@dataclass
class Entry:
    row: int
    fields: dict
    owner_id: int
    code: str = ""
    status: str = "active"
    archived_reason: str = ""
    existing_id: int | None = None      # set: update that card
    contacts: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    events: list = field(default_factory=list)



def audit_import(actor: Actor, report: ImportReport, codes: list[str]) -> None:
    details = {"file": report.file, "sha256": report.sha256, "rows": report.rows,
               "created": report.created, "updated": report.updated, "skipped": report.skipped,
               "contacts": report.contacts, "projects": report.projects, "events": report.events}
    if 0 < len(codes) <= 20:
        details["codes"] = codes
    audit.record(actor, "import", target_type="file", target_label=report.file, details=details)



class ImportWriter:
    """Writes the validated entries of one import (see ImportJob in models.importing)."""

    def __init__(self, actor: Actor, path: Path, report, columns: dict,
                 progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None):
        self.actor, self.path, self.report, self.columns = actor, path, report, columns
        self.progress, self.is_cancelled = progress, is_cancelled

    def write(self, entries: list[Entry]) -> None:
        rep = self.report
        new = [e for e in entries if e.existing_id is None]
        upd = [e for e in entries if e.existing_id is not None]
        try:
            with write_transaction():
                if is_postgres():
                    database.execute_sql("LOCK TABLE customer IN SHARE ROW EXCLUSIVE MODE")
                used = {c for (c,) in Customer.select(Customer.code).tuples()}
                next_id = (Customer.select(pw.fn.MAX(Customer.id)).scalar() or 0) + 1
                first_new_id = next_id
                created_codes = []
                for start in range(0, len(new), BATCH):
                    if self.is_cancelled and self.is_cancelled():
                        raise ImportCancelled()
                    next_id = self._insert(new[start:start + BATCH], next_id, used, created_codes)
                    if self.progress:
                        self.progress(min(start + BATCH, len(new)), len(new))
                for e in upd:
                    self._update(e)
                rep.created, rep.updated = len(new), len(upd)
                audit_import(self.actor, rep, created_codes[:20] if len(created_codes) <= 20 else [])
                record_changes(card_changes(*range(first_new_id, next_id),
                                            *(e.existing_id for e in upd), also=[Kind.EVENTS]))
                if is_postgres():
                    database.execute_sql("SELECT setval(pg_get_serial_sequence('customer', 'id'), "
                                         "(SELECT COALESCE(MAX(id), 1) FROM customer))")
        except pw.IntegrityError as exc:
            raise ArchiveError(f"导入时与档案中的数据冲突，未写入任何数据（{exc}）".splitlines()[0]) from exc

    def _insert(self, batch: list[Entry], next_id: int, used: set, created_codes: list) -> int:
        now, actor = utcnow(), self.actor
        rows, contacts, projects, events = [], [], [], []
        for e in batch:
            cid = next_id
            next_id += 1
            code = e.code or f"KH{cid:06d}"
            n = cid
            while code in used:
                n += 1
                code = f"KH{n:06d}"
            used.add(code)
            created_codes.append(code)
            f = {"kind": "company", "classification": "C", **e.fields}
            row = dict(id=cid, code=code, name=f["name"], kind=f["kind"], organization=f.get("organization", ""),
                       industry=f.get("industry", ""), industry_status=f.get("industry_status", ""),
                       founded_on=f.get("founded_on"), address=f.get("address", ""), phone=f.get("phone", ""),
                       fax=f.get("fax", ""), email=f.get("email", ""), wechat=f.get("wechat", ""),
                       website=f.get("website", ""), source_channel=f.get("source_channel", ""),
                       classification=f["classification"], owner=e.owner_id, status=e.status,
                       archived_reason=e.archived_reason, archived_at=now if e.status == "archived" else None,
                       notes=f.get("notes", ""), import_source=self.path.name, created_at=now,
                       created_by=actor.id, updated_at=now, updated_by=actor.id, version=1)
            people = self._contacts_rows(cid, e.contacts, 0)
            row["search_text"] = search_text.build_from(row, people)
            rows.append(row)
            contacts.extend(people)
            projects.extend(self._project_rows(cid, e.projects))
            events.extend(self._event_rows(cid, e.events, now))
        self._bulk(Customer, rows)
        self._bulk(Contact, contacts)
        self._bulk(Project, projects)
        self._bulk(Event, events)
        return next_id

    @staticmethod
    def _bulk(model, rows: list[dict]) -> None:
        """executemany with one prepared INSERT (peewee's insert_many spends its time building SQL)."""
        if not rows:
            return
        names = list(rows[0])
        fields = [model._meta.fields[n] for n in names]
        param = database.obj.param
        sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
            model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields),
            ", ".join([param] * len(fields)))
        # Text columns hold validated str already (their db_value would return it unchanged), so
        # only the other columns (ids, dates, flags) go through peewee's db_value.
        take = itemgetter(*names)
        convert = [(i, f.db_value) for i, f in enumerate(fields)
                   if not isinstance(f, (pw.CharField, pw.TextField))]
        values = []
        for r in rows:
            v = list(take(r))
            for i, db_value in convert:
                v[i] = db_value(v[i])
            values.append(v)
        cursor = database.cursor()
        for i in range(0, len(values), 1000):
            cursor.executemany(sql, values[i:i + 1000])

    def _contacts_rows(self, cid: int, contacts: list[dict], start: int) -> list[dict]:
        out = []
        has_primary = any(c.get("is_primary") for c in contacts) and start == 0
        for k, c in enumerate(contacts):
            out.append(dict(customer=cid, name=c["name"], is_primary=bool(c.get("is_primary")) if has_primary
                            else (k == 0 and start == 0), title=c.get("title", ""),
                            role_in_org=c.get("role_in_org", ""), phone=c.get("phone", ""),
                            mobile=c.get("mobile", ""), email=c.get("email", ""), wechat=c.get("wechat", ""),
                            birthday_month=c.get("birthday_month"), birthday_day=c.get("birthday_day"),
                            birthday_year=c.get("birthday_year"), birthday_lunar=bool(c.get("birthday_lunar")),
                            family=c.get("family", ""), personality=c.get("personality", ""),
                            hobbies=c.get("hobbies", ""), relationships=c.get("relationships", ""),
                            position=start + k, version=1))
        self.report.contacts += len(out)
        return out

    def _project_rows(self, cid: int, projects: list[dict]) -> list[dict]:
        self.report.projects += len(projects)
        return [dict(customer=cid, name=p["name"], started_on=p.get("started_on"), ended_on=p.get("ended_on"),
                     amount=p.get("amount"), status=p.get("status", "进行中"), notes=p.get("notes", ""),
                     version=1) for p in projects]

    def _event_rows(self, cid: int, events: list[dict], now) -> list[dict]:
        self.report.events += len(events)
        return [dict(customer=cid, event_date=ev["event_date"], category=ev["category"], title=ev["title"],
                     content=ev.get("content", ""), source_department=ev.get("source_department", ""),
                     recorded_by=self.actor.id, recorded_at=now, is_report=bool(ev.get("is_report")),
                     version=1) for ev in events]

    def _update(self, e: Entry) -> None:
        changes = {k: v for k, v in e.fields.items() if v not in ("", None)}
        customer = Customer.get_by_id(e.existing_id)
        if not self.actor.is_manager:
            changes.pop("classification", None)   # class and custodian stay a manager's call
        elif "owner" in self.columns and e.owner_id != customer.owner_id:
            changes["owner"] = e.owner_id
        (Customer.update(version=Customer.version + 1, updated_at=utcnow(), updated_by=self.actor.id,
                         **changes).where(Customer.id == e.existing_id).execute())
        existing = {c.name: c for c in Contact.select().where(Contact.customer == e.existing_id)}
        fresh = []
        for c in e.contacts:
            old = existing.get(c["name"])
            if old is None:
                fresh.append(c)
                continue
            upd = {k: v for k, v in c.items() if v not in ("", None) and k != "is_primary"}
            Contact.update(version=Contact.version + 1, **upd).where(Contact.id == old.id).execute()
        self._bulk(Contact, self._contacts_rows(e.existing_id, fresh, len(existing) or 0))
        have_p = set(Project.select(Project.name, Project.started_on)
                     .where(Project.customer == e.existing_id).tuples())
        have_e = set(Event.select(Event.event_date, Event.title).where(Event.customer == e.existing_id).tuples())
        projects = [p for p in e.projects if (p["name"], p.get("started_on")) not in have_p]
        events = [ev for ev in e.events if (ev["event_date"], ev["title"]) not in have_e]
        self._bulk(Project, self._project_rows(e.existing_id, projects))
        self._bulk(Event, self._event_rows(e.existing_id, events, utcnow()))
        refresh_search_text(Customer.get_by_id(e.existing_id))

