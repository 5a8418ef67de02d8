"""Printing service records, the records' workbook and the report workbook, each through
produce_file (temporary file, audit entry, then the rename)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import Any

from models.accounts import staff
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.files import PathArg, produce_file
from models.foundation.vocabulary import SERVICE_KINDS
from models.rules import access, audit
from models.rules.access import Actor
from models.service import reading, records, report
from models.service.dto import BlankForm, ServiceReport


def print_record(actor: Actor, number: str, path: PathArg) -> Path:
    """The record's form (顾客投诉登记表 / 售后服务单) as a one-page A4 PDF (audited)."""
    from exports import service_forms

    info = records.get_record(actor, number)      # SERVICE_SEE, NotFound before any file
    target = Path(path)
    company = staff.company_name()

    def entry(_pages: object, digest: str) -> None:
        audit.record(actor, "service_print", target_type="customer", target_id=info.customer_id,
                     target_label=info.number, details={"what": service_forms.title_for(info.kind),
                                                        "file": str(target), "sha256": digest})

    produce_file(target, lambda tmp: service_forms.write_form(info, tmp, company=company), entry)
    return target


def print_blank(actor: Actor, kind: str, path: PathArg) -> Path:
    """A blank form for taking a complaint or a request on paper (anyone signed in): kind 投诉
    gives the 顾客投诉登记表; any other kind the 售后服务单 with that kind ticked, and "" the
    售后服务单 with no kind ticked (the desktop's 打印空白表单 → 售后服务单)."""
    from exports import service_forms

    actor = access.refresh(actor)
    if kind and kind not in SERVICE_KINDS:
        raise ValidationError([FieldProblem("kind", "类型必须是：" + "、".join(SERVICE_KINDS), kind)])
    target = Path(path)
    company = staff.company_name()

    def entry(_pages: object, digest: str) -> None:
        audit.record(actor, "service_print", target_type="", target_label=f"空白{service_forms.title_for(kind)}",
                     details={"kind": kind, "file": str(target), "sha256": digest})

    produce_file(target, lambda tmp: service_forms.write_form(BlankForm(kind, company), tmp, company=company),
                 entry)
    return target


def export_records(actor: Actor, path: PathArg, *, numbers: Collection[str] | None = None, open_only: bool = False, overdue_only: bool = False,
                   kind: str | None = None, status: str | None = None, severity: str | None = None,
                   assignee: str | None = None, on_date: dt.date | None = None,
                   date_from: dt.date | None = None, date_to: dt.date | None = None,
                   customer_id: int | None = None) -> tuple[Path, int]:
    """The records the list shows — the same filters, the same permission rule (an agent
    exports only what they may see) — or, with `numbers`, those of them (a selection), to an
    Excel workbook (audited, through produce_file). Returns the path and the row count."""
    from exports import service_xlsx

    filters: dict[str, Any] = {"open_only": open_only, "overdue_only": overdue_only, "kind": kind, "status": status,
               "severity": severity, "assignee": assignee, "on_date": on_date, "date_from": date_from,
               "date_to": date_to, "customer_id": customer_id}
    rows = reading.list_records(actor, numbers=numbers, limit=None, **filters)
    target = Path(path)
    used = {k: str(v) for k, v in filters.items() if v not in (None, False, "")}

    def entry(count: int, digest: str) -> None:
        audit.record(actor, "service_export", target_type="", target_label="服务单",
                     details={"records": count, "filters": used, "selected": numbers is not None,
                              "file": str(target), "sha256": digest})

    count, _digest = produce_file(target, lambda tmp: service_xlsx.write_records(rows, tmp), entry)
    return target, count


def export_report(actor: Actor, date_from: dt.date, date_to: dt.date, path: PathArg) -> tuple[Path, ServiceReport]:
    from exports import service_report_xlsx

    rep = report.service_report(actor, date_from, date_to)
    target = Path(path)

    def entry(_rows: object, digest: str) -> None:
        audit.record(actor, "service_report", target_type="", target_label="服务报告",
                     details={"from": str(date_from), "to": str(date_to), "records": rep.total,
                              "file": str(target), "sha256": digest})

    produce_file(target, lambda tmp: service_report_xlsx.write_report(rep, tmp), entry)
    return target, rep
