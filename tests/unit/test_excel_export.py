"""The archive workbook: what a manager opens in Excel, and what others may not take out."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from openpyxl import load_workbook

from models.archive import contacts, customers, events
from models.archive.customers import ListQuery
from models.foundation.dto import MASK
from models.foundation.errors import PermissionDenied
from models.foundation.schema import AuditEntry, Grant, utcnow
from models.transfer import exporting
from models.transfer.exporting import Selection

HOSTILE = ['=HYPERLINK("http://x","点我")', "+86 21 1234", "-5", "@SUM(A1)", "#N/A", "=1+1"]


def _customer(actor, name="上海精工贸易有限公司", **extra):
    card = customers.create_customer(actor, {"name": name, "cls": "A", "industry": "贸易",
                                             "phone": "021-1234 5678", "founded_on": "2003-05-18",
                                             **extra})
    contacts.add_contact(actor, card.id, {"name": "王建国", "title": "总经理", "mobile": "013800138000",
                                          "birthday": (3, 5, 1970, False), "family": "已婚，一子",
                                          "hobbies": "钓鱼"})
    contacts.add_project(actor, card.id, {"name": "年度采购", "started_on": "2023-01-01",
                                          "amount": "1234567.5", "status": "进行中"})
    events.add_event(actor, card.id, {"event_date": "2024-03-05", "category": "合作契机",
                                      "title": "年度采购计划启动", "content": "对方计划扩大采购"})
    return card


def _rows(ws):
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


def test_workbook_sheets_types_and_layout(people, tmp_path):
    boss = people["boss"]
    card = _customer(people["li"])
    out = tmp_path / "archive.xlsx"
    result = exporting.export_excel(boss, out, Selection(ListQuery()))
    assert result.counts == {"客户": 1, "联系人": 1, "合作项目": 1, "重要事项": 1}
    wb = load_workbook(out)
    assert wb.sheetnames == ["客户", "联系人", "合作项目", "重要事项", "导出说明"]
    ws = wb["客户"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:AB2"     # 21 columns + the 7 identity columns (issue 16)
    assert ws["A1"].font.b and ws["A1"].value == "客户编号"
    assert ws.column_dimensions["B"].width >= 20
    row = _rows(ws)[0]
    assert row["客户编号"] == card.code and row["负责客服"] == "李客服（li）"
    assert row["成立日期"] == dt.datetime(2003, 5, 18)
    founded = next(c for c in ws[2] if c.value == dt.datetime(2003, 5, 18))
    assert founded.is_date and founded.number_format == "yyyy-mm-dd"
    assert row["电话"] == "021-1234 5678"
    person = _rows(wb["联系人"])[0]
    assert person["手机"] == "013800138000"  # text: the leading zero survives
    assert person["生日"] == "1970年3月5日" and person["家庭"] == "已婚，一子"
    amount_cell = wb["合作项目"]["F2"]
    assert amount_cell.value == pytest.approx(1234567.5) and amount_cell.number_format == "#,##0.00"
    assert isinstance(amount_cell.value, float)
    entry = _rows(wb["重要事项"])[0]
    assert entry["标题"] == "年度采购计划启动" and entry["日期"] == dt.datetime(2024, 3, 5)
    notes = {r[0]: r[1] for r in wb["导出说明"].iter_rows(values_only=True) if r and r[0]}
    assert "内部资料 注意保密" in notes
    assert notes["导出人"] == "王主管（boss）" and notes["客户（行数）"] == 1
    assert "正常客户" in notes["筛选条件"]


def test_formula_looking_text_stays_text_and_no_formula_element(people, tmp_path):
    boss = people["boss"]
    for i, text in enumerate(HOSTILE):
        card = customers.create_customer(boss, {"name": f"{text}", "notes": text})
        contacts.add_contact(boss, card.id, {"name": f"联系人{i}", "family": text})
    out = tmp_path / "hostile.xlsx"
    exporting.export_excel(boss, out, Selection(ListQuery()))
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in zf.read(name).decode() and "<f " not in zf.read(name).decode()
    wb = load_workbook(out)
    names = {r["客户名称"] for r in _rows(wb["客户"])}
    assert names == set(HOSTILE)
    for row in wb["客户"].iter_rows(min_row=2):
        assert row[1].data_type == "s"
    assert {r["家庭"] for r in _rows(wb["联系人"])} == set(HOSTILE)


def test_export_is_audited_with_the_files_hash(people, tmp_path):
    boss = people["boss"]
    card = _customer(people["li"])
    out = tmp_path / "one.xlsx"
    result = exporting.export_excel(boss, out, Selection(customers=(card.code,)))
    entry = AuditEntry.select().where(AuditEntry.action == "export_excel").get()
    details = json.loads(entry.details)
    assert details["sha256"] == result.sha256 == exporting.sha256_of(out)
    assert details["codes"] == [card.code] and details["counts"]["联系人"] == 1
    assert entry.target_label == card.code and entry.actor_name == "boss"
    assert "已婚" not in entry.details  # no sensitive value in the audit log


def test_agent_exports_own_card_but_not_in_bulk_and_masking_follows_grants(people, tmp_path):
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    mine = _customer(li, "李的客户")
    theirs = _customer(zhao, "赵的客户")
    exporting.export_excel(li, tmp_path / "mine.xlsx", Selection(customers=(mine.code,)))
    # the filtered list of an agent holding one card is a single-card export
    exporting.export_excel(li, tmp_path / "list.xlsx", Selection(ListQuery()))
    assert [r["客户名称"] for r in _rows(load_workbook(tmp_path / "list.xlsx")["客户"])] == ["李的客户"]
    with pytest.raises(PermissionDenied):
        exporting.export_excel(li, tmp_path / "bulk.xlsx", Selection(customers=(mine.code, theirs.code)))
    assert not (tmp_path / "bulk.xlsx").exists()
    denied = AuditEntry.select().where(AuditEntry.outcome == "denied").order_by(AuditEntry.id.desc()).first()
    assert denied.actor_name == "li"
    with pytest.raises(PermissionDenied):
        exporting.export_excel(li, tmp_path / "other.xlsx", Selection(customers=(theirs.code,)))
    with pytest.raises(PermissionDenied):
        exporting.export_excel(people["it"], tmp_path / "it.xlsx", Selection(ListQuery()))
    # a grant with `export` but not `sensitive`: the card goes out, personal details masked
    Grant.create(customer=theirs.id, grantee=li.id, scopes="view,export", granted_by=boss.id,
                 expires_at=utcnow() + dt.timedelta(days=3))
    out = tmp_path / "granted.xlsx"
    exporting.export_excel(li, out, Selection(customers=(theirs.code,)))
    person = _rows(load_workbook(out)["联系人"])[0]
    assert person["家庭"] == MASK and person["生日"] == MASK and person["兴趣爱好"] == MASK
    assert person["手机"] == "013800138000"
    assert "已婚" not in json.dumps([list(r) for r in load_workbook(out)["联系人"].values], ensure_ascii=False)
    # a view-only grant does not allow export
    Grant.create(customer=mine.id, grantee=zhao.id, scopes="view", granted_by=boss.id,
                 expires_at=utcnow() + dt.timedelta(days=3))
    with pytest.raises(PermissionDenied):
        exporting.export_excel(zhao, tmp_path / "z.xlsx", Selection(customers=(mine.code,)))


def test_mask_all_option_and_filter(people, tmp_path):
    boss = people["boss"]
    _customer(boss, "甲公司")
    b = customers.create_customer(boss, {"name": "乙公司", "cls": "B"})
    out = tmp_path / "b.xlsx"
    exporting.export_excel(boss, out, Selection(ListQuery(cls="B")), include_sensitive=False)
    assert [r["客户编号"] for r in _rows(load_workbook(out)["客户"])] == [b.code]
    out = tmp_path / "masked.xlsx"
    exporting.export_excel(boss, out, Selection(ListQuery(text="甲")), include_sensitive=False)
    assert _rows(load_workbook(out)["联系人"])[0]["家庭"] == MASK


def test_cancelled_or_failed_export_leaves_no_file(people, tmp_path, monkeypatch):
    boss = people["boss"]
    for i in range(5):
        customers.create_customer(boss, {"name": f"客户{i}"})
    seen = []
    folder = tmp_path / "out"
    folder.mkdir()   # a missing folder is refused, never created
    out = folder / "cancel.xlsx"
    with pytest.raises(exporting.ExportCancelled):
        exporting.export_excel(boss, out, Selection(ListQuery()), progress=lambda d, t: seen.append((d, t)),
                               is_cancelled=lambda: len(seen) >= 1)
    assert list(folder.iterdir()) == []
    assert seen == [(0, 5)]
    from exports import excel

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(excel.Workbook, "save", boom)
    with pytest.raises(OSError):
        exporting.export_excel(boss, out, Selection(ListQuery()))
    assert list(folder.iterdir()) == []
    assert not AuditEntry.select().where(AuditEntry.action == "export_excel").exists()


def test_progress_reaches_total_in_batches(people, tmp_path, monkeypatch):
    boss = people["boss"]
    for i in range(7):
        customers.create_customer(boss, {"name": f"客户{i}"})
    seen = []
    original = exporting.iter_sheet_rows
    monkeypatch.setattr(exporting, "iter_sheet_rows", lambda plan, **kw: original(plan, batch=3))
    exporting.export_excel(boss, tmp_path / "p.xlsx", Selection(ListQuery()),
                           progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 7), (3, 7), (6, 7), (7, 7)]


def _rows_from_cards(cards) -> list[list]:
    """The four sheets' cells as the DTO path (CustomerCard, as printed) gives them."""
    from exports.excel import birthday_cell
    from models.foundation.vocabulary import CUSTOMER_STATUS_LABELS, KIND_LABELS

    out = [[], [], [], []]
    for c in cards:
        out[0].append([c.code, c.name, KIND_LABELS[c.kind], c.cls, c.custodian.label if c.custodian else "",
                       CUSTOMER_STATUS_LABELS[c.status], c.industry, c.industry_status, c.organization,
                       c.founded_on, c.address, c.phone, c.fax, c.email, c.wechat, c.website, c.source_channel,
                       c.credit_code, c.legal_rep, c.registered_capital, c.invoice_title, c.invoice_tax_id,
                       c.invoice_address_phone, c.invoice_bank_account, c.notes, c.archived_reason, c.created_at, c.updated_at])
        out[1] += [[c.code, c.name, p.name, "是" if p.is_primary else "", p.title, p.role_in_org, p.phone,
                    p.mobile, p.email, p.wechat, birthday_cell(p), p.family, p.personality, p.hobbies,
                    p.relationships] for p in c.contacts]
        out[2] += [[c.code, c.name, p.name, p.started_on, p.ended_on, p.amount, p.status, p.notes]
                   for p in c.projects]
        out[3] += [[c.code, c.name, e.event_date, e.category, e.title, e.content, e.source_department,
                    e.recorded_by, e.recorded_at, "是" if e.is_report else ""] for e in c.events]
    return out


