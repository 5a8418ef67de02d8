"""The card: add a contact and an event through the dialogs, save page 1, see it in the list."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.archive import customers
from models.archive.customers import ListQuery
from tests.gui.conftest import make_user, open_card, settle, wait_loaded

pytestmark = pytest.mark.gui


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def list_row_of(window, customer_id):
    row = window.model.row_of(customer_id)
    assert row >= 0
    return row


def test_add_contact_and_event_then_save_shows_in_card_and_list(qtbot, main_window, demo_archive):
    # the oldest card, so saving visibly moves it to the top of the list (sorted by 最后更新)
    oldest = customers.list_customers(demo_archive, ListQuery(sort="updated_at", descending=False),
                                      limit=1)[0]
    old_text = main_window.model.index(list_row_of(main_window, oldest.id), 6).data()
    card = open_card(qtbot, main_window, oldest.id)
    contacts_before = card.contacts.model.rowCount()

    qtbot.mouseClick(card.contacts.add_button, Qt.MouseButton.LeftButton)
    dlg = card.contact_dialog
    assert dlg.isVisible() and dlg.windowTitle() == "添加联系人"
    dlg.edits["name"].setText("欧阳明")
    dlg.edits["title"].setText("总经理")
    dlg.edits["mobile"].setText("138 0013 8000")
    dlg.edits["email"].setText("ouyang@example.cn")
    bday = dlg.edits["birthday"]
    bday.lunar.setChecked(True)
    bday.month.setCurrentIndex(bday.month.findData(8))
    assert bday.month.currentText() == "八月" and bday.day.count() == 30     # lunar month names
    bday.day.setCurrentIndex(bday.day.findData(15))
    assert bday.day.currentText() == "十五" and bday.hint.text().startswith(("今年", "明年"))
    dlg.edits["hobbies"].setPlainText("钓鱼、书法")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert not dlg.isVisible()
    assert card.contacts.model.rowCount() == contacts_before + 1
    added = next(c for c in card.contacts.model.records if c.name == "欧阳明")
    assert added.mobile == "138 0013 8000" and added.title == "总经理"
    assert added.sensitive_masked and card.contacts.model.index(
        card.contacts.model.records.index(added), 8).data() == "●●●●"   # masked until revealed
    revealed = customers.get_card(demo_archive, oldest.id, reveal_sensitive=True)
    b = next(c for c in revealed.contacts if c.name == "欧阳明")
    assert (b.birthday.month, b.birthday.day, b.birthday.lunar, b.hobbies) == (8, 15, True, "钓鱼、书法")

    card.tabs.setCurrentIndex(1)
    qtbot.mouseClick(card.page2.add_button, Qt.MouseButton.LeftButton)
    edlg = card.event_dialog
    assert edlg.event_date.date().toPython() == dt.date.today()
    edlg.category.setCurrentIndex(edlg.category.findData("分店成立"))
    edlg.title.setText("杭州分店开业")
    edlg.content.setPlainText("客户在杭州西湖区开设第三家分店，邀请我司参加开业典礼。")
    qtbot.mouseClick(ok(edlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert not edlg.isVisible()
    first = card.page2.model.record(0)
    assert (first.title, first.category, first.event_date) == ("杭州分店开业", "分店成立", dt.date.today())
    assert first.recorded_by == "王主管"
    assert "杭州西湖区" in card.page2.detail.toPlainText()

    card.tabs.setCurrentIndex(0)
    card.form.widgets["phone"].setText("0571-88886666")
    assert card.save_button.isEnabled() and card.windowTitle().startswith("*")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert not card.save_button.isEnabled()
    assert customers.get_card(demo_archive, oldest.id).phone == "0571-88886666"
    wait_loaded(qtbot, main_window)
    # the list refreshed: the card is now the most recently updated one
    assert main_window.model.customer_id(0) == oldest.id
    new_text = main_window.model.index(0, 6).data()
    assert new_text != old_text
    assert new_text == dt.datetime.now().strftime("%Y-%m-%d %H:%M") or new_text > old_text

    card.tabs.setCurrentIndex(2)
    settle(qtbot, main_window)   # the history loads in the background
    lines = card.history.texts()
    assert any(t.startswith("电话：") and t.endswith("→ 0571-88886666") for t in lines)
    assert "新增联系人 欧阳明（总经理）" in lines     # one line, not a row per field


def test_bad_email_message_next_to_field_and_nothing_lost(qtbot, main_window, demo_archive):
    cid = main_window.model.customer_id(0)
    before = customers.get_card(demo_archive, cid)
    card = open_card(qtbot, main_window, cid)
    card.form.widgets["email"].setText("zhang@@example")
    card.form.widgets["wechat"].setText("wx_new_account")
    card.form.widgets["founded_on"].setText("2099-01-01")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert "电子邮箱" in card.form.error_text("email")
    label = card.form.right.errors["email"]
    assert label.isVisible() and label.parent() is card.form.widgets["email"].parent()
    assert label.y() > card.form.widgets["email"].y()   # right under the e-mail box
    assert card.form.error_text("founded_on")          # a future founding date is refused too
    assert card.form.error_text("wechat") == ""
    # what the user typed is still there and nothing was stored
    assert card.form.widgets["email"].text() == "zhang@@example"
    assert card.form.widgets["wechat"].text() == "wx_new_account"
    after = customers.get_card(demo_archive, cid)
    assert (after.version, after.email, after.wechat) == (before.version, before.email, before.wechat)
    card.form.widgets["email"].setText("zhang@example.com")
    card.form.widgets["founded_on"].setText("2001年5月3日")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert card.form.error_text("email") == ""
    saved = customers.get_card(demo_archive, cid)
    assert (saved.email, saved.wechat, saved.founded_on) == ("zhang@example.com", "wx_new_account",
                                                               dt.date(2001, 5, 3))


def test_contact_dialog_keeps_input_on_bad_email(qtbot, main_window):
    card = open_card(qtbot, main_window, main_window.model.customer_id(0))
    card.edit_contact(None)
    dlg = card.contact_dialog
    dlg.edits["name"].setText("钱七")
    dlg.edits["email"].setText("not-an-email")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert dlg.isVisible()
    assert "电子邮箱" in dlg.form.error_text("email")
    assert dlg.edits["name"].text() == "钱七"


def test_project_dialog_and_correcting_an_event_keeps_history(qtbot, main_window):
    card = open_card(qtbot, main_window, main_window.model.customer_id(0))
    card.edit_project(None)
    pdlg = card.project_dialog
    pdlg.name.setText("门店收银系统")
    pdlg.started_on.setText("2024-03-01")
    pdlg.ended_on.setText("2024-02-01")
    pdlg.amount.setText("3万")
    qtbot.mouseClick(ok(pdlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert "结束日期" in pdlg.form.error_text("ended_on")
    pdlg.ended_on.setText("2024-12-31")
    qtbot.mouseClick(ok(pdlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    project = next(p for p in card.projects.model.records if p.name == "门店收银系统")
    assert project.amount == 30000

    card.tabs.setCurrentIndex(1)
    card.edit_event(None)
    card.event_dialog.title.setText("初次拜访")
    qtbot.mouseClick(ok(card.event_dialog), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    card.page2.view.setCurrentIndex(card.page2.model.index(0, 0))
    qtbot.mouseClick(card.page2.correct_button, Qt.MouseButton.LeftButton)
    fix = card.event_dialog
    assert fix.title.text() == "初次拜访"
    fix.title.setText("初次上门拜访")
    qtbot.mouseClick(ok(fix), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    entry = card.page2.model.record(0)
    assert entry.title == "初次上门拜访" and entry.revisions
    assert card.page2.model.index(0, 2).data().endswith("（已更正）")
    card.page2.view.setCurrentIndex(card.page2.model.index(0, 0))
    text = card.page2.detail.toPlainText()
    assert "更正前的内容" in text and "初次拜访" in text
    card.tabs.setCurrentIndex(2)
    settle(qtbot, main_window)   # the history loads in the background
    rows = [[card.history.model.index(r, c).data() for c in range(4)]
            for r in range(card.history.model.rowCount())]
    assert [r[2:] for r in rows if r[2] == "更正重要事项"] == [["更正重要事项", "更正重要事项 · 标题：初次拜访 → 初次上门拜访"]]
    assert any(r[2] == "添加合作项目" and r[3] == "新增合作项目 门店收银系统" for r in rows)


def test_archive_with_reason_and_restore(qtbot, main_window, demo_archive):
    cid = main_window.model.customer_id(0)
    card = open_card(qtbot, main_window, cid)
    qtbot.mouseClick(card.archive_button, Qt.MouseButton.LeftButton)
    dlg = card.archive_dialog
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert dlg.isVisible() and dlg.form.error_text("reason") == "请填写归档原因"
    dlg.reason.setPlainText("客户已停业")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert card.card.status == "archived" and "客户已停业" in card.subheading.text()
    assert card.restore_button.isVisible() and not card.archive_button.isVisible()
    wait_loaded(qtbot, main_window)
    assert main_window.model.row_of(cid) == -1          # gone from the active list
    assert main_window.count_label.text() == "共 49 位客户"
    qtbot.mouseClick(card.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    wait_loaded(qtbot, main_window)
    assert card.card.status == "active" and main_window.model.row_of(cid) >= 0


def test_view_only_grant_gives_a_read_only_card(qtbot, demo_archive):
    from models.access_requests import requests
    from ui.mainwindow import MainWindow

    make_user(demo_archive, "sun", "staff", display_name="孙业务", department="销售部")
    cid = customers.list_customers(demo_archive, limit=1)[0].id
    requests.grant(demo_archive, cid, "sun", "view")
    from models.rules.auth import login

    sun = login("sun", "secret-123")
    win = wait_loaded(qtbot, MainWindow(sun))
    qtbot.addWidget(win)
    assert win.model.total == 1 and not win.new_action.isEnabled()
    card = open_card(qtbot, win, cid)
    assert card.form.widgets["name"].isReadOnly()
    assert not card.form.widgets["cls"].isEnabled()
    assert not card.save_button.isVisible() and not card.contacts.add_button.isVisible()
    assert not card.page2.add_button.isVisible() and not card.reveal_button.isEnabled()
    card.force_close()


def test_remove_contact_after_confirmation(qtbot, main_window, demo_archive):
    from PySide6.QtWidgets import QMessageBox

    cid = next(r.id for r in customers.list_customers(demo_archive, limit=50)
               if customers.get_card(demo_archive, r.id, audit_view=False).contacts)
    card = open_card(qtbot, main_window, cid)
    before = card.contacts.model.rowCount()
    victim = card.contacts.model.record(before - 1)
    card.contacts.view.setCurrentIndex(card.contacts.model.index(before - 1, 1))
    qtbot.mouseClick(card.contacts.remove_button, Qt.MouseButton.LeftButton)
    box = card.confirm_box
    assert victim.name in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert card.contacts.model.rowCount() == before
    qtbot.mouseClick(card.contacts.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert card.contacts.model.rowCount() == before - 1
    assert victim.name not in [c.name for c in customers.get_card(demo_archive, cid).contacts]


def test_closing_with_unsaved_changes_asks_first(qtbot, main_window, demo_archive):
    from PySide6.QtWidgets import QMessageBox

    cid = main_window.model.customer_id(0)
    card = open_card(qtbot, main_window, cid)
    card.form.widgets["website"].setText("https://www.example.cn")
    card.close()
    assert card.isVisible() and card.close_box.isVisible()      # nothing typed is lost silently
    qtbot.mouseClick(card.close_box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cid not in main_window.card_windows, timeout=3000)
    assert customers.get_card(demo_archive, cid).website == "https://www.example.cn"


def test_the_birthday_editor_limits_days_and_stores_a_leap_month(qtbot):
    from ui.dialogs.contact import BirthdayEdit

    edit = BirthdayEdit()
    qtbot.addWidget(edit)
    edit.month.setCurrentIndex(edit.month.findData(2))
    edit.year.setText("2023")
    assert edit.day.count() == 28                        # 2023 has no 2月29日
    edit.year.setText("")
    assert edit.day.count() == 29                        # without a year 2月29日 may be meant
    edit.month.setCurrentIndex(edit.month.findData(4))
    assert edit.day.count() == 30 and not edit.leap.isVisibleTo(edit)
    edit.lunar.setChecked(True)
    assert edit.month.currentText() == "四月" and edit.leap.isVisibleTo(edit)
    edit.leap.setChecked(True)
    edit.day.setCurrentIndex(edit.day.findData(8))
    assert edit.value() == (4, 8, None, True, True)      # 闰四月初八
    edit.set_value(12, 30, None, True, False)
    assert edit.month.currentText() == "腊月" and edit.day.currentText() == "三十"
