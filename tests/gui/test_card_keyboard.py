"""The card by keyboard alone (issue 12): open → 记一笔 (Ctrl+E) → save (Ctrl+S) → Esc."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from models.archive import customers
from models.rules import audit_log
from tests.gui.conftest import open_card, settle

pytestmark = pytest.mark.gui


def keys(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, key, modifier)


def first_customer(actor):
    return customers.list_customers(actor, customers.ListQuery(), limit=1)[0]


def reveals(actor, code) -> int:
    return audit_log.count(actor, action="reveal_sensitive", customer_code=code)


def test_the_first_focus_is_the_first_field_and_a_stray_space_reveals_nothing(qtbot, main_window,
                                                                              demo_archive):
    c = first_customer(demo_archive)
    card = open_card(qtbot, main_window, c.id)
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is card.form.widgets["name"]
    before = reveals(demo_archive, c.code)
    keys(card.form.widgets["name"], Qt.Key.Key_Space)
    settle(qtbot, main_window)
    assert reveals(demo_archive, c.code) == before and not card.card.sensitive_revealed


def test_tab_order_follows_the_layout(qtbot, main_window, demo_archive):
    card = open_card(qtbot, main_window, first_customer(demo_archive).id)
    # the buttons at the top in the order they stand, then the page tabs, then the form
    row = card.top_buttons
    buttons = [w for i in range(row.count()) if (w := row.itemAt(i).widget()) is not None
               and w is not card.heading]
    assert card.new_task_button in buttons and buttons[-1] is card.save_button
    for a, b in zip(buttons, buttons[1:], strict=False):
        assert a.nextInFocusChain() is b
    assert card.save_button.nextInFocusChain() is card.tabs.tabBar()
    assert card.tabs.tabBar().nextInFocusChain() is card.form.widgets["name"]
    # a table's buttons sit above it, so they come before it
    section = card.contacts
    assert section.add_button.nextInFocusChain() is section.edit_button
    assert section.remove_button.nextInFocusChain() is section.view


def test_page_keys_move_between_pages(qtbot, main_window, demo_archive):
    card = open_card(qtbot, main_window, first_customer(demo_archive).id)
    field = card.form.widgets["name"]
    keys(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == 1
    keys(card.tabs, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == 0
    keys(field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentIndex() == 1


def test_the_daily_loop_by_keyboard_alone(qtbot, main_window, demo_archive):
    c = first_customer(demo_archive)
    card = open_card(qtbot, main_window, c.id)
    entries = card.page2.model.rowCount()
    assert "Ctrl+E" in card.page2.add_button.text()
    keys(card.form.widgets["name"], Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)   # 记一笔
    dlg = card.event_dialog
    assert dlg.isVisible() and card.tabs.currentWidget() is card.page2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.title)
    QTest.keyClicks(dlg.title, "Q3 renewal call")   # (QTest types Latin-1 only)
    keys(dlg.title, Qt.Key.Key_Tab)
    QTest.keyClicks(dlg.content, "renews next quarter")
    keys(dlg.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, main_window)
    assert not dlg.isVisible() and card.page2.model.rowCount() == entries + 1
    assert card.page2.model.record(0).title == "Q3 renewal call"

    card.activateWindow()   # the offscreen platform does not give it back when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    keys(card.page2.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    phone = card.form.widgets["phone"]
    phone.setFocus()
    phone.selectAll()
    QTest.keyClicks(phone, "0571-88880000")
    keys(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, main_window)
    assert customers.get_card(demo_archive, c.id).phone == "0571-88880000"
    assert not card.windowTitle().startswith("*")

    keys(phone, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: c.id not in main_window.card_windows)


def test_esc_with_unsaved_edits_asks_first(qtbot, main_window, demo_archive):
    card = open_card(qtbot, main_window, first_customer(demo_archive).id)
    phone = card.form.widgets["phone"]
    QTest.keyClicks(phone, "9")
    keys(phone, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert card.isVisible() and card.close_box.isVisible()
    card.close_box.reject()


def test_help_lists_the_card_shortcuts(qtbot, main_window):
    action = next(a for a in main_window._help_menu.actions() if a.text() == "快捷键")
    action.trigger()
    text = main_window.shortcuts_box.text()
    assert "Ctrl+E" in text and "记一笔" in text and "Ctrl+S" in text and "Esc" in text
    main_window.shortcuts_box.close()