def test_workbook_rows_from_batched_queries_equal_the_cards(people):
    """The export's fast path (tuples, no DTOs) gives the same cells, order and masking as the
    cards: own card revealed, a card granted with `sensitive` revealed, one without masked."""
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    own = _customer(li, "李的客户")
    contacts.add_contact(li, own.id, {"name": "陈主要", "is_primary": True, "birthday": (8, 15, None, True)})
    contacts.add_contact(li, own.id, {"name": "无生日"})
    contacts.add_project(li, own.id, {"name": "未定日期", "amount": "0", "status": "进行中"})
    events.add_event(li, own.id, {"event_date": "2021-01-02", "category": "其他", "title": "早先的事"})
    revealed = _customer(zhao, "赵的客户甲", notes="=1+1")
    masked = customers.create_customer(zhao, {"name": "赵的客户乙"}, code="KH000000")  # sorts first
    contacts.add_contact(zhao, masked.id, {"name": "乙联系人", "family": "保密的家庭", "birthday": (1, 2, 1980, False)})
    later = utcnow() + dt.timedelta(days=3)
    Grant.create(customer=revealed.id, grantee=li.id, scopes="view,export,sensitive", granted_by=boss.id,
                 expires_at=later)
    Grant.create(customer=masked.id, grantee=li.id, scopes="view,export", granted_by=boss.id, expires_at=later)
    for actor, include in ((li, True), (li, False), (boss, True)):
        ids = sorted([own.id, revealed.id, masked.id],
                     key=lambda i: customers.get_card(boss, i).code)
        plan = exporting.ExportPlan(actor, ids, Selection(), include_sensitive=include)
        fast = [[], [], [], []]
        for _n, *tables in exporting.iter_sheet_rows(plan, batch=2):
            for sheet, rows in zip(fast, tables, strict=False):
                sheet += rows
        cards = [c for batch in exporting.iter_cards(plan, batch=2) for c in batch]
        assert fast == _rows_from_cards(cards)
        family = {r[2]: r[11] for r in fast[1]}
        if actor is li:
            assert family["乙联系人"] == MASK
            assert family["王建国"] == ("已婚，一子" if include else MASK)
    family = {r[2]: r[11] for r in fast[1]}
    assert family["乙联系人"] == "保密的家庭"  # the manager sees it; for li it was masked above
    assert [r[0] for r in fast[0]][0] == "KH000000"


