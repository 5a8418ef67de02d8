"""管理 › 从备份恢复… and the status bar's 上次备份 (issue 18), through the widgets."""
from __future__ import annotations

import pytest

from models.archive import customers
from models.foundation import db
from models.foundation.schema import Customer
from models.maintenance import backup, backups
from tests.gui.conftest import close_window, make_user, open_window, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def admin_window(qtbot, sqlite_archive):
    customers.create_customer(sqlite_archive, {"name": "备份里有的公司"})
    backup.backup_archive(sqlite_archive)            # a manual copy in the backups folder
    customers.create_customer(sqlite_archive, {"name": "备份之后的公司"})
    win = open_window(qtbot, sqlite_archive)
    yield win
    close_window(win)


def _open_dialog(qtbot, win):
    action = win.restore_feature.action
    assert action.isVisible() and action.isEnabled()
    assert action in win.menu("管理").actions()
    action.trigger()
    dialog = win.restore_feature.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_the_status_bar_says_when_the_last_copy_was_taken(qtbot, admin_window):
    label = admin_window.restore_feature.label
    copy = backups.list_copies(backups.archive_file())[0]
    qtbot.waitUntil(lambda: label.text() == f"上次备份：{copy.taken:%Y-%m-%d %H:%M}（手动）")
    assert label.isVisible()


def test_restore_from_the_dialog_checks_shows_and_ends_the_session(qtbot, admin_window):
    win = admin_window
    dialog = _open_dialog(qtbot, win)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "手动"
    dialog.table.selectRow(0)
    qtbot.waitUntil(dialog.restore_button.isEnabled)
    text = dialog.report.text()
    assert "检查通过" in text and "客户：1 家" in text and "恢复前" in text and "重新登录" in text
    assert Customer.select().count() == 2        # nothing changed by the check
    with qtbot.waitSignal(win.session_ended, timeout=10000) as ended:
        dialog.restore_button.click()
    assert "档案已从备份恢复" in ended.args[0] and "pre-restore" in ended.args[0]
    assert [c.name for c in Customer.select()] == ["备份里有的公司"]
    assert not dialog.isVisible()
    settle(qtbot, win)


def test_a_corrupted_copy_is_refused_in_the_dialog(qtbot, admin_window, tmp_path):
    win = admin_window
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage, not a database" * 400)
    dialog = _open_dialog(qtbot, win)
    dialog.choose(bad)
    qtbot.waitUntil(lambda: "不能用这个备份恢复" in dialog.report.text())
    assert "未做任何改动" in dialog.report.text() and not dialog.restore_button.isEnabled()
    assert Customer.select().count() == 2
    dialog.reject()
    settle(qtbot, win)


def test_an_agent_sees_no_restore_and_an_it_admin_sees_it_greyed(qtbot, sqlite_archive):
    li = make_user(sqlite_archive, "li", "agent")
    it = make_user(sqlite_archive, "it", "staff", is_admin=True, department="信息部")
    for actor, visible in ((li, False), (it, True)):
        win = open_window(qtbot, actor)
        action = win.restore_feature.action
        assert action.isVisible() is visible and not action.isEnabled()
        assert win.restore_feature.open() is None   # refused with the reason, no dialog
        close_window(win)
    assert db.current_url() is not None


