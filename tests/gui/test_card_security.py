"""Masked sensitive fields, revealing them, the idle lock, and a frozen account mid-session."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models.archive import customers
from models.demo.generator import DEMO_PASSWORD
from models.foundation.dto import MASK
from models.foundation.schema import AuditEntry, Staff
from models.rules.auth import login
from tests.gui.conftest import PASSWORD, open_card, settle

pytestmark = pytest.mark.gui


def card_with_contacts(actor):
    for row in customers.list_customers(actor, limit=50):
        card = customers.get_card(actor, row.id, audit_view=False)
        if card.contacts:
            return row.id
    raise AssertionError("demo data has no contacts")


def test_sensitive_fields_masked_until_revealed(qtbot, main_window, demo_archive):
    cid = card_with_contacts(demo_archive)
    card = open_card(qtbot, main_window, cid)
    model = card.contacts.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = headers.index("性格分析")
    cell = model.index(0, col)
    assert cell.data() == MASK
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "已隐藏 · 点击“查看敏感信息”查看"   # hidden, not denied
    assert model.index(0, headers.index("生日")).data() == MASK
    assert model.index(0, headers.index("姓名")).data()          # the name is not sensitive
    assert card.reveal_button.isEnabled()
    qtbot.mouseClick(card.reveal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    revealed = customers.get_card(demo_archive, cid, reveal_sensitive=True)
    assert model.index(0, col).data() == revealed.contacts[0].personality.replace("\n", " ")
    assert model.index(0, col).data() != MASK
    assert not card.reveal_button.isEnabled()
    assert AuditEntry.select().where((AuditEntry.action == "reveal_sensitive")
                                     & (AuditEntry.target_id == cid)).count() >= 1


def test_idle_lock_hides_cards_and_list_until_password(qtbot, main_window):
    cid = main_window.model.customer_id(0)
    card = open_card(qtbot, main_window, cid)
    feature_dialog = QDialog(main_window)     # e.g. a feature module's window
    feature_dialog.show()
    main_window.set_idle_timeout_ms(150)
    qtbot.waitUntil(lambda: main_window.is_locked, timeout=3000)
    main_window.idle.start(60_000)   # once unlocked (in the background), not again at once
    main_window.idle.stop()
    assert not card.isVisible() and not feature_dialog.isVisible()
    assert main_window.stack.currentWidget() is main_window.lock_page
    assert not main_window.pages.isVisible()          # neither 今日 nor the list
    assert main_window.open_card(cid) is None          # nothing opens while locked
    page = main_window.lock_page
    page.password.setText("wrong-password-1")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert page.busy and not page.button.isEnabled()     # checked on a worker, not here
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert main_window.is_locked and page.message.text() == "密码错误，请重新输入"   # no user-name field
    assert page.hint.text().startswith("长时间未操作，程序已自动锁定。")
    page.password.setText(PASSWORD)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=5000)
    shown = main_window.pages.currentWidget()        # the page that was open before the lock
    assert card.isVisible() and shown.isVisible() and feature_dialog.isVisible()
    main_window.set_idle_timeout_ms(60_000)


def test_user_activity_postpones_the_lock(qtbot, main_window):
    main_window.set_idle_timeout_ms(400)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(main_window.table, Qt.Key.Key_Down)
    assert not main_window.is_locked
    qtbot.waitUntil(lambda: main_window.is_locked, timeout=3000)


def test_frozen_account_returns_to_login_with_cards_closed(qtbot, demo_archive):
    from ui.app import Session

    row = customers.list_customers(demo_archive, limit=1)[0]
    session = Session()
    session.open_main(login(row.custodian_username, DEMO_PASSWORD))
    win = session.window
    card = open_card(qtbot, win, row.id)
    closed = []
    card.destroyed.connect(lambda: closed.append(True))
    Staff.update(status="frozen").where(Staff.username == row.custodian_username).execute()
    with qtbot.waitSignal(win.session_ended, timeout=3000) as blocker:
        win.refresh_action.trigger()
    assert "冻结" in blocker.args[0]
    qtbot.waitUntil(lambda: bool(closed), timeout=3000)
    assert session.window is None
    login_dialog = session.dialog
    assert login_dialog.isVisible() and "冻结" in login_dialog.message.text()
    login_dialog.close()


def test_settings_dialog_sets_the_idle_time(qtbot, main_window):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import settings

    assert settings.get("prefs/idle_lock_minutes") == 15
    assert main_window.idle.interval_ms == 15 * 60_000
    main_window.settings_action.trigger()
    dlg = main_window._settings_dialog
    dlg.idle.setValue(3)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert settings.get("prefs/idle_lock_minutes") == 3
    assert main_window.idle.interval_ms == 3 * 60_000


def test_unlock_of_a_departed_account_ends_the_session(qtbot, demo_archive):
    from ui.mainwindow import MainWindow

    row = customers.list_customers(demo_archive, limit=1)[0]
    win = MainWindow(login(row.custodian_username, DEMO_PASSWORD))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.lock()
    Staff.update(status="departed").where(Staff.username == row.custodian_username).execute()
    win.lock_page.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(win.session_ended, timeout=3000) as blocker:
        qtbot.mouseClick(win.lock_page.button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["账号已离职"]


def test_unlock_with_a_password_reset_meanwhile_goes_back_to_the_login(qtbot, demo_archive):
    """An admin reset the password while the window was locked: the temporary password does
    not unlock it; the session ends so the login can ask for a new password first."""
    from models.accounts import admin as accounts
    from ui.mainwindow import MainWindow

    row = customers.list_customers(demo_archive, limit=1)[0]
    win = MainWindow(login(row.custodian_username, DEMO_PASSWORD))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.lock()
    accounts.reset_password(demo_archive, row.custodian_username, "temp-pass-6")
    win.lock_page.password.setText("temp-pass-6")
    with qtbot.waitSignal(win.session_ended, timeout=3000) as blocker:
        qtbot.mouseClick(win.lock_page.button, Qt.MouseButton.LeftButton)
    assert "管理员已重置您的密码" in blocker.args[0]
    assert win.is_locked
