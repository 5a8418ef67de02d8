"""Importing a customer list: messy real-world sheets, all-or-nothing, duplicates, hostile files."""
from __future__ import annotations

import datetime as dt
import io
import json
import time
import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from exports import xlsx_import
from models.archive import customers
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import AuditEntry, Contact, Customer
from models.transfer import importing


def _xlsx(path, rows, *, title_row: str | None = None):
    wb = Workbook()
    ws = wb.active
    if title_row:
        ws.append([title_row])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


MESSY = [
    ["联系人手机", "公司名称", "分类", "成立日期", "电话", "联系人", "微信号", "备注", "内部编码"],
    [13800138000.0, "杭州甲贸易有限公司", "A", "2024-03-05", "０５７１－８８８８１２３４", "张三", "wx1", "", "X1"],
    [None, "宁波乙五金厂", "b", "2024/3/5", 57188889999, "", "", "老客户", "X2"],
    [None, None, None, None, None, None, None, None, None],
    ["", "温州丙制衣", "C", "2024年3月5日", "", "李四", "", "", ""],
    ["13900001111", "台州丁机械", "", 45356, "", "王五", "", "", ""],
]


def test_messy_sheet_imports_with_synonyms_types_and_merged_title(people, tmp_path):
    boss = people["boss"]
    path = _xlsx(tmp_path / "客户名单.xlsx", MESSY, title_row="2024 年新客户名单（销售部）")
    report = importing.import_xlsx(boss, path, owner="li")
    assert report.ok, report.problems
    assert (report.rows, report.created, report.contacts) == (4, 4, 3)
    assert report.unknown_columns == ["内部编码"]
    rows = {c.name: c for c in Customer.select()}
    a = rows["杭州甲贸易有限公司"]
    assert a.classification == "A" and a.founded_on == dt.date(2024, 3, 5) and a.phone == "0571-88881234"
    assert a.owner.username == "li" and a.created_by_id == boss.id and a.import_source == "客户名单.xlsx"
    assert rows["宁波乙五金厂"].classification == "B" and rows["宁波乙五金厂"].phone == "57188889999"
    assert rows["温州丙制衣"].founded_on == dt.date(2024, 3, 5)
    assert rows["台州丁机械"].founded_on == dt.date(2024, 3, 5)  # an Excel date number
    mobile = Contact.get(Contact.name == "张三").mobile
    assert mobile == "13800138000"
    # searchable like any other card (pinyin, phone)
    assert [r.name for r in customers.search(boss, "hzjmy")] == ["杭州甲贸易有限公司"]
    assert [r.name for r in customers.search(boss, "13800138000")] == ["杭州甲贸易有限公司"]
    entry = AuditEntry.select().where(AuditEntry.action == "import").get()
    details = json.loads(entry.details)
    assert details["created"] == 4 and details["file"] == "客户名单.xlsx" and len(details["sha256"]) == 64


def test_every_problem_is_reported_and_nothing_is_written(people, tmp_path):
    boss = people["boss"]
    rows = [["客户名称", "邮箱", "成立日期", "分类", "联系人生日", "负责客服"],
            ["好公司", "ok@example.com", "2020-01-01", "A", "03-05", "li"],
            ["", "bad-email", "2024-13-01", "D", "13-40", "nobody"],
            ["坏日期公司", "", "明天", "", "", ""]]
    path = _xlsx(tmp_path / "bad.xlsx", rows)
    report = importing.import_xlsx(boss, path)
    assert not report.ok and not report.written
    found = {(p.row, p.column) for p in report.problems}
    assert {(3, "客户名称"), (3, "邮箱"), (3, "成立日期"), (3, "分类"), (3, "负责客服"), (4, "成立日期")} <= found
    bad_email = next(p for p in report.problems if p.column == "邮箱")
    assert bad_email.value == "bad-email" and "邮箱" in bad_email.message
    assert Customer.select().count() == 0
    assert not AuditEntry.select().where(AuditEntry.action == "import").exists()
    saved = importing.save_problems(report, tmp_path / "problems.xlsx")
    ws = load_workbook(saved)["问题清单"]
    assert [c.value for c in ws[1]] == ["工作表", "行号", "列", "内容", "问题"]
    assert ws.max_row == len(report.problems) + 1


