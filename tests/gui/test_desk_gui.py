"""The 今日 page in the main window: first after login, opens cards, completes tasks,
marks a greeting batch."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.archive import contacts, customers
from models.desk import tasks
from models.foundation.schema import Event
from tests.gui.conftest import close_window, make_user, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def agent_desk(qtbot, sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    card = customers.create_customer(li, {"name": "杭州明达贸易有限公司", "cls": "A"})
    soon = dt.date.today() + dt.timedelta(days=2)
    contacts.add_contact(li, card.id, {"name": "张伟", "birthday": (soon.month, soon.day, None, False)})
    task = tasks.add_task(li, card.code, title="回访新店开业情况", due=dt.date.today())
    win = open_window(qtbot, li)
    page = win.today_page
    qtbot.waitUntil(lambda: not page.loading and page.page is not None, timeout=10000)
    yield win, page, card, task
    close_window(win)


def _rows(page):
    out = {}
    for i in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(i)
        out[head.text(0)] = [head.child(j) for j in range(head.childCount())]
    return out


def test_today_is_the_first_page_after_login(agent_desk):
    win, page, card, _task = agent_desk
    assert win.pages.currentWidget() is page and win.pages.tabText(0) == "今日"
    rows = _rows(page)
    assert [r.text(2) for r in rows["待办（1）"]] == ["回访新店开业情况"]
    assert rows["生日（1）"][0].text(1) == f"{card.code}  杭州明达贸易有限公司"
    assert rows["生日（1）"][0].text(2).startswith("张伟 生日")
    assert page.title.text().startswith("今日  ") and "农历" in page.title.text()


def test_a_line_opens_its_card(qtbot, agent_desk):
    win, page, card, _task = agent_desk
    page.tree.setCurrentItem(_rows(page)["生日（1）"][0])
    page.open_button.click()
    qtbot.waitUntil(lambda: card.id in win.card_windows, timeout=5000)


def test_completing_a_task_asks_for_the_outcome_and_writes_page_two(qtbot, agent_desk):
    win, page, card, task = agent_desk
    page.tree.setCurrentItem(_rows(page)["待办（1）"][0])
    page.complete_selected()
    dlg = page._dialogs[-1]
    qtbot.waitExposed(dlg)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.error.isVisible() and dlg.error.text() == "请简要写下处理结果"
    dlg.outcome.setPlainText("已电话回访，客户满意")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not any(k.startswith("待办") for k in _rows(page)) and not page.loading,
                    timeout=10000)
    entry = Event.get(Event.customer == card.id, Event.category == "跟进")
    assert entry.content == "已电话回访，客户满意"


def test_dismissing_a_line_removes_it(qtbot, agent_desk):
    _win, page, _card, _task = agent_desk
    page.tree.setCurrentItem(_rows(page)["生日（1）"][0])
    page.dismiss_selected()
    qtbot.waitUntil(lambda: not any(k.startswith("生日") for k in _rows(page)), timeout=10000)


def test_marking_a_greeting_batch_from_a_festival_line(qtbot, sqlite_archive, monkeypatch):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    a = customers.create_customer(li, {"name": "甲公司", "cls": "A"})
    b = customers.create_customer(li, {"name": "乙公司", "cls": "B"})
    from models.desk import today as today_mod

    real = today_mod.today_page
    monkeypatch.setattr(today_mod, "today_page",
                        lambda actor, days=None, per_kind=None: real(actor, today=dt.date(2027, 2, 1),
                                                                     days=days, per_kind=per_kind))
    win = open_window(qtbot, li)
    page = win.today_page
    qtbot.waitUntil(lambda: not page.loading and page.page is not None, timeout=10000)
    festivals = _rows(page)["节日问候（2）"]
    spring = next(r for r in festivals if r.text(2).startswith("春节"))
    page.tree.setCurrentItem(spring)
    assert page.greet_button.isEnabled() and not page.open_button.isEnabled()
    page.greet_selected()
    qtbot.waitUntil(lambda: any(type(d).__name__ == "GreetingDialog" for d in page._dialogs), timeout=10000)
    dlg = page._dialogs[-1]
    assert dlg.list.count() == 2
    dlg.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dlg.channel.setCurrentText("贺卡")
    dlg.ok.click()
    box = page.confirm   # a batch of entries: it says how many first, 取消 the default
    assert box.text() == "将在 1 位客户的档案中各记一条“春节问候”（问候方式：贺卡）。"
    assert box.defaultButton() is box.cancel_button
    box.ok_button.click()
    qtbot.waitUntil(lambda: Event.select().where(Event.category == "节日问候").count() == 1, timeout=10000)
    entry = Event.get(Event.category == "节日问候")
    assert entry.customer_id == a.id and entry.title == "春节问候（2027）" and "贺卡" in entry.content
    assert b.id != a.id
    close_window(win)


def test_verify_on_the_card_records_who_and_when(qtbot, agent_desk):
    from models.foundation.schema import AuditEntry
    from tests.gui.conftest import open_card

    win, _page, card, _task = agent_desk
    window = open_card(qtbot, win, card.id)
    qtbot.waitUntil(lambda: window.card is not None, timeout=10000)
    assert "上次核实：从未核实" in window.subheading.text()
    assert window.verify_button.isEnabled()
    window.verify_button.click()
    qtbot.waitUntil(lambda: "从未核实" not in window.subheading.text(), timeout=10000)
    assert window.subheading.text().endswith("（李客服）")
    assert AuditEntry.select().where(AuditEntry.action == "verify_card").count() == 1
