"""An import is the card form in bulk: the same rights, the same per-card change records.

Issue #9 item 1: an agent with only an `edit` grant overwrote a key person's 家庭, 生日 and
兴趣爱好 through `import --on-duplicate update`, and the card's 变更记录 showed nothing.
"""
from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from models.access_requests import requests
from models.archive import contacts, customers, events
from models.foundation.errors import PermissionDenied
from models.foundation.schema import AuditEntry, Contact, Customer
from models.rules import audit, audit_log
from models.transfer import importing


def _workbook(path, sheets: dict[str, list[list]]):
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def key_person(people):
    """li's customer with a key person whose private details only li and managers may see."""
    li = people["li"]
    card = customers.create_customer(li, {"name": "甲贸易有限公司", "industry": "贸易"})
    contacts.add_contact(li, card.id, {"name": "张总", "mobile": "13800138000", "family": "已婚，一子",
                                       "hobbies": "高尔夫", "birthday": (3, 5, None, False)})
    requests.grant(people["boss"], card.code, "zhao", "edit", 7)   # edit, not sensitive
    return card


def _state(card_id):
    c = Customer.get_by_id(card_id)
    people_ = sorted((p.name, p.family, p.hobbies, p.birthday_month, p.birthday_day)
                     for p in Contact.select().where(Contact.customer == card_id))
    return c.version, c.industry, people_, AuditEntry.select().where(AuditEntry.action != "access_denied").count()


def test_edit_grant_cannot_import_sensitive_fields_of_a_key_person(people, key_person, tmp_path):
    zhao = people["zhao"]
    before = _state(key_person.id)
    path = _workbook(tmp_path / "export.xlsx", {
        "客户": [["客户编号", "客户名称", "行业"], [key_person.code, "甲贸易有限公司", "制造业"]],
        "联系人": [["客户编号", "客户名称", "姓名", "生日", "家庭", "兴趣爱好"],
                 [key_person.code, "甲贸易有限公司", "张总", "12-01", "离异", "钓鱼"],
                 [key_person.code, "甲贸易有限公司", "李秘书", "", "家在宁波", ""]]})
    with pytest.raises(PermissionDenied) as err:
        importing.import_xlsx(zhao, path, on_duplicate="update")
    assert "敏感" in err.value.message
    assert _state(key_person.id) == before            # nothing written, not even the 行业
    denied = AuditEntry.select().where(AuditEntry.action == "access_denied").get()
    assert denied.actor_name == "zhao" and denied.target_label == key_person.code
    with pytest.raises(PermissionDenied):             # the dry run asks the same rights
        importing.import_xlsx(zhao, path, on_duplicate="update", dry_run=True)


def test_edit_grant_cannot_set_a_birthday_from_a_flat_sheet(people, key_person, tmp_path):
    path = _workbook(tmp_path / "flat.xlsx", {"名单": [["客户名称", "联系人", "联系人生日"],
                                                     ["甲贸易有限公司", "王经理", "06-01"]]})
    before = _state(key_person.id)
    with pytest.raises(PermissionDenied):
        importing.import_xlsx(people["zhao"], path, on_duplicate="update")
    assert _state(key_person.id) == before


def test_masked_values_are_no_sensitive_change(people, key_person, tmp_path):
    path = _workbook(tmp_path / "masked.xlsx", {
        "客户": [["客户编号", "客户名称", "行业"], [key_person.code, "甲贸易有限公司", "制造业"]],
        "联系人": [["客户编号", "姓名", "手机", "生日", "家庭", "兴趣爱好"],
                 [key_person.code, "张总", "13900139000", "●●●●", "●●●●", "●●●●"]]})
    report = importing.import_xlsx(people["zhao"], path, on_duplicate="update")
    assert report.written and report.updated == 1
    boss_view = Contact.get(Contact.name == "张总")
    assert (boss_view.mobile, boss_view.family, boss_view.hobbies, boss_view.birthday_month) == \
        ("13900139000", "已婚，一子", "高尔夫", 3)


