"""The import's problem list (问题清单) as a workbook: 工作表, 行号, 列, 内容, 问题.

A pure format (openpyxl write-only): it takes the problems — anything with `sheet`, `row`,
`column`, `value` and `message`, such as `models.transfer.import_job.Problem` — and writes
the path it is given. Text cells never become formulas (a value from the user's sheet may
well start with "="). On failure it removes what it wrote.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from exports import PathArg
from exports.excel import (
    WRAP,
    abandon_workbook,
    fit_row_height,
    forget_row_height,
    print_setup,
    text_cell,
)

SHEET = "问题清单"
COLUMNS = (("工作表", 10), ("行号", 8), ("列", 14), ("内容", 30), ("问题", 60))


class ProblemLike(Protocol):
    sheet: str
    row: int
    column: str
    value: str
    message: str


def _wrapped(ws: Any, value: str) -> WriteOnlyCell:
    """内容 and 问题 are long texts: wrapped, so a printed list shows them whole."""
    cell = text_cell(ws, value)
    if isinstance(cell, str):
        cell = WriteOnlyCell(ws, cell)
    cell.alignment = WRAP
    return cell


def write_problems(problems: Iterable[ProblemLike], path: PathArg) -> int:
    """Write one row per problem to `path`; returns the number of rows written."""
    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    for letter, (_, width) in zip("ABCDE", COLUMNS, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    print_setup(ws)
    head = []
    for name, _ in COLUMNS:
        cell = WriteOnlyCell(ws, name)
        cell.font = Font(bold=True)
        head.append(cell)
    ws.append(head)
    rows = 0
    try:
        for p in problems:
            fit_row_height(ws, rows + 2, ((p.value, COLUMNS[3][1]), (p.message, COLUMNS[4][1])))
            ws.append([text_cell(ws, p.sheet), p.row, text_cell(ws, p.column) if p.column else None,
                       _wrapped(ws, p.value) if p.value else None, _wrapped(ws, p.message)])
            forget_row_height(ws, rows + 2)
            rows += 1
    except BaseException:
        abandon_workbook(wb)
        raise
    try:
        wb.save(str(target))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return rows
