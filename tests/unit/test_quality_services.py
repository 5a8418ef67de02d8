"""Surveys, questionnaires and return visits on both databases (issue #15): permissions,
page-2 entries, template versions, the return-visit task after a resolved record, goals."""
from __future__ import annotations

import datetime as dt

import pytest

from models.archive import customers
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import Event, FollowUp, Survey, SurveyAnswer
from models.quality import analysis, goals, surveys, templates
from models.service import records

T = dt.datetime
DAY = dt.date(2026, 3, 10)


@pytest.fixture
def card(people):
    return customers.create_customer(people["boss"], {"name": "杭州明达贸易有限公司", "cls": "A"},
                                     owner=people["li"].id)


@pytest.fixture
def tpl(people):
    return templates.add_template(people["boss"], "季度回访", [("产品满意吗", "产品质量"), ("服务满意吗", "服务质量")],
                                  nps_question="您会推荐我们吗")


def test_templates_are_managers_and_keep_their_versions(people, card, tpl):
    with pytest.raises(PermissionDenied):
        templates.add_template(people["li"], "x", [("q", "价格")])
    first = surveys.record_survey(people["li"], card.code, template="季度回访", channel="电话",
                                  answers={"产品质量": 4, "服务质量": 5}, today=DAY)
    v2 = templates.change_template(people["boss"], "季度回访", [("价格合理吗", "价格")])
    assert v2.version == 2 and [t.version for t in templates.list_templates(people["li"])] == [2]
    old = Survey.get_by_id(first.id)
    assert templates.get_template(old.template_id).questions == (("产品满意吗", "产品质量"), ("服务满意吗", "服务质量"))
    with pytest.raises(ValidationError, match="产品质量"):      # the current version asks about price
        surveys.record_survey(people["li"], card.code, template="季度回访", channel="电话",
                              answers={"产品质量": 4}, today=DAY)


def test_a_survey_writes_its_page2_entry_and_only_editors_record(people, card, tpl):
    with pytest.raises(PermissionDenied):
        surveys.record_survey(people["zhao"], card.code, template="季度回访", channel="电话",
                              answers={"产品质量": 4}, today=DAY)
    with pytest.raises(PermissionDenied):
        surveys.record_survey(people["sales"], card.code, template="季度回访", channel="电话",
                              answers={"产品质量": 4}, today=DAY)
    assert Survey.select().count() == 0 and Event.select().count() == 0
    res = surveys.record_survey(people["li"], card.code, template="季度回访", channel="上门",
                                answers={"产品质量": 5, "服务质量": 1}, nps=6, comment="安装师傅迟到", today=DAY)
    entry = Event.get_by_id(res.event_id)
    assert entry.category == "满意度调查" and "平均 3.0 分" in entry.title and "安装师傅迟到" in entry.content
    assert res.low == (("服务质量", 1),) and res.task_id is None   # offered, not forced
    assert SurveyAnswer.select().count() == 2
    sat = analysis.satisfaction(people["li"], DAY, DAY)
    assert [(r.group, r.responses, r.csat) for r in sat.rows] == [("产品质量", 1, 100.0), ("服务质量", 1, 0.0)]
    assert sat.nps == -100.0
    assert analysis.satisfaction(people["zhao"], DAY, DAY).rows == ()     # scores of cards he may not read
    assert analysis.satisfaction(people["boss"], DAY, DAY).total.responses == 1


def test_automatic_questionnaire_creates_the_follow_up(people, card):
    templates.add_template(people["boss"], "投诉回访", [("处理满意吗", "投诉处理")], auto_followup=True)
    res = surveys.record_survey(people["li"], card.code, template="投诉回访", channel="电话",
                                answers={"投诉处理": 2}, today=DAY)
    task = FollowUp.get_by_id(res.task_id)
    assert task.assignee_id == people["li"].id and "投诉处理 2 分" in task.title and task.due_on == DAY + dt.timedelta(1)


def test_resolving_a_record_schedules_the_return_visit(people, card):
    now = T(2026, 3, 2, 11, 0)
    rec = records.open_record(people["li"], card.code, kind="维修", title="空调不制冷",
                              received_at=T(2026, 3, 2, 10, 0), now=now)
    assert FollowUp.select().count() == 0
    records.step(people["li"], rec.number, status="已解决", note="已更换压缩机", at=T(2026, 3, 2, 10, 30), now=now)
    task = FollowUp.get()
    # Mon 2 March 10:30 + 3 working days (09:00–18:00) = Thu 5 March
    assert task.assignee_id == people["li"].id and task.due_on == dt.date(2026, 3, 5)
    assert rec.number in task.title