def test_an_import_update_is_in_the_cards_change_history_and_audit_list(people, key_person, tmp_path):
    zhao, boss = people["zhao"], people["boss"]
    path = _workbook(tmp_path / "更新名单.xlsx", {
        "客户": [["客户编号", "客户名称", "行业", "电话"], [key_person.code, "甲贸易有限公司", "制造业", "0571-88886666"]],
        "联系人": [["客户编号", "姓名", "手机", "职务"],
                 [key_person.code, "张总", "13900139000", ""],
                 [key_person.code, "李秘书", "13700137000", "秘书"]],
        "合作项目": [["客户编号", "项目名称", "开始日期", "金额"], [key_person.code, "年度采购", "2024-01-01", 1000]],
        "重要事项": [["客户编号", "日期", "类别", "标题"], [key_person.code, "2024-05-01", "回访", "上门回访"]]})
    report = importing.import_xlsx(zhao, path, on_duplicate="update")
    assert report.written and report.updated == 1
    history = events.change_history(boss, key_person.code)
    from_import = [h for h in history if "更新名单.xlsx" in h.action]
    fields = {(h.field, h.old, h.new) for h in from_import}
    assert ("industry", "贸易", "制造业") in fields and ("张总·mobile", "13800138000", "13900139000") in fields
    assert any(h.field.startswith("李秘书") for h in from_import)
    assert {h.who for h in from_import} == {"赵客服"}   # the display name
    listed = audit_log.query(boss, customer_code=key_person.code)
    actions = [e.action for e in listed]
    for action in ("update_customer", "update_contact", "add_contact", "add_project", "add_event"):
        assert action in actions
    entry = AuditEntry.get(AuditEntry.action == "update_customer")
    assert json.loads(entry.details)["import"] == "更新名单.xlsx"
    assert AuditEntry.select().where(AuditEntry.action == "import").count() == 1
    assert audit.verify().ok
    assert Customer.get_by_id(key_person.id).version == key_person.version + 1


def test_every_card_an_import_creates_has_its_own_audit_entry(people, tmp_path):
    boss = people["boss"]
    path = _workbook(tmp_path / "新客户.xlsx", {"名单": [["客户名称", "联系人", "联系人手机"],
                                                       ["乙公司", "钱七", "13600136000"], ["丙公司", "", ""]]})
    report = importing.import_xlsx(boss, path, owner="li")
    assert report.created == 2
    for name in ("乙公司", "丙公司"):
        card = Customer.get(Customer.name == name)
        entries = audit_log.query(boss, customer_code=card.code)
        created = [e for e in entries if e.action == "create_customer"]
        assert len(created) == 1 and created[0].actor_name == "boss"
        assert json.loads(AuditEntry.get_by_id(created[0].id).details)["import"] == "新客户.xlsx"
        assert any("新客户.xlsx" in h.action for h in events.change_history(boss, card.code))
    assert audit.verify().ok


def test_an_agent_cannot_change_class_or_custodian_by_import(people, key_person, tmp_path):
    zhao = people["zhao"]
    path = _workbook(tmp_path / "cls.xlsx", {"客户": [["客户编号", "客户名称", "分类"],
                                                    [key_person.code, "甲贸易有限公司", "A"]]})
    before = _state(key_person.id)
    with pytest.raises(PermissionDenied):
        importing.import_xlsx(zhao, path, on_duplicate="update")
    assert _state(key_person.id) == before
    # the class it already has is no change
    same = _workbook(tmp_path / "same.xlsx", {"客户": [["客户编号", "客户名称", "分类"],
                                                     [key_person.code, "甲贸易有限公司", "C"]]})
    assert importing.import_xlsx(zhao, same, on_duplicate="update").written


def test_a_failure_while_writing_leaves_nothing(people, key_person, tmp_path, monkeypatch):
    boss = people["boss"]
    path = _workbook(tmp_path / "x.xlsx", {"名单": [["客户名称", "行业"], ["甲贸易有限公司", "制造业"],
                                                  ["新公司", "餐饮"]]})
    before_customers = Customer.select().count()
    before = _state(key_person.id)

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(audit, "record_many", boom)
    with pytest.raises(RuntimeError):
        importing.import_xlsx(boss, path, on_duplicate="update")
    assert Customer.select().count() == before_customers
    assert _state(key_person.id) == before
