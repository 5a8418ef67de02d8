"""Small wrongs of the shell (issue 12): the lock page's reason, window titles, the shared
form's stale errors, the setup dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


@pytest.fixture
def empty_archive_dialogs(qtbot):
    """The login and setup dialogs (they need no archive to be built)."""
    from ui.dialogs.login import LoginDialog
    from ui.dialogs.setup import SetupDialog
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    login, setup = LoginDialog(), SetupDialog(runner)
    for d in (login, setup):
        qtbot.addWidget(d)
        d.show()
    yield login, setup
    runner.wait(5000)


def test_ctrl_l_says_it_was_locked_by_hand_not_for_inactivity(qtbot, main_window):
    main_window.lock_action.trigger()     # what Ctrl+L and 文件 › 锁定 do
    assert main_window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    hint = main_window.lock_page.hint.text()
    assert hint.startswith("程序已锁定。") and "长时间未操作" not in hint
    assert main_window.actor.display_name in hint
    page = main_window.lock_page
    page.password.setText("wrong-password-1")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.message.text() == "密码错误，请重新输入" and "用户名" not in page.message.text()


def test_window_titles_leave_the_app_name_to_qt(qtbot, main_window, empty_archive_dialogs):
    # Qt appends the display name (ui/app.py) on X11 and Windows: "登录 — 客户档案管家"
    from ui import settings

    login, setup = empty_archive_dialogs
    for w in (main_window, login, setup):
        assert settings.APP_NAME not in w.windowTitle(), w.windowTitle()
    assert main_window.windowTitle() == "王主管（客服主管·管理员）"
    assert (login.windowTitle(), setup.windowTitle()) == ("登录", "首次使用设置")


def test_the_archive_dialogs_error_line_sits_under_its_text_box(qtbot):
    from ui.dialogs.small import ArchiveDialog

    dlg = ArchiveDialog(lambda data: None, "KH000001 甲公司")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.submit()                        # no reason given
    err = dlg.form.errors["reason"]
    qtbot.waitUntil(lambda: err.isVisible())
    top_of_error = err.mapTo(dlg, err.rect().topLeft()).y()
    bottom_of_box = dlg.reason.mapTo(dlg, dlg.reason.rect().bottomLeft()).y()
    assert err.text() == "请填写归档原因" and top_of_error > bottom_of_box
    assert err.mapTo(dlg, err.rect().bottomLeft()).y() < dlg.buttons.mapTo(dlg, dlg.buttons.rect().topLeft()).y()
    qtbot.keyClicks(dlg.reason, "closed")   # typing clears the stale message at once
    assert dlg.form.error_text("reason") == "" and not err.isVisible()


def test_a_field_error_goes_when_the_user_types_in_that_field_only(qtbot):
    from PySide6.QtWidgets import QDialog, QLineEdit

    from models.foundation.errors import FieldProblem
    from ui.widgets.form import ErrorForm

    dlg = QDialog()
    qtbot.addWidget(dlg)
    form = ErrorForm(dlg)
    title, place = QLineEdit(), QLineEdit()
    form.add_field("title", "标题", title)
    form.add_field("place", "地点", place)
    dlg.show()
    form.show_problems([FieldProblem("title", "请填写标题"), FieldProblem("place", "请填写地点")])
    qtbot.keyClicks(title, "visit")
    assert form.error_text("title") == "" and form.error_text("place") == "请填写地点"


def test_setup_flags_an_empty_user_name(qtbot, empty_archive_dialogs):
    _login, dlg = empty_archive_dialogs
    dlg.company.setText("华东示例贸易有限公司")
    dlg.display_name.setText("王主管")
    dlg.password.setText("secret-123")
    dlg.password2.setText("secret-123")
    dlg.submit()
    assert dlg.form.error_text("username") == "请填写主管用户名"
    qtbot.keyClicks(dlg.username, "wang")
    assert dlg.form.error_text("username") == ""
