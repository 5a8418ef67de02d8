"""What an import tells before it writes: no lookup of cards one cannot open, an audited dry
run, a row limit and no hidden sheets (issue #9 items 4 and 12)."""
from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from exports import xlsx_import
from models.archive import contacts, customers
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import AuditEntry, Customer
from models.foundation.vocabulary import AUDIT_ACTION_LABELS
from models.transfer import import_settings, importing


def _xlsx(path, rows, *, title="名单"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def zhaos_card(people):
    """A card li cannot open: zhao's customer with a phone and a key person's mobile."""
    card = customers.create_customer(people["zhao"], {"name": "隐秘实业有限公司", "phone": "0571-88886666"})
    contacts.add_contact(people["zhao"], card.id, {"name": "周总", "mobile": "13912345678"})
    return card


@pytest.mark.parametrize("on_duplicate", ["skip", "fail", "update"])
def test_duplicate_hints_do_not_reveal_a_card_the_user_cannot_open(people, zhaos_card, tmp_path, on_duplicate):
    path = _xlsx(tmp_path / "probe.xlsx", [["客户名称", "电话", "联系人", "联系人手机"],
                                           ["试探一", "0571-88886666", "", ""],
                                           ["试探二", "", "某人", "139 1234 5678"]])
    report = importing.import_xlsx(people["li"], path, on_duplicate=on_duplicate, dry_run=True)
    texts = [why for _row, _name, why in report.duplicates] + [p.message for p in report.problems]
    assert {row for row, _n, _w in report.duplicates} | {p.row for p in report.problems} == {2, 3}, texts
    for text in texts:
        for secret in ("88886666", "0571", "13912345678", "隐秘实业", zhaos_card.code, "周总"):
            assert secret not in text, text
        assert "无权查看" in text and "赵客服" in text   # who to ask


def test_a_card_the_user_can_open_is_named_in_the_hint(people, tmp_path):
    li = people["li"]
    mine = customers.create_customer(li, {"name": "自己的公司", "phone": "0571-12345678"})
    path = _xlsx(tmp_path / "mine.xlsx", [["客户名称", "电话"], ["别名", "057112345678"]])
    report = importing.import_xlsx(li, path, dry_run=True)
    assert f"{mine.code} 自己的公司" in report.duplicates[0][2] and "无权" not in report.duplicates[0][2]


def test_a_card_without_an_active_custodian_points_to_the_manager(people, tmp_path):
    boss = people["boss"]
    card = customers.create_customer(boss, {"name": "无主公司", "phone": "021-55556666"})
    Customer.update(owner=None).where(Customer.id == card.id).execute()
    path = _xlsx(tmp_path / "x.xlsx", [["客户名称", "电话"], ["别名", "021-55556666"]])
    report = importing.import_xlsx(people["li"], path, dry_run=True)
    assert "请联系客服主管" in report.duplicates[0][2] and "55556666" not in report.duplicates[0][2]


def test_a_dry_run_is_audited_like_an_import(people, zhaos_card, tmp_path):
    li = people["li"]
    path = _xlsx(tmp_path / "检查.xlsx", [["客户名称", "电话"], ["新公司", ""], ["试探", "0571-88886666"]])
    report = importing.import_xlsx(li, path, dry_run=True)
    assert not report.written and Customer.select().count() == 1
    entry = AuditEntry.get(AuditEntry.action == "import_dry_run")
    details = json.loads(entry.details)
    assert entry.actor_name == "li" and entry.target_label == "检查.xlsx"
    assert (details["file"], details["rows"], details["created"], details["skipped"]) == ("检查.xlsx", 2, 1, 1)
    assert len(details["sha256"]) == 64
    assert "import_dry_run" in AUDIT_ACTION_LABELS and AUDIT_ACTION_LABELS["import_dry_run"] != "import_dry_run"
    assert not AuditEntry.select().where(AuditEntry.action == "import").exists()


def test_an_import_refused_for_problems_is_audited_too(people, tmp_path):
    path = _xlsx(tmp_path / "bad.xlsx", [["客户名称", "邮箱"], ["坏公司", "not-an-email"]])
    report = importing.import_xlsx(people["li"], path, on_duplicate="fail")
    assert not report.ok and Customer.select().count() == 0
    entry = AuditEntry.get(AuditEntry.action == "import_refused")
    assert json.loads(entry.details)["problems"] == 1
    assert "import_refused" in AUDIT_ACTION_LABELS


# ---- the row limit -----------------------------------------------------------------------

def test_the_row_limit_has_a_default_and_only_an_admin_changes_it(people):
    assert import_settings.row_limit() == import_settings.DEFAULT_ROW_LIMIT == 100_000
    with pytest.raises(PermissionDenied):
        import_settings.set_row_limit(people["li"], 10)
    for bad in (0, -5, "多", 10_000_001):
        with pytest.raises(ValidationError):
            import_settings.set_row_limit(people["it"], bad)
    assert import_settings.set_row_limit(people["it"], "2,000") == 2000
    assert import_settings.row_limit() == 2000
    entry = AuditEntry.get(AuditEntry.action == "settings")
    assert json.loads(entry.details)["changes"] == {"import_max_rows": [100_000, 2000]}


def test_a_file_over_the_limit_is_refused_before_all_rows_are_read(people, tmp_path, monkeypatch):
    import_settings.set_row_limit(people["boss"], 10)
    rows = [["客户名称", "邮箱"]] + [[f"公司{i}", "bad" if i > 11 else ""] for i in range(1, 500)]
    path = _xlsx(tmp_path / "big.xlsx", rows)
    seen = []
    real = importing.validate_fields
    monkeypatch.setattr(importing, "validate_fields", lambda *a, **k: seen.append(1) or real(*a, **k))
    with pytest.raises(xlsx_import.RowLimitExceeded) as err:
        importing.import_xlsx(people["li"], path, dry_run=True)
    assert "10" in err.value.message and "行" in err.value.message and err.value.limit == 10
    assert len(seen) <= 10                      # it stopped at row 11, never reaching row 499
    assert Customer.select().count() == 0
    path = _xlsx(tmp_path / "ok.xlsx", rows[:11])   # exactly the limit
    assert importing.import_xlsx(people["li"], path).created == 10


def test_every_sheet_of_an_export_counts_against_the_limit(people, tmp_path):
    import_settings.set_row_limit(people["boss"], 3)
    wb = Workbook()
    wb.active.title = "客户"
    wb.active.append(["客户编号", "客户名称"])
    wb.active.append(["KH900001", "一号公司"])
    ws = wb.create_sheet("重要事项")
    ws.append(["客户编号", "日期", "类别", "标题"])
    for i in range(4):
        ws.append(["KH900001", "2024-01-0" + str(i + 1), "回访", f"回访{i}"])
    wb.save(tmp_path / "e.xlsx")
    with pytest.raises(xlsx_import.RowLimitExceeded) as err:
        importing.import_xlsx(people["boss"], tmp_path / "e.xlsx")
    assert "重要事项" in err.value.message
    assert Customer.select().count() == 0


# ---- hidden sheets -----------------------------------------------------------------------

def _with_hidden(path, *, hidden_title, state="hidden", visible_title="名单"):
    wb = Workbook()
    wb.active.title = visible_title
    wb.active.append(["客户名称"])
    wb.active.append(["看得见的公司"])
    ws = wb.create_sheet(hidden_title)
    ws.append(["客户名称"])
    ws.append(["藏起来的公司"])
    ws.sheet_state = state
    wb.save(path)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_customer_sheet_is_refused(people, tmp_path, state):
    path = _with_hidden(tmp_path / "h.xlsx", hidden_title="客户", state=state)
    with pytest.raises(xlsx_import.ImportFileError) as err:
        importing.import_xlsx(people["boss"], path, dry_run=True)
    assert "隐藏" in err.value.message and "客户" in err.value.message
    with pytest.raises(xlsx_import.ImportFileError):
        xlsx_import.preview_headers(path)
    assert Customer.select().count() == 0


def test_hidden_sheets_are_never_read(people, tmp_path):
    wb = Workbook()
    wb.active.title = "旧名单"
    wb.active.append(["客户名称"])
    wb.active.append(["藏起来的公司"])
    wb.active.sheet_state = "hidden"
    ws = wb.create_sheet("名单")
    ws.append(["客户名称"])
    ws.append(["看得见的公司"])
    wb.active = 1
    wb.save(tmp_path / "first-hidden.xlsx")
    report = importing.import_xlsx(people["boss"], tmp_path / "first-hidden.xlsx")
    assert [c.name for c in Customer.select()] == ["看得见的公司"]
    assert "旧名单" in report.summary()
    assert xlsx_import.preview_headers(tmp_path / "first-hidden.xlsx").title == "名单"
