"""Every workbook the app writes prints like a report (issue 17.6), read back by a second reader:
the sheet XML itself (zipfile + ElementTree), not openpyxl's high-level API.

Checked per table sheet: <pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0">
with <pageSetUpPr fitToPage="1">, the header row as the print titles (a _xlnm.Print_Titles
defined name), wrap text on the long-text columns' cells, and header names that are the
screen's labels (the vocabulary and the tr() strings of ui/), or listed below as columns the
screen does not show. Label/value sheets (导出说明, 检查点, 概览) are one page wide in portrait.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from exports.audit_xlsx import write_audit_xlsx
from exports.greetings_xlsx import write_greeting_list
from exports.problems_xlsx import write_problems
from models.archive import contacts, customers, events
from models.demo import generator as demo
from models.foundation import vocabulary
from models.foundation.dto import AuditInfo
from models.transfer import exporting
from models.transfer.exporting import Selection

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
ROOT = Path(__file__).resolve().parents[2]
LONG = "对方计划扩大合作，要求下月提交新的报价方案并安排技术交流。" * 4

# columns a sheet has that no screen shows under another name (the reason in brackets)
SHEET_ONLY = {
    "建档时间", "归档原因", "记录时间", "报告",               # archive workbook: the card's metadata
    "时间（UTC）", "操作代码", "对象类型", "详情（JSON，原始记录）",  # audit: raw record beside the shown one
    "工作表", "行号", "列", "内容", "问题",                  # import problem list (no screen table)
    "排名", "合作金额（元）", "累计占比 %", "80% 线",         # Pareto table beside its chart
    # service report: its dialog shows counts and a chart, no table with these columns
    "维度", "项目", "数量", "投诉次数", "首次响应（工作小时）", "解决用时（工作小时）", "逾期", "重新打开次数",
    # monthly report: no screen yet (issue 15's GUI is still to come)
    "指标", "说明", "目标", "单位", "实际", "结果", "回答数", "平均分", "CSAT", "数值", "第二页记录类别", "条数",
    "客户数", "第二页记录", "满意度调查", "解决服务单", "月份",
}


def screen_labels() -> set[str]:
    """The labels users see: the vocabulary's values and every tr()/QT_TRANSLATE_NOOP string in ui/."""
    labels: set[str] = set()
    for value in vars(vocabulary).values():
        if isinstance(value, dict):
            labels |= {v for v in value.values() if isinstance(v, str)}
        elif isinstance(value, tuple):
            labels |= {v for v in value if isinstance(v, str)}
    pattern = re.compile(r'(?:\btr|QT_TRANSLATE_NOOP\([^,]+,)\s*\(?\s*"([^"]+)"')
    for path in (ROOT / "ui").rglob("*.py"):
        labels |= set(pattern.findall(path.read_text(encoding="utf-8")))
    return labels


@dataclass
class Sheet:
    name: str
    xml: ET.Element
    wraps: set[int]          # style indexes with wrapText
    strings: list[str]
    titles: str | None       # the Print_Titles defined name's value

    def setup(self) -> dict:
        ps = self.xml.find("m:pageSetup", NS)
        return dict(ps.attrib) if ps is not None else {}

    def fit_to_page(self) -> bool:
        pr = self.xml.find("m:sheetPr/m:pageSetUpPr", NS)
        return pr is not None and pr.get("fitToPage") in ("1", "true")

    def heights(self) -> dict[int, float]:
        """Row number -> its explicit height (customHeight) in points."""
        return {int(r.get("r")): float(r.get("ht")) for r in self.xml.iter(f"{{{NS['m']}}}row")
                if r.get("ht") and r.get("customHeight") in ("1", "true")}

    def rows(self) -> list[list[tuple[str, int]]]:
        """Each row's cells as (text, style index), placed by their reference (A1, K2: a
        writer may leave empty cells out)."""
        out: list[list[tuple[str, int]]] = []
        for row in self.xml.iter(f"{{{NS['m']}}}row"):
            out += [[] for _ in range(int(row.get("r")) - 1 - len(out))]   # rows left out
            cells: list[tuple[str, int]] = []
            for c in row.findall("m:c", NS):
                col = column_index(c.get("r"))
                cells += [("", 0)] * (col - len(cells))
                if c.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                elif c.get("t") == "s":
                    text = self.strings[int(c.find("m:v", NS).text)]
                else:
                    v = c.find("m:v", NS)
                    text = v.text if v is not None and v.text else ""
                cells.append((text, int(c.get("s", "0"))))
            out.append(cells)
        return out


def column_index(ref: str) -> int:
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group():
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_sheets(path) -> dict[str, Sheet]:
    with zipfile.ZipFile(path) as z:
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        styles = ET.fromstring(z.read("xl/styles.xml"))
        xfs = styles.find("m:cellXfs", NS)
        wraps = {i for i, xf in enumerate(xfs) if (a := xf.find("m:alignment", NS)) is not None
                 and a.get("wrapText") in ("1", "true")}
        strings = []
        if "xl/sharedStrings.xml" in z.namelist():
            sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
            strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in sst]
        sheets = book.find("m:sheets", NS)
        names = [s.get("name") for s in sheets]
        titles = {}
        for dn in book.iterfind("m:definedNames/m:definedName", NS):
            if dn.get("name") == "_xlnm.Print_Titles":
                titles[names[int(dn.get("localSheetId"))]] = dn.text
        out = {}
        for s in sheets:
            target = targets[s.get(REL)].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            out[s.get("name")] = Sheet(s.get("name"), ET.fromstring(z.read(target)), wraps, strings,
                                       titles.get(s.get("name")))
    return out


