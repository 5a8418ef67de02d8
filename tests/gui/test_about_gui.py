"""帮助 → 关于: version, archive path and schema version, the log folder; read off the UI thread."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from models.foundation import db, logs, migrations
from models.foundation.version import program_version
from models.maintenance import about

pytestmark = pytest.mark.gui


def open_about(qtbot, window):
    window.about_action.trigger()
    dlg = window._about
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(dlg.copy_button.isEnabled)
    return dlg


def test_about_names_version_archive_schema_and_log_folder(qtbot, main_window, monkeypatch):
    threads = []
    real = about.facts_of_open_archive

    def recorded():
        threads.append(threading.current_thread() is threading.main_thread())
        return real()

    monkeypatch.setattr(about, "facts_of_open_archive", recorded)
    dlg = open_about(qtbot, main_window)
    assert threads == [False]                                    # read on a worker
    assert program_version() in dlg.heading.text() and program_version() != "unknown"
    assert dlg.archive.text() == str(db.sqlite_path(db.current_url()))
    assert dlg.schema.text() == f"第 {migrations.SCHEMA_VERSION} 版（与本程序一致）"
    assert Path(dlg.logs.text()) == logs.log_dir()
    assert dlg.company.text() == "示例贸易有限公司"


def test_about_copies_the_details_for_it(qtbot, main_window):
    dlg = open_about(qtbot, main_window)
    text = dlg.copy_button.click() or QGuiApplication.clipboard().text()
    assert f"Client Archive {program_version()}" in text
    assert f"archive: {db.sqlite_path(db.current_url())}" in text
    assert f"archive schema: {migrations.SCHEMA_VERSION}" in text
    assert f"log folder: {logs.log_dir()}" in text
    assert "示例贸易有限公司" not in text and dlg.message.text() == "已复制到剪贴板。"


def test_about_opens_the_log_folder(qtbot, main_window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dlg = open_about(qtbot, main_window)
    dlg.open_logs_button.click()
    assert [u.toLocalFile() for u in opened] == [str(logs.log_dir())]
    assert logs.log_dir().is_dir()          # made on a fresh PC, so the file browser opens it


def test_about_says_when_the_archive_cannot_be_read(qtbot, main_window, monkeypatch):
    from models.foundation.errors import DatabaseProblem

    def lost():
        raise DatabaseProblem("无法连接数据库 postgresql://u@h/x：timeout")

    monkeypatch.setattr(about, "facts_of_open_archive", lost)
    main_window.about_action.trigger()
    dlg = main_window._about
    qtbot.waitUntil(lambda: "读取档案信息失败" in dlg.message.text())
    assert "无法连接数据库" in dlg.message.text() and not dlg.copy_button.isEnabled()
