"""Importing a customer spreadsheet: validate every row, then write all or nothing.

Reads the first sheet, or the 客户 sheet of our own export together with its 联系人, 合作项目
and 重要事项 sheets (so an export imports back whole). Columns are matched by header name
(exports/xlsx_import.py); `mapping` maps other headers ({header: field or None}).

Every row is checked with the same rules as the forms (customers.validate_fields,
contacts.validate_contact/validate_project, events.validate_event); every problem is listed
(sheet, row, column, value, message) and, when there is any, nothing is written. Duplicates
— the same 客户编号; for rows without a code the same name, or the same phone (customer
phone; contact mobile) — are looked for in the archive and within the file (the same 统一社会信用代码 too); on_duplicate decides: "skip" the row,
"update" the existing card (non-empty cells replace its fields; within the file, later rows
add their contact to the first), or "fail" (a problem). Masked values (●●●●) are never
imported. Agents import into their own custody; managers may name a custodian (--owner or
the 负责客服 column). New cards record created_by and import_source (the file name).

Only visible sheets are read (xlsx_import.main_sheet), and no sheet past the stored row
limit (import_settings). This module reads, matches and validates (ImportJob; matches and
their hints: import_matching); models.transfer.import_job asks the card form's rights for
every entry and writes through the form's own write functions, one transaction, with every
card's own audit entries and the file's. A dry run, and an import refused for problems, are
audited too (`import_dry_run`, `import_refused`): what a check tells is a lookup as well.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from exports import xlsx_import as xi
from models.archive import customers
from models.archive.contacts import validate_contact, validate_project
from models.archive.customers import validate_fields
from models.archive.events import validate_event
from models.foundation.dto import MASK
from models.foundation.errors import ArchiveError, FieldProblem, ValidationError
from models.foundation.files import PathArg
from models.foundation.schema import Staff
from models.foundation.validation import narrow, parse_birthday
from models.foundation.vocabulary import FIELD_LABELS, IDENTITY_FIELDS, IMPORT_DUPLICATE_CHOICES
from models.rules import access
from models.rules.access import Actor
from models.transfer import import_job, import_settings
from models.transfer.exporting import fewer_gc_passes
from models.transfer.import_job import (  # noqa: F401 - the report types are this module's API
    Entry,
    ImportCancelled,
    ImportReport,
    ImportWriter,
    Problem,
    problem_rows,
    save_problems,
)
from models.transfer.import_matching import (  # noqa: F401 - re-exported
    ArchiveMatches,
    StaffResolver,
    cell_text,
    digits,
    name_key,
)
from models.transfer.import_matching import contact_data as _contact_data
from models.transfer.import_matching import merge_rows as _merge
from models.transfer.import_matching import plain as _plain
from models.value.merge import name_key as similar_key

DUPLICATE_CHOICES = IMPORT_DUPLICATE_CHOICES   # in the vocabulary: the command line offers them without this module
DUPLICATE_LABELS = {"skip": "跳过", "update": "更新", "fail": "停止"}
STATUS_BY_LABEL = {"正常": "active", "active": "active", "已归档": "archived", "archived": "archived",
                   "归档": "archived"}
KIND_BY_LABEL = {"企业": "company", "公司": "company", "company": "company", "个人": "individual",
                 "individual": "individual"}


def problems_from(exc: ValidationError, sheet: str, row: int, labels: dict[str, Any], columns: dict[str, Any]) -> list[Problem]:
    out = []
    for p in exc.problems:
        fld = p.field if p.field in columns else ("cls" if p.field == "classification" else p.field)
        column = columns.get(fld) or labels.get(fld, fld)
        value = "" if p.value is None else cell_text(p.value)
        out.append(Problem(sheet, row, column, value, p.message))
    return out


Progress = Callable[[int, int], None] | None


def import_xlsx(actor: Actor, path: PathArg, *, owner: str | None = None, on_duplicate: str = "skip",
                dry_run: bool = False, mapping: dict[str, Any] | None = None, progress: Progress = None,
                is_cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Validate the whole file and ask every right; write everything in one transaction
    unless there is a problem (or it is a dry run)."""
    if on_duplicate not in DUPLICATE_CHOICES:
        raise ValidationError([FieldProblem("on_duplicate", "重复处理方式必须是 skip、update 或 fail")])
    label = Path(path).name
    actor = access.require(actor, access.CREATE, label=label)
    staff = StaffResolver()
    default_owner = None
    if owner is not None:
        default_owner = staff.find(owner)
        if default_owner is None:
            raise ValidationError([FieldProblem("owner", f"找不到负责客服：{owner}", owner)])
        actor = customers.require_create(actor, default_owner, label=label)
        if not customers.eligible_custodian(default_owner):
            raise ValidationError([FieldProblem("owner", f"{default_owner.display_name} 不能担任负责客服", owner)])
    job = ImportJob(actor, Path(path), staff, default_owner, on_duplicate, mapping, progress, is_cancelled,
                    max_rows=import_settings.row_limit())
    with fewer_gc_passes():
        job.read_and_validate()
    report = job.report
    report.dry_run = dry_run
    checked = import_job.plan(job.actor, job.entries, job.columns, report)
    if report.problems or dry_run:
        import_job.audit_import(checked.actor, report, "import_dry_run" if dry_run else "import_refused")
        return report
    with fewer_gc_passes():
        ImportWriter(checked, job.path, report, progress, is_cancelled).write()
    report.written = True
    if report.created > 1000:
        from models.foundation.db import refresh_statistics

        refresh_statistics()   # a large import changes what the list's indexes hold
    return report


