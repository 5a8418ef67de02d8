"""The service desktop (issue 14): register, judge, handle, feed back, close from the
screens; the list's filters; the card's 服务单 tab."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt

from models.archive import customers
from models.service import records
from tests.gui.conftest import close_window, make_user, open_card, open_window

# the README's pictures are regenerated only when asked (CLIENT_ARCHIVE_SHOTS=1): a test run
# must not change the repository
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def desk(qtbot, sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    card = customers.create_customer(li, {"name": "杭州明达贸易有限公司", "cls": "A"})
    win = open_window(qtbot, li)
    yield win, li, boss, card
    for w in list(win.service_feature.record_windows.values()):
        w.close()
    close_window(win)


def _wait_tasks(qtbot, win):
    qtbot.waitUntil(lambda: win.tasks.active == 0, timeout=10000)


def _register(qtbot, win, code, **fields):
    dlg = win.service_feature.open_new(code=code)
    dlg.title_edit.setText(fields.get("title", "送货延误，包装破损"))
    dlg.content.setPlainText(fields.get("content", "客户来电称订单迟到三天"))
    dlg.complainant.setText("王经理")
    dlg.received.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    with qtbot.waitSignal(dlg.registered, timeout=10000) as got:
        dlg.submit()
    _wait_tasks(qtbot, win)
    return got.args[0]


def test_menu_and_a_complaint_registered_from_the_dialog(qtbot, desk):
    win, li, _boss, card = desk
    titles = [a.text() for a in win.menu("服务").actions()]
    assert titles[:2] == ["服务单列表", "新建投诉/售后服务单…"]
    assert not win.service_feature.report_action.isVisible()      # agents get no report
    info = _register(qtbot, win, card.code)
    assert info.number.startswith("TS") and info.assignee_username == "li"
    record = win.service_feature.record_windows[info.number]
    qtbot.waitUntil(lambda: record.info is not None)
    assert info.number in record.heading.text()
    assert record.buttons["judge"].isEnabled()


def test_register_shows_the_cores_problem_under_its_field(qtbot, desk):
    win, _li, _boss, card = desk
    dlg = win.service_feature.open_new(code=card.code)
    with qtbot.waitSignal(dlg.failed, timeout=10000):
        dlg.submit()                                   # no title
    assert dlg.form.error_text("title") == "请填写事由（标题）"
    assert dlg.isVisible()
    dlg.reject()


def _action(qtbot, record, key, fill):
    dlg = record.act(key)
    fill(dlg)
    with qtbot.waitSignal(dlg.finished, timeout=10000):
        dlg.submit()
    assert dlg.message.text() == ""
    _wait_tasks(qtbot, record.main)
    return record.info


def test_judge_handle_feedback_close_and_closing_before_feedback_is_refused(qtbot, desk):
    win, _li, _boss, card = desk
    info = _register(qtbot, win, card.code)
    record = win.service_feature.open_record(info.number)
    qtbot.waitUntil(lambda: record.info is not None)

    def judge(d):
        d.verdict.setCurrentIndex(d.verdict.findData("justified"))
        d.reason.setPlainText("配送超出承诺时间")
        d.category.setCurrentIndex(d.category.findData("配送"))
        d.dept.setText("物流部")
    assert _action(qtbot, record, "judge", judge).verdict == "justified"

    def handling(d):
        assert d.status.currentData() == "处理中" and not d.hint.isVisibleTo(d)
        d.note.setPlainText("已联系物流部核实")
    assert _action(qtbot, record, "step", handling).status == "处理中"

    def waiting(d):
        d.status.setCurrentIndex(d.status.findData("待客户"))
        assert d.hint.isVisibleTo(d) and not d.corrective.isVisibleTo(d)
        d.note.setPlainText("等客户提供签收单照片")
    assert _action(qtbot, record, "step", waiting).paused
    assert "待客户，计时暂停" in record.subheading.text()

    def solve(d):
        d.status.setCurrentIndex(d.status.findData("已解决"))
        d.note.setPlainText("补发并赔偿运费")
        d.corrective.setPlainText("更换承运商")
        assert d.corrective.isVisibleTo(d)
    r = _action(qtbot, record, "step", solve)
    assert r.status == "已解决" and r.corrective == "更换承运商"

    closing = record.act("close")
    with qtbot.waitSignal(record.action_failed, timeout=10000) as refused:
        closing.submit()
    assert refused.args[0] == "关闭前须先回访：记录告知客户的结果和客户的满意度"
    assert closing.isVisible() and closing.message.isVisibleTo(closing)
    assert closing.message.text() == "关闭前须先回访：记录告知客户的结果和客户的满意度"
    closing.reject()

    def feedback(d):
        d.told.setPlainText("已告知补发和赔偿")
        d.satisfaction.setCurrentIndex(d.satisfaction.findData(4))
    assert _action(qtbot, record, "feedback", feedback).satisfaction == 4
    _action(qtbot, record, "close", lambda d: None)
    assert record.info.status == "已关闭"
    assert record.buttons["reopen"].isEnabled() and not record.buttons["step"].isEnabled()
    steps = [s.action for s in record.info.steps]
    assert steps == ["open", "judge", "status", "status", "status", "feedback", "close"]
    assert [s.status for s in record.info.steps][2:5] == ["处理中", "待客户", "已解决"]
    assert record.steps_model.rowCount() == 7


def test_feedback_without_satisfaction_shows_the_problem_next_to_the_field(qtbot, desk):
    win, li, _boss, card = desk
    info = _register(qtbot, win, card.code, title="咨询")
    records.judge(li, info.number, verdict="unjustified", reason="误解")
    records.step(li, info.number, status="已解决", note="已解释")
    record = win.service_feature.open_record(info.number)
    qtbot.waitUntil(lambda: record.info is not None and record.info.status == "已解决")
    dlg = record.act("feedback")
    dlg.told.setPlainText("已解释")
    with qtbot.waitSignal(record.action_failed, timeout=10000):
        dlg.submit()
    assert dlg.form.error_text("satisfaction").startswith("满意度必须是 1–5")
    dlg.reject()


def test_list_filters_and_sorting(qtbot, desk, qtmodeltester):
    win, li, _boss, card = desk
    now = dt.datetime.now().replace(microsecond=0)
    records.open_record(li, card.code, kind="投诉", title="态度差", severity="重大",
                        received_at=now - dt.timedelta(days=20))
    records.open_record(li, card.code, kind="维修", title="空调不制冷", appointment_at=now + dt.timedelta(days=1))
    done = records.open_record(li, card.code, kind="咨询", title="发票")
    records.step(li, done.number, status="已解决", note="已答复")
    lst = win.service_feature.open_list()
    qtbot.waitUntil(lambda: not lst.loading and lst.model.rowCount() == 3)
    qtmodeltester.check(lst.model)
    assert lst.model.record(2).status == "已解决"                # open ones first
    assert lst.model.record(0).overdue is False or lst.model.data(lst.model.index(0, 7)).endswith("（已超期）")

    def filtered(setter):
        with qtbot.waitSignal(lst.loaded, timeout=10000):
            setter()
        return sorted(r.kind for r in lst.model.records)

    assert filtered(lambda: lst.kind.setCurrentIndex(lst.kind.findData("维修"))) == ["维修"]
    assert filtered(lambda: lst.kind.setCurrentIndex(0)) == ["咨询", "投诉", "维修"]
    assert filtered(lambda: lst.status_box.setCurrentIndex(lst.status_box.findData("已解决"))) == ["咨询"]
    assert filtered(lambda: lst.status_box.setCurrentIndex(0)) == ["咨询", "投诉", "维修"]
    assert filtered(lambda: lst.severity.setCurrentIndex(lst.severity.findData("重大"))) == ["投诉"]
    assert filtered(lambda: lst.severity.setCurrentIndex(0)) == ["咨询", "投诉", "维修"]
    assert filtered(lambda: lst.overdue.setChecked(True)) == ["投诉"]   # 20 days past 5 working days
    assert "（已超期）" in lst.model.data(lst.model.index(0, 7))
    assert filtered(lambda: lst.overdue.setChecked(False)) == ["咨询", "投诉", "维修"]
    lst.date_from.setDate(QDate.currentDate().addDays(-3))
    assert filtered(lambda: lst.by_date.setChecked(True)) == ["咨询", "维修"]
    lst.model.sort(3)                                            # severity by its order, not its name
    qtmodeltester.check(lst.model)
    lst.table.selectRow(0)
    win_rec = lst.open_row(0)
    qtbot.waitUntil(lambda: win_rec.info is not None)
    assert win_rec.info.number == lst.model.record(0).number


def test_the_card_shows_the_customers_records_open_first(qtbot, desk):
    win, li, _boss, card = desk
    old = records.open_record(li, card.code, kind="咨询", title="发票")
    records.step(li, old.number, status="已解决", note="已答复")
    records.open_record(li, card.code, kind="投诉", title="态度差")
    cw = open_card(qtbot, win, card.id)
    tab = cw.service_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10000)
    assert tab.model.record(0).is_open and not tab.model.record(1).is_open
    assert cw.tabs.tabText(cw.tabs.indexOf(tab)) == "服务单（1）"
    dlg = tab.new_record()
    assert dlg.code.text() == card.code
    dlg.reject()


def test_manager_report_and_screenshots(qtbot, desk, tmp_path):
    win, li, boss, card = desk
    shots = SHOTS if os.environ.get("CLIENT_ARCHIVE_SHOTS") == "1" else tmp_path
    close_window(win)
    morning = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(9, 30))  # yesterday
    c = records.open_record(li, card.code, kind="投诉", title="送货延误，包装破损", severity="重大",
                            complainant="王经理", complainant_contact="138 0000 0000", content="订单迟到三天",
                            demand="赔偿运费", channel="电话", received_at=morning)
    records.judge(li, c.number, verdict="justified", reason="承运商未按约定时间送达", category="配送",
                  dept="物流部", at=morning + dt.timedelta(minutes=40))
    records.step(li, c.number, status="处理中", note="已联系物流部核实，安排补发",
                 at=morning + dt.timedelta(hours=1, minutes=20))
    r = records.open_record(li, card.code, kind="维修", title="空调不制冷", address="杭州市西湖区文三路 1 号",
                            appointment_at=dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=1))
    records.step(li, r.number, status="处理中", note="已约上门时间")
    manager = open_window(qtbot, boss)
    try:
        feature = manager.service_feature
        assert feature.report_action.isVisible()
        rep = feature.open_report()
        qtbot.waitExposed(rep)
        with qtbot.waitSignal(rep.shown, timeout=10000) as got:
            qtbot.keyClick(rep.date_to, Qt.Key.Key_Return)             # Enter runs it
        assert got.args[0].total == 2 and rep.table.rowCount() >= 13
        assert rep.chart.bars
        lst = feature.open_list()
        lst.resize(1366, 768)
        qtbot.waitUntil(lambda: not lst.loading and lst.model.rowCount() == 2)
        qtbot.wait(200)
        shots.mkdir(parents=True, exist_ok=True)
        lst.grab().save(str(shots / "service_list.png"))
        complaint = next(x for x in lst.model.records if x.kind == "投诉")
        rec = feature.open_record(complaint.number)
        rec.resize(1366, 768)
        qtbot.waitUntil(lambda: rec.info is not None)
        qtbot.wait(300)                       # the new field labels show on the next event loop turn
        rec.grab().save(str(shots / "service_record.png"))
        rep.grab().save(str(shots / "service_report.png"))
        rec.close()
    finally:
        close_window(manager)


def test_a_list_longer_than_the_window_shows_says_so(qtbot, desk, monkeypatch):
    """The 服务单 window shows the newest LIST_LIMIT records; when there are more it says so
    and how to narrow them, instead of a count that looks like the whole."""
    from models.service import reading

    win, li, _boss, card = desk
    for title in ("一", "二", "三"):
        records.open_record(li, card.code, kind="咨询", title=f"咨询{title}")
    monkeypatch.setattr(reading, "LIST_LIMIT", 2)
    lst = win.service_feature.open_list()
    qtbot.waitUntil(lambda: not lst.loading and lst.model.rowCount() == 2)
    assert lst.count.text().startswith("只显示前 2 张服务单") and "缩小范围" in lst.count.text()
    with qtbot.waitSignal(lst.loaded, timeout=10000):
        lst.kind.setCurrentIndex(lst.kind.findData("投诉"))
    assert lst.count.text() == "共 0 张服务单，其中 0 张超期"