def test_the_app_says_what_an_upgrade_will_do_and_takes_the_days_copy(qtbot, tmp_path, monkeypatch):
    """An older archive at start-up: a progress dialog with the message (copy taken before
    the steps), the login then says what was done; the day's copy once per day."""
    from models.accounts import staff
    from models.foundation import migrations
    from models.maintenance import opening
    from tests.conftest import PASSWORD
    from tests.helpers.schema_history import copy_head_file, copy_into_old_schema
    from ui import app

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    scratch = str(tmp_path / "scratch.db")
    opening.open_archive(scratch)
    staff.create_first_manager("boss", PASSWORD, "王主管")
    target = tmp_path / "office" / "archive.db"
    target.parent.mkdir()
    copy_into_old_schema(scratch, str(target), 1)
    copy_head_file(tmp_path / "scratch.db", target)

    seen = []
    real_progress = app.UpgradeProgress.progress

    def watch(self, done, total):
        seen.append((self.dialog.isVisible(), self.dialog.labelText(), done, total))
        real_progress(self, done, total)
    monkeypatch.setattr(app.UpgradeProgress, "progress", watch)
    assert app.open_archive_or_explain(str(target))
    try:
        archive = target.resolve()
        pre = [c for c in backups.list_copies(archive) if c.kind == "pre-upgrade"][0]
        total = migrations.SCHEMA_VERSION - 1
        assert seen[0][:2] == (True, f"档案将从第 1 版升级到第 {migrations.SCHEMA_VERSION} 版，"
                                     f"升级前已备份到 {pre.path}\n正在升级，请勿关闭程序…")
        assert [s[2:] for s in seen] == [(i, total) for i in range(1, total + 1)]
        assert app.upgrade_note.startswith(f"档案已从第 1 版升级到第 {migrations.SCHEMA_VERSION} 版。")
        kinds = sorted(c.kind for c in backups.list_copies(archive))
        assert kinds == ["pre-upgrade", "weekly"]
    finally:
        db.close_database()
    assert app.open_archive_or_explain(str(target))   # the second start of the day: no copy
    db.close_database()
    assert len(backups.list_copies(target.resolve())) == 2
    app.upgrade_note = ""


def test_backup_menu_by_default_makes_a_manual_copy_in_the_folder(qtbot, admin_window, monkeypatch):
    import ui.admin as admin

    win = admin_window
    archive = backups.archive_file()
    asked = []
    monkeypatch.setattr(admin, "ask_backup_path", lambda parent, suggested: asked.append(suggested) or suggested)
    before = len(backups.list_copies(archive))
    win.admin_feature.backup()
    qtbot.waitUntil(lambda: len(backups.list_copies(archive)) == before + 1)
    assert asked[0].startswith(str(archive.parent / "backups" / "archive-")) and asked[0].endswith("-manual.db")
    newest = backups.list_copies(archive)[0]
    assert newest.kind == "manual"
    label = win.restore_feature.label
    qtbot.waitUntil(lambda: label.text() == f"上次备份：{newest.taken:%Y-%m-%d %H:%M}（手动）")
    settle(qtbot, win)


def test_postgres_admins_are_reminded_of_the_server_dump(qtbot, archive):
    if not db.is_postgres():
        pytest.skip("a SQLite archive is copied by the app")
    boss = archive
    win = open_window(qtbot, boss)
    label = win.restore_feature.label
    qtbot.waitUntil(lambda: label.text().startswith("提醒：服务器备份已超过 7 天未登记（尚未登记）"))
    backups.record_server_backup(boss)
    win.restore_feature.refresh()
    qtbot.waitUntil(lambda: label.text().startswith("服务器备份登记于"))
    close_window(win)
    li = make_user(boss, "li", "agent")
    win = open_window(qtbot, li)
    settle(qtbot, win)
    assert not win.restore_feature.label.isVisible()   # the reminder is for admins
    close_window(win)


def test_an_app_left_open_takes_the_next_days_copy(qtbot, admin_window):
    win = admin_window
    feature = win.restore_feature
    assert feature.daily_timer.isActive() and feature.daily_timer.interval() == 30 * 60 * 1000
    archive = backups.archive_file()
    before = [c.kind for c in backups.list_copies(archive)]
    assert "daily" not in before and "weekly" not in before   # the fixture's archive is new today
    feature.daily_check()                                     # as the timer does
    qtbot.waitUntil(lambda: len(backups.list_copies(archive)) == len(before) + 1)
    feature.daily_check()                                     # the same day: nothing more
    settle(qtbot, win)
    assert len(backups.list_copies(archive)) == len(before) + 1
    qtbot.waitUntil(lambda: "（每周）" in feature.label.text())
