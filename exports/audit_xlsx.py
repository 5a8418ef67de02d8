"""The audit log to Excel (openpyxl write-only, streamed).

Every text cell is written as an explicit string cell, so a target label or a reason
that starts with = + - @ stays exactly that text and never becomes a formula (no <f>
element in the sheet XML). The file is written next to the target and renamed into
place at the end: a cancelled or failed export leaves no half-written file behind.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from models import audit
from models.audit import AuditInfo
from models.audit_details import details_text
from models.errors import ArchiveError

HEADERS = ("编号", "时间（UTC）", "用户", "电脑", "操作", "操作代码", "对象类型", "对象", "结果", "详情",
           "详情（JSON，原始记录）")
WIDTHS = (8, 20, 14, 16, 14, 16, 10, 14, 8, 80, 60)
OUTCOME_LABELS = {"allowed": "允许", "denied": "拒绝"}
TARGET_LABELS = {"customer": "客户", "staff": "账号", "": ""}


class ExportCancelled(ArchiveError):
    def __init__(self):
        super().__init__("导出已取消，没有生成文件")


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    sha256: str


def _text(ws, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value or ""))
    cell.data_type = "s"  # never a formula, whatever the first character
    return cell


def _row(ws, e: AuditInfo) -> list:
    when = WriteOnlyCell(ws, value=e.at)
    when.number_format = "yyyy-mm-dd hh:mm:ss"
    return [e.id, when, _text(ws, e.actor_name), _text(ws, e.machine), _text(ws, e.action_label),
            _text(ws, e.action), _text(ws, TARGET_LABELS.get(e.target_type, e.target_type)),
            _text(ws, e.target_label), _text(ws, OUTCOME_LABELS.get(e.outcome, e.outcome)),
            _text(ws, details_text(e.details)), _text(ws, e.details)]


def write_audit_xlsx(entries: Iterable[AuditInfo], path, *, total: int = 0,
                     progress: Callable[[int, int], None] | None = None,
                     is_cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write `entries` to `path`; returns the row count and the file's SHA-256."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("审计日志")
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for h in HEADERS:
        cell = _text(ws, h)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    rows = 0
    cancelled = False
    try:
        for e in entries:
            ws.append(_row(ws, e))
            rows += 1
            if rows % 500 == 0:
                if is_cancelled and is_cancelled():
                    cancelled = True
                    break
                if progress:
                    progress(rows, total)
        wb.save(tmp)  # also on cancel: it closes openpyxl's stream; the file is removed below
        if cancelled:
            raise ExportCancelled()
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress:
        progress(rows, total or rows)
    return ExportResult(str(target), rows, digest)


def export_audit(actor, path, *, progress=None, is_cancelled=None, **filters) -> ExportResult:
    """The viewer's "导出 Excel": the filtered log to `path`, the export itself audited."""
    total = audit.count(actor, **filters)
    result = write_audit_xlsx(audit.iter_entries(actor, **filters), path, total=total,
                              progress=progress, is_cancelled=is_cancelled)
    audit.record(actor, "export_excel", target_type="audit_log", target_label="审计日志",
                 details={"what": "audit_log", "rows": result.rows, "sha256": result.sha256,
                          "file": Path(result.path).name,
                          "filters": {k: str(v) for k, v in filters.items() if v}})
    return result