def test_goals_are_managers_and_measured(people, card, tpl):
    with pytest.raises(PermissionDenied):
        goals.add_goal(people["li"], "csat", 90)
    with pytest.raises(ValidationError):
        goals.add_goal(people["boss"], "csat:颜值", 90)
    goals.add_goal(people["boss"], "csat:产品质量", 90)
    goals.add_goal(people["boss"], "return_visits", 1, period="quarter")
    surveys.record_survey(people["li"], card.code, template="季度回访", channel="电话",
                          answers={"产品质量": 5, "服务质量": 3}, today=DAY)
    got = [(g.metric, g.actual, g.met) for g in goals.goals_for(people["boss"], "2026-03")]
    assert got == [("csat:产品质量", 100.0, True), ("return_visits", 0.0, False)]
    with pytest.raises(PermissionDenied):
        goals.goals_for(people["li"], "2026-03")


def test_goals_change_retire_and_their_trend(people, card, tpl):
    gid = goals.add_goal(people["boss"], "csat", 60)
    for day, scores in ((dt.date(2026, 1, 12), {"产品质量": 5, "服务质量": 5}),      # Jan: 100 %
                        (dt.date(2026, 3, 3), {"产品质量": 4, "服务质量": 2})):       # Mar: 50 %
        surveys.record_survey(people["li"], card.code, template="季度回访", channel="电话", answers=scores,
                              date=day, today=DAY)
    trend = goals.goal_trend(people["boss"], gid, "2026-03", periods=3)
    assert trend == [("2026-01", 100.0, True), ("2026-02", None, False), ("2026-03", 50.0, False)]
    with pytest.raises(PermissionDenied):
        goals.change_goal(people["li"], gid, 40)
    with pytest.raises(PermissionDenied):
        goals.goal_trend(people["li"], gid, "2026-03")
    goals.change_goal(people["boss"], gid, 40, period="quarter")
    (g,) = goals.goals_for(people["boss"], "2026-03")
    # the quarter Jan–Mar: 3 of 4 answers are 4–5
    assert (g.target, g.period, g.actual, g.met) == (40.0, "quarter", 75.0, True)
    assert goals.goal_trend(people["boss"], gid, "2026-03", periods=2) == [("2025Q4", None, False),
                                                                         ("2026Q1", 75.0, True)]
    goals.retire_goal(people["boss"], gid)
    assert goals.goals_for(people["boss"], "2026-03") == []


def test_a_return_visit_completes_its_task_in_the_same_transaction(people, card, tpl):
    now = T(2026, 3, 2, 11, 0)
    rec = records.open_record(people["li"], card.code, kind="维修", title="空调不制冷",
                              received_at=T(2026, 3, 2, 10, 0), now=now)
    records.step(people["li"], rec.number, status="已解决", note="已更换压缩机", at=T(2026, 3, 2, 10, 30), now=now)
    task = FollowUp.get()
    other = customers.create_customer(people["boss"], {"name": "温州远洋有限公司"}, owner=people["li"].id)
    with pytest.raises(ValidationError, match="没有这条待办"):      # another card's task: nothing written
        surveys.record_survey(people["li"], other.code, template="季度回访", channel="电话",
                              answers={"服务质量": 5}, task_id=task.id, today=DAY)
    assert Survey.select().count() == 0
    res = surveys.record_survey(people["li"], card.code, template="季度回访", channel="电话",
                                answers={"服务质量": 5}, service_number=rec.number, task_id=task.id, today=DAY)
    assert Survey.get_by_id(res.id).kind == "回访" and FollowUp.get_by_id(task.id).done_at is not None
    assert "已记录回访" in FollowUp.get_by_id(task.id).outcome


def test_the_survey_form_tells_who_may_record(people, card, tpl):
    from models.archive import contacts

    contacts.add_contact(people["li"], card.id, {"name": "陈经理"})
    mine = surveys.survey_form(people["li"], card.id)
    assert mine.may_record and mine.people == ("陈经理",) and [t.name for t in mine.templates] == ["季度回访"]
    theirs = surveys.survey_form(people["zhao"], card.id)
    assert not theirs.may_record and theirs.people == () and theirs.name == ""      # nothing of the card
    assert "编辑" in theirs.reason
