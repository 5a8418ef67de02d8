"""The company identity columns (issue 16) in the customer workbook and back through the importer:
统一社会信用代码, 法定代表人, 注册资本 and 开票信息 go out with the screen's labels, come back
in, a bad credit code is refused with its row, the credit code finds duplicates like the phone
does, and export → import (update) changes nothing. Both databases (the `people` fixture)."""
from __future__ import annotations

from openpyxl import Workbook, load_workbook

from models.archive import customers
from models.archive.customers import ListQuery
from models.foundation.schema import Customer
from models.foundation.vocabulary import FIELD_LABELS, IDENTITY_FIELDS
from models.transfer import exporting, importing
from models.transfer.exporting import Selection

CODE_A = "91330100MA27XK1A2T"
CODE_N = "N2330100MA27XK1B3E"     # an 农业 registration: a letter first is valid
IDENTITY = {"credit_code": CODE_A, "legal_rep": "陈立明", "registered_capital": "500万元人民币",
            "invoice_title": "杭州明达贸易有限公司", "invoice_tax_id": CODE_A,
            "invoice_address_phone": "杭州市西湖区文三路 90 号 0571-88001234",
            "invoice_bank_account": "工商银行杭州文三路支行 1202 0212 0900 1234 567"}


def _xlsx(path, rows):
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def _identity(c: Customer) -> dict:
    return {f: getattr(c, f) for f in IDENTITY_FIELDS}


def test_export_carries_the_identity_columns_with_the_screens_labels(people, tmp_path):
    boss = people["boss"]
    customers.create_customer(boss, {"name": "杭州明达贸易有限公司", **IDENTITY})
    out = tmp_path / "archive.xlsx"
    exporting.export_excel(boss, out, Selection(ListQuery(status=None)))
    wb = load_workbook(out, read_only=True)
    rows = list(wb["客户"].iter_rows(values_only=True))
    wb.close()
    header = list(rows[0])
    for f in IDENTITY_FIELDS:
        assert FIELD_LABELS[f] in header, FIELD_LABELS[f]
    line = dict(zip(header, rows[1], strict=False))
    assert {f: line[FIELD_LABELS[f]] for f in IDENTITY_FIELDS} == IDENTITY


def test_import_reads_the_identity_fields_of_a_new_card(people, tmp_path):
    boss = people["boss"]
    labels = [FIELD_LABELS[f] for f in IDENTITY_FIELDS]
    path = _xlsx(tmp_path / "new.xlsx", [["客户名称", *labels],
                                         ["宁波农垦合作社", CODE_N.lower(), "王大海", "80 万元", "", "", "", ""]])
    report = importing.import_xlsx(boss, path)
    assert report.ok and report.created == 1, report.problems
    row = Customer.get(Customer.name == "宁波农垦合作社")
    assert row.credit_code == CODE_N           # normalised (upper case) as the form does
    assert (row.legal_rep, row.registered_capital) == ("王大海", "80 万元")


def test_a_bad_credit_code_is_refused_with_its_row_and_nothing_is_written(people, tmp_path):
    boss = people["boss"]
    wrong = CODE_A[:-1] + "X"
    path = _xlsx(tmp_path / "bad.xlsx", [["客户名称", "统一社会信用代码"],
                                         ["好公司", CODE_A], ["坏公司", wrong], ["短公司", "9133"]])
    report = importing.import_xlsx(boss, path)
    assert not report.ok and not report.written
    bad = {(p.row, p.column): p for p in report.problems}
    assert set(bad) == {(3, "统一社会信用代码"), (4, "统一社会信用代码")}
    assert bad[(3, "统一社会信用代码")].value == wrong
    assert "校验位" in bad[(3, "统一社会信用代码")].message and "T" in bad[(3, "统一社会信用代码")].message
    assert "18 位" in bad[(4, "统一社会信用代码")].message
    assert Customer.select().count() == 0


