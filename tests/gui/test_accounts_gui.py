"""管理 › 账号管理 and 文件 › 修改密码… through their widgets: what an admin or an agent sees,
and what reached the database (logins, roles, lockouts, the company name)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models.accounts import staff
from models.demo.generator import DEMO_PASSWORD
from models.foundation.changes import Kind
from models.foundation.errors import AccountLocked, LoginFailed, PasswordChangeRequired
from models.foundation.localtime import local_text
from models.foundation.schema import Customer, Staff
from models.rules import auth
from tests.gui.conftest import (
    PASSWORD,
    changes_heard,
    close_window,
    make_user,
    open_window,
    settle_all,
)

pytestmark = pytest.mark.gui

COLUMNS = ["用户名", "姓名", "角色", "部门", "管理员", "状态", "负责客户", "登录锁定"]


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle_all(qtbot)   # the service call runs on a worker; its changes reload the table


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def admin_window(qtbot, sqlite_archive):
    win = open_window(qtbot, sqlite_archive)
    yield win
    close_window(win)


def open_accounts(qtbot, window):
    action = window.admin_feature.accounts_action
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = window.admin_feature.accounts_dialog
    qtbot.waitExposed(dialog)
    settle_all(qtbot)
    return dialog


def row_of(dialog, username) -> int:
    return [r.info.username for r in dialog.model.records].index(username)


def cells(dialog, username) -> dict[str, str]:
    row = row_of(dialog, username)
    return {h: dialog.model.index(row, c).data() for c, h in enumerate(COLUMNS)}


def select(qtbot, dialog, username) -> None:
    index = dialog.model.index(row_of(dialog, username), 1)
    dialog.view.scrollTo(index)
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.view.visualRect(index).center())
    assert dialog.selected().info.username == username


def form(qtbot, dialog, button):
    click(qtbot, button)
    form_dialog = dialog.form_dialog
    qtbot.waitExposed(form_dialog)
    return form_dialog


def test_admin_creates_an_agent_who_can_log_in(qtbot, qtmodeltester, admin_window):
    menu_titles = [a.text() for a in admin_window.menuBar().actions() if a.isVisible()]
    assert "管理(&M)" in menu_titles
    dialog = open_accounts(qtbot, admin_window)
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == COLUMNS
    assert cells(dialog, "boss") == {"用户名": "boss", "姓名": "王主管", "角色": "客服主管", "部门": "客服部",
                                     "管理员": "是", "状态": "在职", "负责客户": "0", "登录锁定": ""}
    qtmodeltester.check(dialog.model)
    events = changes_heard(admin_window)

    new = form(qtbot, dialog, dialog.new_button)
    assert new.windowTitle() == "新建账号" and new.department.currentText() == "客服部"
    new.username.setText("zhangsan")
    new.display_name.setText("张三")
    new.role.setCurrentIndex(new.role.findText("客服专员"))
    new.department.setEditText("售后部")
    new.password.setText("welcome-2024")
    new.password_again.setText("welcome-2024")
    click(qtbot, ok(new))
    assert not new.isVisible()
    assert cells(dialog, "zhangsan") == {"用户名": "zhangsan", "姓名": "张三", "角色": "客服专员",
                                         "部门": "售后部", "管理员": "", "状态": "在职", "负责客户": "0",
                                         "登录锁定": ""}
    assert dialog.selected().info.username == "zhangsan"
    assert "已新建账号" in dialog.message.text()
    assert [c.kinds for c in events] == [{Kind.STAFF}]   # one typed change, for every screen
    who = auth.login("zhangsan", "welcome-2024")
    assert (who.display_name, who.role, who.is_admin) == ("张三", "agent", False)


def test_mismatched_or_weak_password_creates_nothing(qtbot, admin_window):
    dialog = open_accounts(qtbot, admin_window)
    rows = dialog.model.rowCount()
    new = form(qtbot, dialog, dialog.new_button)
    new.username.setText("zhangsan")
    new.display_name.setText("张三")
    new.password.setText("welcome-2024")
    new.password_again.setText("welcome-2025")
    click(qtbot, ok(new))
    assert new.isVisible()
    assert new.form.error_text("password_again") == "两次输入的密码不一致"
    assert Staff.get_or_none(Staff.username == "zhangsan") is None
    # nothing typed is lost
    assert (new.username.text(), new.display_name.text(), new.password.text()) == \
        ("zhangsan", "张三", "welcome-2024")

    new.password.setText("short")
    new.password_again.setText("short")
    click(qtbot, ok(new))
    assert new.isVisible() and "至少需要 8 个字符" in new.form.error_text("password")
    assert new.form.error_text("password_again") == ""
    assert Staff.get_or_none(Staff.username == "zhangsan") is None
    click(qtbot, new.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert dialog.model.rowCount() == rows


def test_edit_changes_role_and_department(qtbot, admin_window, sqlite_archive):
    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    dialog = open_accounts(qtbot, admin_window)
    select(qtbot, dialog, "li")
    edit = form(qtbot, dialog, dialog.edit_button)
    assert (edit.display_name.text(), edit.role.currentText(), edit.department.currentText()) == \
        ("李客服", "客服专员", "客服部")
    edit.role.setCurrentIndex(edit.role.findText("客服主管"))
    edit.department.setEditText("华南客服部")
    click(qtbot, ok(edit))
    assert not edit.isVisible()
    assert (cells(dialog, "li")["角色"], cells(dialog, "li")["部门"]) == ("客服主管", "华南客服部")
    li = Staff.get(Staff.username == "li")
    assert (li.role, li.department.name) == ("manager", "华南客服部")


def test_disable_asks_first_then_login_fails_and_enable_restores(qtbot, main_window):
    dialog = open_accounts(qtbot, main_window)
    agent = Staff.get(Staff.username == "agent01")
    held = Customer.select().where(Customer.owner == agent.id).count()
    assert held > 0 and cells(dialog, "agent01")["负责客户"] == str(held)
    select(qtbot, dialog, "agent01")
    assert dialog.enable_button.text() == "停用"

    click(qtbot, dialog.enable_button)
    box = dialog.confirm_box
    assert box.isVisible() and agent.display_name in box.text() and "停用" in box.text()
    assert f"{held} 位客户仍归此人负责" in box.informativeText()
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    assert Staff.get_by_id(agent.id).status == "active" and cells(dialog, "agent01")["状态"] == "在职"

    click(qtbot, dialog.enable_button)
    click(qtbot, dialog.confirm_box.button(QMessageBox.StandardButton.Yes))
    assert cells(dialog, "agent01")["状态"] == "已停用"
    assert dialog.enable_button.text() == "启用"
    with pytest.raises(LoginFailed, match="停用"):
        auth.login("agent01", DEMO_PASSWORD)
    assert Customer.select().where(Customer.owner == agent.id).count() == held   # custody stays

    click(qtbot, dialog.enable_button)
    box = dialog.confirm_box
    assert "启用" in box.text() and agent.display_name in box.text() and box.informativeText() == ""
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert cells(dialog, "agent01")["状态"] == "在职" and dialog.enable_button.text() == "停用"
    assert auth.login("agent01", DEMO_PASSWORD).username == "agent01"


def test_own_role_and_admin_capability_cannot_be_changed(qtbot, admin_window):
    dialog = open_accounts(qtbot, admin_window)
    select(qtbot, dialog, "boss")
    assert not dialog.enable_button.isEnabled()        # nobody disables themselves
    assert not dialog.reset_button.isEnabled() and "修改密码" in dialog.reset_button.toolTip()
    edit = form(qtbot, dialog, dialog.edit_button)
    assert edit.is_admin.isChecked()
    assert not edit.is_admin.isEnabled() and not edit.role.isEnabled()
    assert "不能更改自己的角色或管理员权限" in edit.role.toolTip()
    edit.display_name.setText("王经理")                 # one's own name is not a right
    click(qtbot, ok(edit))
    assert not edit.isVisible()
    boss = Staff.get(Staff.username == "boss")
    assert (boss.display_name, boss.role, boss.is_admin) == ("王经理", "manager", True)


@pytest.fixture
def it_window(qtbot, sqlite_archive):
    """The IT-run office: an admin-only account (staff + admin)."""
    make_user(sqlite_archive, "it", "staff", display_name="周管理", is_admin=True, department="信息部")
    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    win = open_window(qtbot, auth.login("it", PASSWORD))
    yield win
    close_window(win)


def test_an_admin_only_account_cannot_appoint_a_manager(qtbot, it_window):
    dialog = open_accounts(qtbot, it_window)
    select(qtbot, dialog, "li")
    edit = form(qtbot, dialog, dialog.edit_button)
    edit.role.setCurrentIndex(edit.role.findText("客服主管"))
    click(qtbot, ok(edit))
    assert edit.isVisible() and "只有客服主管" in edit.message.text()
    assert Staff.get(Staff.username == "li").role == "agent"
    edit.role.setCurrentIndex(edit.role.findText("客服专员"))
    edit.department.setEditText("客服二部")             # everything else is IT's work
    click(qtbot, ok(edit))
    assert not edit.isVisible() and Staff.get(Staff.username == "li").department.name == "客服二部"


def test_an_admin_only_account_sees_backup_greyed_with_the_reason(qtbot, it_window, tmp_path, monkeypatch):
    from ui import admin

    feature = it_window.admin_feature
    assert feature.backup_action.isVisible() and not feature.backup_action.isEnabled()
    assert "同时拥有管理员权限的客服主管" in feature.backup_action.toolTip()
    asked = []
    monkeypatch.setattr(admin, "ask_backup_path", lambda *a: asked.append(a) or str(tmp_path / "x.db"))
    assert feature.backup() is None                     # even when reached some other way
    assert not asked and "客服主管" in it_window.message_boxes[-1].text()
    assert not (tmp_path / "x.db").exists()


def test_locked_account_shows_until_when_and_unlock_lets_it_log_in(qtbot, admin_window, sqlite_archive):
    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    for _ in range(5):
        with pytest.raises((LoginFailed, AccountLocked)):
            auth.login("li", "wrong-pass-1")
    until = auth.locked_until("li")
    assert until is not None
    dialog = open_accounts(qtbot, admin_window)
    select(qtbot, dialog, "boss")
    assert cells(dialog, "boss")["登录锁定"] == "" and not dialog.unlock_button.isEnabled()
    select(qtbot, dialog, "li")
    assert cells(dialog, "li")["登录锁定"] == local_text(until)
    assert dialog.unlock_button.isEnabled()
    with pytest.raises(AccountLocked):
        auth.login("li", PASSWORD)

    click(qtbot, dialog.unlock_button)
    assert cells(dialog, "li")["登录锁定"] == "" and not dialog.unlock_button.isEnabled()
    assert "已解除" in dialog.message.text()
    assert auth.login("li", PASSWORD).username == "li"


def test_reset_password(qtbot, admin_window, sqlite_archive):
    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    dialog = open_accounts(qtbot, admin_window)
    select(qtbot, dialog, "li")
    reset = form(qtbot, dialog, dialog.reset_button)
    assert "李客服（li）" in reset.intro.text()
    reset.password.setText("fresh-pass-7")
    reset.password_again.setText("fresh-pass-8")
    click(qtbot, ok(reset))
    assert reset.isVisible() and reset.form.error_text("password_again") == "两次输入的密码不一致"
    reset.password_again.setText("fresh-pass-7")
    click(qtbot, ok(reset))
    assert not reset.isVisible() and "已为李客服（li）重置密码" in dialog.message.text()
    assert "下次登录时须先设置自己的新密码" in reset.intro.text()
    with pytest.raises(LoginFailed):
        auth.login("li", PASSWORD)
    with pytest.raises(PasswordChangeRequired):       # temporary: li chooses a new one first
        auth.login("li", "fresh-pass-7")


def test_company_name_saves(qtbot, admin_window):
    dialog = open_accounts(qtbot, admin_window)
    assert dialog.company.text() == "示例贸易有限公司"
    dialog.company.clear()
    click(qtbot, dialog.company_button)
    assert dialog.message.text() == "请填写公司名称" and staff.company_name() == "示例贸易有限公司"
    dialog.company.setText("  华夏商贸有限公司 ")
    click(qtbot, dialog.company_button)
    assert dialog.message.text() == "公司名称已保存" and dialog.company.text() == "华夏商贸有限公司"
    assert staff.company_name() == "华夏商贸有限公司"


def test_agent_has_no_accounts_action_but_changes_own_password(qtbot, sqlite_archive):
    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    li = auth.login("li", PASSWORD)
    win = open_window(qtbot, li)
    feature = win.admin_feature
    assert not feature.accounts_action.isVisible() and not feature.accounts_action.isEnabled()
    assert not feature.backup_action.isVisible()
    assert "管理(&M)" not in [a.text() for a in win.menuBar().actions() if a.isVisible()]
    assert feature.open_accounts() is None                   # even when reached some other way
    assert "管理员" in win.message_boxes[-1].text()

    assert feature.password_action in win.menu("文件").actions()
    feature.password_action.trigger()
    dialog = feature.password_dialog
    qtbot.waitExposed(dialog)
    dialog.old_password.setText("not-my-pass-1")
    dialog.new_password.setText("brand-new-42")
    dialog.new_again.setText("brand-new-42")
    click(qtbot, ok(dialog))
    assert dialog.isVisible() and dialog.form.error_text("old_password") == "原密码不正确"
    dialog.old_password.setText(PASSWORD)
    dialog.new_again.setText("brand-new-43")
    click(qtbot, ok(dialog))
    assert dialog.isVisible() and dialog.form.error_text("new_password_again") == "两次输入的密码不一致"
    dialog.new_again.setText("brand-new-42")
    click(qtbot, ok(dialog))
    assert not dialog.isVisible()
    assert "密码已修改" in win.statusBar().currentMessage()
    with pytest.raises(LoginFailed):
        auth.login("li", PASSWORD)
    assert auth.login("li", "brand-new-42").username == "li"
    close_window(win)


def test_admin_backs_up_the_archive_from_the_menu(qtbot, admin_window, tmp_path, monkeypatch):
    from models.foundation import db
    from models.foundation.schema import AuditEntry
    from models.maintenance import opening
    from models.rules import audit
    from ui import admin

    win = admin_window
    target = tmp_path / "周五备份"
    monkeypatch.setattr(admin, "ask_backup_path", lambda parent, suggested: str(target))
    assert win.admin_feature.backup_action.isVisible()
    win.admin_feature.backup_action.trigger()
    qtbot.waitUntil(lambda: "已备份到" in win.statusBar().currentMessage(), timeout=20000)
    copy = tmp_path / "周五备份.db"
    assert copy.exists() and (tmp_path / "周五备份.db.audit-head").exists()
    assert str(copy) in win.statusBar().currentMessage()
    assert AuditEntry.select().where(AuditEntry.action == "backup").count() == 1
    live = db.current_url()
    db.close_database()
    try:
        opening.open_archive(str(copy))
        assert audit.verify().ok
    finally:
        db.close_database()
        opening.open_archive(live)
