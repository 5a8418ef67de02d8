"""Service records to Excel (issue 14): the list's columns, every field, real dates, the print
setup — read back with a second reader (the sheet XML itself, not openpyxl) — and the
permission rule of the list (an agent exports only what they may see), on both databases."""
from __future__ import annotations

import datetime as dt
import time
import zipfile
from xml.etree import ElementTree as ET

import pytest

from exports import service_xlsx
from models.archive import customers
from models.foundation import db
from models.foundation.schema import AuditEntry, ServiceRecord
from models.service import printing, records

T = dt.datetime
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def read_sheet(path):
    """(rows of (value, style attributes)), the print setup, from the xlsx's XML."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        formats = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(f"{{{NS['m']}}}numFmt")}
        xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        book = ET.fromstring(z.read("xl/workbook.xml"))
    rows = []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        out = []
        for c in row.findall("m:c", NS):
            xf = xfs[int(c.get("s", 0))]
            fmt = formats.get(int(xf.get("numFmtId", 0)), "")
            align = xf.find("m:alignment", NS)
            wrap = align is not None and align.get("wrapText") in ("1", "true")
            assert c.find("m:f", NS) is None                              # never a formula
            v, kind = c.find("m:v", NS), c.get("t")
            if kind == "s":
                value = shared[int(v.text)]
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
            elif v is None:
                value = None
            else:
                value = float(v.text)
                if "yy" in fmt:
                    value = (EXCEL_EPOCH + dt.timedelta(days=value)).replace(microsecond=0)
                    value = value + dt.timedelta(seconds=1) if value.second == 59 else value
            out.append((value, {"format": fmt, "wrap": wrap}))
        rows.append(out)
    setup = sheet.find("m:pageSetup", NS)
    fit = sheet.find("m:sheetPr/m:pageSetUpPr", NS)
    titles = [d.text for d in book.iter(f"{{{NS['m']}}}definedName") if d.get("name") == "_xlnm.Print_Titles"]
    return rows, {"orientation": setup.get("orientation"), "fitToWidth": setup.get("fitToWidth"),
                  "fitToHeight": setup.get("fitToHeight"), "fitToPage": fit is not None and fit.get("fitToPage"),
                  "titles": titles}


@pytest.fixture
def cards(people):
    mine = customers.create_customer(people["boss"], {"name": "杭州明达贸易有限公司", "cls": "A"},
                                     owner=people["li"].id)
    theirs = customers.create_customer(people["boss"], {"name": "宁波远航物流有限公司", "cls": "B"},
                                       owner=people["zhao"].id)
    return mine, theirs


def test_the_workbook_has_the_lists_columns_real_dates_and_prints_as_a_report(people, cards, tmp_path):
    mine, theirs = cards
    li = people["li"]
    long_text = "客户来电称订单迟到三天，包装破损，" * 12
    a = records.open_record(li, mine.code, kind="投诉", title="送货迟到", content=long_text, severity="重大",
                            channel="电话", complainant="王经理", complainant_contact="138 0000 0000",
                            received_at=T(2025, 9, 30, 17, 0), now=T(2025, 9, 30, 17, 0))
    records.judge(li, a.number, verdict="justified", reason="=承运商延误", category="配送", dept="物流部",
                  now=T(2025, 10, 9, 9, 30))
    records.step(li, a.number, status="已解决", note="补发并赔偿运费", corrective="更换承运商",
                 at=T(2025, 10, 9, 10, 0), now=T(2025, 10, 9, 10, 0))
    records.open_record(people["zhao"], theirs.code, kind="维修", title="空调不制冷")
    out = tmp_path / "服务单.xlsx"
    target, count = printing.export_records(li, out)
    assert target == out and count == 1                    # li sees his own customer's record only
    rows, setup = read_sheet(out)
    header = [v for v, _ in rows[0]]
    assert header[:8] == ["编号", "客户", "类型", "严重程度", "状态", "处理人", "受理时间", "解决期限"]
    assert header == list(service_xlsx.HEADERS)
    cells = dict(zip(header, rows[1], strict=True))
    assert cells["编号"][0] == a.number and cells["客户"][0] == f"{mine.code} 杭州明达贸易有限公司"
    assert cells["受理时间"] == (T(2025, 9, 30, 17, 0), {"format": "yyyy-mm-dd hh:mm", "wrap": False})
    assert cells["解决时间"][0] == T(2025, 10, 9, 10, 0)
    assert cells["解决期限"][0] == T(2025, 10, 14, 17, 0)  # 重大: 5 working days, 10-11 worked
    assert cells["情况描述"] == (long_text, {"format": "", "wrap": True})
    assert cells["处理结果"] == ("补发并赔偿运费", {"format": "", "wrap": True})
    assert cells["判断"][0] == "有效投诉" and cells["纠正措施"][0] == "更换承运商"
    assert setup == {"orientation": "landscape", "fitToWidth": "1", "fitToHeight": "0", "fitToPage": "1",
                     "titles": ["'服务单'!$1:$1"]}
    entry = AuditEntry.select().where(AuditEntry.action == "service_export").get()
    assert entry.actor_id == li.id and '"records": 1' in entry.details


def test_filters_and_a_selection_are_exported_as_the_list_shows_them(people, cards, tmp_path):
    mine, _ = cards
    boss = people["boss"]
    made = [records.open_record(boss, mine.code, kind=k, title=f"第 {i} 件")
            for i, k in enumerate(("投诉", "维修", "维修"))]
    _n, count = printing.export_records(boss, tmp_path / "a.xlsx", kind="维修")
    assert count == 2
    wanted = [made[0].number, made[2].number]
    _n, count = printing.export_records(boss, tmp_path / "b.xlsx", numbers=wanted[::-1])
    rows, _ = read_sheet(tmp_path / "b.xlsx")
    assert [r[0][0] for r in rows[1:]] == wanted[::-1]    # the selection, in its order
    # a number another agent may not see is not exported, whatever the selection says
    _n, count = printing.export_records(people["zhao"], tmp_path / "c.xlsx", numbers=wanted)
    assert count == 0


def test_a_failed_export_leaves_no_file(people, cards, tmp_path, monkeypatch):
    mine, _ = cards
    records.open_record(people["li"], mine.code, kind="投诉", title="x")

    def broken(*_a, **_k):
        raise OSError("disk full")
    monkeypatch.setattr(service_xlsx, "write_records", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OSError):
        printing.export_records(people["li"], folder / "x.xlsx")
    assert list(folder.iterdir()) == []
    assert not AuditEntry.select().where(AuditEntry.action == "service_export").exists()


def test_a_thousand_records_export_in_seconds(people, cards, tmp_path):
    mine, _ = cards
    boss = people["boss"]
    first = records.open_record(boss, mine.code, kind="投诉", title="第 0 件", content="空调不制冷，" * 20,
                                received_at=T(2025, 1, 2, 9, 0))
    row = dict(ServiceRecord.get(ServiceRecord.number == first.number).__data__)
    row.pop("id")
    copies = [{**row, "number": f"TS2025-{i + 2:06d}", "title": f"第 {i + 1} 件",
               "received_at": row["received_at"] + dt.timedelta(hours=i)} for i in range(999)]
    with db.write_transaction():
        for batch in range(0, len(copies), 100):
            ServiceRecord.insert_many(copies[batch:batch + 100]).execute()
    start = time.perf_counter()
    _n, count = printing.export_records(boss, tmp_path / "big.xlsx")
    seconds = time.perf_counter() - start
    assert count == 1000
    print(f"\nexport of 1,000 service records: {seconds:.2f} s")
    assert seconds < 30
