"""The greeting list (问候名单) as a workbook, for a mail merge or a gift order."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from exports import PathArg
from exports.excel import print_setup, text_cell
from models.foundation.vocabulary import CLASS_LABELS

HEADERS = ("客户编号", "客户名称", "客户分类", "联系人")


def write_greeting_list(lines: Any, path: PathArg, festival_name: str) -> str:
    """Write the lines (code, customer, cls, person) to `path`; returns the path."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(f"{festival_name}问候名单"[:31])
    print_setup(ws)
    for col, width in zip("ABCD", (12, 36, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    bold = Font(bold=True)
    header = []
    for h in HEADERS:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for line in lines:   # text cells: a name starting with "=" stays text, never a formula
        ws.append([text_cell(ws, v) for v in
                   (line.code, line.customer, CLASS_LABELS.get(line.cls, line.cls), line.person)])
    try:
        wb.save(tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return str(target)
