"""我的消息 through its widgets: the custodian sees a reported matter (badge, status bar,
double-click opens the card, mark read clears the badge); a requester sees the decision
and the expiry, and withdraws a pending request."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from models.access_requests import requests
from models.archive import customers, events
from models.foundation.changes import Kind
from models.foundation.schema import utcnow
from tests.gui.conftest import announce, close_window, make_user, open_window, settle
from ui.access.common import local_text


def _report(actor, code, title):
    return events.report_event(actor, code, {"event_date": dt.date(2026, 11, 20), "category": "合作契机",
                                             "title": title})


def _double_click(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # a real double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, view.window().parent())


def test_custodian_sees_reported_matter_opens_card_and_clears_badge(qtbot, qtmodeltester, sqlite_archive,
                                                                   tmp_path):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    make_user(boss, "zhao", "agent", display_name="赵客服")
    sales = make_user(boss, "sales", "staff", display_name="孙业务", department="销售部")
    card = customers.create_customer(boss, {"name": "华北物流有限公司"}, owner="li")
    other = customers.create_customer(boss, {"name": "西南建材"}, owner="zhao")
    _report(sales, card.code, "对方计划在成都开分店")

    win = open_window(qtbot, li)
    feature = win.inbox_feature
    assert feature.toolbar_action in win.toolbar.actions()
    assert feature.menu_action in win.menu("权限").actions()
    assert feature.toolbar_action.text() == "消息（1）"
    assert feature.menu_action.text() == "我的消息（1）"
    assert win.statusBar().currentMessage() == "您有 1 条未读消息"
    assert not win.message_boxes                        # no modal box at start-up

    feature.toolbar_action.trigger()
    dlg = feature.dialog
    qtbot.waitExposed(dlg)
    settle(qtbot, win)
    assert dlg.tabs.tabText(0) == "通知（1）"
    m = dlg.notes_model
    assert m.rowCount() == 1
    assert m.index(0, 1).data() == "未读"
    assert m.index(0, 2).data() == f"{card.code} 华北物流有限公司"
    assert "孙业务 报告了客户" in m.index(0, 3).data() and "成都开分店" in m.index(0, 3).data()
    assert m.index(0, 0).data() == local_text(requests.inbox(li)[0].created_at)
    qtmodeltester.check(m)

    # double-click opens the card and counts the message as read
    _double_click(qtbot, dlg.notes_view, 0)
    assert card.id in win.card_windows and not win.message_boxes, (dlg.message.text(), m.index(0, 1).data())
    assert feature.toolbar_action.text() == "消息" and m.index(0, 1).data() == "已读"
    win.card_windows[card.id].force_close()
    qtbot.waitUntil(lambda: card.id not in win.card_windows)

    # a new report arrives; the badge follows the app's change signal, 标为已读 clears it
    _report(sales, card.code, "对方更换了采购负责人")
    announce(qtbot, win, Kind.NOTIFICATIONS)               # the report came from another PC
    assert feature.toolbar_action.text() == "消息（1）"
    assert m.rowCount() == 2 and "采购负责人" in m.index(0, 3).data()    # newest first, dialog reloaded
    dlg.notes_view.selectRow(0)
    qtbot.mouseClick(dlg.mark_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert feature.toolbar_action.text() == "消息" and requests.unread_count(li) == 0

    # a message about a card li may no longer open: a clear message, no card
    gid = requests.grant(boss, other.code, "li", "view", 7)
    requests.revoke(boss, gid)
    feature.badge_timer.timeout.emit()                  # what the one-minute poll does
    settle(qtbot, win)
    assert feature.toolbar_action.text() == "消息（2）" and m.rowCount() == 4
    assert "已被撤销" in m.index(0, 3).data()
    _double_click(qtbot, dlg.notes_view, 0)
    assert other.id not in win.card_windows
    assert "您目前无权查阅客户" in dlg.message.text() and other.code in dlg.message.text()
    assert feature.toolbar_action.text() == "消息（1）"

    dlg.unread_only.setChecked(True)
    settle(qtbot, win)
    assert m.rowCount() == 1 and "授予您查阅" in m.index(0, 3).data()
    dlg.unread_only.setChecked(False)
    _report(sales, card.code, "客户投诉送货延迟")
    announce(qtbot, win, Kind.NOTIFICATIONS)
    assert feature.toolbar_action.text() == "消息（2）"
    dlg.grab().save(str(tmp_path / "inbox.png"))
    qtbot.mouseClick(dlg.mark_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert feature.toolbar_action.text() == "消息" and feature.menu_action.text() == "我的消息"
    assert not dlg.mark_all_button.isEnabled()
    assert [m.index(r, 1).data() for r in range(m.rowCount())] == ["已读"] * 5
    assert dlg.tabs.isTabVisible(dlg.tabs.indexOf(dlg.requests_page))   # an agent may ask for access
    close_window(win)


def test_requester_sees_approval_expiry_and_withdraws(qtbot, sqlite_archive, tmp_path):
    boss = sqlite_archive
    make_user(boss, "li", "agent", display_name="李客服")
    sales = make_user(boss, "sales", "staff", display_name="孙业务", department="销售部")
    card = customers.create_customer(boss, {"name": "华东贸易有限公司"}, owner="li")
    card2 = customers.create_customer(boss, {"name": "西南建材"}, owner="li")
    r1 = requests.request_access(sales, card.code, "下周拜访，需要了解合作历史", "view,sensitive")
    r2 = requests.request_access(sales, card2.code, "协助催款", "view")

    win = open_window(qtbot, sales)
    feature = win.inbox_feature
    assert feature.toolbar_action.text() == "消息"
    assert "未读消息" not in win.statusBar().currentMessage()
    dlg = feature.open_inbox()
    qtbot.waitExposed(dlg)
    settle(qtbot, win)
    dlg.tabs.setCurrentWidget(dlg.requests_page)
    rm = dlg.requests_model
    assert dlg.tabs.tabText(1) == "我的申请（2 条待审批）"
    assert [rm.index(r, 3).data() for r in range(2)] == ["待审批", "待审批"]
    assert rm.index(1, 2).data() == "查看、敏感信息" and rm.index(1, 6).data() == "下周拜访，需要了解合作历史"

    # the manager approves on another PC; the minute's poll brings the news
    before = utcnow()
    requests.approve(boss, r1, days=5)
    feature.badge_timer.timeout.emit()
    settle(qtbot, win)
    assert feature.toolbar_action.text() == "消息（1）"
    assert [rm.record(r).id for r in range(2)] == [r2, r1]     # pending first
    expires = requests.my_requests(sales)[1].expires_at
    assert before + dt.timedelta(days=5) <= expires <= utcnow() + dt.timedelta(days=5)
    assert rm.index(1, 3).data() == "已批准" and rm.index(1, 7).data() == "王主管"
    assert rm.index(1, 4).data() == local_text(expires)
    assert dlg.tabs.tabText(1) == "我的申请（1 条待审批）"
    assert dlg.tabs.tabText(0) == "通知（1）"
    assert "已批准" in dlg.notes_model.index(0, 3).data()

    dlg.requests_view.selectRow(1)
    assert not dlg.cancel_button.isEnabled()            # only a pending request may be withdrawn
    dlg.requests_view.selectRow(0)
    assert dlg.cancel_button.isEnabled()
    with qtbot.waitSignal(dlg.changed):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert dlg.message.text() == ""
    statuses = {rm.record(r).id: rm.index(r, 3).data() for r in range(rm.rowCount())}
    assert statuses == {r1: "已批准", r2: "已取消"}
    assert dlg.tabs.tabText(1) == "我的申请"
    assert requests.pending_count(boss) == 0

    # the grant is revoked: the expiry says so
    requests.revoke(boss, {r.id: r for r in requests.my_requests(sales)}[r1].grant_id)
    announce(qtbot, win, Kind.GRANTS)
    row = [r for r in range(rm.rowCount()) if rm.record(r).id == r1][0]
    assert rm.index(row, 4).data() == local_text(expires) + "（已撤销）"
    # asked again and rejected: the reason is shown, no expiry, no one to blame for a withdrawal
    r3 = requests.request_access(sales, card2.code, "协助催款，需要联系人电话", "view")
    requests.reject(boss, r3, "请联系负责客服李客服协助")
    announce(qtbot, win, Kind.REQUESTS, Kind.NOTIFICATIONS)
    cells = {rm.record(r).id: [rm.index(r, c).data() for c in range(9)] for r in range(rm.rowCount())}
    assert cells[r3][3:5] == ["已拒绝", ""] and cells[r3][7:] == ["王主管", "请联系负责客服李客服协助"]
    assert cells[r2][7] == ""
    assert feature.toolbar_action.text() == "消息（3）"   # approval, revocation, rejection
    dlg.grab().save(str(tmp_path / "inbox_requests.png"))
    close_window(win)


def test_manager_has_no_requests_tab(qtbot, sqlite_archive):
    boss = sqlite_archive
    sales = make_user(boss, "sales", "staff", department="销售部")
    card = customers.create_customer(boss, {"name": "华东贸易有限公司"})
    requests.request_access(sales, card.code, "下周拜访", "view")
    win = open_window(qtbot, boss)
    dlg = win.inbox_feature.open_inbox()
    settle(qtbot, win)
    assert not dlg.tabs.isTabVisible(dlg.tabs.indexOf(dlg.requests_page))
    assert dlg.requests_model.rowCount() == 0           # never everyone's requests
    close_window(win)


def test_badges_poll_only_open_windows_and_survive_a_lost_server(qtbot, sqlite_archive, monkeypatch):
    import peewee as pw

    win = open_window(qtbot, sqlite_archive)
    inbox, approvals = win.inbox_feature, win.access_feature

    def unreachable(*_a, **_k):   # as peewee reports a lost PostgreSQL server
        import psycopg

        orig = psycopg.OperationalError("connection refused")
        raise pw.OperationalError(orig, *orig.args)
    monkeypatch.setattr(requests, "unread_count", unreachable)
    monkeypatch.setattr(requests, "pending_count", unreachable)
    inbox.poll()                      # the server is gone: the badge stays quiet, nothing raises
    approvals.poll()
    settle(qtbot, win)
    assert inbox.toolbar_action.text() == "消息" and approvals.approve_action.text() == "审批"

    calls = []
    monkeypatch.setattr(requests, "unread_count", lambda *_a: calls.append(1) or 0)
    monkeypatch.setattr(requests, "pending_count", lambda *_a: calls.append(1) or 0)
    close_window(win)
    win.close()
    inbox.poll()
    approvals.poll()
    assert calls == []                # a closed window does not poll the database
