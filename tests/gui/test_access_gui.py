"""The 权限 feature through its widgets: request → approve → the card opens → expiry → it
does not; the badge; reject/revoke/direct grant; report a matter; the audit viewer."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import Qt

from models.access_requests import requests
from models.archive import customers
from models.foundation.changes import Kind
from models.foundation.errors import PermissionDenied
from models.foundation.schema import Event, Notification, utcnow
from tests.gui.conftest import announce, close_window, make_user, open_card, open_window, settle


class Clock:
    def __init__(self, monkeypatch):
        self.now = utcnow()
        for mod in ("models.rules.access", "models.access_requests.requests"):
            monkeypatch.setattr(f"{mod}.utcnow", lambda: self.now)


def access_actor(boss, username):
    from models.foundation.schema import Staff
    from models.rules.access import Actor
    return Actor.from_staff(Staff.get(Staff.username == username))


def test_request_approve_open_expire(qtbot, sqlite_archive, monkeypatch, tmp_path):
    boss = sqlite_archive
    clock = Clock(monkeypatch)
    make_user(boss, "li", "agent", display_name="李客服")
    sales = make_user(boss, "sales", "staff", display_name="孙业务", department="销售部")
    card = customers.create_customer(boss, {"name": "华东贸易有限公司"}, owner="li")

    # the requester finds the customer in the directory and asks for access
    win = open_window(qtbot, sales)
    feature = win.access_feature
    assert not feature.approve_action.isVisible() and not feature.audit_action.isVisible()
    assert win.model.total == 0
    dlg = feature.open_request()
    qtbot.waitExposed(dlg)
    dlg.search.setText("华东")
    qtbot.mouseClick(dlg.find_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert dlg.model.rowCount() == 1 and dlg.chosen().code == card.code
    assert dlg.chosen().custodian == "李客服"
    qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert "申请理由" in dlg.message.text()          # reason is required
    dlg.reason.setPlainText("下周拜访，需要了解合作历史")
    dlg.scope_boxes["sensitive"].setChecked(True)
    with qtbot.waitSignal(dlg.requested):
        qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    assert "等待主管审批" in dlg.done_label.text()
    dlg.grab().save(str(tmp_path / "request.png"))
    dlg.close()

    # the manager sees the badge and approves for 3 days
    mgr = open_window(qtbot, boss)
    mf = mgr.access_feature
    assert mf.approve_action.text() == "审批（1）"
    panel = mf.open_approvals()
    qtbot.waitExposed(panel)
    settle(qtbot, mgr)
    assert panel.requests_model.rowCount() == 1
    assert panel.requests_model.index(0, 3).data() == "查看、敏感信息"
    panel.days.setValue(120)
    assert panel.days.value() == 90                  # the box stops at the maximum
    panel.days.setValue(3)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, mgr)
    assert panel.message.text() == ""
    assert mf.approve_action.text() == "审批"
    assert panel.grants_model.rowCount() == 1
    panel.grab().save(str(tmp_path / "approvals.png"))
    close_window(mgr)

    # the requester's card opens, with sensitive fields masked until revealed
    announce(qtbot, win, Kind.GRANTS, customers=[card.id])   # approved on the manager's PC
    from tests.gui.conftest import wait_loaded
    wait_loaded(qtbot, win)
    assert win.model.total == 1
    opened = open_card(qtbot, win, card.id)
    assert not win.message_boxes
    opened.force_close()
    qtbot.waitUntil(lambda: card.id not in win.card_windows)

    # three days later the grant has expired: the card no longer opens
    clock.now += dt.timedelta(days=3, seconds=1)
    win.open_card(card.id)                 # it loads in the background, is refused, and closes
    qtbot.waitUntil(lambda: bool(win.message_boxes) and card.id not in win.card_windows, timeout=5000)
    assert "权限不足" in win.message_boxes[-1].text()
    win.refresh()
    wait_loaded(qtbot, win)
    assert win.model.total == 0
    close_window(win)


def test_reject_revoke_and_direct_grant(qtbot, sqlite_archive):
    boss = sqlite_archive
    sales = make_user(boss, "sales", "staff", department="销售部")
    make_user(boss, "zhao", "agent")
    card = customers.create_customer(boss, {"name": "西南建材"})
    requests.request_access(sales, card.code, "想看看", "view")
    mgr = open_window(qtbot, boss)
    assert mgr.access_feature.approve_action.text() == "审批（1）"
    requests.request_access(make_user(boss, "wu", "agent"), card.code, "协助回访", "view")
    announce(qtbot, mgr, Kind.REQUESTS)
    assert mgr.access_feature.approve_action.text() == "审批（2）"
    requests.cancel(access_actor(boss, "wu"), requests.list_requests(boss)[0].id)
    mgr.access_feature.badge_timer.timeout.emit()          # what the one-minute poll does
    settle(qtbot, mgr)
    assert mgr.access_feature.approve_action.text() == "审批（1）"
    panel = mgr.access_feature.open_approvals()
    settle(qtbot, mgr)
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    settle(qtbot, mgr)
    assert "拒绝理由" in panel.message.text()
    panel.reject_reason.setText("与业务无关")
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    settle(qtbot, mgr)
    assert panel.requests_model.rowCount() == 0
    assert "与业务无关" in Notification.select().order_by(Notification.id.desc()).first().message

    qtbot.mouseClick(panel.grant_button, Qt.MouseButton.LeftButton)
    gd = panel.grant_dialog
    qtbot.waitExposed(gd)
    qtbot.waitUntil(gd.ok_button.isEnabled)   # the staff list loads in the background
    gd.code.setText(card.code)
    gd.user.setCurrentIndex(gd.user.findData("zhao"))
    gd.scope_boxes["edit"].setChecked(True)
    with qtbot.waitSignal(gd.granted):
        qtbot.mouseClick(gd.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, mgr)
    assert panel.grants_model.rowCount() == 1
    assert panel.grants_model.index(0, 3).data() == "查看、编辑"
    panel.grants_view.selectRow(0)
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    settle(qtbot, mgr)
    assert panel.grants_model.rowCount() == 0
    assert requests.list_grants(boss) == []
    close_window(mgr)


def test_report_a_matter_without_read_access(qtbot, sqlite_archive):
    boss = sqlite_archive
    make_user(boss, "li", "agent")
    sales = make_user(boss, "sales", "staff", department="销售部")
    card = customers.create_customer(boss, {"name": "华北物流"}, owner="li")
    win = open_window(qtbot, sales)
    dlg = win.access_feature.open_request()
    dlg.search.setText(card.code)
    dlg.find()
    settle(qtbot, win)
    dlg.open_report()
    rd = dlg.report_dialog
    qtbot.waitExposed(rd)
    rd.category.setCurrentText("合作契机")
    rd.title_edit.setText("对方计划在成都开分店")
    with qtbot.waitSignal(dlg.reported):
        qtbot.mouseClick(rd.submit_button, Qt.MouseButton.LeftButton)
    ev = Event.get(Event.title == "对方计划在成都开分店")
    assert ev.is_report and ev.source_department == "销售部"
    assert Notification.select().where(Notification.recipient != sales.id).count() == 1
    close_window(win)


def test_audit_viewer_filters_verifies_and_exports(qtbot, qtmodeltester, sqlite_archive, tmp_path):
    boss = sqlite_archive
    sales = make_user(boss, "sales", "staff", department="销售部")
    card = customers.create_customer(boss, {"name": "=HYPERLINK(1) 公司"})
    with pytest.raises(PermissionDenied):     # the denial is what we want in the log
        customers.get_card(sales, card.code)
    win = open_window(qtbot, sales)
    assert not win.access_feature.audit_action.isVisible()
    close_window(win)

    mgr = open_window(qtbot, boss)
    viewer = mgr.access_feature.open_audit()
    qtbot.waitExposed(viewer)
    settle(qtbot, mgr)
    assert viewer.model.rowCount() > 3
    qtmodeltester.check(viewer.model)
    viewer.user.setText("sales")
    viewer.action.setCurrentIndex(viewer.action.findData("access_denied"))
    qtbot.mouseClick(viewer.query_button, Qt.MouseButton.LeftButton)
    settle(qtbot, mgr)
    assert viewer.model.rowCount() == 1
    assert viewer.model.index(0, 5).data() == card.code
    assert viewer.count_label.text() == "共 1 条"
    with qtbot.waitSignal(viewer.verified, timeout=10000) as blocker:
        qtbot.mouseClick(viewer.verify_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok and "审计日志完整" in viewer.verify_label.text()
    viewer.grab().save(str(tmp_path / "audit.png"))
    path = tmp_path / "log.xlsx"
    viewer.user.clear()
    viewer.action.setCurrentIndex(0)
    with qtbot.waitSignal(viewer.exported, timeout=10000):
        viewer.export_to(str(path))
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    assert "已导出" in viewer.verify_label.text()
    settle(qtbot, mgr)   # the viewer queries again: the export itself is now in the log
    assert viewer.model.index(0, 4).data() == "导出 Excel"
    close_window(mgr)
