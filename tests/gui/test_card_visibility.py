"""Hidden is not missing; grants, archived cards and read-only fields show what they are (issue 12)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models.access_requests import requests
from models.archive import contacts, customers
from models.foundation.dto import MASK
from models.foundation.localtime import local_text
from models.rules import audit_log
from tests.gui.conftest import close_window, make_user, open_card, open_window, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def with_birthday(demo_archive):
    card = customers.create_customer(demo_archive, {"name": "生日测试有限公司"})
    contacts.add_contact(demo_archive, card.id, {"name": "周总", "title": "董事长", "hobbies": "围棋",
                                                 "birthday": (3, 21, 1957, True, False)})
    return card


def test_a_holder_of_the_right_sees_hidden_not_missing_and_may_reveal(qtbot, main_window, demo_archive,
                                                                      with_birthday):
    card = open_card(qtbot, main_window, with_birthday.id)
    card.edit_contact(card.card.contacts[0])
    dlg = card.contact_dialog
    assert "已隐藏" in dlg.note.text() and "权限不足" not in dlg.note.text()
    birthday = dlg.edits["birthday"]
    assert "已隐藏" in birthday.month.currentText() and "未填写" not in birthday.month.currentText()
    assert dlg.edits["hobbies"].toPlainText() == MASK
    assert dlg.reveal_button is not None
    before = audit_log.count(demo_archive, action="reveal_sensitive", customer_code=with_birthday.code)
    qtbot.mouseClick(dlg.reveal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    qtbot.waitUntil(lambda: card.contact_dialog is not dlg and card.contact_dialog.isVisible())
    again = card.contact_dialog
    assert again.edits["birthday"].month.currentText() == "三月" and again.edits["birthday"].lunar.isChecked()
    assert again.edits["hobbies"].toPlainText() == "围棋" and again.edits["hobbies"].isEnabled()
    assert audit_log.count(demo_archive, action="reveal_sensitive",
                           customer_code=with_birthday.code) == before + 1
    again.reject()


def test_a_reader_without_the_right_is_told_it_is_hidden_and_sees_the_grant_expiry(qtbot, demo_archive,
                                                                                   with_birthday):
    make_user(demo_archive, "sun", "staff", display_name="孙业务", department="销售部")
    requests.grant(demo_archive, with_birthday.code, "sun", scopes="view", days=30)
    from models.rules.auth import login
    from tests.gui.conftest import PASSWORD

    sun = login("sun", PASSWORD)
    win = open_window(qtbot, sun)
    try:
        card = open_card(qtbot, win, with_birthday.id)
        until = local_text(card.card.permissions.granted_until)[:10]
        assert card.status_line.isVisible() and card.status_line.text() == f"经授权查看 · 至 {until}"
        assert until == (dt.date.today() + dt.timedelta(days=30)).isoformat()
        model = card.contacts.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert model.index(0, headers.index("生日")).data(Qt.ItemDataRole.ToolTipRole) == "权限不足"
        card.edit_contact(card.card.contacts[0])
        dlg = card.contact_dialog
        assert "已隐藏" in dlg.note.text() and dlg.reveal_button is None
        assert "未填写" not in dlg.edits["birthday"].month.currentText()
        dlg.reject()
    finally:
        close_window(win)


def test_an_archived_card_says_so_and_is_read_only(qtbot, main_window, demo_archive, with_birthday):
    version = customers.get_card(demo_archive, with_birthday.id, audit_view=False).version
    customers.archive_customer(demo_archive, with_birthday.id, version, "客户已注销")
    card = open_card(qtbot, main_window, with_birthday.id)
    assert card.status_line.isVisible() and card.status_line.text().startswith("已归档：客户已注销")
    assert card.form.widgets["phone"].isReadOnly() and not card.save_button.isVisible()
    assert not card.contacts.add_button.isVisible() and card.restore_button.isVisible()


def test_an_active_card_of_ones_own_has_no_status_line(qtbot, main_window, with_birthday):
    card = open_card(qtbot, main_window, with_birthday.id)
    assert not card.status_line.isVisible() and not card.form.widgets["phone"].isReadOnly()
