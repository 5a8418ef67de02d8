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
