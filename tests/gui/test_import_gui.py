"""The import dialog words the import's refusals in Chinese: a hidden 客户 sheet, a file over
the row limit, and a key person's sensitive fields without the sensitive right."""
from __future__ import annotations

from openpyxl import Workbook

from models.access_requests import requests
from models.archive import contacts, customers
from models.foundation.schema import Contact, Customer
from models.transfer import import_settings
from tests.gui.conftest import close_window, make_user, open_window
from ui import exports


def _choose(monkeypatch, path):
    monkeypatch.setattr(exports, "ask_open_path", lambda *a: str(path))


def test_a_hidden_customer_sheet_is_refused_with_a_message(qtbot, main_window, tmp_path, monkeypatch):
    wb = Workbook()
    wb.active.title = "名单"
    wb.active.append(["客户名称"])
    hidden = wb.create_sheet("客户")
    hidden.append(["客户名称"])
    hidden.append(["藏起来的公司"])
    hidden.sheet_state = "veryHidden"
    wb.save(tmp_path / "h.xlsx")
    _choose(monkeypatch, tmp_path / "h.xlsx")
    main_window.exports_feature.import_excel()
    text = main_window.message_boxes[-1].text()
    assert "隐藏" in text and "客户" in text
    assert not Customer.select().where(Customer.name == "藏起来的公司").exists()


def test_the_row_limit_is_shown_when_checking(qtbot, main_window, tmp_path, monkeypatch):
    import_settings.set_row_limit(main_window.actor, 2)
    wb = Workbook()
    for row in (["客户名称"], ["一号"], ["二号"], ["三号"]):
        wb.active.append(row)
    wb.save(tmp_path / "three.xlsx")
    _choose(monkeypatch, tmp_path / "three.xlsx")
    feat = main_window.exports_feature
    feat.import_excel()
    dlg = feat.import_dialog
    qtbot.addWidget(dlg)
    dlg.next_button.click()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=10000)
    assert "导入上限 2 行" in dlg.status_label.text()
    assert "导入上限 2 行" in main_window.message_boxes[-1].text()
    assert dlg.stack.currentIndex() == 0 and dlg.next_button.isEnabled()   # fix the file, check again


def test_sensitive_fields_without_the_right_are_refused_in_the_check(qtbot, demo_archive, tmp_path, monkeypatch):
    boss = demo_archive
    make_user(boss, "guest", "agent", display_name="访客专员")
    card = customers.create_customer(boss, {"name": "敏感公司"})
    contacts.add_contact(boss, card.id, {"name": "张总", "family": "已婚"})
    requests.grant(boss, card.code, "guest", "edit", 7)
    wb = Workbook()
    wb.active.title = "客户"
    wb.active.append(["客户编号", "客户名称"])
    wb.active.append([card.code, "敏感公司"])
    people = wb.create_sheet("联系人")
    people.append(["客户编号", "姓名", "家庭"])
    people.append([card.code, "张总", "离异"])
    wb.save(tmp_path / "s.xlsx")
    from models.rules.auth import login
    from tests.conftest import PASSWORD

    win = open_window(qtbot, login("guest", PASSWORD))
    try:
        _choose(monkeypatch, tmp_path / "s.xlsx")
        win.exports_feature.import_excel()
        dlg = win.exports_feature.import_dialog
        qtbot.addWidget(dlg)
        dlg.next_button.click()                       # the check (duplicates skipped)
        qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 1 and dlg.task is None, timeout=10000)
        update = next(b for b in dlg.duplicate_group.buttons() if b.property("choice") == "update")
        update.setChecked(True)
        dlg.next_button.click()                       # 开始导入, updating the card
        qtbot.waitUntil(lambda: dlg.task is None, timeout=10000)
        # it checks again with 更新 before asking: the refusal comes before any confirmation
        assert getattr(dlg, "confirm", None) is None
        assert "权限不足" in win.message_boxes[-1].text() and "敏感" in win.message_boxes[-1].text()
        assert "权限不足" in dlg.status_label.text()
        assert Contact.get(Contact.name == "张总").family == "已婚"
    finally:
        close_window(win)
