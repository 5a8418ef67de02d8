"""The list by keyboard (issue 12): Down in the search box goes to the results, Ctrl+E on a row
opens the card with a new page-2 entry (记一笔), so find → open → 记一笔 → close needs no mouse."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_loaded

pytestmark = pytest.mark.gui


def test_down_in_the_search_box_moves_to_the_first_result(qtbot, main_window):
    win = main_window
    win.show_list()
    win.find_action.trigger()
    qtbot.keyClicks(win.filter_bar.search, "KH")
    qtbot.keyClick(win.filter_bar.search, Qt.Key.Key_Down)
    wait_loaded(qtbot, win)
    qtbot.waitUntil(lambda: win.table.hasFocus() or QApplication.focusWidget() is win.table, timeout=5000)
    assert win.table.currentIndex().row() == 0
    assert win.current_customer_id() == win.model.customer_id(0)


def test_ctrl_e_on_a_row_opens_the_card_with_a_new_entry(qtbot, main_window):
    from ui.dialogs.event import EventDialog

    win = main_window
    win.show_list()
    win.table.setFocus()
    win.table.selectRow(0)
    cid = win.model.customer_id(0)
    qtbot.keyClick(win.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cid in win.card_windows and not win.card_windows[cid].is_loading, timeout=10000)
    card = win.card_windows[cid]
    qtbot.waitUntil(lambda: any(isinstance(w, EventDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    assert card.tabs.currentWidget() is card.page2
    for w in QApplication.topLevelWidgets():
        if isinstance(w, EventDialog):
            w.reject()


def test_ctrl_f_from_the_today_page_goes_to_the_search_box(qtbot, main_window):
    win = main_window
    win.pages.setCurrentIndex(0)                    # 今日, the first page after login
    assert win.pages.currentWidget() is not win.list_page
    win.find_action.trigger()
    assert win.pages.currentWidget() is win.list_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.filter_bar.search, timeout=5000)
