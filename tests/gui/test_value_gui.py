"""The customer-value desktop (issue 16): 分级建议, the 80/20 window, 培育计划 on the card,
疑似重复 and 合并, the duplicate warning on 新建客户, and the identity fields on page 1."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from models.archive import contacts, customers, events
from models.desk import tasks
from models.foundation.schema import (
    ClassChange,
    Contact,
    Customer,
    Event,
    FollowUp,
    NurtureStep,
    Project,
)
from models.value import classify
from tests.gui.conftest import close_window, make_user, open_card, open_window, settle

pytestmark = pytest.mark.gui

CODE_A = "91330100MA27XK1A2T"
RECENT = (dt.date.today() - dt.timedelta(days=40)).isoformat()


def _card(boss, name, amount=0, cls="C", owner=None, **fields):
    card = customers.create_customer(boss, {"name": name, "cls": cls, **fields}, owner=owner)
    if amount:
        contacts.add_project(boss, card.id, {"name": f"{name}项目", "started_on": RECENT, "amount": str(amount),
                                             "status": "已完成"})
    return card


@pytest.fixture
def office(qtbot, sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    zhao = make_user(boss, "zhao", "agent", display_name="赵客服")
    win = open_window(qtbot, boss)
    yield win, boss, li, zhao
    for w in list(win.value_feature.windows.values()):
        w.close()
    close_window(win)


def _wait(qtbot, win, view=None):
    qtbot.waitUntil(lambda: win.tasks.active == 0 and (view is None or not view.loading), timeout=10000)


def _ok(box: QMessageBox):
    return box.button(QMessageBox.StandardButton.Ok)


def test_menu_entries_follow_the_role(qtbot, office):
    win, _boss, li, _zhao = office
    titles = [a.text() for a in win.menu("客户价值").actions()]
    assert titles == ["分级建议…", "80/20 分析…", "培育计划…", "疑似重复客户…"]
    agent = open_window(qtbot, li)
    try:
        f = agent.value_feature
        assert not f.suggest_action.isVisible() and not f.duplicates_action.isVisible()
        assert f.pareto_action.isVisible() and f.plans_action.isVisible()
    finally:
        close_window(agent)


def test_accepting_a_suggestion_changes_the_class_and_the_card_shows_the_history(qtbot, office):
    win, boss, li, _zhao = office
    big = _card(boss, "杭州明达贸易有限公司", 900000, cls="C", owner="li")
    _card(boss, "宁波小店", 1000, cls="C", owner="li")
    view = win.value_feature.open_suggestions()
    _wait(qtbot, win, view)
    codes = [view.model.text(r, 0) for r in range(view.model.rowCount())]
    row = codes.index(big.code)
    assert view.model.text(row, 2).startswith("C") and view.model.text(row, 3).startswith("A")
    assert "近12个月合作金额 ¥90.0万" in view.model.text(row, 4)
    view.table.selectRow(row)
    box = view.ask_accept_selected()
    assert big.code in box.text() and box.isVisible()
    _ok(box).click()
    qtbot.waitUntil(lambda: Customer.get_by_id(big.id).classification == "A", timeout=10000)
    _wait(qtbot, win, view)
    assert big.code not in [view.model.text(r, 0) for r in range(view.model.rowCount())]
    [change] = ClassChange.select().where(ClassChange.customer == big.id)
    assert (change.from_cls, change.to_cls, change.source) == ("C", "A", "suggestion")
    card = open_card(qtbot, win, big.id)
    tab = card.value_tab
    qtbot.waitUntil(lambda: tab.history.rowCount() == 1, timeout=10000)
    cells = [tab.history.item(0, c).text() for c in range(6)]
    assert cells[1].startswith("C") and cells[2].startswith("A") and cells[3] == "boss"
    assert cells[4] == "采纳建议" and cells[5].startswith("建议：近12个月")
    assert "A" in card.subheading.text().split("·")[0]


def test_accept_all_asks_with_the_count(qtbot, office):
    win, boss, _li, _zhao = office
    for i in range(3):
        _card(boss, f"大客户{i}", 500000, cls="C")
    view = win.value_feature.open_suggestions()
    _wait(qtbot, win, view)
    n = view.model.rowCount()
    box = view.ask_accept_all()
    assert f"将采纳 {n} 位客户的分类建议" in box.text()
    _ok(box).click()
    qtbot.waitUntil(lambda: ClassChange.select().count() == n, timeout=10000)
    _wait(qtbot, win, view)
    assert view.model.rowCount() == 0 and "一致" in view.message.text()


def test_keeping_the_class_needs_a_reason_and_is_audited(qtbot, office):
    from models.foundation.schema import AuditEntry

    win, boss, _li, _zhao = office
    big = _card(boss, "老朋友公司", 800000, cls="B")
    view = win.value_feature.open_suggestions()
    _wait(qtbot, win, view)
    view.table.selectRow(0)
    dlg = view.ask_keep()
    dlg.submit()
    assert dlg.form.error_text("reason") == "请填写保留当前分类的理由"
    dlg.reason.setPlainText("客户明年缩减预算，暂不升级")
    with qtbot.waitSignal(dlg.saved, timeout=10000):
        dlg.submit()
    _wait(qtbot, win, view)
    assert view.model.rowCount() == 0               # not asked again (until the suggestion changes)
    view.show_kept.setChecked(True)
    _wait(qtbot, win, view)
    assert view.model.rowCount() == 1 and "已保留当前分类：客户明年缩减预算" in view.model.text(0, 4)
    assert Customer.get_by_id(big.id).classification == "B"
    assert AuditEntry.select().where(AuditEntry.action == "keep_class").count() == 1


def test_the_pareto_window_shows_the_headline_for_a_known_archive(qtbot, qtmodeltester, office, tmp_path):
    win, boss, li, zhao = office
    # 1,000,000 over five customers: the first alone makes 80% — 1 of 5 = 前 20%
    for name, amount, owner in (("甲公司", 800000, "li"), ("乙公司", 100000, "li"), ("丙公司", 50000, "zhao"),
                                ("丁公司", 50000, "zhao"), ("戊公司", 0, "zhao")):
        _card(boss, name, amount, owner=owner)
    view = win.value_feature.open_pareto()
    _wait(qtbot, win, view)
    assert view.headline.text() == "前 20% 的客户贡献了 80% 的合作金额"
    assert view.chart.headline() == view.headline.text()
    assert view.model.rowCount() == 4 and view.model.text(0, 2) == "甲公司"
    assert view.model.text(3, 4) == "100.0%"
    qtmodeltester.check(view.model)
    assert "全部门" in view.scope.text() and "客户 5 位" in view.scope.text()
    qtbot.waitUntil(lambda: view.owner.count() > 1, timeout=10000)
    view.owner.setCurrentIndex(view.owner.findData("zhao"))
    _wait(qtbot, win, view)
    assert view.model.rowCount() == 2 and "赵客服" in view.scope.text()
    assert view.headline.text() == "前 67% 的客户贡献了 100% 的合作金额"   # 丙 alone is 50%: 丙+丁, 2 of 3
    view.owner.setCurrentIndex(0)
    _wait(qtbot, win, view)
    out = tmp_path / "pareto.xlsx"
    view.export_to(str(out))
    _wait(qtbot, win, view)
    assert out.exists() and view.exported_to == str(out)
    view.export_to(str(tmp_path / "pareto.pdf"))
    _wait(qtbot, win, view)
    assert (tmp_path / "pareto.pdf").read_bytes()[:4] == b"%PDF"
    agent = open_window(qtbot, li)
    try:
        mine = agent.value_feature.open_pareto()
        _wait(qtbot, agent, mine)
        assert not mine.owner.isEnabled() and "我可查看的客户" in mine.scope.text()
        assert [mine.model.text(r, 2) for r in range(mine.model.rowCount())] == ["甲公司", "乙公司"]
        mine.close()
    finally:
        close_window(agent)


def _rows_of(customer_id):
    return {m.__name__: m.select().where(m.customer == customer_id).count()
            for m in (Contact, Project, Event, FollowUp)}


def test_merge_through_the_dialog_keeps_every_row(qtbot, office):
    win, boss, _li, _zhao = office
    a = _card(boss, "杭州明达贸易有限公司", 1000, owner="li")
    b = _card(boss, "杭州明达贸易", 2000, owner="zhao")
    for card in (a, b):
        contacts.add_contact(boss, card.id, {"name": f"张{card.code}"})
        events.add_event(boss, card.id, {"event_date": "2026-01-02", "category": "回访", "title": "回访"})
        tasks.add_task(boss, card.code, title="跟进", due="2027-01-31")
    before_a, before_b = _rows_of(a.id), _rows_of(b.id)
    total = {k: before_a[k] + before_b[k] for k in before_a}
    view = win.value_feature.open_duplicates()
    _wait(qtbot, win, view)
    assert view.tree.topLevelItemCount() == 1
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    dlg = view.open_merge()
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10000)
    assert (dlg.survivor.currentData(), dlg.absorbed.currentData()) == (a.code, b.code)
    counts = {dlg.counts.item(r, 0).text(): dlg.counts.item(r, 1).text() for r in range(dlg.counts.rowCount())}
    assert counts["负责人/联系人"] == "1" and counts["合作项目"] == "1" and counts["待办"] == "1"
    assert counts["重要事项记录"] == str(before_b["Event"])
    assert dlg.ok.isEnabled() and b.code in dlg.explain.text()
    with qtbot.waitSignal(dlg.merged, timeout=10000):
        dlg.ok.click()
    _wait(qtbot, win, view)
    after = _rows_of(a.id)
    assert after == {**total, "Event": total["Event"] + 1}      # + the merge entry on page 2
    assert _rows_of(b.id) == {"Contact": 0, "Project": 0, "Event": 0, "FollowUp": 0}
    assert Customer.get_by_id(b.id).status == "archived"
    assert view.tree.topLevelItemCount() == 0
    archived = open_card(qtbot, win, b.id)
    tab = archived.value_tab
    qtbot.waitUntil(lambda: not tab.merged.isHidden(), timeout=10000)
    assert a.code in tab.merged.text() and f"已合并到 {a.code}" in archived.subheading.text()
    tab.open_survivor.click()
    qtbot.waitUntil(lambda: a.id in win.card_windows, timeout=10000)


def test_a_plan_and_a_step_from_the_card_become_a_task(qtbot, office):
    win, boss, _li, _zhao = office
    card_dto = _card(boss, "潜力客户公司", 0, cls="B", owner="li")
    contacts.add_contact(boss, card_dto.id, {"name": "周总"})
    plans_view = win.value_feature.open_plans()
    _wait(qtbot, win, plans_view)
    assert plans_view.missing_table.rowCount() == 1
    card = open_card(qtbot, win, card_dto.id)
    tab = card.value_tab
    qtbot.waitUntil(lambda: tab.plan_summary.text() == "还没有培育计划", timeout=10000)
    dlg = tab.new_plan()
    dlg.goal.setText("成为长期合作客户")
    dlg.decision_maker.setCurrentText("周总")
    with qtbot.waitSignal(dlg.saved, timeout=10000):
        dlg.submit()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10000)
    assert "周总" in tab.tree.topLevelItem(0).text(0)
    step = tab.new_step()
    step.title_edit.setText("拜访采购总监")
    step.channel.setCurrentIndex(step.channel.findData("拜访"))
    with qtbot.waitSignal(step.saved, timeout=10000):
        step.submit()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1 and tab.tree.topLevelItem(0).childCount() == 1,
                    timeout=10000)
    assert tab.tree.topLevelItem(0).child(0).text(1) == "拜访"
    [s] = NurtureStep.select()
    assert FollowUp.get_by_id(s.task_id).title == "【培育·拜访】拜访采购总监"
    _wait(qtbot, win, plans_view)
    assert plans_view.missing_table.rowCount() == 0 and plans_view.plans_table.rowCount() == 1


def test_creating_a_likely_duplicate_warns_with_create_anyway_or_open_existing(qtbot, office):
    win, boss, _li, _zhao = office
    old = _card(boss, "杭州明达贸易有限公司", credit_code=CODE_A)
    win.new_customer()
    dlg = win._new_dialog
    dlg.name.setText("明达贸易（杭州）")
    dlg.credit_code.setText(CODE_A[:-1] + "X")
    assert "校验位" in dlg.form.error_text("credit_code")       # checked as it is typed
    dlg.credit_code.setText(CODE_A.lower())
    assert dlg.form.error_text("credit_code") == ""
    with qtbot.waitSignal(dlg.warned, timeout=10000) as got:
        dlg.submit()
    box = got.args[0]
    assert old.code in box.text() and "统一社会信用代码相同" in box.text()
    [existing] = [b for b in box.buttons() if b.text() == "打开已有"]
    existing.click()
    qtbot.waitUntil(lambda: old.id in win.card_windows, timeout=10000)
    assert Customer.select().count() == 1
    win.new_customer()
    dlg = win._new_dialog
    dlg.name.setText("杭州明达贸易")          # the same name without 有限公司
    with qtbot.waitSignal(dlg.warned, timeout=10000) as got:
        dlg.submit()
    [create] = [b for b in got.args[0].buttons() if b.text() == "仍然创建"]
    with qtbot.waitSignal(dlg.created, timeout=10000):
        create.click()
    assert Customer.select().count() == 2
    settle(qtbot, win)


def test_identity_fields_on_page_one_are_checked_as_typed_and_read_only_without_the_right(qtbot, office):
    win, boss, li, _zhao = office
    card_dto = _card(boss, "杭州明达贸易有限公司", owner="zhao", credit_code=CODE_A, legal_rep="陈立明",
                     invoice_bank_account="工商银行文三路支行 1202")
    card = open_card(qtbot, win, card_dto.id)
    w = card.form.widgets
    assert w["credit_code"].text() == CODE_A and w["legal_rep"].text() == "陈立明"
    assert w["invoice_bank_account"].text() == "工商银行文三路支行 1202"
    w["credit_code"].setText(CODE_A[:-1] + "Y")
    assert "校验位不符（最后一位应为 T）" in card.form.error_text("credit_code")
    w["credit_code"].setText(CODE_A)
    assert card.form.error_text("credit_code") == ""
    w["registered_capital"].setText("500万元")
    card.save()
    qtbot.waitUntil(lambda: Customer.get_by_id(card_dto.id).registered_capital == "500万元", timeout=10000)
    settle(qtbot, win)
    from models.access_requests import requests

    requests.grant(boss, card_dto.code, "li", "view", days=3)
    agent = open_window(qtbot, li)
    try:
        theirs = open_card(qtbot, agent, card_dto.id)
        assert theirs.form.widgets["credit_code"].isReadOnly()
        assert theirs.form.widgets["invoice_title"].isReadOnly()
        assert not theirs.value_tab.new_plan_button.isEnabled()
    finally:
        close_window(agent)
    assert classify.history(boss, card_dto.code) == []
