"""Importing satisfaction answers from Excel on both databases (issue #15): one row per answer,
grouped into surveys; permissions per customer; page-2 entries like a recorded survey;
row-numbered refusals; all or nothing; the template reads back."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from models.archive import contacts, customers
from models.foundation.errors import ArchiveError
from models.foundation.schema import AuditEntry, Event, FollowUp, Survey, SurveyAnswer
from models.quality import surveys, templates
from models.transfer import survey_import

DAY = dt.date(2026, 3, 10)
HEAD = ["客户编号", "调查日期", "渠道", "问卷", "指标", "分数", "推荐意愿", "客户意见", "受访人"]


@pytest.fixture
def cards(people):
    mine = customers.create_customer(people["boss"], {"name": "杭州明达贸易有限公司", "cls": "A"},
                                     owner=people["li"].id)
    contacts.add_contact(people["li"], mine.id, {"name": "陈经理"})
    other = customers.create_customer(people["boss"], {"name": "温州远洋有限公司", "cls": "B"},
                                      owner=people["zhao"].id)
    templates.add_template(people["boss"], "季度回访", [("产品满意吗", "产品质量"), ("服务满意吗", "服务质量")],
                           nps_question="您会推荐我们吗")
    return mine.code, other.code


def sheet(path, rows, *, head=HEAD, title="满意度调查", hidden_title=None):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(head)
    for r in rows:
        ws.append(r)
    if hidden_title:
        wb.create_sheet(hidden_title).sheet_state = "hidden"
    wb.save(path)
    return path


def good_rows(mine):
    return [[mine, "2026-03-02", "电话", "季度回访", "产品质量", 5, 9, "送货很快", "陈经理"],
            [mine, "2026-03-02", "电话", "季度回访", "服务质量", 2, None, None, "陈经理"],
            [mine, dt.datetime(2026, 3, 5), "上门", "季度回访", "产品质量", 4, None, None, None]]


def test_a_valid_file_writes_each_survey_like_a_recorded_one(people, cards, tmp_path):
    mine, _ = cards
    path = sheet(tmp_path / "a.xlsx", good_rows(mine))
    report = survey_import.import_surveys(people["li"], path, today=DAY)
    assert report.ok and report.written, report.problems
    assert (report.rows, report.surveys, report.answers, report.low) == (3, 2, 3, 1)
    first, second = Survey.select().order_by(Survey.survey_date)
    assert first.nps == 9 and first.comment == "送货很快" and first.contact.name == "陈经理"
    assert sorted(SurveyAnswer.select(SurveyAnswer.indicator, SurveyAnswer.score).where(
        SurveyAnswer.survey == first.id).tuples()) == [("产品质量", 5), ("服务质量", 2)]
    entries = list(Event.select().where(Event.category == "满意度调查").order_by(Event.event_date))
    assert [e.event_date for e in entries] == [dt.date(2026, 3, 2), dt.date(2026, 3, 5)]
    assert "平均 3.5 分，1 项低分" in entries[0].title and "受访人：陈经理" in entries[0].content
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).tuples()]
    assert actions.count("survey_record") == 2 and actions.count("survey_import") == 1
    # the same file again would count its answers twice: refused, with the row
    again = survey_import.import_surveys(people["li"], path, today=DAY)
    assert not again.written and {p.row for p in again.problems} == {2, 4}
    assert "可能已经导入过" in again.problems[0].message and Survey.select().count() == 2


def test_an_agent_imports_only_for_cards_they_may_edit(people, cards, tmp_path):
    mine, other = cards
    rows = good_rows(mine) + [[other, "2026-03-02", "电话", "季度回访", "产品质量", 4, None, None, None]]
    path = sheet(tmp_path / "b.xlsx", rows)
    report = survey_import.import_surveys(people["li"], path, today=DAY)
    assert not report.written and [(p.row, p.column) for p in report.problems] == [(5, "客户编号")]
    assert "无权" in report.problems[0].message
    assert Survey.select().count() == 0 and Event.select().count() == 0     # all or nothing
    assert AuditEntry.select().where(AuditEntry.action == "survey_import_refused").count() == 1
    sales = survey_import.import_surveys(people["sales"], sheet(tmp_path / "c.xlsx", good_rows(mine)), today=DAY)
    assert not sales.written and {p.row for p in sales.problems} == {2, 4}
    assert survey_import.import_surveys(people["boss"], path, today=DAY).written   # managers: every card
    assert Survey.select().count() == 3


def test_every_bad_row_is_named_and_nothing_is_written(people, cards, tmp_path):
    mine, _ = cards
    rows = [[mine, "2026-03-02", "电话", "季度回访", "产品质量", 6, None, None, None],       # row 2: score
            [mine, "2026-03-02", "电话", "季度回访", "价格", 4, None, None, None],         # row 3: indicator
            [mine, "2026-13-40", "电话", "季度回访", "产品质量", 4, None, None, None],     # row 4: date
            [mine, "2026-03-03", None, "季度回访", "产品质量", 4, None, None, None],       # row 5: channel
            [mine, "2026-03-04", "微信", "季度回访", "产品质量", 4, None, None, None],     # row 6: channel
            [mine, "2026-03-07", "电话", "年度调查", "产品质量", 4, None, None, None],     # row 7: questionnaire
            [mine, "2026-03-08", "电话", "季度回访", "产品质量", 4, 11, None, None],       # row 8: NPS
            [mine, "2026-03-09", "电话", "季度回访", "产品质量", 4, None, None, "王五"],   # row 9: person
            [mine, "2026-03-20", "电话", "季度回访", "产品质量", 4, None, None, None],     # row 10: future
            [mine, "2026-03-05", "电话", "季度回访", "产品质量", 3, None, None, None],     # row 11: ok
            [mine, "2026-03-05", "电话", "季度回访", "产品质量", 4, None, None, None]]     # row 12: twice
    report = survey_import.import_surveys(people["li"], sheet(tmp_path / "d.xlsx", rows), today=DAY)
    got = [(p.row, p.column) for p in report.problems]
    assert got == [(2, "分数"), (3, "指标"), (4, "调查日期"), (5, "渠道"), (6, "渠道"), (7, "问卷"),
                   (8, "推荐意愿"), (9, "受访人"), (10, "调查日期"), (12, "指标")], report.problems
    assert not report.written and Survey.select().count() == 0 and Event.select().count() == 0
    assert "发现 10 个问题，未导入任何数据" in report.summary()


def test_dry_run_and_a_failure_while_writing_leave_nothing(people, cards, tmp_path, monkeypatch):
    mine, _ = cards
    path = sheet(tmp_path / "e.xlsx", good_rows(mine))
    dry = survey_import.import_surveys(people["li"], path, dry_run=True, today=DAY)
    assert dry.ok and not dry.written and dry.surveys == 2 and Survey.select().count() == 0
    assert "可导入 2 次调查、3 个回答" in dry.summary()
    real = surveys.write_survey
    calls = []

    def fail_second(actor, p, **kw):
        calls.append(p)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(actor, p, **kw)

    monkeypatch.setattr(surveys, "write_survey", fail_second)
    with pytest.raises(RuntimeError):
        survey_import.import_surveys(people["li"], path, today=DAY)
    assert Survey.select().count() == 0 and Event.select().count() == 0 and SurveyAnswer.select().count() == 0


def test_hidden_sheets_wrong_files_and_missing_columns_are_refused(people, cards, tmp_path):
    mine, _ = cards
    hidden = sheet(tmp_path / "h.xlsx", good_rows(mine), title="其他", hidden_title="满意度调查")
    with pytest.raises(ArchiveError, match="隐藏"):
        survey_import.import_surveys(people["li"], hidden, today=DAY)
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ArchiveError, match="不是有效的 Excel"):
        survey_import.import_surveys(people["li"], tmp_path / "x.xlsx", today=DAY)
    short = sheet(tmp_path / "s.xlsx", [[mine, "2026-03-02", "电话"]], head=["客户编号", "调查日期", "渠道"])
    report = survey_import.import_surveys(people["li"], short, today=DAY)
    assert report.problems[0].row == 1 and "问卷、指标、分数" in report.problems[0].message


def test_the_template_lists_the_choices_and_imports_back(people, cards, tmp_path):
    mine, _ = cards
    templates.add_template(people["boss"], "投诉回访", [("处理满意吗", "投诉处理")], auto_followup=True)
    path = tmp_path / "模板.xlsx"
    survey_import.write_template(people["li"], path)
    wb = load_workbook(path)
    ws = wb["满意度调查"]
    head = [c.value for c in ws[1]]
    assert head[:6] == ["客户编号*", "调查日期*", "渠道*", "问卷*", "指标*", "分数*"] and "填写说明" in wb.sheetnames
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert '"电话,问卷,信函,网络,上门"' in lists and any("投诉回访" in f for f in lists if f)
    ws.append([mine, "2026-03-06", "电话", "投诉回访", "投诉处理", 1])
    wb.save(path)
    report = survey_import.import_surveys(people["li"], path, today=DAY)
    assert report.written and report.surveys == 1 and report.tasks == 1      # the automatic follow-up
    assert FollowUp.select().count() == 1


def test_the_row_limit_refuses_the_file_before_reading_it_all(people, cards, tmp_path):
    from models.transfer import import_settings

    mine, _ = cards
    import_settings.set_row_limit(people["boss"], 2)
    path = sheet(tmp_path / "big.xlsx", good_rows(mine))            # three data rows
    with pytest.raises(ArchiveError, match="超过导入上限 2 行"):
        survey_import.import_surveys(people["li"], path, today=DAY)
    assert Survey.select().count() == 0


def test_a_zip_bomb_is_refused_before_any_xml_is_parsed(people, cards, tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (11 * 1024 * 1024))    # 11 MB of zeros, ~11 KB packed
    with pytest.raises(ArchiveError, match="压缩炸弹"):
        survey_import.import_surveys(people["li"], bomb, today=DAY)
    assert Survey.select().count() == 0
