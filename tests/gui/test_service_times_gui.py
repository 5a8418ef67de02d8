"""The service dialogs' times (受理时间, when each step happened), the keyboard, and paper
from the screens (a record's form, the blank forms) — issue 14."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt

from models.foundation.schema import AuditEntry
from models.service import reading, records
from tests.gui.test_service_gui import _register, _wait_tasks, desk  # noqa: F401 - the fixture


def _qt(moment: dt.datetime) -> QDateTime:
    return QDateTime.fromString(f"{moment:%Y-%m-%d %H:%M}", "yyyy-MM-dd HH:mm")


def _open(qtbot, win, number):
    record = win.service_feature.open_record(number)
    qtbot.waitUntil(lambda: record.info is not None, timeout=10000)
    return record


def _submit_refused(qtbot, record, dlg):
    with qtbot.waitSignal(record.action_failed, timeout=10000):
        dlg.submit()
    assert dlg.isVisible()
    return dlg.form.error_text("at")


def test_received_before_national_day_gives_the_deadlines_after_the_holiday(qtbot, desk):  # noqa: F811
    win, _li, _boss, card = desk
    dlg = win.service_feature.open_new(code=card.code)
    dlg.title_edit.setText("送货延误")
    with qtbot.waitSignal(dlg.deadlines_changed, timeout=10000):
        dlg.received.setDateTime(_qt(dt.datetime(2025, 9, 30, 17, 0)))
    _wait_tasks(qtbot, win)
    assert dlg.deadlines.text() == "响应期限：2025-10-09 17:00　解决期限：2025-10-11 17:00"
    with qtbot.waitSignal(dlg.deadlines_changed, timeout=10000):
        dlg.severity.setCurrentIndex(dlg.severity.findData("紧急"))   # 2 h / 1 day
    _wait_tasks(qtbot, win)
    assert dlg.deadlines.text() == "响应期限：2025-10-09 10:00　解决期限：2025-10-09 17:00"
    dlg.severity.setCurrentIndex(dlg.severity.findData("一般"))
    with qtbot.waitSignal(dlg.registered, timeout=10000) as got:
        dlg.submit()
    _wait_tasks(qtbot, win)
    record = _open(qtbot, win, got.args[0].number)
    assert record.info.received_at == dt.datetime(2025, 9, 30, 17, 0)
    # 一般: respond in 1 working day, resolve in 3; 国庆 1–8 Oct, 11 Oct a make-up Saturday
    assert record.respond_label.text() == "2025-10-09 17:00（已超期）"
    assert record.resolve_label.text() == "2025-10-11 17:00（已超期）"


def test_a_received_time_in_the_future_is_refused_next_to_the_field(qtbot, desk):  # noqa: F811
    win, _li, _boss, card = desk
    dlg = win.service_feature.open_new(code=card.code)
    dlg.title_edit.setText("送货延误")
    dlg.received.setDateTime(QDateTime.currentDateTime().addDays(1))
    with qtbot.waitSignal(dlg.failed, timeout=10000):
        dlg.submit()
    assert dlg.form.error_text("received_at") == "受理时间不能晚于现在"
    assert dlg.isVisible() and dlg.ok.isEnabled()
    assert reading.list_records(win.actor) == []
    dlg.reject()


def test_step_times_are_checked_and_a_back_dated_wait_moves_the_deadline(qtbot, desk):  # noqa: F811
    win, li, _boss, card = desk
    info = records.open_record(li, card.code, kind="维修", title="空调不制冷",
                               received_at=dt.datetime(2025, 9, 30, 17, 0))
    record = _open(qtbot, win, info.number)
    assert record.resolve_label.text().endswith("（已超期）")
    dlg = record.act("step")
    dlg.status.setCurrentIndex(dlg.status.findData("待客户"))
    dlg.note.setPlainText("等客户确认上门时间")
    dlg.at.setDateTime(_qt(dt.datetime(2025, 9, 29, 10, 0)))
    assert _submit_refused(qtbot, record, dlg) == "处理时间早于上一步（2025-09-30 17:00）"
    dlg.at.setDateTime(QDateTime.currentDateTime().addSecs(3600))
    assert _submit_refused(qtbot, record, dlg) == "处理时间不能晚于现在"
    dlg.at.setDateTime(_qt(dt.datetime(2025, 10, 9, 10, 0)))
    with qtbot.waitSignal(dlg.finished, timeout=10000):
        dlg.submit()
    _wait_tasks(qtbot, win)
    r = record.info
    assert r.status == "待客户" and r.first_response_at == dt.datetime(2025, 10, 9, 10, 0)
    assert r.steps[-1].at == dt.datetime(2025, 10, 9, 10, 0)
    assert record.steps_model.data(record.steps_model.index(1, 0)) == "2025-10-09 10:00"
    # answered in time, and the clock has stood still since: neither deadline is marked missed
    assert record.respond_label.text() == "2025-10-09 17:00"
    assert not record.resolve_label.text().endswith("（已超期）")
    assert r.resolve_by > dt.datetime.now()
    assert "计时暂停" in record.subheading.text()


def test_a_step_left_at_its_default_time_is_stamped_when_saved(qtbot, desk):  # noqa: F811
    win, li, _boss, card = desk
    info = records.open_record(li, card.code, kind="咨询", title="发票")
    records.step(li, info.number, status="处理中", note="查询中")    # now, to the second
    record = _open(qtbot, win, info.number)
    dlg = record.act("step")
    assert abs(dlg.at.dateTime().secsTo(QDateTime.currentDateTime())) < 120   # shows now
    dlg.status.setCurrentIndex(dlg.status.findData("已解决"))
    dlg.note.setPlainText("已答复")
    with qtbot.waitSignal(dlg.finished, timeout=10000):
        dlg.submit()                      # the same minute as the step before: not refused
    _wait_tasks(qtbot, win)
    assert record.info.status == "已解决"


def test_dialogs_work_from_the_keyboard(qtbot, desk):  # noqa: F811
    win, _li, _boss, card = desk
    dlg = win.service_feature.open_new(code=card.code)
    qtbot.waitExposed(dlg)
    dlg.title_edit.setFocus()
    qtbot.keyClicks(dlg.title_edit, "Phone call")   # (QTest types ASCII; Chinese comes by IME)
    qtbot.keyClick(dlg.title_edit, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.content
    qtbot.keyClicks(dlg.content, "rude")
    qtbot.keyClick(dlg.content, Qt.Key.Key_Tab)          # Tab leaves a text box, adds no tab
    assert dlg.focusWidget() is dlg.demand and dlg.content.toPlainText() == "rude"
    qtbot.keyClick(dlg.demand, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dlg.focusWidget() is dlg.content
    dlg.title_edit.setFocus()
    with qtbot.waitSignal(dlg.registered, timeout=10000) as got:
        qtbot.keyClick(dlg.title_edit, Qt.Key.Key_Return)   # Enter registers
    _wait_tasks(qtbot, win)
    assert got.args[0].title == "Phone call" and got.args[0].content == "rude"
    record = _open(qtbot, win, got.args[0].number)
    judge = record.act("judge")
    qtbot.waitExposed(judge)
    judge.reason.setFocus()
    qtbot.keyClicks(judge.reason, "confirmed")
    with qtbot.waitSignal(judge.finished, timeout=10000):
        qtbot.keyClick(judge.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _wait_tasks(qtbot, win)
    assert record.info.verdict_reason == "confirmed"
    step = record.act("step")
    qtbot.waitExposed(step)
    with qtbot.waitSignal(step.rejected, timeout=5000):
        qtbot.keyClick(step, Qt.Key.Key_Escape)              # Esc cancels
    assert [s.action for s in record.info.steps] == ["open", "judge"]


def test_blank_forms_from_the_menu_preview_and_save(qtbot, desk, tmp_path, monkeypatch):  # noqa: F811
    win, _li, _boss, _card = desk
    feature = win.service_feature
    menu = feature.blank_menu
    assert menu.title() == "打印空白表单"
    assert [a.text() for a in menu.actions()] == ["顾客投诉登记表…", "售后服务单…"]
    for action, title in zip(menu.actions(), ("空白顾客投诉登记表", "空白售后服务单"), strict=True):
        feature.preview = None
        action.trigger()
        qtbot.waitUntil(lambda: feature.preview is not None, timeout=10000)
        preview = feature.preview
        assert preview.pages.count == 1 and preview.windowTitle() == f"打印预览 — {title}"
        assert preview.save_button.isVisible() and preview.print_button.isVisible()
        target = tmp_path / f"{title}.pdf"
        monkeypatch.setattr("ui.exports.ask_save_path", lambda *_a, t=target: str(t))
        with qtbot.waitSignal(preview.saved, timeout=10000):
            preview.save_button.click()
        assert target.read_bytes().startswith(b"%PDF")
        temp = preview.pdf_path
        preview.close()
        assert not temp.exists()                         # the preview's temporary copy goes
    labels = [e.target_label for e in AuditEntry.select().where(AuditEntry.action == "service_print")]
    assert labels.count("空白顾客投诉登记表") == 2 and labels.count("空白售后服务单") == 2


def test_the_record_window_prints_its_form(qtbot, desk, tmp_path, monkeypatch):  # noqa: F811
    win, _li, _boss, card = desk
    info = _register(qtbot, win, card.code)
    record = _open(qtbot, win, info.number)
    record.act("print")
    qtbot.waitUntil(lambda: record.preview is not None, timeout=10000)
    assert record.preview.pages.count == 1
    assert record.preview.windowTitle() == f"打印预览 — {info.number}"
    target = tmp_path / "form.pdf"
    monkeypatch.setattr("ui.exports.ask_save_path", lambda *_a: str(target))
    with qtbot.waitSignal(record.preview.saved, timeout=10000):
        record.preview.ask_save()
    assert target.exists()
    record.preview.close()


def test_a_manager_sets_the_deadlines_and_a_bad_value_changes_nothing(qtbot, desk):  # noqa: F811
    from models.service import settings

    win, _li, boss, _card = desk
    assert not win.service_feature.settings_action.isVisible()          # agents: no settings
    from tests.gui.conftest import close_window, open_window

    manager = open_window(qtbot, boss)
    try:
        dlg = manager.service_feature.open_settings()
        qtbot.waitUntil(dlg.ok.isEnabled, timeout=10000)
        assert dlg.limits[("重大", "respond")].value() == (4.0, "h") and dlg.hours.text() == "09:00-18:00"
        assert dlg.visit.value() == 3
        dlg.limits[("重大", "respond")].set_value(2, "h")
        dlg.hours.setText("25:00-26:00")
        with qtbot.waitSignal(dlg.failed, timeout=10000):
            dlg.submit()
        assert dlg.form.error_text("hours") and dlg.isVisible()
        assert settings.get_settings().limit_text("重大", "respond") == "4 工作小时"   # nothing written
        dlg.hours.setText("08:30-12:00,13:00-17:30")
        with qtbot.waitSignal(dlg.saved, timeout=10000):
            dlg.submit()
        now = settings.get_settings()
        assert now.limit_text("重大", "respond") == "2 工作小时" and now.hours_text == "08:30-12:00,13:00-17:30"
    finally:
        close_window(manager)
