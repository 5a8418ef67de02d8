"""Reading a customer spreadsheet safely: check the zip first, then stream rows by header.

Before openpyxl sees a file it is opened with zipfile and refused when it is not an xlsx,
when the declared uncompressed total is absurd, when an entry's compression ratio is absurd,
or when it has a huge number of entries. Python's zipfile never inflates past an entry's
declared size, so checking the declared sizes bounds what openpyxl can be made to read.
openpyxl parses the XML with defusedxml when it is installed (it is a dependency), which
refuses entity expansion and external entities.
"""
from __future__ import annotations

import os
import re
import unicodedata
import zipfile
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports import PathArg
from models.foundation.errors import ArchiveError

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_BYTES = 10 * 1024 * 1024
MAX_ENTRIES = 10_000
NOT_XLSX = "不是有效的 Excel（.xlsx）文件"

# field -> recognised header names (first is the canonical one)
CUSTOMER_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("客户编号", "编号", "客户代码"),
    "name": ("客户名称", "公司名称", "单位名称", "企业名称", "客户", "名称", "公司"),
    "kind": ("类型", "客户类型"),
    "cls": ("分类", "客户分类", "客户类别", "类别", "等级"),
    "owner": ("负责客服", "客服", "客户经理"),
    "status": ("状态",),
    "industry": ("行业", "所属行业"),
    "industry_status": ("行业地位", "本行业基本状况", "行业状况"),
    "organization": ("组织机构", "组织结构"),
    "founded_on": ("成立日期", "成立时间"),
    "address": ("地址", "公司地址", "通讯地址", "详细地址"),
    "phone": ("电话", "公司电话", "联系电话", "座机", "固定电话"),
    "fax": ("传真",),
    "email": ("邮箱", "电子邮箱", "邮件", "email", "e-mail", "公司邮箱"),
    "wechat": ("微信", "微信号"),
    "website": ("网站", "网址", "公司网站", "主页"),
    "source_channel": ("信息来源", "来源", "来源渠道"),
    "credit_code": ("统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码"),
    "legal_rep": ("法定代表人", "法人代表", "法人"),
    "registered_capital": ("注册资本",),
    "invoice_title": ("开票名称", "发票抬头", "开票抬头"),
    "invoice_tax_id": ("税号", "纳税人识别号", "开票税号"),
    "invoice_address_phone": ("开票地址电话", "地址电话", "地址、电话"),
    "invoice_bank_account": ("开户行及账号", "开户行及帐号", "开户银行及账号"),
    "notes": ("备注", "说明"),
    "archived_reason": ("归档原因",),
    "contact_name": ("联系人", "联系人姓名", "负责人", "姓名"),
    "contact_title": ("联系人职务", "职务", "职位"),
    "contact_mobile": ("联系人手机", "手机", "手机号", "手机号码", "移动电话"),
    "contact_phone": ("联系人电话",),
    "contact_email": ("联系人邮箱", "联系人电子邮箱"),
    "contact_birthday": ("联系人生日", "生日"),
}
# columns of our own export that are informational only
IGNORED_HEADERS = {"建档时间", "最后更新"}

FIELD_LABELS = {f: names[0] for f, names in CUSTOMER_HEADERS.items()}

CONTACT_SHEET_HEADERS = {
    "code": ("客户编号",), "customer_name": ("客户名称",), "name": ("姓名", "联系人"),
    "is_primary": ("主要联系人",), "title": ("职务",), "role_in_org": ("在机构中的作用",),
    "phone": ("电话",), "mobile": ("手机",), "email": ("邮箱", "电子邮箱"), "wechat": ("微信",),
    "birthday": ("生日",), "family": ("家庭",), "personality": ("性格分析",),
    "hobbies": ("兴趣爱好",), "relationships": ("人际关系", "人际关系与交际圈"),
}
PROJECT_SHEET_HEADERS = {
    "code": ("客户编号",), "customer_name": ("客户名称",), "name": ("项目名称",),
    "started_on": ("开始日期",), "ended_on": ("结束日期",), "amount": ("金额", "金额（元）"),
    "status": ("状态",), "notes": ("说明", "备注"),
}
EVENT_SHEET_HEADERS = {
    "code": ("客户编号",), "customer_name": ("客户名称",), "event_date": ("日期",),
    "category": ("类别",), "title": ("标题",), "content": ("内容",),
    "source_department": ("来源部门",), "is_report": ("报告",),
}
EVENT_IGNORED = {"记录人", "记录时间"}


class ImportFileError(ArchiveError):
    """The file cannot be read as a customer spreadsheet (nothing was imported)."""


class RowLimitExceeded(ImportFileError):
    """A sheet holds more data rows than an import may take (found while streaming)."""

    def __init__(self, sheet: str, limit: int):
        self.sheet, self.limit = sheet, limit
        super().__init__(f"工作表“{sheet}”超过导入上限 {limit:,} 行数据，未导入任何数据；"
                         "请把文件分成几份导入，或请系统管理员调整上限")


MAIN_SHEET = "客户"


def main_sheet(wb: Any) -> Any:   # openpyxl (untyped): a Workbook → a Worksheet
    """The sheet an import reads: the visible 客户 sheet of our export, else the first visible
    sheet. Hidden sheets are never read (nobody sees what they hold): a hidden 客户 sheet
    refuses the file, since which sheet was meant cannot be told."""
    if MAIN_SHEET in wb.sheetnames:
        ws = wb[MAIN_SHEET]
        if ws.sheet_state != "visible":
            raise ImportFileError(f"工作表“{MAIN_SHEET}”是隐藏的，不会导入隐藏的工作表；"
                                  "请在 Excel 中取消隐藏（或删除该工作表）后重新导入")
        return ws
    for ws in wb.worksheets:
        if ws.sheet_state == "visible":
            return ws
    raise ImportFileError(f"{NOT_XLSX}：没有可见的工作表")


