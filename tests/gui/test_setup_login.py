"""First start (setup dialog) and later starts (login dialog)."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.accounts import staff
from models.archive import customers
from models.foundation import db
from models.maintenance import opening
from tests.gui.conftest import PASSWORD

pytestmark = pytest.mark.gui


@pytest.fixture
def empty_archive(sqlite_url):
    opening.open_archive(sqlite_url)
    yield sqlite_url
    db.close_database()


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def fill_setup(dlg, password2=PASSWORD):
    dlg.company.setText("华东示例贸易有限公司")
    dlg.username.setText("wang")
    dlg.display_name.setText("王主管")
    dlg.password.setText(PASSWORD)
    dlg.password2.setText(password2)


def test_first_start_shows_setup_and_creates_manager_with_demo_data(qtbot, empty_archive):
    from ui.app import Session

    session = Session()
    session.start()
    dlg = session.dialog
    qtbot.addWidget(dlg)
    assert dlg.windowTitle().endswith("首次使用设置") and dlg.department.text() == "客服部"
    dlg.demo_customers = 30
    fill_setup(dlg, password2="secret-124")
    dlg.password.setText("short")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert "至少需要 8 个字符" in dlg.form.error_text("password")
    assert dlg.form.error_text("password2") == "两次输入的密码不一致"
    assert not staff.is_initialised()
    dlg.password.setText(PASSWORD)
    dlg.password2.setText(PASSWORD)
    dlg.demo.setChecked(True)
    progress = []
    dlg.progress.valueChanged.connect(progress.append)
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    # the demo agents' logins are shown before going in (as the demo command prints them)
    qtbot.waitUntil(lambda: dlg.demo_logins.isVisible(), timeout=20000)
    assert "agent01 至 agent05" in dlg.demo_logins.text() and "demo-pass-1" in dlg.demo_logins.text()
    assert ok(dlg).text() == "进入档案" and ok(dlg).isEnabled()
    with qtbot.waitSignal(dlg.account_created, timeout=20000) as blocker:
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    actor = blocker.args[0]
    from ui import settings
    assert settings.get("prefs/last_username") == "wang"   # the next login starts with it
    assert (actor.username, actor.role, actor.is_admin) == ("wang", "manager", True)
    assert staff.is_initialised() and staff.company_name() == "华东示例贸易有限公司"
    assert customers.count_customers(actor) == 30
    assert progress and progress[-1] == 30
    win = session.window
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.count_label.text() == "共 30 位客户", timeout=10000)
    assert win.isVisible()
    win.tasks.wait()


def test_login_stays_open_on_failure_and_shows_the_lock(qtbot, sqlite_archive):
    from ui.dialogs.login import LoginDialog

    dlg = LoginDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    logged = []
    dlg.logged_in.connect(logged.append)
    dlg.username.setText("boss")
    for _ in range(4):
        dlg.password.setText("wrong-pass-9")
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
        assert dlg.isVisible() and dlg.message.text() == "用户名或密码错误"
        assert dlg.password.text() == ""
    dlg.password.setText("wrong-pass-9")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.message.text().startswith("账号已锁定")
    dlg.password.setText(PASSWORD)       # even the right password waits for the lock to end
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.message.text().startswith("账号已锁定") and logged == [] and dlg.isVisible()


def test_login_success_opens_main_window_and_remembers_user(qtbot, sqlite_archive):
    from ui import settings
    from ui.app import Session

    session = Session()
    session.start()
    dlg = session.dialog
    # (not qtbot.addWidget(dlg): the session deletes its dialog once signed in)
    assert dlg.windowTitle().endswith("登录")
    dlg.username.setText("boss")
    dlg.password.setText(PASSWORD)
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None)   # checked off the UI thread
    win = session.window
    qtbot.addWidget(win)
    assert win.actor.username == "boss"
    assert settings.get("prefs/last_username") == "boss"
    assert "王主管" in win.user_label.text()


def test_after_an_admin_reset_the_login_asks_for_a_new_password_first(qtbot, sqlite_archive):
    """The temporary password opens a change-password dialog, not the main window; the main
    window opens once the new password is set, and the temporary one stops working."""
    from models.accounts import admin as accounts
    from models.foundation.errors import LoginFailed
    from models.foundation.schema import Staff
    from models.rules import auth
    from tests.gui.conftest import make_user
    from ui.app import Session

    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    accounts.reset_password(sqlite_archive, "li", "temp-pass-3")
    session = Session()
    session.start()
    dlg = session.dialog
    # (not qtbot.addWidget(dlg): the session deletes its dialog once signed in)
    dlg.username.setText("li")
    dlg.password.setText("temp-pass-3")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.change_dialog is not None)
    change = dlg.change_dialog
    assert change.isVisible() and session.window is None
    assert "管理员已重置" in change.intro.text()
    change.new_password.setText("temp-pass-3")            # the temporary one again: refused
    change.new_again.setText("temp-pass-3")
    qtbot.mouseClick(ok(change), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not change.busy)
    assert change.isVisible() and "临时密码" in change.form.error_text("new_password")
    change.new_password.setText("li-own-pass-8")
    change.new_again.setText("li-own-pass-9")
    qtbot.mouseClick(ok(change), Qt.MouseButton.LeftButton)
    assert change.isVisible() and change.form.error_text("new_password_again") == "两次输入的密码不一致"
    change.new_again.setText("li-own-pass-8")
    qtbot.mouseClick(ok(change), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.window is not None)
    win = session.window
    qtbot.addWidget(win)
    import shiboken6

    assert win.actor.username == "li"
    assert not shiboken6.isValid(change) or not change.isVisible()   # gone with the login dialog
    assert not Staff.get(Staff.username == "li").must_change_password
    with pytest.raises(LoginFailed):
        auth.login("li", "temp-pass-3")
    assert auth.login("li", "li-own-pass-8").username == "li"
    win.tasks.wait()


def test_the_login_stays_responsive_and_says_it_is_checking(qtbot, sqlite_archive, monkeypatch):
    """The password check runs off the UI thread: while it runs the dialog says 正在验证…,
    登录 is disabled (a second Enter starts no second check) and the window keeps painting."""
    import threading

    from PySide6.QtCore import QTimer

    from models.rules import auth
    from ui.app import Session

    release, calls = threading.Event(), []
    real_login = auth.login

    def slow_login(username, password):
        calls.append(threading.current_thread() is threading.main_thread())
        assert release.wait(10)
        return real_login(username, password)

    monkeypatch.setattr(auth, "login", slow_login)
    session = Session()
    session.start()
    dlg = session.dialog
    # (not qtbot.addWidget(dlg): the session deletes its dialog once signed in)
    qtbot.waitUntil(lambda: dlg.title.text() == "示例贸易有限公司")   # loaded in the background
    dlg.username.setText("boss")
    dlg.password.setText(PASSWORD)
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calls == [False])          # on a worker, not the UI thread
    assert not ok(dlg).isEnabled() and dlg.message.text() == "正在验证…"
    assert dlg.password.isReadOnly()
    ticks = []
    timer = QTimer(dlg)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)      # a second Enter while checking
    qtbot.wait(200)
    assert len(ticks) >= 3 and calls == [False]           # the UI thread ran; no second check
    release.set()
    qtbot.waitUntil(lambda: session.window is not None)
    qtbot.addWidget(session.window)
    assert session.window.actor.username == "boss" and calls == [False]
    session.window.tasks.wait()


def test_a_wrong_password_off_the_ui_thread_gives_the_button_back(qtbot, sqlite_archive):
    from ui.app import Session

    session = Session()
    session.start()
    dlg = session.dialog
    qtbot.addWidget(dlg)
    dlg.username.setText("boss")
    dlg.password.setText("wrong-pass-9")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.message.text() == "用户名或密码错误")
    assert ok(dlg).isEnabled() and not dlg.password.isReadOnly() and dlg.password.text() == ""
    assert session.window is None and dlg.isVisible()
    session.tasks.wait()


def test_leaving_the_new_password_dialog_keeps_the_login_open(qtbot, sqlite_archive):
    from PySide6.QtWidgets import QDialogButtonBox

    from models.accounts import admin as accounts
    from tests.gui.conftest import make_user
    from ui.dialogs.login import LoginDialog

    make_user(sqlite_archive, "li", "agent", display_name="李客服")
    accounts.reset_password(sqlite_archive, "li", "temp-pass-3")
    dlg = LoginDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    logged = []
    dlg.logged_in.connect(logged.append)
    dlg.username.setText("li")
    dlg.password.setText("temp-pass-3")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    change = dlg.change_dialog
    qtbot.mouseClick(change.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and logged == [] and "新密码" in dlg.message.text()
    assert dlg.password.text() == ""


def test_unusable_database_gives_a_message_and_overwrites_nothing(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    before = broken.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    assert app.open_archive_or_explain(str(broken)) is False
    assert shown and "损坏" in shown[0]
    assert broken.read_bytes() == before


def test_unreachable_postgresql_gives_a_chinese_message(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    assert app.open_archive_or_explain("postgresql://nobody:pw@127.0.0.1:1/archive") is False
    assert shown and shown[0].startswith("无法连接数据库") and "pw" not in shown[0]


def test_newer_schema_is_refused_and_left_alone(tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from ui import app

    path = tmp_path / "newer.db"
    opening.open_archive(str(path))
    db.close_database()
    con = sqlite3.connect(path)
    con.execute("UPDATE archive_meta SET value='99' WHERE key='schema_version'")
    con.commit()
    con.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    assert app.open_archive_or_explain(str(path)) is False
    assert shown and "比本程序" in shown[0]
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM archive_meta WHERE key='schema_version'").fetchone() == ("99",)
    con.close()


def _sign_outs(manager):
    from models.rules import audit_log

    return [(e.actor_name, e.action_label, json.loads(e.details)["reason"])
            for e in audit_log.query(manager, action="退出")]


def test_closing_the_main_window_writes_one_sign_out_to_the_audit_log(qtbot, sqlite_archive):
    from models.rules import auth
    from ui.app import Session

    session = Session()
    session.open_main(auth.login("boss", PASSWORD))
    win = session.window
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.lock()                       # locking is not a sign-out
    win.lock_page.password.setText(PASSWORD)
    qtbot.mouseClick(win.lock_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.is_locked, timeout=5000)    # the password is checked on a worker
    assert _sign_outs(sqlite_archive) == []
    win.quit_action.trigger()        # 文件 → 退出
    assert not win.isVisible()
    win.close()                      # a second close event is not a second sign-out
    assert _sign_outs(sqlite_archive) == [("boss", "退出", "window_closed")]
    session.tasks.wait()


def test_an_account_frozen_during_the_session_is_signed_out(qtbot, sqlite_archive):
    from models.foundation.schema import Staff
    from models.rules import auth
    from tests.gui.conftest import make_user
    from ui.app import Session

    make_user(sqlite_archive, "li", "agent")
    session = Session()
    session.open_main(auth.login("li", PASSWORD))
    win = session.window             # the session deletes it when it ends
    Staff.update(status="frozen").where(Staff.username == "li").execute()
    with qtbot.waitSignal(win.session_ended, timeout=3000):
        win.refresh_action.trigger()
    assert _sign_outs(sqlite_archive) == [("li", "退出", "session_ended")]
    session.dialog.close()
    session.tasks.wait()


def test_first_start_over_an_old_head_says_so_and_sets_it_aside(qtbot, empty_archive, tmp_path):
    from models.rules import audit
    from ui.app import Session

    head = tmp_path / "archive.db.audit-head"
    head.write_text("8 " + "a" * 64 + "\n", encoding="ascii")
    session = Session()
    session.start()
    dlg = session.dialog
    qtbot.addWidget(dlg)
    assert dlg.head_notice.isVisibleTo(dlg)
    assert "第 8 条" in dlg.head_notice.text() and "另存" in dlg.head_notice.text()
    fill_setup(dlg)
    with qtbot.waitSignal(dlg.account_created, timeout=20000):
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    aside = list(tmp_path.glob("archive.db.audit-head.old-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="ascii") == "8 " + "a" * 64 + "\n"
    assert audit.verify().ok
    win = session.window
    qtbot.addWidget(win)
    win.tasks.wait()


def test_first_start_on_a_fresh_place_shows_no_notice(qtbot, empty_archive):
    from ui.app import Session

    session = Session()
    session.start()
    qtbot.addWidget(session.dialog)
    assert not session.dialog.head_notice.isVisibleTo(session.dialog)


def test_signing_in_in_the_app_logs_the_outcome_but_no_name_or_password(qtbot, sqlite_archive):
    from models.foundation import logs
    from ui.app import Session

    logs.start("desktop app")
    try:
        session = Session()
        session.start()
        dlg = session.dialog
        dlg.username.setText("boss")
        dlg.password.setText("wrong-Guess-4711")
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.message.text() == "用户名或密码错误")
        dlg.password.setText(PASSWORD)
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.window is not None)
        qtbot.addWidget(session.window)
        session.window.tasks.wait()
    finally:
        logs.stop(0)
    text = logs.log_file().read_text(encoding="utf-8")
    assert "sign-in dialog shown" in text and "sign-in: models.foundation.errors.LoginFailed" in text
    assert "signed in" in text and "main window opened" in text
    for secret in ("boss", "王主管", "wrong-Guess-4711", PASSWORD, "示例贸易"):
        assert secret not in text, secret


def test_news_before_signing_in_is_plain_and_a_refusal_is_in_the_error_colour(qtbot, sqlite_archive):
    """An upgrade or a read-only archive is news, not an error: shown plain; a wrong
    password afterwards is shown in the error colour."""
    from ui.dialogs.login import LoginDialog
    from ui.widgets.form import ERROR_STYLE

    dlg = LoginDialog(message="档案已从第 9 版升级到第 10 版。", notice=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.message.text() == "档案已从第 9 版升级到第 10 版。"
    assert dlg.message.styleSheet() != ERROR_STYLE
    dlg.username.setText("boss")
    dlg.password.setText("wrong-pass-9")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "用户名或密码错误" and dlg.message.styleSheet() == ERROR_STYLE
    again = LoginDialog(message="账号已被冻结")   # why the dialog came back: an error
    qtbot.addWidget(again)
    assert again.message.styleSheet() == ERROR_STYLE