COMPANY_FIELDS = ("name", "kind", "organization", "industry", "industry_status", "founded_on",
                  "address", "phone", "fax", "email", "wechat", "website", "source_channel", "cls",
                  "notes") + IDENTITY_FIELDS
CONTACT_FROM_ROW = {"contact_name": "name", "contact_title": "title", "contact_mobile": "mobile",
                    "contact_phone": "phone", "contact_email": "email", "contact_birthday": "birthday"}


class ImportJob:
    """Reads, matches and validates one file into `entries` (checked and written by import_job)."""

    def __init__(self, actor: Actor, path: Path, staff: StaffResolver, default_owner: Staff | None,
                 on_duplicate: str, mapping: dict[str, Any] | None, progress: Progress,
                 is_cancelled: Callable[[], bool] | None, *, max_rows: int | None = None) -> None:
        self.actor, self.path, self.staff, self.max_rows = actor, path, staff, max_rows
        self.owner = default_owner or Staff.get_by_id(actor.id)
        self.may_assign = access.can(actor, access.MANAGE)   # a custodian other than oneself
        self.by_existing: dict[int, Entry] = {}              # one entry per archive card it updates
        self.on_duplicate, self.mapping = on_duplicate, mapping
        self.progress, self.is_cancelled = progress, is_cancelled
        self.report = ImportReport(file=path.name)
        self.entries: list[Entry] = []
        self.by_code: dict[str, Entry | None] = {}   # None: a skipped duplicate
        self.file_names: dict[str, Entry] = {}
        self.file_phones: dict[str, Entry] = {}
        self.file_credit_codes: dict[str, Entry] = {}
        self.file_similar: dict[str, int] = {}       # likely-duplicate name key → its first new row
        self.columns: dict[str, str] = {}

    # ---- reading and validating ----------------------------------------------------------
    def _problem(self, sheet: str, row: int, column: str, value: object, message: str) -> None:
        self.report.problems.append(Problem(sheet, row, column, "" if value is None else cell_text(value), message))

    def _tick(self, n: int, total: int | None) -> None:
        if self.is_cancelled and self.is_cancelled():
            raise ImportCancelled()
        if self.progress and n % 500 == 0:
            self.progress(n, max(total or n, n))

    def read_and_validate(self) -> None:
        from models.foundation.files import sha256_of

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

    def _read(self, wb: Any) -> None:   # an openpyxl Workbook
        ws = xi.main_sheet(wb)
        own_export = ws.title == xi.MAIN_SHEET
        self.report.hidden_sheets = xi.hidden_sheets(wb)
        sheet = xi.open_sheet(ws, xi.CUSTOMER_HEADERS, mapping=self.mapping, ignored=xi.IGNORED_HEADERS,
                              max_rows=self.max_rows)
        self.report.unknown_columns = sheet.unknown
        self.columns = {fld: sheet.headers[col] for col, fld in sheet.columns.items()}
        if "name" not in self.columns:
            self._problem(ws.title, sheet.header_row, "客户名称", "", "找不到“客户名称”列（必填），请检查表头或指定列对应关系")
            return
        self.archive = ArchiveMatches(self.actor)
        for n, (number, values) in enumerate(sheet.rows, 1):
            self.report.rows += 1
            self._customer_row(ws.title, number, values)
            self._tick(n, sheet.max_row)
        if own_export:
            for title, table, ignored, handler in (
                    ("联系人", xi.CONTACT_SHEET_HEADERS, set(), self._contact_row),
                    ("合作项目", xi.PROJECT_SHEET_HEADERS, set(), self._project_row),
                    ("重要事项", xi.EVENT_SHEET_HEADERS, xi.EVENT_IGNORED, self._event_row)):
                linked = xi.visible_sheet(wb, title)
                if linked is not None:
                    part = xi.open_sheet(linked, table, ignored=ignored, max_rows=self.max_rows)
                    for n, (number, values) in enumerate(part.rows, 1):
                        handler(title, number, values)
                        self._tick(n, part.max_row)

    def _customer_row(self, sheet: str, row: int, values: dict[str, Any]) -> None:
        col = self.columns
        before = len(self.report.problems)
        data = {}
        for key in COMPANY_FIELDS:
            if key not in values:
                continue
            value = values[key]
            if value.__class__ is str and key not in ("kind", "cls"):
                data[key] = value   # text stays text (_plain and cell_text would return it as is)
                continue
            value = _plain(value)
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
            elif not customers.eligible_custodian(found):
                self._problem(sheet, row, col["owner"], values["owner"], "负责客服须为在职客服专员或主管")
            elif found.id != self.actor.id and not self.may_assign:
                self._problem(sheet, row, col["owner"], values["owner"], "客服专员只能导入到自己名下")
            else:
                owner = found
        status: str | None = "active"
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
        credit = entry.fields.get("credit_code", "")
        mobile = entry.contacts[0].get("mobile", "") if entry.contacts else ""
        earlier, why = None, ""
        # a 客户编号 identifies a card; rows without one are matched by credit code, name or phone
        if entry.code:
            if entry.code in self.by_code:
                earlier, why = self.by_code[entry.code], f"客户编号“{entry.code}”在文件中重复"
        elif credit and credit in self.file_credit_codes:
            earlier, why = self.file_credit_codes[credit], f"统一社会信用代码“{credit}”在文件中重复"
        elif nk in self.file_names:
            earlier, why = self.file_names[nk], f"客户名称“{name}”在文件中重复"
        elif len(pd) >= 7 and pd in self.file_phones:
            earlier, why = self.file_phones[pd], f"电话“{entry.fields['phone']}”在文件中重复"
        existing, how = self.archive.find(entry.code, name, entry.fields.get("phone", ""), mobile, credit)
        ewhy = self.archive.reason(existing, how, code=entry.code, name=name,
                                   phone=entry.fields.get("phone", ""), credit_code=credit) if existing else ""
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
                    _merge(earlier, entry)
                return
            assert existing is not None     # no file duplicate (why), so an archive one (ewhy)
            if not access.can(self.actor, access.EDIT, existing):
                message = (f"{ewhy}，但您无权修改该客户，无法更新" if self.archive.may_view(existing)
                           else f"{ewhy}；无法更新")
                self._problem(sheet, entry.row, self.columns.get("name", "客户名称"), name, message)
                if entry.code:
                    self.by_code.setdefault(entry.code, None)
                return
            if existing in self.by_existing:   # another row already updates this card
                target = self.by_existing[existing]
                _merge(target, entry)
                target.rows += 1
                if entry.code:
                    self.by_code[entry.code] = target
                return
            entry.existing_id = existing
            self.by_existing[existing] = entry
        else:
            self._note_similar(entry)
        self.entries.append(entry)
        if entry.code:
            self.by_code[entry.code] = entry
        if entry.code:
            return
        self.file_names.setdefault(nk, entry)
        if credit:
            self.file_credit_codes.setdefault(credit, entry)
        if len(pd) >= 7:
            self.file_phones.setdefault(pd, entry)

    def _note_similar(self, entry: Entry) -> None:
        """A new card whose name is like an active card's or an earlier new row's: reported."""
        name = entry.fields["name"]
        key = similar_key(name)
        if not key:
            return
        cid = self.archive.similar.get(key)
        if cid is not None:
            self.report.similar.append((entry.row, name, self.archive.similar_reason(cid)))
        elif key in self.file_similar:
            self.report.similar.append((entry.row, name, f"与文件第 {self.file_similar[key]} 行名称相近"))
        self.file_similar.setdefault(key, entry.row)

    def _sub_row(self, sheet: str, row: int, values: dict[str, Any],
                 validator: Callable[[dict[str, Any]], dict[str, Any]], labels: dict[str, str],
                 extra: Callable[[dict[str, Any]], dict[str, Any]] | None = None
                 ) -> tuple[Entry, dict[str, Any]] | tuple[None, None]:
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

    def _contact_row(self, sheet: str, row: int, values: dict[str, Any]) -> None:
        from models.foundation.vocabulary import CONTACT_LABELS

        def extra(data: dict[str, Any]) -> dict[str, Any]:
            out: dict[str, Any] = {}
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

    def _project_row(self, sheet: str, row: int, values: dict[str, Any]) -> None:
        from models.foundation.vocabulary import PROJECT_LABELS

        entry, clean = self._sub_row(sheet, row, values, lambda d: validate_project(
            {"status": "进行中", **{k: (cell_text(v) if k in ("name", "notes", "status") else v)
                                   for k, v in d.items()}}, creating=True), PROJECT_LABELS)
        if entry is not None and clean is not None:
            entry.projects.append(clean)

    def _event_row(self, sheet: str, row: int, values: dict[str, Any]) -> None:
        from models.foundation.vocabulary import EVENT_LABELS as LABELS

        is_report = narrow(cell_text(values.pop("is_report", ""))) == "是"
        entry, clean = self._sub_row(sheet, row, values, lambda d: validate_event(
            {k: (cell_text(v) if k != "event_date" else v) for k, v in d.items()}), LABELS)
        if entry is not None and clean is not None:
            clean["is_report"] = is_report
            entry.events.append(clean)

