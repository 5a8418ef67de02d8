"""满意度分析 as a workbook: the groups, the month-by-month trend and the lowest-scoring
customers, one sheet each (openpyxl write-only; text cells never become formulas)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from exports import PathArg
from exports.excel import abandon_workbook, text_cell


def _row(ws: Any, values: Any) -> Any:
    return [text_cell(ws, v) if isinstance(v, str) else v for v in values]


def _round(v: Any) -> Any:
    return None if v is None else round(v, 2)


def write_analysis(path: PathArg, *, title: str, group_label: str, rows: Any, total: Any, nps: Any, trend: Any, lowest: Any) -> int:
    """`rows`/`trend`/`total`: (group, responses, average, csat, nps); `lowest`: (code, name, average).
    `nps` (the whole period's) is the total row's; kept for callers that pass no total."""
    target = Path(path)
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    try:
        for name, head, body, widths in (
                ("满意度", [group_label, "调查/回答数", "平均分", "CSAT（%）", "NPS"],
                 [*rows, total] if total else list(rows), (22, 12, 10, 12, 10)),
                ("月度趋势", ["月份", "调查数", "平均分", "CSAT（%）", "NPS"], list(trend), (12, 10, 10, 12, 10)),
                ("最低分客户", ["客户编号", "客户名称", "平均分"], list(lowest), (14, 36, 10))):
            ws = wb.create_sheet(name)
            for letter, width in zip("ABCDE", widths, strict=False):
                ws.column_dimensions[letter].width = width
            ws.freeze_panes = "A3"
            first = WriteOnlyCell(ws, title)
            first.font = bold
            ws.append([first])
            cells = []
            for h in head:
                c = WriteOnlyCell(ws, h)
                c.font = bold
                cells.append(c)
            ws.append(cells)
            for r in body:
                ws.append(_row(ws, [v if isinstance(v, (str, int)) else _round(v) for v in r]))
        wb.save(str(target))
    except BaseException:
        abandon_workbook(wb)
        target.unlink(missing_ok=True)
        raise
    return len(rows)