def assert_prints(sheet: Sheet, *, header_row: int = 1, long_columns=(), labels: set[str]) -> None:
    setup = sheet.setup()
    assert setup.get("orientation") == "landscape", (sheet.name, setup)
    assert setup.get("fitToWidth") == "1" and setup.get("fitToHeight") == "0", (sheet.name, setup)
    assert sheet.fit_to_page(), sheet.name
    assert sheet.titles is not None and sheet.titles.endswith(f"${header_row}:${header_row}"), (sheet.name, sheet.titles)
    rows = sheet.rows()
    header = [text for text, _ in rows[header_row - 1]]
    unknown = [h for h in header if h not in labels and h not in SHEET_ONLY]
    assert not unknown, (sheet.name, unknown)
    for name in long_columns:
        col = header.index(name)
        long = [(r[col], n) for n, r in enumerate(rows[header_row:], header_row + 1)
                if col < len(r) and len(r[col][0]) > 40]
        assert long, (sheet.name, name, "no long text to check")
        assert all(style in sheet.wraps for (_, style), _ in long), (sheet.name, name)
        # and the row is as tall as its wrapped text: LibreOffice draws a row without a
        # height one line tall, the wrapped lines overprinting each other
        heights = sheet.heights()
        assert all(heights.get(n, 0) >= 2 * 14 for _, n in long), (sheet.name, name, heights)


def assert_label_sheet(sheet: Sheet) -> None:
    setup = sheet.setup()
    assert setup.get("fitToWidth") == "1" and sheet.fit_to_page(), (sheet.name, setup)


@pytest.fixture(scope="module")
def labels():
    return screen_labels()


def test_archive_workbook_prints(sqlite_archive, tmp_path, labels):
    boss = sqlite_archive
    card = customers.create_customer(boss, {"name": "杭州云栖科技有限公司", "address": LONG, "notes": LONG,
                                            "organization": LONG, "industry_status": LONG})
    contacts.add_contact(boss, card.id, {"name": "陈志强", "family": LONG, "personality": LONG,
                                         "hobbies": LONG, "relationships": LONG})
    contacts.add_project(boss, card.id, {"name": "仓储系统集成", "amount": "86000", "notes": LONG})
    events.add_event(boss, card.id, {"event_date": dt.date(2026, 3, 1), "category": "回访",
                                     "title": "回访" + LONG, "content": LONG})
    out = tmp_path / "客户.xlsx"
    exporting.export_excel(boss, out, Selection(customers=(card.code,)))
    sheets = read_sheets(out)
    assert_prints(sheets["客户"], long_columns=("行业地位", "组织机构", "地址", "备注"), labels=labels)
    assert_prints(sheets["联系人"], long_columns=("家庭", "性格分析", "兴趣爱好", "人际关系与交际圈"), labels=labels)
    assert_prints(sheets["合作项目"], long_columns=("说明",), labels=labels)
    assert_prints(sheets["重要事项"], long_columns=("标题", "内容"), labels=labels)
    assert_label_sheet(sheets["导出说明"])


def test_audit_workbook_prints(tmp_path, labels):
    entries = [AuditInfo(i, dt.datetime(2026, 1, 1), "王主管", "PC-01", "login", "登录", "customer", "KH000001",
                         "allowed", '{"reason": "' + LONG + '"}') for i in range(3)]
    out = tmp_path / "审计.xlsx"
    write_audit_xlsx(entries, out, describe=lambda d: "原因：" + LONG, chain_state="完整")
    sheets = read_sheets(out)
    assert_prints(sheets["审计日志"], long_columns=("详情", "详情（JSON，原始记录）"), labels=labels)
    assert_label_sheet(sheets["检查点"])


def test_greeting_list_and_problem_list_print(tmp_path, labels):
    @dataclass
    class Line:
        code: str
        customer: str
        cls: str
        person: str

    out = tmp_path / "问候.xlsx"
    write_greeting_list([Line("KH000001", "杭州云栖科技有限公司", "A", "陈志强")], out, "春节")
    assert_prints(read_sheets(out)["春节问候名单"], labels=labels)

    @dataclass
    class P:
        sheet: str
        row: int
        column: str
        value: str
        message: str

    out = tmp_path / "问题.xlsx"
    write_problems([P("客户", 3, "邮箱", LONG, "邮箱格式不对：" + LONG)], out)
    assert_prints(read_sheets(out)["问题清单"], long_columns=("内容", "问题"), labels=labels)


def test_service_pareto_and_monthly_workbooks_print(sqlite_archive, tmp_path, labels):
    from models.quality import monthly
    from models.service import printing
    from models.value import pareto

    boss = sqlite_archive
    demo.generate(boss, 20, agents=2, seed=3)
    out = tmp_path / "服务.xlsx"
    printing.export_report(boss, dt.date(2020, 1, 1), dt.date.today(), out)
    sheets = read_sheets(out)
    for name in ("分类统计", "重复投诉", "明细"):
        assert_prints(sheets[name], labels=labels)
    assert_label_sheet(sheets["概览"])
    out = tmp_path / "二八.xlsx"
    pareto.export_pareto(boss, out, months=120)
    assert_prints(read_sheets(out)["二八分析"], header_row=4, labels=labels)
    out = tmp_path / "月报.xlsx"
    monthly.write_report(boss, dt.date.today().strftime("%Y-%m"), out)
    for sheet in read_sheets(out).values():
        assert_prints(sheet, labels=labels)
