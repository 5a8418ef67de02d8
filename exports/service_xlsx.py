"""Service records to Excel (openpyxl write-only, streamed): one sheet 服务单, a row a record.

The first columns are the 服务单 list's, under the very labels the screen shows (编号 … 解决期限),
then the record window's fields; times are real Excel dates (local time, as on screen); text
cells can never become formulas. Printed, the sheet is a report: landscape A4, one page wide,
the header row repeated on every page, long text (情况描述, 处理结果, …) wrapped.
A pure format: RecordInfo in, the file at the path it is given (the service hands it a
temporary file through produce_file, audits and renames it).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from copy import copy
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from exports import PathArg
from exports.excel import WRAP, abandon_workbook, print_setup, text_cell
from models.foundation.vocabulary import SATISFACTION_LABELS, VERDICT_LABELS
from models.service.dto import RecordInfo

SHEET = "服务单"
MOMENT_FORMAT = "yyyy-mm-dd hh:mm"
TOP = Alignment(vertical="top")
# the 服务单 list's columns, as its header shows them (ui/service/list_model.HEADERS; a GUI
# test holds the two together)
SCREEN_COLUMNS = ("编号", "客户", "类型", "严重程度", "状态", "处理人", "受理时间", "解决期限")


# (header, value of a record, column width, kind): kind "t" text, "w" wrapped text, "d" a time
COLUMNS: tuple[tuple[str, Callable[[RecordInfo], object], float, str], ...] = (
    ("编号", lambda r: r.number, 15, "t"),
    ("客户", lambda r: f"{r.code} {r.customer}", 26, "w"),
    ("类型", lambda r: r.kind, 6, "t"),
    ("严重程度", lambda r: r.severity, 8, "t"),
    ("状态", lambda r: r.status, 7, "t"),
    ("处理人", lambda r: r.assignee, 9, "t"),
    ("受理时间", lambda r: r.received_at, 16, "d"),
    ("解决期限", lambda r: r.resolve_by, 16, "d"),
    ("超期", lambda r: "已超期" if r.overdue else ("已错过期限" if r.missed else ""), 10, "t"),
    ("响应期限", lambda r: r.respond_by, 16, "d"),
    ("事由", lambda r: r.title, 22, "w"),
    ("情况描述", lambda r: r.content, 40, "w"),
    ("客户要求", lambda r: r.demand, 24, "w"),
    ("产品/订单", lambda r: r.product, 14, "w"),
    ("受理渠道", lambda r: r.channel, 8, "t"),
    ("投诉人/联系人", lambda r: r.complainant, 10, "t"),
    ("联系方式", lambda r: r.complainant_contact, 14, "t"),
    ("判断", lambda r: VERDICT_LABELS.get(r.verdict, ""), 8, "t"),
    ("投诉类别", lambda r: r.category, 9, "t"),
    ("责任部门", lambda r: r.responsible_dept, 10, "t"),
    ("处理结果", lambda r: r.resolution, 40, "w"),
    ("纠正措施", lambda r: r.corrective, 24, "w"),
    ("预防措施", lambda r: r.preventive, 24, "w"),
    ("解决时间", lambda r: r.resolved_at, 16, "d"),
    ("回访告知", lambda r: r.feedback_told, 24, "w"),
    ("满意度", lambda r: f"{r.satisfaction} {SATISFACTION_LABELS[r.satisfaction]}" if r.satisfaction else "",
     9, "t"),
    ("关闭时间", lambda r: r.closed_at, 16, "d"),
)
HEADERS = tuple(c[0] for c in COLUMNS)


class _Cells:
    """Cells styled like a prototype: a style assigned per cell is hashed per cell (most of
    the time of a large export), a copied style array is not (openpyxl's own copy does so)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.styles = {}
        for kind, fmt, align in (("d", MOMENT_FORMAT, TOP), ("t", None, TOP), ("w", None, WRAP)):
            proto = WriteOnlyCell(ws)
            proto.alignment = align
            if fmt:
                proto.number_format = fmt
            self.styles[kind] = proto._style

    def __call__(self, value: Any, kind: str) -> Any:
        if kind == "d":
            cell = WriteOnlyCell(self.ws, value=value if isinstance(value, datetime) else None)
        else:
            text = text_cell(self.ws, value or "")
            cell = WriteOnlyCell(self.ws, value=text) if isinstance(text, str) else text
        cell._style = copy(self.styles[kind])
        return cell


def write_records(records: Iterable[RecordInfo], path: PathArg, *,
                  progress: Callable[[int], None] | None = None) -> int:
    """Write the records to `path`; returns the number of rows written."""
    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    for i, (_h, _f, width, _k) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"
    print_setup(ws)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"
    bold = Font(bold=True)
    header = []
    for name in HEADERS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    rows, cell = 0, _Cells(ws)
    try:
        for r in records:
            ws.append([cell(value_of(r), kind) for _h, value_of, _w, kind in COLUMNS])
            rows += 1
            if progress and rows % 500 == 0:
                progress(rows)
        wb.save(target)
    except BaseException:
        abandon_workbook(wb)
        target.unlink(missing_ok=True)
        raise
    return rows