def visible_sheet(wb: Any, title: str) -> Any:
    """A linked sheet of our export (联系人, ...) when present and visible, else None."""
    if title in wb.sheetnames and wb[title].sheet_state == "visible":
        return wb[title]
    return None


def hidden_sheets(wb: Any) -> list[str]:
    return [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"]


def check_file(path: PathArg) -> None:
    """Refuse non-xlsx files and zip bombs before any XML is parsed."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ImportFileError(f"{NOT_XLSX}：压缩包内文件过多（{len(infos)} 个）")
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise ImportFileError(f"{NOT_XLSX}：缺少工作簿内容")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > RATIO_MIN_BYTES and \
                        info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise ImportFileError(f"{NOT_XLSX}：文件“{info.filename}”的压缩比异常，"
                                          "疑似恶意构造的压缩炸弹，已拒绝")
            if total > MAX_TOTAL_BYTES:
                raise ImportFileError(f"{NOT_XLSX}：解压后超过 {MAX_TOTAL_BYTES // 1024 // 1024} MB，已拒绝")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise ImportFileError(f"{NOT_XLSX}（{path.name}）") from None
    except FileNotFoundError:
        raise ImportFileError(f"找不到文件：{path}") from None
    except IsADirectoryError:
        raise ImportFileError(f"{NOT_XLSX}（{path.name} 是文件夹）") from None


def normalise_header(value: Any) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"\s+", "", text).strip("*＊:：")
    text = re.sub(r"[（(](必填|选填|可选)[)）]$", "", text)
    return text.lower() if text.isascii() else text


def guess_field(header: str, table: Mapping[str, tuple[str, ...]] = CUSTOMER_HEADERS) -> str | None:
    h = normalise_header(header)
    for fld, names in table.items():
        if h in (normalise_header(n) for n in names):
            return fld
    return None


@dataclass
class SheetData:
    """One sheet: its header row, the column -> field mapping and the data rows."""

    title: str
    header_row: int
    headers: list[str]
    columns: dict[int, str]                         # column index -> field
    unknown: list[str] = field(default_factory=list)
    rows: Iterator[tuple[int, dict[str, Any]]] = field(default_factory=lambda: iter(()))   # (sheet row number, {field: value})
    max_row: int | None = None


def _find_header(rows: list[tuple[Any, ...]], table: Mapping[str, tuple[str, ...]]) -> int:
    """Index (in `rows`) of the header: the first of the top rows naming >= 2 known fields."""
    first_non_empty = None
    for i, row in enumerate(rows):
        cells = [c for c in row if c not in (None, "")]
        if not cells:
            continue
        if first_non_empty is None:
            first_non_empty = i
        if sum(1 for c in cells if guess_field(c, table)) >= 2:
            return i
    return first_non_empty if first_non_empty is not None else 0


def open_sheet(ws: Any, table: Mapping[str, tuple[str, ...]], *, mapping: dict[str, str] | None = None,
               ignored: Collection[str] = frozenset(),
               max_rows: int | None = None) -> SheetData:
    """Locate the header (merged title rows above it are skipped) and map columns to fields.

    With `max_rows`, reading the rows raises RowLimitExceeded at the first data row past the
    limit, before the rest of the sheet is parsed."""
    head: list[tuple[Any, ...]] = []
    it = ws.iter_rows(values_only=True)
    for row in it:
        head.append(row)
        if len(head) >= 10:
            break
    idx = _find_header(head, table)
    header_cells = list(head[idx]) if head else []
    headers = ["" if c is None else str(c).strip() for c in header_cells]
    mapping = {normalise_header(k): v for k, v in (mapping or {}).items()}
    columns: dict[int, str] = {}
    unknown: list[str] = []
    for col, h in enumerate(headers):
        if not h:
            continue
        key = normalise_header(h)
        fld = mapping.get(key) if key in mapping else guess_field(h, table)
        if fld and fld not in columns.values():
            columns[col] = fld
        elif h not in ignored and key in mapping and mapping[key] in (None, ""):
            continue  # the caller chose to ignore this column
        elif h not in ignored:
            unknown.append(h)
    rest = head[idx + 1:]
    header_row = idx + 1

    column_items = list(columns.items())

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        number = header_row
        count = 0
        for source in (rest, it):
            for row in source:
                number += 1
                values = {}
                width = len(row)
                for col, fld in column_items:
                    if col < width:
                        value = row[col]   # empty: None or blank text (inline: this runs for every cell)
                        if value is not None and (value.__class__ is not str or value.strip()):
                            values[fld] = value
                if values:
                    count += 1
                    if max_rows is not None and count > max_rows:
                        raise RowLimitExceeded(ws.title, max_rows)
                    yield number, values

    return SheetData(ws.title, header_row, headers, columns, unknown, rows(), ws.max_row)


def load(path: str | os.PathLike[str]) -> Any:   # an openpyxl Workbook
    """Open a checked workbook read-only (values, not formulas). Caller closes it."""
    from openpyxl import load_workbook

    check_file(path)
    try:
        return load_workbook(str(path), read_only=True, data_only=True)
    except ArchiveError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is the file's fault
        raise ImportFileError(f"{NOT_XLSX}：{type(exc).__name__}") from None


def preview_headers(path: PathArg, mapping: dict[str, Any] | None = None) -> SheetData:
    """The main sheet's headers and guessed fields (for the mapping dialog)."""
    wb = load(path)
    try:
        data = open_sheet(main_sheet(wb), CUSTOMER_HEADERS, mapping=mapping, ignored=IGNORED_HEADERS)
        data.rows = iter(())
        return data
    finally:
        wb.close()
