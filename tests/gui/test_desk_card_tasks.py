"""Follow-up tasks on the card (issue 11.4): 新建待办 on the card, 由此建待办 on a page-2
entry, the card's 待办 tab, completing a task with its outcome written to page 2."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.archive import customers, events
from models.foundation.schema import Event, FollowUp
from tests.gui.conftest import close_window, make_user, open_card, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def card_window(qtbot, sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    make_user(boss, "wang", "agent", display_name="王客服")     # may not open li's card
    card = customers.create_customer(li, {"name": "杭州明达贸易有限公司", "cls": "A"})
    entry = events.add_event(li, card.id, {"event_date": dt.date(2026, 11, 20), "category": "投诉",
                                           "title": "交货延迟两周", "content": "客户来电"})
    win = open_window(qtbot, li)
    window = open_card(qtbot, win, card.id)
    qtbot.waitUntil(lambda: window.tasks_tab.model.rowCount() == 0 and window.new_task_button.isEnabled(),
                    timeout=10000)
    yield win, window, card, entry
    close_window(win)


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_task_from_the_card_goes_to_the_custodian_by_default(qtbot, card_window):
    _win, window, card, _entry = card_window
    window.new_task_button.click()
    dlg = window.tasks_tab.dialogs[-1]
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.assignee.isEnabled(), timeout=10000)
    # only who may open the card is offered (王客服 may not), the custodian first and chosen
    assert [dlg.assignee.itemText(i) for i in range(dlg.assignee.count())] == ["李客服（负责客服）", "王主管"]
    _ok(dlg).click()                               # no title: said next to the field, nothing written
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert dlg.isVisible() and "请填写待办事项" in dlg.form.errors["title"].text()
    dlg.title.setText("回访新店开业情况")
    dlg.due.setDate(QDate(2026, 12, 24))
    qtbot.keyClick(dlg.title, Qt.Key.Key_Return)   # Enter saves
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    task = FollowUp.get()
    assert (task.title, task.due_on, task.assignee.username, task.source_event_id) == (
        "回访新店开业情况", dt.date(2026, 12, 24), "li", None)
    tab = window.tasks_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "待办（1）"


def test_a_task_from_a_page_two_entry_is_prefilled_and_linked(qtbot, card_window):
    _win, window, _card, entry = card_window
    window.tabs.setCurrentWidget(window.page2)
    window.page2.view.setCurrentIndex(window.page2.model.index(0, 0))
    assert window.entry_task_button.isVisible() and window.entry_task_button.isEnabled()
    window.entry_task_button.click()
    dlg = window.tasks_tab.dialogs[-1]
    qtbot.waitExposed(dlg)
    assert dlg.windowTitle() == "由此建待办"
    assert dlg.title.text() == "跟进：交货延迟两周"
    assert dlg.note.toPlainText() == "来自重要事项记录 2026-11-20 投诉：交货延迟两周"
    qtbot.waitUntil(lambda: dlg.assignee.isEnabled(), timeout=10000)
    dlg.assignee.setCurrentIndex(1)                # to the manager
    _ok(dlg).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    task = FollowUp.get()
    assert task.source_event_id == entry.id and task.assignee.username == "boss"


def test_escape_closes_the_new_task_dialog_without_writing(qtbot, card_window):
    _win, window, _card, _entry = card_window
    window.new_task_button.click()
    dlg = window.tasks_tab.dialogs[-1]
    qtbot.waitExposed(dlg)
    dlg.title.setText("不要保存")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and FollowUp.select().count() == 0


def test_completing_a_task_on_the_card_writes_its_outcome_to_page_two(qtbot, card_window):
    from models.desk import tasks

    win, window, card, _entry = card_window
    tasks.add_task(win.actor, card.id, title="寄送新品目录", due=dt.date.today())
    tab = window.tasks_tab
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.done_button.isEnabled(), timeout=10000)
    tab.done_button.click()
    dlg = tab.dialogs[-1]
    qtbot.waitExposed(dlg)
    dlg.outcome.setPlainText("已快递，单号 SF123")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: Event.select().where(Event.category == "跟进").count() == 1, timeout=10000)
    assert Event.get(Event.category == "跟进").content == "已快递，单号 SF123"
    # the card re-reads: the task shows done, the entry on page 2
    qtbot.waitUntil(lambda: tab.model.record(0).state == "done", timeout=10000)
    qtbot.waitUntil(lambda: any(e.category == "跟进" for e in window.card.events), timeout=10000)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "待办"
