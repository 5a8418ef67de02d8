"""Importing a customer spreadsheet: validate every row, then write all or nothing.

Reads the first sheet, or the 客户 sheet of our own export together with its 联系人, 合作项目
and 重要事项 sheets (so an export imports back whole). Columns are matched by header name
(exports/xlsx_import.py); `mapping` maps other headers ({header: field or None}).

Every row is checked with the same rules as the forms (customers.validate_fields,
contacts.validate_contact/validate_project, events.validate_event); every problem is listed
(sheet, row, column, value, message) and, when there is any, nothing is written. Duplicates
— the same 客户编号; for rows without a code the same name, or the same phone (customer
phone; contact mobile) — are looked for in the archive and within the file; on_duplicate decides: "skip" the row,
"update" the existing card (non-empty cells replace its fields; within the file, later rows
add their contact to the first), or "fail" (a problem). Masked values (●●●●) are never
imported. Agents import into their own custody; managers may name a custodian (--owner or
the 负责客服 column). New cards record created_by and import_source (the file name); the
import is one audit entry (file, SHA-256, counts) in the same transaction as the rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import peewee as pw
from pypinyin import lazy_pinyin

from exports import xlsx_import as xi
from models import access, audit, search_text
from models.access import Actor
from models.cards import refresh_search_text
from models.contacts import validate_contact, validate_project
from models.customers import FIELD_LABELS, validate_fields
from models.db import database, is_postgres, write_transaction
from models.dto import MASK
from models.errors import ArchiveError, FieldProblem, ValidationError
from models.events import validate_event
from models.schema import Contact, Customer, Event, Project, Staff, utcnow
from models.validation import narrow, parse_birthday

DUPLICATE_CHOICES = ("skip", "update", "fail")
DUPLICATE_LABELS = {"skip": "跳过", "update": "更新", "fail": "停止"}
STATUS_BY_LABEL = {"正常": "active", "active": "active", "已归档": "archived", "archived": "archived",
                   "归档": "archived"}
KIND_BY_LABEL = {"企业": "company", "公司": "company", "company": "company", "个人": "individual",
                 "individual": "individual"}
_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str
    value: str
    message: str


@dataclass
class ImportReport:
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


class ImportCancelled(ArchiveError):
    def __init__(self):
        super().__init__("导入已取消，未写入任何数据")


def digits(value) -> str:
    return _DIGITS.sub("", narrow(value or ""))


def name_key(value) -> str:
    return re.sub(r"\s+", "", narrow(value or "")).lower()


def cell_text(value) -> str:
    """A cell as text (phone numbers Excel made into 1.38e10 floats come back as digits)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class StaffResolver:
    """Finds custodians by user name, display name or our export's 'name（username）' form."""

    def __init__(self):
        self._rows = list(Staff.select())

    def find(self, text) -> Staff | None:
        raw = narrow(cell_text(text))
        m = re.search(r"[（(]([^()（）]+)[)）]\s*$", raw)
        keys = [m.group(1).strip()] if m else []
        keys.append(raw)
        for key in keys:
            for s in self._rows:
                if s.username == key:
                    return s
        hits = [s for s in self._rows if s.display_name == raw]
        return hits[0] if len(hits) == 1 else None


def problems_from(exc: ValidationError, sheet: str, row: int, labels: dict, columns: dict) -> list[Problem]:
    out = []
    for p in exc.problems:
        fld = p.field if p.field in columns else ("cls" if p.field == "classification" else p.field)
        column = columns.get(fld) or labels.get(fld, fld)
        value = "" if p.value is None else cell_text(p.value)
        out.append(Problem(sheet, row, column, value, p.message))
    return out


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


Progress = Callable[[int, int], None] | None


