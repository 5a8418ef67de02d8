"""The company-events window (公司活动, issue 11.8): create an event, invite by filter, record
a reply, print the list; the 今日 page's event line opens the window at its event."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from models.archive import customers
from models.desk import activities
from models.foundation.schema import AuditEntry, Event, Invitation
from tests.gui.conftest import close_window, make_user, open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def office(qtbot, sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    zhao = make_user(boss, "zhao", "agent", display_name="赵客服")
    cards = {
        "a_li": customers.create_customer(li, {"name": "杭州明达贸易有限公司", "cls": "A", "industry": "纺织"}),
        "b_li": customers.create_customer(li, {"name": "宁波华东物流有限公司", "cls": "B", "industry": "物流"}),
        "a_zhao": customers.create_customer(zhao, {"name": "温州瑞丰电器有限公司", "cls": "A", "industry": "电器"}),
    }
    return boss, li, cards


def _open(qtbot, win):
    events_window = win.desk_feature.open_activities()
    qtbot.waitExposed(events_window)
    qtbot.waitUntil(lambda: win.tasks.active == 0, timeout=10000)
    return events_window


def test_a_manager_creates_an_event_invites_by_filter_and_records_a_reply(qtbot, office):
    boss, _li, cards = office
    win = open_window(qtbot, boss)
    try:
        w = _open(qtbot, win)
        assert w.events.rowCount() == 0 and w.new_button.isVisible()
        dlg = w.new_activity()
        qtbot.waitExposed(dlg)
        dlg.title.setText("2027 客户答谢年会")
        dlg.kind.setCurrentIndex(dlg.kind.findData("年会"))
        dlg.held_on.setDate(QDate(2027, 1, 15))
        dlg.place.setText("杭州西湖国宾馆")
        qtbot.keyClick(dlg.title, Qt.Key.Key_Return)          # Enter saves
        qtbot.waitUntil(lambda: w.events.rowCount() == 1 and not dlg.isVisible(), timeout=10000)
        assert w.current().title == "2027 客户答谢年会" and w.current().held_on == dt.date(2027, 1, 15)

        invite = w.invite()
        qtbot.waitExposed(invite)
        qtbot.waitUntil(lambda: invite.list.count() == 3, timeout=10000)
        invite.cls.setCurrentIndex(invite.cls.findData("A"))     # the A customers of every custodian
        with qtbot.waitSignal(invite.loaded, timeout=10000):
            invite.find_button.click()
        assert invite.list.count() == 2 and len(invite.checked_codes()) == 2
        invite.ok.click()
        qtbot.waitUntil(lambda: w.invitations.rowCount() == 2, timeout=10000)
        assert {i.code for i in w.invitations.records} == {cards["a_li"].code, cards["a_zhao"].code}
        assert Event.select().where(Event.category == "活动邀请").count() == 2   # on each card's page 2

        row = next(r for r in range(2) if w.invitations.record(r).code == cards["a_li"].code)
        w.invitations_view.selectionModel().select(
            w.invitations.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        assert w.reply_buttons["accepted"].isEnabled()
        w.reply_buttons["accepted"].click()
        qtbot.waitUntil(lambda: Invitation.select().where(Invitation.status == "accepted").count() == 1,
                        timeout=10000)
        qtbot.waitUntil(lambda: "已接受 1 位" in w.detail.text(), timeout=10000)
        w.close()
    finally:
        close_window(win)


def test_the_invitation_list_prints_from_the_window(qtbot, office, tmp_path):
    boss, _li, cards = office
    a = activities.add_activity(boss, title="客户联谊会", held_on="2027-03-01", kind="客户联谊会")
    activities.invite(boss, a.id, [c.code for c in cards.values()])
    win = open_window(qtbot, boss)
    try:
        w = _open(qtbot, win)
        qtbot.waitUntil(lambda: w.invitations.rowCount() == 3, timeout=10000)
        target = tmp_path / "名单.pdf"
        w.write_list(str(target), "pdf")
        qtbot.waitUntil(target.exists, timeout=20000)
        assert AuditEntry.select().where(AuditEntry.action == "export_pdf").count() == 1
        w.close()
    finally:
        close_window(win)


def test_an_agent_sees_events_but_neither_creates_nor_prints(qtbot, office):
    boss, li, cards = office
    activities.add_activity(boss, title="年会", held_on=dt.date.today() + dt.timedelta(days=20))
    win = open_window(qtbot, li)
    try:
        w = _open(qtbot, win)
        qtbot.waitUntil(lambda: w.events.rowCount() == 1, timeout=10000)
        assert not w.new_button.isVisible() and not w.print_button.isVisible()
        assert w.invite_button.isEnabled()            # their own customers they may invite
        invite = w.invite()
        qtbot.waitExposed(invite)
        qtbot.waitUntil(lambda: invite.list.count() == 2, timeout=10000)   # li's two cards only
        invite.text.setFocus()
        invite.text.setText("明达")
        with qtbot.waitSignal(invite.loaded, timeout=10000):
            qtbot.keyClick(invite.text, Qt.Key.Key_Return)   # Enter in the search field searches…
        assert invite.list.count() == 1 and invite.isVisible()
        assert Invitation.select().count() == 0               # …and invites nobody
        qtbot.keyClick(invite.list, Qt.Key.Key_Escape)
        assert not invite.isVisible()
        w.close()
    finally:
        close_window(win)


def test_the_today_event_line_opens_the_window_at_its_event(qtbot, office):
    boss, li, cards = office
    soon = dt.date.today() + dt.timedelta(days=10)
    activities.add_activity(boss, title="去年的庆典", held_on=dt.date.today() - dt.timedelta(days=100))
    a = activities.add_activity(boss, title="公司十周年庆典", held_on=soon, kind="庆典")
    activities.invite(boss, a.id, [cards["a_li"].code])
    win = open_window(qtbot, li)
    try:
        page = win.today_page
        qtbot.waitUntil(lambda: not page.loading and page.page is not None, timeout=10000)
        heads = {page.tree.topLevelItem(i).text(0): page.tree.topLevelItem(i)
                 for i in range(page.tree.topLevelItemCount())}
        line = heads["公司活动（1）"].child(0)
        assert "公司十周年庆典" in line.text(2)
        page.tree.setCurrentItem(line)
        assert page.open_button.isEnabled() and page.open_button.text() == "打开公司活动"
        page.open_button.click()
        w = win.desk_feature.activities_window
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.current() is not None and w.current().id == a.id
                        and w.invitations.rowCount() == 1, timeout=10000)
        w.close()
    finally:
        close_window(win)