def test_duplicates_against_archive_and_within_file(people, tmp_path):
    boss = people["boss"]
    old = customers.create_customer(boss, {"name": "已有公司", "phone": "021-5555 6666"})
    rows = [["客户名称", "电话", "行业", "联系人"],
            ["已有公司", "", "制造业", "赵六"],        # same name as the archive
            ["别名公司", "02155556666", "贸易", ""],    # same phone as the archive
            ["新公司", "", "餐饮", "钱七"],
            ["新公司", "", "", "孙八"]]               # same name within the file
    path = _xlsx(tmp_path / "dup.xlsx", rows)
    report = importing.import_xlsx(boss, path, on_duplicate="fail")
    assert not report.ok and {p.row for p in report.problems} == {2, 3, 5}
    assert Customer.select().count() == 1
    report = importing.import_xlsx(boss, path, on_duplicate="skip")
    assert (report.created, report.skipped, report.updated) == (1, 3, 0)
    assert Customer.select().count() == 2
    Customer.delete().where(Customer.name == "新公司").execute()
    report = importing.import_xlsx(boss, path, on_duplicate="update")
    assert report.ok and (report.created, report.updated) == (1, 2)
    old_row = Customer.get_by_id(old.id)
    assert old_row.industry == "贸易" and old_row.version > 1   # both matching rows updated it
    assert {c.name for c in Contact.select().where(Contact.customer == old.id)} == {"赵六"}
    new = Customer.get(Customer.name == "新公司")
    assert {c.name for c in Contact.select().where(Contact.customer == new.id)} == {"钱七", "孙八"}


def test_agent_imports_into_own_custody_only(people, tmp_path):
    li = people["li"]
    path = _xlsx(tmp_path / "a.xlsx", [["客户名称", "负责客服"], ["甲", "李客服"], ["乙", ""]])
    report = importing.import_xlsx(li, path)
    assert report.ok and {c.owner.username for c in Customer.select()} == {"li"}
    path = _xlsx(tmp_path / "b.xlsx", [["客户名称", "负责客服"], ["丙", "zhao"]])
    report = importing.import_xlsx(li, path)
    assert not report.ok and "自己名下" in report.problems[0].message
    with pytest.raises(PermissionDenied):
        importing.import_xlsx(li, path, owner="zhao")
    with pytest.raises(PermissionDenied):
        importing.import_xlsx(people["sales"], path)
    with pytest.raises(ValidationError):
        importing.import_xlsx(people["boss"], path, owner="sales")


def test_dry_run_and_mapping(people, tmp_path):
    boss = people["boss"]
    path = _xlsx(tmp_path / "m.xlsx", [["公司全称", "座机号码", "说明"], ["映射公司", "010-12345678", "x"]])
    report = importing.import_xlsx(boss, path, dry_run=True)
    assert not report.ok and "客户名称" in report.problems[0].message
    report = importing.import_xlsx(boss, path, dry_run=True,
                                   mapping={"公司全称": "name", "座机号码": "phone", "说明": None})
    assert report.ok and report.created == 1 and not report.written and report.unknown_columns == []
    assert Customer.select().count() == 0
    report = importing.import_xlsx(boss, path, mapping={"公司全称": "name", "座机号码": "phone"})
    assert report.created == 1 and Customer.get().phone == "010-12345678"
    preview = xlsx_import.preview_headers(path)
    assert preview.headers == ["公司全称", "座机号码", "说明"] and list(preview.columns.values()) == ["notes"]


def _bomb(path, size=1024 * 1024 * 1024):
    """A well-formed zip whose one entry inflates from ~1 MB to `size` bytes of zeros."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (16 * 1024 * 1024)
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    path.write_bytes(buf.getvalue())
    return path


def test_zip_bomb_is_refused_fast_in_bounded_memory(people, tmp_path):
    bomb = _bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    t0 = time.perf_counter()
    with pytest.raises(xlsx_import.ImportFileError) as err:
        importing.import_xlsx(people["boss"], bomb)
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "不是有效的 Excel（.xlsx）文件" in err.value.message
    assert elapsed < 0.5 and peak < 20 * 1024 * 1024
    assert Customer.select().count() == 0


def test_not_an_xlsx_gets_a_clear_message(people, tmp_path):
    for name, data in (("a.xlsx", b"just text"), ("b.xlsx", b""), ("c.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 600)):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(xlsx_import.ImportFileError) as err:
            importing.import_xlsx(people["boss"], tmp_path / name)
        assert "不是有效的 Excel（.xlsx）文件" in err.value.message
    zf_path = tmp_path / "other.zip"
    with zipfile.ZipFile(zf_path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(xlsx_import.ImportFileError):
        importing.import_xlsx(people["boss"], zf_path)


def test_xml_is_parsed_with_defusedxml(sqlite_archive, tmp_path):
    import defusedxml.ElementTree
    import openpyxl
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse is defusedxml.ElementTree.iterparse
    # a workbook whose sheet declares an entity is refused, not expanded
    path = _xlsx(tmp_path / "ok.xlsx", [["客户名称"], ["实体公司"]])
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.split(b"?>", 1)[-1] if data.startswith(b"<?xml") else data
                body = body.replace("实体公司".encode(), b"&e;")
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>' + body
            dst.writestr(item, data)
    with pytest.raises(xlsx_import.ImportFileError):
        importing.import_xlsx(sqlite_archive, evil)
    assert Customer.select().count() == 0