def test_credit_code_finds_duplicates_in_the_archive_and_in_the_file(people, tmp_path):
    boss = people["boss"]
    old = customers.create_customer(boss, {"name": "杭州明达贸易有限公司", "credit_code": CODE_A})
    rows = [["客户名称", "统一社会信用代码", "所属行业"],
            ["明达贸易（杭州）", CODE_A, "贸易"],          # another name, the archive's credit code
            ["宁波农垦合作社", CODE_N, "农业"],
            ["宁波农垦", CODE_N, "农业"]]                  # the same credit code within the file
    path = _xlsx(tmp_path / "dup.xlsx", rows)
    report = importing.import_xlsx(boss, path, on_duplicate="fail")
    assert not report.ok and {p.row for p in report.problems} == {2, 4}
    messages = " ".join(p.message for p in report.problems)
    assert "统一社会信用代码" in messages and old.code in messages
    assert Customer.select().count() == 1
    report = importing.import_xlsx(boss, path, on_duplicate="update")
    assert report.ok and (report.created, report.updated) == (1, 1), report.problems
    assert Customer.get_by_id(old.id).industry == "贸易"
    assert Customer.select().where(Customer.credit_code == CODE_N).count() == 1


def test_agent_sees_a_credit_code_duplicate_of_a_card_they_cannot_open_without_its_name(people, tmp_path):
    li, zhao = people["li"], people["zhao"]
    customers.create_customer(zhao, {"name": "赵的秘密客户", "credit_code": CODE_A})
    path = _xlsx(tmp_path / "dup.xlsx", [["客户名称", "统一社会信用代码"], ["李的新客户", CODE_A]])
    report = importing.import_xlsx(li, path, on_duplicate="fail")
    [problem] = report.problems
    assert "统一社会信用代码相同" in problem.message and "赵的秘密客户" not in problem.message
    assert "赵客服" in problem.message


def test_round_trip_export_then_import_update_changes_nothing(people, tmp_path):
    boss = people["boss"]
    customers.create_customer(boss, {"name": "杭州明达贸易有限公司", "phone": "0571-88001234", **IDENTITY})
    customers.create_customer(boss, {"name": "宁波农垦合作社", "credit_code": CODE_N, "legal_rep": "王大海"})
    customers.create_customer(boss, {"name": "没有身份信息的个人", "kind": "individual"})
    before = {c.code: (_identity(c), c.version, c.updated_at) for c in Customer.select()}
    out = tmp_path / "archive.xlsx"
    exporting.export_excel(boss, out, Selection(ListQuery(status=None)))
    report = importing.import_xlsx(boss, out, on_duplicate="update")
    assert report.ok, report.problems
    assert report.created == 0
    after = {c.code: (_identity(c), c.version, c.updated_at) for c in Customer.select()}
    assert after == before


def test_a_name_that_differs_only_by_company_suffixes_is_reported_as_a_likely_duplicate(people, tmp_path):
    """Not a match (the card is still created: 明达贸易股份 and 明达贸易有限 may be two companies),
    but the report says so, as 新建客户 does — naming the card only to someone who may open it."""
    boss, li, zhao = people["boss"], people["li"], people["zhao"]
    old = customers.create_customer(boss, {"name": "杭州明达贸易有限公司"})
    customers.create_customer(zhao, {"name": "宁波海联股份有限公司"})
    path = _xlsx(tmp_path / "similar.xlsx", [["客户名称"], ["杭州 明达贸易"], ["宁波海联（分公司）"],
                                             ["温州全新有限公司"], ["温州全新"]])
    report = importing.import_xlsx(li, path)
    assert report.ok and report.created == 4, report.problems
    similar = {row: why for row, _name, why in report.similar}
    assert set(similar) == {2, 3, 5}
    assert old.code not in similar[2] and "赵客服" not in similar[2]   # li cannot open boss's card
    assert "宁波海联股份有限公司" not in similar[3] and "赵客服" in similar[3]
    assert "第 4 行" in similar[5]
    assert "疑似重复 3 处" in report.summary()
    Customer.delete().where(Customer.import_source == "similar.xlsx").execute()
    report = importing.import_xlsx(boss, path)
    assert f"{old.code} 杭州明达贸易有限公司" in dict((r, w) for r, _n, w in report.similar)[2]
