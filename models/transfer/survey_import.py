"""Importing satisfaction answers from Excel (满意度调查导入, issue 15): one row per answer.

The file is read as a customer import is (exports.xlsx_import: the zip checked before any XML
is parsed, defusedxml, values not formulas, hidden sheets never read, the stored row limit);
the columns are exports.survey_sheet's. Rows are grouped into surveys: the same 调查序号, or —
without one — the same 客户编号, 调查日期, 渠道, 问卷, 受访人 and 服务单号. Each survey is checked
by models.quality.surveys.prepare_survey (the form's and the command line's checks) and the
card's right to record it (access.SURVEY_RECORD: an agent only on cards they may edit); every
problem names its sheet row. A survey already in the archive (same customer, day, questionnaire,
channel and scores) is a problem too: importing a file twice must not count its answers twice.

All or nothing: with any problem, or on a dry run, nothing is written (the check is audited,
`survey_import_dry_run` / `survey_import_refused`); otherwise every survey is written by
surveys.write_survey (its answers, page-2 entry, audit entry, automatic follow-up) in ONE
transaction with the file's `survey_import` entry.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports import survey_sheet as ss
from exports import xlsx_import as xi
from models.archive.journal import Journal
from models.foundation.db import write_transaction
from models.foundation.errors import ArchiveError, NotFound, ValidationError
from models.foundation.files import PathArg, produce_file, sha256_of
from models.foundation.schema import Customer, Survey, SurveyAnswer, SurveyTemplate
from models.foundation.validation import parse_date
from models.foundation.vocabulary import SURVEY_CHANNELS
from models.quality import surveys, templates
from models.quality.settings import get_settings
from models.rules import access, audit
from models.rules.access import Actor
from models.transfer import import_settings
from models.transfer.import_job import Problem, file_summary
from models.transfer.import_matching import cell_text

CHUNK = 500                             # ids per IN (…) list
GROUP_KEYS = ("code", "date", "channel", "template", "person", "service")
SHARED = ("nps", "comment")             # one value per survey, on any of its rows


@dataclass
class SurveyImportReport:
    file: str
    sha256: str = ""
    rows: int = 0
    surveys: int = 0
    answers: int = 0
    low: int = 0                        # surveys with a low score
    tasks: int = 0                      # follow-up tasks created by automatic questionnaires
    problems: list[Problem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        verb = "可导入" if self.dry_run else "已导入"
        text = f"共 {self.rows} 行：{verb} {self.surveys} 次调查、{self.answers} 个回答"
        if self.low:
            text += f"，其中 {self.low} 次有低分"
        if self.tasks:
            text += f"，已自动创建 {self.tasks} 条跟进待办"
        return file_summary(text, verb, self)


@dataclass
class _Group:
    first_row: int
    values: dict[str, Any]                        # the grouping fields as given on the first row
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def _sheet(wb: Any) -> Any:   # an openpyxl Workbook → its Worksheet
    """The visible 满意度调查 sheet, else the first visible one; a hidden 满意度调查 refuses the file."""
    if ss.SHEET in wb.sheetnames:
        ws = wb[ss.SHEET]
        if ws.sheet_state != "visible":
            raise xi.ImportFileError(f"工作表“{ss.SHEET}”是隐藏的，不会导入隐藏的工作表；"
                                     "请在 Excel 中取消隐藏（或删除该工作表）后重新导入")
        return ws
    for ws in wb.worksheets:
        if ws.sheet_state == "visible" and ws.title != ss.HELP_SHEET:
            return ws
    raise xi.ImportFileError(f"{xi.NOT_XLSX}：没有可见的工作表")


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else cell_text(value).strip()


class _Job:
    def __init__(self, actor: Actor, path: Path, today: dt.date | None,
                 progress: Callable[[int, int], None] | None,
                 is_cancelled: Callable[[], bool] | None) -> None:
        self.actor, self.path, self.today = actor, path, today
        self.progress, self.is_cancelled = progress, is_cancelled
        self.report = SurveyImportReport(file=path.name)
        self.columns: dict[str, str] = {}
        self.sheet = ss.SHEET
        self.customers: dict[str, Customer | None] = {}
        self.prepared: list[surveys.PreparedSurvey] = []
        self.questionnaires: dict[str, Any] = {}          # asked once per file (surveys.questionnaire)
        self.threshold = get_settings().low_threshold
        self.recorded: dict[tuple[Any, ...], list[dict[str, Any]]] = {}   # what the archive already holds (duplicates)

    def problem(self, row: int, fld: str, value: object, message: str) -> None:
        column = self.columns.get(fld, ss.LABELS.get(fld, fld))
        self.report.problems.append(Problem(self.sheet, row, column, _text(value), message))

    def read(self) -> list[_Group]:
        self.report.sha256 = sha256_of(self.path) if self.path.exists() else ""
        wb = xi.load(self.path)
        try:
            return self._read(wb)
        except ArchiveError:
            raise
        except Exception as exc:  # noqa: BLE001 - a malformed or hostile sheet
            raise xi.ImportFileError(f"{xi.NOT_XLSX}：{type(exc).__name__}") from None
        finally:
            wb.close()

    def _read(self, wb: Any) -> list[_Group]:   # an openpyxl Workbook
        ws = _sheet(wb)
        self.sheet = ws.title
        self.report.hidden_sheets = xi.hidden_sheets(wb)
        data = xi.open_sheet(ws, ss.SURVEY_HEADERS, ignored=ss.IGNORED_HEADERS,
                             max_rows=import_settings.row_limit())
        self.report.unknown_columns = data.unknown
        self.columns = {fld: data.headers[col] for col, fld in data.columns.items()}
        missing = [ss.LABELS[f] for f in ss.REQUIRED if f not in self.columns]
        if missing:
            self.report.problems.append(Problem(self.sheet, data.header_row, "、".join(missing), "",
                                                "找不到必填的列：" + "、".join(missing) + "（请用下载的模板）"))
            return []
        groups: dict[tuple[Any, ...], _Group] = {}
        for n, (number, values) in enumerate(data.rows, 1):
            self.report.rows += 1
            if self.is_cancelled and self.is_cancelled():
                from models.transfer.import_job import ImportCancelled
                raise ImportCancelled()
            if self.progress and n % 200 == 0:
                self.progress(n, max(data.max_row or n, n))
            self._row(number, values, groups)
        return list(groups.values())

    def _row(self, number: int, values: dict[str, Any], groups: dict[tuple[Any, ...], _Group]) -> None:
        before = len(self.report.problems)
        for fld in ss.REQUIRED:
            if _text(values.get(fld)) == "":
                self.problem(number, fld, "", f"“{ss.LABELS[fld]}”必须填写")
        if len(self.report.problems) > before:
            return
        key_values = {k: _text(values.get(k)) for k in GROUP_KEYS}
        try:
            day = parse_date(values["date"])
            key_values["date"] = day.isoformat() if day else ""
        except ValueError as exc:
            self.problem(number, "date", values["date"], f"调查日期：{exc}")
            return
        group_id = _text(values.get("group"))
        key = ("group", group_id) if group_id else tuple(key_values[k] for k in GROUP_KEYS)
        group = groups.get(key)
        if group is None:
            groups[key] = group = _Group(number, key_values)
        elif group_id:                    # the same 调查序号 must be the same survey
            for k in GROUP_KEYS:
                if key_values[k] != group.values[k]:
                    self.problem(number, k, values.get(k), f"调查序号 {group_id} 的各行“{ss.LABELS[k]}”"
                                 f"应相同（第 {group.first_row} 行是“{group.values[k]}”）")
                    return
        group.rows.append((number, values))

    def check(self, groups: list[_Group]) -> None:
        codes = sorted({g.values["code"] for g in groups})
        found: dict[str, Customer] = {}
        for i in range(0, len(codes), CHUNK):
            found.update({c.code: c for c in Customer.select().where(Customer.code.in_(codes[i:i + CHUNK]))})
        for code in codes:
            c = found.get(code)
            # one sentence for "no such card" and "not yours": a code must not tell what exists
            self.customers[code] = c if c is not None and access.can(self.actor, access.SURVEY_RECORD, c) else None
        self.recorded = _recorded([c.id for c in self.customers.values() if c is not None],
                                  [g.values["date"] for g in groups if g.values["date"]])
        for g in groups:
            self._check_group(g)

    def _customer(self, code: str) -> Customer | None:
        return self.customers.get(code)

    def _check_group(self, g: _Group) -> None:
        v, first = g.values, g.first_row
        customer = self._customer(v["code"])
        if customer is None:
            self.problem(first, "code", v["code"], f"客户 {v['code']} 不存在，或您无权为其记录满意度调查"
                         "（只能为自己可以编辑的客户记录）")
            return
        if v["channel"] not in SURVEY_CHANNELS:
            self.problem(first, "channel", v["channel"], "渠道必须是：" + "、".join(SURVEY_CHANNELS))
            return
        try:
            tpl, questions = surveys.questionnaire(v["template"], self.questionnaires)
        except NotFound:
            self.problem(first, "template", v["template"], f"没有问卷“{v['template']}”")
            return
        indicators = set(questions)
        answers: dict[str, Any] = {}
        rows_of: dict[str, int] = {}
        shared: dict[str, Any] = {}
        shared_row: dict[str, int] = {}
        for number, values in g.rows:
            indicator = _text(values["indicator"])
            if indicator not in indicators:
                self.problem(number, "indicator", indicator, f"问卷“{tpl.name}”没有关于“{indicator}”的问题"
                             f"（有：{'、'.join(sorted(indicators))}）")
                continue
            if indicator in answers:
                self.problem(number, "indicator", indicator, f"同一次调查的“{indicator}”已在第 "
                             f"{rows_of[indicator]} 行（同一客户同一天的两次调查请用“调查序号”区分）")
                continue
            try:
                answers[indicator] = surveys.check_score(values["score"], 1, 5, "score", "分数")
            except ValidationError as exc:
                self.problem(number, "score", values["score"], exc.problems[0].message)
                continue
            rows_of[indicator] = number
            for fld in SHARED:
                text = _text(values.get(fld))
                if not text:
                    continue
                if fld in shared and shared[fld] != text:
                    self.problem(number, fld, text, f"同一次调查的“{ss.LABELS[fld]}”应只有一个"
                                 f"（第 {shared_row[fld]} 行是“{shared[fld]}”）")
                    continue
                shared.setdefault(fld, text)
                shared_row.setdefault(fld, number)
        if len(answers) < len(g.rows):
            return
        try:
            p = surveys.prepare_survey(customer, template=tpl.name, channel=v["channel"], answers=answers,
                                       nps=shared.get("nps"), comment=shared.get("comment", ""), date=v["date"],
                                       person=v["person"], service_number=v["service"], today=self.today,
                                       cache=self.questionnaires, low_threshold=self.threshold)
        except ValidationError as exc:
            for fp in exc.problems:
                fld = {"answer": "score", "service": "service"}.get(fp.field, fp.field)
                row = shared_row.get(fld) or rows_of.get(str(fp.value)) or first
                self.problem(row, fld if fld in ss.LABELS else "code", fp.value, fp.message)
            return
        if p.scores in self.recorded.get((p.customer.id, p.day, p.channel, p.template.name), ()):
            self.problem(first, "code", v["code"], f"客户 {v['code']} {v['date']} 已有一次相同的调查"
                         "（同一问卷、渠道和分数），这个文件可能已经导入过")
            return
        self.prepared.append(p)
        self.report.surveys += 1
        self.report.answers += len(answers)
        self.report.low += 1 if p.low else 0


def _recorded(customer_ids: list[int], days: list[str]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """(customer, day, channel, questionnaire) → the score sets already recorded, for the file's
    customers over its date range (a few queries, not one per survey)."""
    out: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    if not customer_ids or not days:
        return out
    first, last = dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))
    by_survey: dict[int, tuple[Any, ...]] = {}
    scores: dict[int, dict[str, Any]] = {}
    for i in range(0, len(customer_ids), CHUNK):
        q = (Survey.select(Survey.id, Survey.customer, Survey.survey_date, Survey.channel, SurveyTemplate.name,
                           SurveyAnswer.indicator, SurveyAnswer.score)
             .join(SurveyTemplate, on=(Survey.template == SurveyTemplate.id))
             .join(SurveyAnswer, on=(SurveyAnswer.survey == Survey.id))
             .where(Survey.customer.in_(customer_ids[i:i + CHUNK]) & (Survey.survey_date >= first)
                    & (Survey.survey_date <= last)))
        for sid, cid, day, channel, name, indicator, score in q.tuples():
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
            by_survey[sid] = (cid, day, channel, name)
            scores.setdefault(sid, {})[indicator] = score
    for sid, key in by_survey.items():
        out.setdefault(key, []).append(scores[sid])
    return out


def _audit(actor: Actor, report: SurveyImportReport, action: str) -> None:
    details = {"file": report.file, "sha256": report.sha256, "rows": report.rows, "surveys": report.surveys,
               "answers": report.answers}
    if report.problems:
        details["problems"] = len(report.problems)
    audit.record(actor, action, target_type="file", target_label=report.file, details=details)


def import_surveys(actor: Actor, path: PathArg, *, dry_run: bool = False, today: dt.date | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None) -> SurveyImportReport:
    """Check the whole file; write every survey in one transaction unless there is a problem
    (or it is a dry run)."""
    actor = access.refresh(actor)
    job = _Job(actor, Path(path), today, progress, is_cancelled)
    job.check(job.read())          # every group, even beside bad rows: all problems at once
    report = job.report
    report.dry_run = dry_run
    report.problems.sort(key=lambda p: p.row)
    if report.problems or dry_run:
        with write_transaction():
            _audit(actor, report, "survey_import_dry_run" if dry_run else "survey_import_refused")
        return report
    journal = Journal(actor, bulk=True, extra={"import": report.file})
    department = surveys.department_of(actor)
    with write_transaction():
        for n, p in enumerate(job.prepared, 1):
            res = surveys.write_survey(actor, p, journal=journal, department=department)
            report.tasks += 1 if res.task_id is not None else 0
            if is_cancelled and is_cancelled():
                from models.transfer.import_job import ImportCancelled
                raise ImportCancelled()           # rolls every survey back
            if progress and n % 200 == 0:
                progress(n, len(job.prepared))
        journal.flush()
        _audit(actor, report, "survey_import")
    report.written = True
    return report


def write_template(actor: Actor, path: PathArg) -> str:
    """The downloadable template, listing the current questionnaires and indicators."""
    actor = access.refresh(actor)
    names = [t.name for t in templates.list_templates(actor)]
    indicators = list(get_settings().indicators)

    def entry(_result: object, digest: str) -> None:
        audit.record(actor, "export_excel", target_type="file", target_label=Path(path).name,
                     details={"file": Path(path).name, "sha256": digest, "what": "满意度调查导入模板"})

    produce_file(path, lambda tmp: ss.write_template(tmp, channels=SURVEY_CHANNELS, templates=names,
                                                     indicators=indicators), entry)
    return str(path)
