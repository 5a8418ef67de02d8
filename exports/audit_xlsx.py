"""The audit log to Excel (openpyxl write-only, streamed).

Every text cell is written as an explicit string cell, so a target label or a reason
that starts with = + - @ stays exactly that text and never becomes a formula (no <f>
element in the sheet XML). A pure format: it writes the path it is given (the service hands
it a temporary file — models.foundation.files.produce_file — and audits and renames it) and
removes what it wrote when cancelled or failing, so nothing half-written is left behind.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from exports import PathArg
from exports.excel import WRAP, abandon_workbook, fit_row_height, forget_row_height, print_setup
from models.foundation.checkpoint import AuditCheckpoint
from models.foundation.dto import AuditInfo
from models.foundation.errors import ArchiveError
from models.foundation.localtime import SECONDS, local_text

HEADERS = ("编号", "时间（UTC）", "用户", "电脑", "操作", "操作代码", "对象类型", "对象", "结果", "详情",
           "详情（JSON，原始记录）")
WIDTHS = (8, 20, 14, 16, 14, 16, 10, 14, 8, 80, 60)
OUTCOME_LABELS = {"allowed": "允许", "denied": "拒绝"}
TARGET_LABELS = {"customer": "客户", "staff": "账号", "": ""}


class ExportCancelled(ArchiveError):
    def __init__(self) -> None:
        super().__init__("导出已取消，没有生成文件")


def _text(ws: Any, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value or ""))
    cell.data_type = "s"  # never a formula, whatever the first character
    return cell


def _row(ws: Any, e: AuditInfo, describe: Callable[[str], str]) -> list[Any]:
    when = WriteOnlyCell(ws, value=e.at)
    when.number_format = "yyyy-mm-dd hh:mm:ss"
    return [e.id, when, _text(ws, e.actor_name), _text(ws, e.machine), _text(ws, e.action_label),
            _text(ws, e.action), _text(ws, TARGET_LABELS.get(e.target_type, e.target_type)),
            _text(ws, e.target_label), _text(ws, OUTCOME_LABELS.get(e.outcome, e.outcome)),
            _wrapped(ws, describe(e.details)), _wrapped(ws, e.details)]


def _wrapped(ws: Any, value: str) -> WriteOnlyCell:
    cell = _text(ws, value)
    cell.alignment = WRAP
    return cell


FILTER_LABELS = {"user": "用户", "customer_code": "客户", "action": "操作", "since": "起始日期",
                 "until": "截止日期", "outcome": "结果"}


def _checkpoint_sheet(wb: Any, cp: AuditCheckpoint | None, chain_state: str, filters: dict[str, Any]) -> None:
    """The second sheet: the checkpoint as label/value rows, then its machine line alone
    in one cell, so the sheet (or the line typed from a printout) can be checked later."""
    ws = wb.create_sheet("检查点")
    print_setup(ws, title_rows=None, landscape=False)   # label/value lines
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    bold = Font(bold=True)
    title = _text(ws, "审计日志检查点")
    title.font = bold
    ws.append([title])
    if cp is None:
        ws.append([_text(ws, "链条校验"), _text(ws, chain_state)])
        ws.append([_text(ws, "审计日志是空的，没有检查点")])
        return
    rows: list[tuple[str, Any]] = [("档案", cp.archive), ("最新记录", f"第 {cp.entry_id} 条"), ("记录条数", cp.entries),
            ("摘要（SHA-256）", cp.digest), ("取得时间（本机时间）", local_text(cp.taken_at, SECONDS)),
            ("取得时间（UTC）", cp.taken_at.strftime("%Y-%m-%d %H:%M:%S")), ("取得人", cp.taken_by),
            ("链条校验", chain_state),
            ("导出条件", "；".join(f"{FILTER_LABELS.get(k, k)}：{v}" for k, v in filters.items()) or "全部"),
            ("说明", "本工作簿中的记录截至上面的最新记录。请把下面一行另行保存（打印、抄录或存到别的电脑），"
                   "日后用 audit verify --checkpoint 文件 核对审计日志是否被改写或回滚。")]
    for label, value in rows:
        ws.append([_text(ws, label), value if isinstance(value, int) else _text(ws, value)])
    ws.append([])
    ws.append([_text(ws, cp.machine_line())])


def write_audit_xlsx(entries: Iterable[AuditInfo], path: PathArg, *, describe: Callable[[str], str] = str,
                     total: int = 0,
                     progress: Callable[[int, int], None] | None = None,
                     is_cancelled: Callable[[], bool] | None = None,
                     checkpoint: AuditCheckpoint | None = None, chain_state: str = "",
                     filters: dict[str, Any] | None = None) -> int:
    """Write `entries` to `path` (and, when given, the checkpoint on a second sheet);
    returns the row count. Raises ExportCancelled when asked."""
    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("审计日志")
    if chain_state or checkpoint is not None:
        _checkpoint_sheet(wb, checkpoint, chain_state, filters or {})
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    print_setup(ws)
    bold = Font(bold=True)
    header = []
    for h in HEADERS:
        cell = _text(ws, h)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    rows = 0
    try:
        for e in entries:
            cells = _row(ws, e, describe)
            fit_row_height(ws, rows + 2, ((cells[-2].value, WIDTHS[-2]), (cells[-1].value, WIDTHS[-1])))
            ws.append(cells)
            forget_row_height(ws, rows + 2)
            rows += 1
            if rows % 500 == 0:
                if is_cancelled and is_cancelled():
                    raise ExportCancelled()
                if progress:
                    progress(rows, total)
    except BaseException:
        abandon_workbook(wb)   # closes openpyxl's half-written streams; nothing reached `path`
        raise
    try:
        wb.save(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    if progress:
        progress(rows, total or rows)
    return rows
