"""A bug in the desktop app writes a crash report and says where; a known condition says what;
account states are told apart by class, not by message text."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from models.foundation.errors import DiskFull
from tests.gui.conftest import PASSWORD
from ui import crash_dialog

PREFIX = "程序出错，已写入错误报告："


def _report_of(box: QMessageBox, tmp_path) -> Path:
    assert box.text().startswith(PREFIX), box.text()
    path = Path(box.text()[len(PREFIX):])
    assert path.is_file() and path.is_relative_to(tmp_path / "state")
    return path


def _newest_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(crash_dialog._open_boxes), timeout=10000)
    return crash_dialog._open_boxes[-1]


def _close_boxes():
    for box in list(crash_dialog._open_boxes):
        box.done(0)


def test_a_task_without_an_error_handler_is_not_silent(qtbot, tmp_path, sqlite_url):
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    runner.run(lambda: {}["missing"])
    runner.wait(5000)
    box = _newest_box(qtbot)
    text = _report_of(box, tmp_path).read_text(encoding="utf-8")
    assert "KeyError" in text and "background task" in text
    assert box.icon() == QMessageBox.Icon.Critical
    _close_boxes()


def test_a_known_condition_in_a_task_says_what_without_a_report(qtbot, tmp_path, sqlite_url):
    from ui.tasks import TaskRunner

    def full():
        raise DiskFull("/srv/archive.db", database=True)
    runner = TaskRunner()
    runner.run(full)
    runner.wait(5000)
    box = _newest_box(qtbot)
    assert box.text().startswith("档案所在的磁盘已满：/srv/archive.db")
    assert not (tmp_path / "state").exists()
    _close_boxes()


def test_the_main_window_reports_a_bug(qtbot, main_window, tmp_path):
    box = main_window.show_error(ValueError("unexpected"))
    assert "ValueError: unexpected" in _report_of(box, tmp_path).read_text(encoding="utf-8")
    box.done(0)


def test_an_exception_escaping_a_slot(qtbot, tmp_path, sqlite_url, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_dialog.install_excepthook()
    try:
        raise RuntimeError("in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)   # what PySide does for a slot
    box = _newest_box(qtbot)
    assert "RuntimeError: in a slot" in _report_of(box, tmp_path).read_text(encoding="utf-8")
    _close_boxes()


def test_unlocking_a_disabled_account_ends_the_session(qtbot, main_window):
    """The lock page once compared message text to tell a disabled account from a typo."""
    from models.foundation.schema import Staff

    ended = []
    main_window.session_ended.connect(ended.append)
    main_window.lock()
    main_window._try_unlock("wrong-password-1")        # checked on a worker
    qtbot.waitUntil(lambda: not main_window.lock_page.busy, timeout=10000)
    assert ended == [] and main_window.is_locked
    # disabled meanwhile on another PC (the admin rules would keep the last manager: bypassed)
    Staff.update(status="disabled").where(Staff.id == main_window.actor.id).execute()
    main_window._try_unlock(PASSWORD)
    qtbot.waitUntil(lambda: ended == ["账号已停用"], timeout=10000)


def test_an_export_into_a_missing_folder_is_refused_not_created(qtbot, main_window, tmp_path,
                                                                 monkeypatch):
    from tests.gui.test_exports_gui import answer_options
    from ui import exports

    missing = tmp_path / "typo" / "客户档案.xlsx"
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(missing))
    answer_options(monkeypatch)
    main_window.exports_feature.excel_action.trigger()
    qtbot.waitUntil(lambda: bool(main_window.message_boxes), timeout=20000)
    assert main_window.message_boxes[-1].text() == f"文件夹不存在：{missing.parent}"
    assert not missing.parent.exists()
    main_window.message_boxes[-1].done(0)