def test_the_whole_list_is_exported_in_the_lists_order_and_chosen_cards_as_chosen(people, tmp_path):
    """"当前列表的全部客户" comes out in the order the list shows (its sort, ties by id), as do
    the key-people rows; chosen cards keep the order they were chosen in (the list's rows)."""
    from models.archive import customer_list

    boss = people["boss"]
    made = [_customer(boss, name, cls=cls) for name, cls in
            (("丙丁贸易有限公司", "B"), ("阿里贸易有限公司", "C"), ("北方贸易有限公司", "A"), ("东方贸易有限公司", "B"))]
    for card in made:
        contacts.add_contact(boss, card.id, {"name": f"{card.name[:2]}联系人"})
    for sort, descending in (("name", False), ("cls", True), ("updated_at", True), ("custodian", False)):
        q = ListQuery(sort=sort, descending=descending)
        shown = [r.code for r in customer_list.list_customers(boss, q)]
        out = tmp_path / f"{sort}.xlsx"
        exporting.export_excel(boss, out, Selection(query=q))
        wb = load_workbook(out)
        assert [r["客户编号"] for r in _rows(wb["客户"])] == shown, sort
        people_rows = [r["客户编号"] for r in _rows(wb["联系人"])]
        assert list(dict.fromkeys(people_rows)) == shown and len(people_rows) == 2 * len(shown), sort
    by_name = [r.code for r in customer_list.list_customers(boss, ListQuery(sort="name", descending=False))]
    assert by_name == [made[1].code, made[2].code, made[0].code, made[3].code]   # a-li, bei, bing, dong
    chosen = (made[3].id, made[0].id)
    exporting.export_excel(boss, tmp_path / "chosen.xlsx", Selection(customers=chosen))
    assert [r["客户编号"] for r in _rows(load_workbook(tmp_path / "chosen.xlsx")["客户"])] == \
        [made[3].code, made[0].code]