def import_xlsx(actor: Actor, path, *, owner=None, on_duplicate: str = "skip",
                dry_run: bool = False, mapping: dict | None = None, progress: Progress = None,
                is_cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Validate the whole file; write everything in one transaction unless there is a problem."""
    if on_duplicate not in DUPLICATE_CHOICES:
        raise ValidationError([FieldProblem("on_duplicate", "重复处理方式必须是 skip、update 或 fail")])
    actor = access.require(actor, access.CREATE, label=Path(path).name)
    staff = StaffResolver()
    default_owner = None
    if owner is not None:
        default_owner = staff.find(owner)
        if default_owner is None:
            raise ValidationError([FieldProblem("owner", f"找不到负责客服：{owner}", owner)])
        if default_owner.id != actor.id:
            access.require(actor, access.MANAGE, label=Path(path).name)
        if default_owner.status != "active" or default_owner.role not in ("agent", "manager"):
            raise ValidationError([FieldProblem("owner", f"{default_owner.display_name} 不能担任负责客服", owner)])
    job = ImportJob(actor, Path(path), staff, default_owner, on_duplicate, mapping,
                                   progress, is_cancelled)
    job.read_and_validate()
    report = job.report
    report.dry_run = dry_run
    if report.problems or dry_run:
        report.created = sum(1 for e in job.entries if e.existing_id is None)
        report.updated = len(job.entries) - report.created
        report.contacts = sum(len(e.contacts) for e in job.entries)
        report.projects = sum(len(e.projects) for e in job.entries)
        report.events = sum(len(e.events) for e in job.entries)
        return report
    job.write()
    report.written = True
    return report


def find_duplicates_in_archive():
    """(code -> id, name key -> id, phone digits -> id, mobile digits -> customer id)."""
    codes, names, phones = {}, {}, {}
    for cid, code, name, phone in Customer.select(Customer.id, Customer.code, Customer.name,
                                                  Customer.phone).tuples():
        codes[code] = cid
        names.setdefault(name_key(name), cid)
        d = digits(phone)
        if len(d) >= 7:
            phones.setdefault(d, cid)
    return codes, names, phones


def audit_import(actor: Actor, report: ImportReport, codes: list[str]) -> None:
    details = {"file": report.file, "sha256": report.sha256, "rows": report.rows,
               "created": report.created, "updated": report.updated, "skipped": report.skipped,
               "contacts": report.contacts, "projects": report.projects, "events": report.events}
    if 0 < len(codes) <= 20:
        details["codes"] = codes
    audit.record(actor, "import", target_type="file", target_label=report.file, details=details)


_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=200_000)
def _pinyin_forms(name: str) -> tuple[str, str]:
    """search_text.pinyin_forms, cached, and in one pypinyin pass for all-Chinese names (the
    initials are then the first letters of the syllables). test_import_speedups checks both
    give exactly what search_text.build gives."""
    if _HAN.fullmatch(name):
        full = lazy_pinyin(name, errors="default")
        return "".join(full).lower().replace(" ", ""), "".join(s[:1] for s in full).lower().replace(" ", "")
    return search_text.pinyin_forms(name)


def fast_search_text(row: dict, contacts: list[dict]) -> str:
    """search_text.build(customer, contacts) for plain dicts, with the cached pinyin."""
    parts = [row["code"], row["name"], row["phone"], row["fax"], row["email"]]
    parts.extend(_pinyin_forms(row["name"]))
    digit_forms = [row["phone"], row["fax"]]
    for c in contacts:
        parts.extend([c["name"], c["phone"], c["mobile"], c["email"]])
        parts.extend(_pinyin_forms(c["name"]))
        digit_forms.extend([c["phone"], c["mobile"]])
    parts.extend(_DIGITS.sub("", p) for p in digit_forms if p)
    return "\x1f".join(narrow(p).lower() for p in parts if p)


COMPANY_FIELDS = ("name", "kind", "organization", "industry", "industry_status", "founded_on",
                  "address", "phone", "fax", "email", "wechat", "website", "source_channel", "cls",
                  "notes")
CONTACT_FROM_ROW = {"contact_name": "name", "contact_title": "title", "contact_mobile": "mobile",
                    "contact_phone": "phone", "contact_email": "email", "contact_birthday": "birthday"}
BATCH = 1000


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


def _plain(value):
    """Cell value for the validators: text stays text, floats that are whole become ints."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _contact_data(values: dict, mapping: dict) -> dict:
    data = {}
    for src, dst in mapping.items():
        if src in values and values[src] != MASK:
            value = values[src]
            if dst == "birthday":
                value = parse_birthday(value)
            elif dst == "is_primary":
                value = narrow(cell_text(value)) in ("是", "Y", "y", "1", "True", "TRUE", "主要")
            elif dst not in ("birthday",):
                value = cell_text(value)
            data[dst] = value
    return data


class ImportJob:
    def __init__(self, actor, path: Path, staff: StaffResolver, default_owner, on_duplicate, mapping,
                 progress, is_cancelled):
        self.actor, self.path, self.staff = actor, path, staff
        self.owner = default_owner or Staff.get_by_id(actor.id)
        self.on_duplicate, self.mapping = on_duplicate, mapping
        self.progress, self.is_cancelled = progress, is_cancelled
        self.report = ImportReport(file=path.name)
        self.entries: list[Entry] = []
        self.by_code: dict[str, Entry | None] = {}   # None: a skipped duplicate
        self.file_names: dict[str, Entry] = {}
        self.file_phones: dict[str, Entry] = {}
        self.columns: dict[str, str] = {}

    # ---- reading and validating ----------------------------------------------------------
    def _problem(self, sheet, row, column, value, message):
        self.report.problems.append(Problem(sheet, row, column, "" if value is None else cell_text(value), message))

    def _tick(self, n: int, total: int | None):
        if self.is_cancelled and self.is_cancelled():
            raise ImportCancelled()
        if self.progress and n % 500 == 0:
            self.progress(n, max(total or n, n))

    def read_and_validate(self) -> None:
        from models.exporting import sha256_of

        self.report.sha256 = sha256_of(self.path) if self.path.exists() else ""
        wb = xi.load(self.path)
        try:
            self._read(wb)
        except ArchiveError:
            raise
        except Exception as exc:  # noqa: BLE001 - a malformed or hostile sheet (e.g. XML entities)
            raise xi.ImportFileError(f"{xi.NOT_XLSX}：{type(exc).__name__}") from None
        finally:
            wb.close()

    def _read(self, wb) -> None:
        own_export = "客户" in wb.sheetnames
        ws = wb["客户"] if own_export else wb.worksheets[0]
        sheet = xi.open_sheet(ws, xi.CUSTOMER_HEADERS, mapping=self.mapping, ignored=xi.IGNORED_HEADERS)
        self.report.unknown_columns = sheet.unknown
        self.columns = {fld: sheet.headers[col] for col, fld in sheet.columns.items()}
        if "name" not in self.columns:
            self._problem(ws.title, sheet.header_row, "客户名称", "", "找不到“客户名称”列（必填），请检查表头或指定列对应关系")
            return
        self.archive = find_duplicates_in_archive()
        self.mobiles = {digits(m): cid for m, cid in Contact.select(Contact.mobile, Contact.customer)
                        .where(Contact.mobile != "").tuples() if len(digits(m)) >= 7}
        for n, (number, values) in enumerate(sheet.rows, 1):
            self.report.rows += 1
            self._customer_row(ws.title, number, values)
            self._tick(n, sheet.max_row)
        if own_export:
            for title, table, ignored, handler in (
                    ("联系人", xi.CONTACT_SHEET_HEADERS, set(), self._contact_row),
                    ("合作项目", xi.PROJECT_SHEET_HEADERS, set(), self._project_row),
                    ("重要事项", xi.EVENT_SHEET_HEADERS, xi.EVENT_IGNORED, self._event_row)):
                if title in wb.sheetnames:
                    part = xi.open_sheet(wb[title], table, ignored=ignored)
                    for n, (number, values) in enumerate(part.rows, 1):
                        handler(title, number, values)
                        self._tick(n, part.max_row)

    def _customer_row(self, sheet: str, row: int, values: dict) -> None:
        col = self.columns
        before = len(self.report.problems)
        data = {}
        for key in COMPANY_FIELDS:
            if key not in values:
                continue
            value = _plain(values[key])
            if key == "kind":
                kind = KIND_BY_LABEL.get(narrow(cell_text(value)).lower())
                if kind is None:
                    self._problem(sheet, row, col["kind"], value, "类型必须是企业或个人")
                    continue
                value = kind
            elif key == "cls":
                value = narrow(cell_text(value))[:1].upper()
            elif key != "founded_on":
                value = cell_text(value)
            data[key] = value
        try:
            clean = validate_fields(data, creating=True)
        except ValidationError as exc:
            self.report.problems.extend(problems_from(exc, sheet, row, FIELD_LABELS, col))
            clean = {}
        owner = self.owner
        if "owner" in values:
            found = self.staff.find(values["owner"])
            if found is None:
                self._problem(sheet, row, col["owner"], values["owner"], "找不到这位负责客服")
            elif found.status != "active" or found.role not in ("agent", "manager"):
                self._problem(sheet, row, col["owner"], values["owner"], "负责客服须为在职客服专员或主管")
            elif found.id != self.actor.id and not self.actor.is_manager:
                self._problem(sheet, row, col["owner"], values["owner"], "客服专员只能导入到自己名下")
            else:
                owner = found
        status = "active"
        if "status" in values:
            status = STATUS_BY_LABEL.get(narrow(cell_text(values["status"])))
            if status is None:
                self._problem(sheet, row, col["status"], values["status"], "状态必须是“正常”或“已归档”")
        code = narrow(cell_text(values.get("code", "")))
        if len(code) > 32:
            self._problem(sheet, row, col["code"], code, "客户编号不能超过 32 个字符")
        contact = None
        if any(k in values for k in CONTACT_FROM_ROW):
            try:
                contact = validate_contact(_contact_data(values, CONTACT_FROM_ROW), creating=True)
            except ValidationError as exc:
                labels = {v: xi.FIELD_LABELS[k] for k, v in CONTACT_FROM_ROW.items()}
                cols = {v: col.get(k, labels[v]) for k, v in CONTACT_FROM_ROW.items()}
                self.report.problems.extend(problems_from(exc, sheet, row, labels, cols))
            except ValueError as exc:  # parse_birthday
                self._problem(sheet, row, col.get("contact_birthday", "联系人生日"),
                              values.get("contact_birthday"), f"生日：{exc}")
        if len(self.report.problems) > before:
            if code:
                self.by_code.setdefault(code, None)  # its other sheets' rows: no follow-on noise
            return
        entry = Entry(row, clean, owner.id, code, status or "active",
                      cell_text(values.get("archived_reason", "")) if status == "archived" else "")
        if contact:
            entry.contacts.append(contact)
        self._place(sheet, entry)

    def _place(self, sheet: str, entry: Entry) -> None:
        name = entry.fields["name"]
        nk, pd = name_key(name), digits(entry.fields.get("phone", ""))
        mob = digits(entry.contacts[0].get("mobile", "")) if entry.contacts else ""
        earlier, why = None, ""
        # a 客户编号 identifies a card; rows without one are matched by name or phone
        if entry.code:
            if entry.code in self.by_code:
                earlier, why = self.by_code[entry.code], f"客户编号“{entry.code}”在文件中重复"
        elif nk in self.file_names:
            earlier, why = self.file_names[nk], f"客户名称“{name}”在文件中重复"
        elif len(pd) >= 7 and pd in self.file_phones:
            earlier, why = self.file_phones[pd], f"电话“{entry.fields['phone']}”在文件中重复"
        existing, ewhy = None, ""
        codes, names, phones = self.archive
        if entry.code:
            if entry.code in codes:
                existing, ewhy = codes[entry.code], f"客户编号“{entry.code}”已在档案中"
        elif nk in names:
            existing, ewhy = names[nk], f"档案中已有同名客户“{name}”"
        elif len(pd) >= 7 and pd in phones:
            existing, ewhy = phones[pd], f"档案中已有电话相同的客户（{entry.fields['phone']}）"
        elif len(mob) >= 7 and mob in self.mobiles:
            existing, ewhy = self.mobiles[mob], "档案中已有手机号相同的联系人"
        if why or ewhy:
            reason = why or ewhy
            if self.on_duplicate == "fail":
                self._problem(sheet, entry.row, self.columns.get("name", "客户名称"), name, f"重复：{reason}")
                if entry.code:
                    self.by_code.setdefault(entry.code, None)
                return
            self.report.duplicates.append((entry.row, name, reason))
            if self.on_duplicate == "skip":
                self.report.skipped += 1
                if entry.code:
                    self.by_code.setdefault(entry.code, None)
                return
            if why:   # update within the file: merge into the first row
                if earlier is not None:
                    earlier.fields.update({k: v for k, v in entry.fields.items() if v not in ("", None)})
                    known = {c["name"] for c in earlier.contacts}
                    earlier.contacts.extend(c for c in entry.contacts if c["name"] not in known)
                return
            if not access.can(self.actor, access.EDIT, existing):
                self._problem(sheet, entry.row, self.columns.get("name", "客户名称"), name,
                              f"{ewhy}，但您无权修改该客户，无法更新")
                if entry.code:
                    self.by_code.setdefault(entry.code, None)
                return
            entry.existing_id = existing
        self.entries.append(entry)
        if entry.code:
            self.by_code[entry.code] = entry
        if entry.code:
            return
        self.file_names.setdefault(nk, entry)
        if len(pd) >= 7:
            self.file_phones.setdefault(pd, entry)

    def _sub_row(self, sheet, row, values, validator, labels, extra=None):
        code = narrow(cell_text(values.get("code", "")))
        if code not in self.by_code:
            self._problem(sheet, row, "客户编号", code, "客户编号不在“客户”表中")
            return None, None
        entry = self.by_code[code]
        if entry is None:   # its customer row was skipped or rejected
            return None, None
        data = {k: _plain(v) for k, v in values.items() if k not in ("code", "customer_name") and v != MASK}
        data.update(extra(data) if extra else {})
        try:
            clean = validator(data)
        except ValidationError as exc:
            self.report.problems.extend(problems_from(exc, sheet, row, labels, {}))
            return None, None
        except ValueError as exc:
            self._problem(sheet, row, "生日", values.get("birthday"), f"生日：{exc}")
            return None, None
        return entry, clean

    def _contact_row(self, sheet, row, values):
        from models.contacts import CONTACT_LABELS

        def extra(data):
            out = {}
            if "birthday" in data:
                out["birthday"] = parse_birthday(data["birthday"])
            out["is_primary"] = narrow(cell_text(data.get("is_primary", ""))) == "是"
            for k in ("phone", "mobile", "name", "title", "wechat", "email"):
                if k in data:
                    out[k] = cell_text(data[k])
            return out
        entry, clean = self._sub_row(sheet, row, values, lambda d: validate_contact(d, creating=True),
                                     CONTACT_LABELS, extra)
        if entry is not None and clean is not None:
            entry.contacts.append(clean)

    def _project_row(self, sheet, row, values):
        from models.contacts import PROJECT_LABELS

        entry, clean = self._sub_row(sheet, row, values, lambda d: validate_project(
            {"status": "进行中", **{k: (cell_text(v) if k in ("name", "notes", "status") else v)
                                   for k, v in d.items()}}, creating=True), PROJECT_LABELS)
        if entry is not None and clean is not None:
            entry.projects.append(clean)

    def _event_row(self, sheet, row, values):
        from models.events import LABELS

        is_report = narrow(cell_text(values.pop("is_report", ""))) == "是"
        entry, clean = self._sub_row(sheet, row, values, lambda d: validate_event(
            {k: (cell_text(v) if k != "event_date" else v) for k, v in d.items()}), LABELS)
        if entry is not None and clean is not None:
            clean["is_report"] = is_report
            entry.events.append(clean)

    # ---- writing ---------------------------------------------------------------------------
    def write(self) -> None:
        rep = self.report
        new = [e for e in self.entries if e.existing_id is None]
        upd = [e for e in self.entries if e.existing_id is not None]
        try:
            with write_transaction():
                if is_postgres():
                    database.execute_sql("LOCK TABLE customer IN SHARE ROW EXCLUSIVE MODE")
                used = {c for (c,) in Customer.select(Customer.code).tuples()}
                next_id = (Customer.select(pw.fn.MAX(Customer.id)).scalar() or 0) + 1
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
            row["search_text"] = fast_search_text(row, people)
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
        values = [tuple(f.db_value(r[n]) for f, n in zip(fields, names)) for r in rows]
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
