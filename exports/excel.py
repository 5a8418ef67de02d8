"""The archive workbook, streamed with openpyxl's write-only mode (bounded memory).

Sheets: 客户 (page-1 company fields), 联系人 (one row per key person), 合作项目, 重要事项
(one row per page-2 entry) and 导出说明. Dates are Excel dates, amounts numbers with
#,##0.00, codes and phone numbers text. Text never becomes a formula: a string that openpyxl
would store as a formula (leading "=") or an error ("#N/A") is written as an explicit string
cell, so the sheet XML holds no <f> element for it. `+86 ...`, `-5`, `@SUM(A1)` are plain
string cells (t="inlineStr") already, which Excel never evaluates.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from exports import PathArg
from models.foundation.dto import MASK, Birthday, ContactInfo
from models.foundation.localtime import local_text

CONFIDENTIAL = "内部资料 注意保密"
AMOUNT_FMT = "#,##0.00"

# (header, width, kind) — kind: t text, w long text (wrapped), d date, dt datetime, a amount.
# Headers are the screen's labels (the list, the card form: models.foundation.vocabulary).
CUSTOMER_COLUMNS = [
    ("客户编号", 11, "t"), ("客户名称", 30, "t"), ("类型", 6, "t"), ("分类", 6, "t"),
    ("负责客服", 16, "t"), ("状态", 8, "t"), ("所属行业", 12, "t"), ("行业地位", 24, "w"),
    ("组织机构", 28, "w"), ("成立日期", 12, "d"), ("地址", 36, "w"), ("电话", 16, "t"),
    ("传真", 16, "t"), ("电子邮箱", 24, "t"), ("微信", 16, "t"), ("网站", 24, "t"),
    ("信息来源", 12, "t"), ("统一社会信用代码", 20, "t"), ("法定代表人", 10, "t"), ("注册资本", 12, "t"),
    ("开票名称", 26, "t"), ("税号", 20, "t"), ("开票地址电话", 30, "w"), ("开户行及账号", 30, "w"),
    ("备注", 30, "w"), ("归档原因", 16, "t"), ("建档时间", 17, "dt"),
    ("最后更新", 17, "dt"),
]
CONTACT_COLUMNS = [
    ("客户编号", 11, "t"), ("客户名称", 26, "t"), ("姓名", 10, "t"), ("主要联系人", 10, "t"),
    ("职务", 12, "t"), ("在机构中的作用", 18, "t"), ("电话", 16, "t"), ("手机", 16, "t"),
    ("电子邮箱", 24, "t"), ("微信", 14, "t"), ("生日", 16, "t"), ("家庭", 20, "w"),
    ("性格分析", 24, "w"), ("兴趣爱好", 18, "w"), ("人际关系与交际圈", 26, "w"),
]
PROJECT_COLUMNS = [
    ("客户编号", 11, "t"), ("客户名称", 26, "t"), ("项目名称", 28, "t"), ("开始日期", 12, "d"),
    ("结束日期", 12, "d"), ("金额", 16, "a"), ("状态", 8, "t"), ("说明", 30, "w"),
]
EVENT_COLUMNS = [
    ("客户编号", 11, "t"), ("客户名称", 26, "t"), ("日期", 12, "d"), ("类别", 10, "t"),
    ("标题", 28, "w"), ("内容", 50, "w"), ("来源部门", 12, "t"), ("记录人", 10, "t"),
    ("记录时间", 17, "dt"), ("报告", 6, "t"),
]
SHEETS = {"客户": CUSTOMER_COLUMNS, "联系人": CONTACT_COLUMNS, "合作项目": PROJECT_COLUMNS,
          "重要事项": EVENT_COLUMNS}


@dataclass(frozen=True)
class ExportInfo:
    exported_by: str
    exported_at: dt.datetime
    filter_text: str
    company: str = ""
    sensitive_note: str = ""


def birthday_text(month: int | None, day: int | None, year: int | None = None, lunar: bool = False,
                  leap: bool = False) -> str:
    """A birthday the way the card shows it (农历三月廿一, 1985年3月5日), which the importer
    parses back."""
    if not (month and day):
        return ""
    return Birthday(month, day, year, bool(lunar), bool(leap) and bool(lunar)).text


def birthday_cell(c: ContactInfo) -> str:
    if c.sensitive_masked:
        return MASK
    b: Birthday | None = c.birthday
    return "" if b is None else b.text


# A row needs the careful per-cell path only when one of its strings starts with "=" (a
# formula to openpyxl) or "#" (maybe an error value such as #N/A), or holds a control
# character openpyxl refuses. The row's strings are joined with "\n" and searched once.
_SUSPECT = re.compile(r"\n[=#]|[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _SheetWriter:
    def __init__(self, wb: Workbook, title: str, columns: Any) -> None:
        self.ws = wb.create_sheet(title)
        self.kinds = [k for _, _, k in columns]
        self.amounts = [i for i, k in enumerate(self.kinds) if k == "a"]
        # a long text is wrapped where it exceeds its column (a CJK character is ~2 width
        # units); short ones stay plain values, which keeps the stream fast
        self.wrapped = [(i, width // 2) for i, (_, width, k) in enumerate(columns) if k == "w"]
        self.widths = [width for _, width, _ in columns]
        self.rows = 0
        print_setup(self.ws)
        for i, (_, width, _) in enumerate(columns, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        last = get_column_letter(len(columns))
        self._last = last
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
        header = []
        for name, _, _ in columns:
            cell = WriteOnlyCell(self.ws, name)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(vertical="center")
            header.append(cell)
        self.ws.append(header)

    def append(self, values: Any) -> None:
        """Plain values for openpyxl (it types and streams them itself); explicit cells only
        for amounts (number format) and for strings that openpyxl would not keep as text."""
        if _SUSPECT.search("\n" + "\n".join([v for v in values if isinstance(v, str)])):
            out = [self._careful(v, k) for v, k in zip(values, self.kinds, strict=False)]
        else:
            out = [None if v == "" else v for v in values]
        tall = []
        for i, fits in self.wrapped:
            value = out[i]
            if isinstance(value, str) and (len(value) > fits or "\n" in value):
                cell = WriteOnlyCell(self.ws, value)
                cell.alignment = WRAP
                out[i] = cell
                tall.append((value, self.widths[i]))
        row = self.rows + 2   # after the header row
        if tall:
            fit_row_height(self.ws, row, tall)
        for i in self.amounts:
            value = out[i]
            if value is not None:
                cell = WriteOnlyCell(self.ws, float(value) if isinstance(value, Decimal) else value)
                cell.number_format = AMOUNT_FMT
                out[i] = cell
        self.ws.append(out)
        if tall:
            forget_row_height(self.ws, row)
        self.rows += 1

    def _careful(self, value: Any, kind: Any) -> Any:
        if value is None or value == "":
            return None
        if kind in ("t", "w"):
            return text_cell(self.ws, value)
        return value

    def finish(self) -> None:
        self.ws.auto_filter.ref = f"A1:{self._last}{self.rows + 1}"


WRAP = Alignment(wrap_text=True, vertical="top")
LINE_PT = 15   # one line of the default 11-pt font


def text_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (a CJK
    character is two)."""
    lines = 0
    for part in str(text).split("\n"):
        units = sum(2 if ord(ch) >= 0x2E80 else 1 for ch in part)
        lines += max(1, -(-units // max(1, int(width) - 1)))
    return lines


def fit_row_height(ws: Any, row: int, wrapped: Iterable[tuple[str, float]]) -> None:
    """Give row `row` (about to be appended) the height of its tallest wrapped cell — Excel
    sizes such rows itself, LibreOffice draws them one line tall with the lines overprinting.
    The dimension is dropped again by `forget_row_height` once the row is written."""
    lines = max((text_lines(t, w) for t, w in wrapped if t), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = min(409, lines * LINE_PT)   # Excel's row limit


def forget_row_height(ws: Any, row: int) -> None:
    ws.row_dimensions.pop(row, None)   # a streamed row is on disk: keep memory flat


def print_setup(ws: Any, *, title_rows: str | None = "1:1", landscape: bool = True) -> None:
    """Print like a report: landscape A4, one page wide (as many pages tall as needed), the
    header row repeated on every page, 内部资料 注意保密 and page x / y in the footer. Every
    sheet of every workbook the app writes calls it (tests/unit/test_workbook_print_setup.py
    reads the sheet XML back); a label/value sheet passes title_rows=None, landscape=False."""
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"   # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.left.text = CONFIDENTIAL
    ws.oddFooter.right.text = "第 &P 页 / 共 &N 页"


def text_cell(ws: Any, value: object) -> Any:   # openpyxl: a str, or a WriteOnlyCell
    """A string cell that can never be a formula or an error value (for any write-only sheet)."""
    text = value if isinstance(value, str) else str(value)
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text[:1] == "=" or text in ERROR_CODES:
        cell = WriteOnlyCell(ws)
        cell._value, cell.data_type = text[:32767], "s"
        return cell
    return text


_text = text_cell   # the old private name, still imported by models.transfer.import_job


def write_workbook(path: PathArg, row_batches: Iterable[tuple[Any, ...]], info: ExportInfo,
                   *, on_batch: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Stream the rows into `path`; returns the data row count per sheet. Each batch is
    (customers in it, customer rows, contact rows, project rows, event rows), the cells in
    the order of CUSTOMER_COLUMNS, CONTACT_COLUMNS, PROJECT_COLUMNS, EVENT_COLUMNS
    (models.exporting.iter_sheet_rows)."""
    wb = Workbook(write_only=True)
    try:
        return _write(wb, path, row_batches, info, on_batch)
    except BaseException:
        abandon_workbook(wb)
        raise


def abandon_workbook(wb: Workbook) -> None:
    """Close a failed write-only workbook's half-written sheet streams and delete their
    temporary files (else openpyxl's generators complain when they are collected)."""
    for ws in wb._sheets:
        try:
            if not ws.closed:
                ws.close()
            ws._writer.cleanup()
        except Exception:  # noqa: BLE001 - best effort after the real error
            pass


def _write(wb: Any, path: PathArg, row_batches: Any, info: Any, on_batch: Any) -> dict[str, Any]:
    sheets = {title: _SheetWriter(wb, title, cols) for title, cols in SHEETS.items()}
    writers = [s.append for s in sheets.values()]
    for n, *tables in row_batches:
        for append, rows in zip(writers, tables, strict=False):
            for row in rows:
                append(row)
        if on_batch:
            on_batch(n)
    for s in sheets.values():
        s.finish()
    counts = {title: s.rows for title, s in sheets.items()}
    _write_notes(wb, info, counts)
    wb.save(str(path))
    return counts


def _write_notes(wb: Workbook, info: ExportInfo, counts: dict[str, Any]) -> None:
    ws = wb.create_sheet("导出说明")
    print_setup(ws, title_rows=None, landscape=False)   # label/value lines
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 70
    bold = Font(bold=True)
    title = WriteOnlyCell(ws, f"{info.company or ''} 客户档案导出".strip())
    title.font = Font(bold=True, size=14)
    ws.append([title])
    warn = WriteOnlyCell(ws, CONFIDENTIAL)
    warn.font = Font(bold=True, color="C00000")
    ws.append([warn])
    ws.append([])
    rows = [("导出人", info.exported_by), ("导出时间", local_text(info.exported_at)),
            ("筛选条件", info.filter_text)]
    rows += [(f"{title}（行数）", counts[title]) for title in SHEETS]
    rows += [("敏感信息", info.sensitive_note),
             ("保密要求", "本文件含客户资料，仅供内部工作使用，不得外传、复制给无关人员；用完请妥善删除。")]
    for label, value in rows:
        cell = WriteOnlyCell(ws, label)
        cell.font = bold
        ws.append([cell, text_cell(ws, value) if isinstance(value, str) else value])
