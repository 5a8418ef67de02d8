"""The satisfaction desktop (issue 15): a survey recorded from the card and from the 今日 page's
return-visit task, the low-score offer, the analysis window's figures for a known data set,
goals met / not met, the managers' entries greyed for an agent, the monthly report and the
import dialog."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from models.archive import contacts, customers
from models.foundation.schema import Event, FollowUp, ServiceRecord, Survey
from models.quality import goals, surveys, templates
from models.service import records
from tests.gui.conftest import close_window, make_user, open_card, open_window

TODAY = dt.date.today()


@pytest.fixture
def setup(sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    card = customers.create_customer(li, {"name": "杭州明达贸易有限公司", "cls": "A", "industry": "零售"})
    contacts.add_contact(li, card.id, {"name": "陈经理"})
    templates.add_template(boss, "季度回访", [("您对产品质量满意吗", "产品质量"), ("您对服务满意吗", "服务质量")],
                           nps_question="您会向朋友推荐我们吗？")
    return boss, li, card


@pytest.fixture
def agent_window(qtbot, setup):
    boss, li, card = setup
    win = open_window(qtbot, li)
    yield win, li, boss, card
    close_window(win)


def _wait_tasks(qtbot, win):
    qtbot.waitUntil(lambda: win.tasks.active == 0, timeout=10000)


def _loaded_dialog(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.form_data is not None and dlg.body.isEnabled(), timeout=10000)
    return dlg


def test_record_a_survey_from_the_card(qtbot, agent_window):
    win, li, _boss, card = agent_window
    view = open_card(qtbot, win, card.id)
    assert view.survey_button.isEnabled() and view.survey_button.text() == "记录满意度调查…"
    view.survey_button.click()
    dlg = _loaded_dialog(qtbot, win.quality_feature.dialogs[-1])
    assert card.code in dlg.heading.text()
    assert [dlg.person.itemText(i) for i in range(dlg.person.count())] == ["（不指定）", "陈经理"]
    assert dlg.nps.isVisible() and "推荐" in dlg.nps_label.text()
    assert [b.text() for b in dlg.scores["产品质量"].buttons()][0] == "1 很不满意"
    dlg.scores["产品质量"].button(5).click()
    dlg.scores["服务质量"].button(4).click()
    dlg.person.setCurrentIndex(1)
    dlg.nps.setCurrentIndex(dlg.nps.findData(9))
    dlg.comment.setPlainText("送货及时")
    assert dlg.hint.isHidden()
    with qtbot.waitSignal(dlg.recorded, timeout=10000):
        dlg.submit()
    _wait_tasks(qtbot, win)
    s = Survey.get()
    assert (s.nps, s.comment, s.contact.name, s.channel) == (9, "送货及时", "陈经理", "电话")
    qtbot.waitUntil(lambda: any(e.category == "满意度调查" for e in view.card.events), timeout=10000)
    assert not dlg.isVisible()                                      # no low score: nothing to offer


def test_a_low_score_offers_a_service_record(qtbot, agent_window):
    win, _li, _boss, card = agent_window
    dlg = _loaded_dialog(qtbot, win.quality_feature.record(card.id))
    dlg.scores["产品质量"].button(4).click()
    dlg.scores["服务质量"].button(2).click()
    dlg.comment.setPlainText("安装师傅迟到两小时")
    assert dlg.hint.isVisible() and "服务质量 2 分" in dlg.hint.text() and "由您决定" in dlg.hint.text()
    with qtbot.waitSignal(dlg.recorded, timeout=10000):
        dlg.submit()
    assert dlg.offer.isVisible() and dlg.isVisible()                # offered, not forced
    assert FollowUp.select().count() == 0 and ServiceRecord.select().count() == 0
    with qtbot.waitSignal(dlg.followed_up, timeout=10000):
        register = dlg.follow_with_service()
    assert register.code.text() == card.code and "服务质量 2 分" in register.title_edit.text()
    assert register.content.toPlainText() == "安装师傅迟到两小时"
    register.complainant.setText("陈经理")
    with qtbot.waitSignal(register.registered, timeout=10000):
        register.submit()
    _wait_tasks(qtbot, win)
    assert ServiceRecord.get().title.startswith("满意度调查低分")
    for w in list(win.service_feature.record_windows.values()):
        w.close()


def test_a_low_score_follow_up_task_and_the_automatic_questionnaire(qtbot, agent_window):
    win, li, boss, card = agent_window
    dlg = _loaded_dialog(qtbot, win.quality_feature.record(card.id))
    dlg.scores["产品质量"].button(1).click()
    with qtbot.waitSignal(dlg.recorded, timeout=10000):
        dlg.submit()
    with qtbot.waitSignal(dlg.followed_up, timeout=10000):
        dlg.offer_task.click()
    assert FollowUp.get().title == "跟进低分：产品质量 1 分"
    templates.change_template(boss, "季度回访", [("您对产品质量满意吗", "产品质量")], auto_followup=True)
    dlg = _loaded_dialog(qtbot, win.quality_feature.record(card.id))
    dlg.scores["产品质量"].button(2).click()
    assert "自动跟进" in dlg.hint.text()
    with qtbot.waitSignal(dlg.recorded, timeout=10000) as got:
        dlg.submit()
    assert got.args[0].task_id is not None and not dlg.offer.isVisible()
    assert FollowUp.select().count() == 2


def test_a_return_visit_from_the_today_page_completes_its_task(qtbot, setup):
    boss, li, card = setup
    now = dt.datetime.now().replace(microsecond=0)
    rec = records.open_record(li, card.code, kind="维修", title="空调不制冷", received_at=now - dt.timedelta(hours=2),
                              now=now)
    records.step(li, rec.number, status="已解决", note="已更换压缩机", at=now - dt.timedelta(hours=1), now=now)
    win = open_window(qtbot, li)
    try:
        page = win.today_page
        page.days.setValue(30)
        qtbot.waitUntil(lambda: not page.loading and page.page is not None and page.page.days == 30, timeout=10000)
        rows = [page.tree.topLevelItem(i).child(j) for i in range(page.tree.topLevelItemCount())
                for j in range(page.tree.topLevelItem(i).childCount())]
        visit = next(r for r in rows if "回访：" in r.text(2))
        page.tree.setCurrentItem(visit)
        assert page.survey_button.isVisible() and page.survey_button.isEnabled()
        dlg = _loaded_dialog(qtbot, page.record_survey())
        assert dlg.service.text() == rec.number
        dlg.scores["服务质量"].button(5).click()
        with qtbot.waitSignal(dlg.recorded, timeout=10000):
            dlg.submit()
        _wait_tasks(qtbot, win)
        assert Survey.get().kind == "回访" and FollowUp.get().done_at is not None
        qtbot.waitUntil(lambda: not page.loading and not any("回访：" in i.text for i in page.page.items),
                        timeout=10000)
    finally:
        close_window(win)


def test_analysis_shows_the_figures_of_a_known_data_set(qtbot, setup, tmp_path):
    boss, li, card = setup
    other = customers.create_customer(li, {"name": "宁波精工机械有限公司", "cls": "B", "industry": "制造"})
    first = TODAY.replace(day=1)
    for code, a, b, n in ((card.code, 5, 4, 10), (card.code, 2, 3, 6), (other.code, 4, 4, 9)):
        surveys.record_survey(li, code, template="季度回访", channel="电话", answers={"产品质量": a, "服务质量": b},
                              nps=n, date=first, today=TODAY)
    win = open_window(qtbot, boss)
    try:
        w = win.quality_feature.open_analysis()
        qtbot.waitUntil(lambda: w.result is not None, timeout=10000)

        def table():
            return [[w.table.item(r, c).text() for c in range(5)] for r in range(w.table.rowCount())]
        # 产品质量 5,2,4 → 3.7, CSAT 2/3; 服务质量 4,3,4 → 3.7, 2/3; all six: 4 of 6 ≥ 4;
        # NPS 10, 6, 9: promoters 2, detractors 1 of 3 → 33.3
        assert table() == [["产品质量", "3", "3.7", "66.7%", "33.3"], ["服务质量", "3", "3.7", "66.7%", "33.3"],
                           ["合计（调查 3 次）", "", "3.7", "66.7%", "33.3"]]
        assert "NPS 33.3" in w.summary.text()             # promoters 2, detractors 1 of 3
        w.by.setCurrentIndex(w.by.findData("industry"))
        w.run()
        qtbot.waitUntil(lambda: w.table.item(0, 0) is not None and w.table.item(0, 0).text() == "制造", timeout=10000)
        assert table()[:2] == [["制造", "1", "4.0", "100.0%", "100.0"], ["零售", "2", "3.5", "50.0%", "0.0"]]
        assert w.bars.bars == [("制造", 100.0), ("零售", 50.0)]
        assert w.trend.points == [(f"{first:%Y-%m}", pytest.approx(66.666, abs=0.01))]
        assert w.lowest.item(0, 0).text().startswith(card.code) and w.lowest.item(0, 1).text() == "3.5"
        w.resize(1366 - 40, 768 - 80)
        qtbot.wait(50)
        w.grab().save(str(tmp_path / "quality_analysis.png"))     # the README's: scripts/screenshots_quality.py
        with qtbot.waitSignal(w.exported, timeout=10000) as got:
            w.export_to(str(tmp_path / "a.xlsx"))
        from openpyxl import load_workbook

        wb = load_workbook(got.args[0], read_only=True)
        assert [list(r) for r in wb["满意度"].iter_rows(min_row=3, values_only=True)][:2] == [
            ["制造", 1, 4, 100, 100], ["零售", 2, 3.5, 50, 0]]
        wb.close()
        w.close()
    finally:
        close_window(win)


def test_goals_show_met_and_not_met_with_the_trend(qtbot, setup):
    boss, li, card = setup
    surveys.record_survey(li, card.code, template="季度回访", channel="电话", answers={"产品质量": 5, "服务质量": 2},
                          nps=9, today=TODAY)
    goals.add_goal(boss, "csat", 90)            # actual 50 %: not met
    goals.add_goal(boss, "nps", 50)             # actual 100: met
    win = open_window(qtbot, boss)
    try:
        w = win.quality_feature.open_goals()
        with qtbot.waitSignal(w.trend_shown, timeout=10000) as trend:
            pass
        got = [[w.table.item(r, c).text() for c in (0, 1, 2, 5)] for r in range(w.table.rowCount())]
        assert got == [["满意度 CSAT（4、5 分占比）", "90", "50.0", "未达成"], ["净推荐值 NPS", "50", "100.0", "达成"]]
        assert "达成 1 个，未达成 1 个" in w.summary.text()
        points = trend.args[0]
        assert len(points) == 6 and points[-1][1:] == (50.0, False) and points[0][1] is None
        assert w.trend.target == 90
        dlg = w.edit(w.selected())
        dlg.target.setValue(40)
        with qtbot.waitSignal(w.shown, timeout=10000):
            dlg.submit()
        assert w.table.item(0, 5).text() == "达成"
        w.close()
    finally:
        close_window(win)


def test_an_agent_sees_the_managers_entries_greyed_with_the_reason(qtbot, agent_window):
    win, *_ = agent_window
    f = win.quality_feature
    assert [a.text() for a in win.menu("满意度").actions() if a.text()] == [
        "记录满意度调查…", "满意度分析", "服务目标", "导入调查结果…", "问卷与指标", "月度服务报告…"]
    assert not f.goals_action.isEnabled() and "客服主管" in f.goals_action.toolTip()
    assert not f.templates_action.isEnabled() and "客服主管" in f.templates_action.toolTip()
    assert not f.monthly_action.isEnabled()
    assert f.record_action.isEnabled() and f.analysis_action.isEnabled()


def test_questionnaires_window_keeps_versions(qtbot, setup):
    boss, *_ = setup
    win = open_window(qtbot, boss)
    try:
        w = win.quality_feature.open_templates()
        qtbot.waitUntil(lambda: w.settings is not None, timeout=10000)
        assert w.table.item(0, 0).text() == "季度回访" and w.table.item(0, 1).text() == "第 1 版"
        dlg = w.edit(w.selected())
        assert dlg.name.isReadOnly() and dlg.table.rowCount() == 2
        dlg.add_question("价格合理吗", "价格")
        with qtbot.waitSignal(w.loaded, timeout=10000):
            dlg.submit()
        assert w.table.item(0, 1).text() == "第 2 版" and "价格合理吗（价格）" in w.table.item(0, 2).text()
        with qtbot.waitSignal(w.loaded, timeout=10000):
            w.old_versions.setChecked(True)
        assert w.table.rowCount() == 2
        w.close()
    finally:
        close_window(win)


def test_monthly_report_and_the_import_dialog(qtbot, setup, tmp_path):
    boss, li, card = setup
    win = open_window(qtbot, boss)
    try:
        dlg = win.quality_feature.open_monthly()
        with qtbot.waitSignal(dlg.produced, timeout=30000) as got:
            dlg.produce(str(tmp_path / "m"))
        assert got.args[0].endswith(".pdf") and Path(got.args[0]).stat().st_size > 1000
        dlg.close()
        wb = Workbook()
        ws = wb.active
        ws.title = "满意度调查"
        ws.append(["客户编号", "调查日期", "渠道", "问卷", "指标", "分数"])
        ws.append([card.code, TODAY, "电话", "季度回访", "产品质量", 9])
        wb.save(tmp_path / "s.xlsx")
        imp = win.quality_feature.open_import()
        imp.path.setText(str(tmp_path / "s.xlsx"))
        with qtbot.waitSignal(imp.checked, timeout=10000):
            imp.check_button.click()
        assert imp.problems.rowCount() == 1 and imp.problems.item(0, 0).text() == "2"
        assert Event.select().where(Event.category == "满意度调查").count() == 0
        imp.close()
    finally:
        close_window(win)


def test_a_survey_plan_line_on_the_today_page_records_a_survey(qtbot, setup):
    from models.foundation.schema import Customer

    boss, li, card = setup
    Customer.update(created_at=dt.datetime.now() - dt.timedelta(days=400)).where(Customer.id == card.id).execute()
    win = open_window(qtbot, li)
    try:
        page = win.today_page
        qtbot.waitUntil(lambda: not page.loading and page.page is not None, timeout=10000)
        rows = [page.tree.topLevelItem(i).child(j) for i in range(page.tree.topLevelItemCount())
                for j in range(page.tree.topLevelItem(i).childCount())]
        line = next(r for r in rows if r.data(0, 256) is not None and r.data(0, 256).kind == "survey")
        page.tree.setCurrentItem(line)
        assert page.survey_button.isEnabled()
        dlg = _loaded_dialog(qtbot, page.record_survey())
        assert dlg.service.text() == "" and dlg.task_id is None
        dlg.scores["产品质量"].button(4).click()
        with qtbot.waitSignal(dlg.recorded, timeout=10000):
            dlg.submit()
        qtbot.waitUntil(lambda: not page.loading and not any(i.kind == "survey" for i in page.page.items),
                        timeout=10000)
        if page.tree.topLevelItemCount():
            page.tree.setCurrentItem(page.tree.topLevelItem(0))      # a section heading: nothing to record
            assert not page.survey_button.isEnabled()
    finally:
        close_window(win)
