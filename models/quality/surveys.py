"""Recording a survey or return visit (回访) of a customer.

Only the card's editors record (access.SURVEY_RECORD): the answers, the survey row and its
page-2 entry (category 满意度调查, or 回访 for a return visit) commit in one transaction with
the audit entry. A score at or below the threshold is returned as `low` so the caller can
offer a service record or a follow-up task (the agent's choice); a questionnaire marked
automatic creates the follow-up task itself, in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.archive import events
from models.desk import tasks
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import (
    Contact,
    Customer,
    ServiceRecord,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
)
from models.foundation.validation import clean_text, parse_date
from models.foundation.vocabulary import SURVEY_CHANNELS, SURVEY_KINDS
from models.quality import templates
from models.quality.settings import get_settings
from models.rules import access, audit
from models.rules.access import Actor


@dataclass(frozen=True)
class SurveyResult:
    id: int
    event_id: int
    low: tuple[tuple[str, int], ...]     # (indicator, score) at or below the threshold
    task_id: int | None                  # the follow-up task an automatic questionnaire made


def _customer(code_or_id) -> Customer:
    q = (Customer.code == str(code_or_id).strip()) if isinstance(code_or_id, str) else (Customer.id == code_or_id)
    c = Customer.get_or_none(q)
    if c is None:
        raise NotFound("客户", str(code_or_id))
    return c


def parse_answer(text: str) -> tuple[str, str]:
    """"INDICATOR=SCORE" (the command line's form)."""
    indicator, sep, score = str(text).partition("=")
    if not sep:
        raise ValidationError([FieldProblem("answer", "回答应写成“指标=分数”", text)])
    return indicator.strip(), score.strip()


def _score(value, low: int, high: int, field: str, label: str) -> int:
    try:
        n = int(str(value).strip())
    except ValueError:
        n = low - 1
    if not low <= n <= high:
        raise ValidationError([FieldProblem(field, f"{label}必须是 {low}–{high} 的整数", value)])
    return n


def record_survey(actor: Actor, code_or_id, *, template: str, channel: str, answers: dict,
                  nps=None, comment: str = "", date=None, person: str = "", kind: str = "",
                  service_number: str = "", today: dt.date | None = None) -> SurveyResult:
    customer = _customer(code_or_id)
    actor = access.require(actor, access.SURVEY_RECORD, customer)
    tpl = templates.current(template)
    questions = {q.indicator: q for q in SurveyQuestion.select().where(SurveyQuestion.template == tpl.id)}
    today = today or dt.date.today()
    problems = []
    if channel not in SURVEY_CHANNELS:
        problems.append(FieldProblem("channel", "渠道必须是：" + "、".join(SURVEY_CHANNELS), channel))
    try:
        day = parse_date(date) if date not in (None, "") else today
        if day is not None and day > today:
            raise ValueError("调查日期不能晚于今天")
    except ValueError as exc:
        problems.append(FieldProblem("date", f"日期：{exc}", date))
        day = today
    scores: dict[str, int] = {}
    for indicator, value in answers.items():
        if indicator not in questions:
            problems.append(FieldProblem("answer", f"问卷“{tpl.name}”没有关于“{indicator}”的问题"
                                         f"（有：{'、'.join(questions)}）", indicator))
            continue
        try:
            scores[indicator] = _score(value, 1, 5, "answer", f"“{indicator}”的分数")
        except ValidationError as exc:
            problems.extend(exc.problems)
    if not answers:
        problems.append(FieldProblem("answer", "请至少记录一个回答"))
    nps_value = None
    if nps not in (None, ""):
        if not tpl.nps_question:
            problems.append(FieldProblem("nps", f"问卷“{tpl.name}”没有推荐意愿（0–10）问题", nps))
        else:
            try:
                nps_value = _score(nps, 0, 10, "nps", "推荐意愿")
            except ValidationError as exc:
                problems.extend(exc.problems)
    kind = kind or ("回访" if service_number else "满意度调查")
    if kind not in SURVEY_KINDS:
        problems.append(FieldProblem("kind", "类型必须是：" + "、".join(SURVEY_KINDS), kind))
    contact = None
    if person:
        contact = Contact.get_or_none((Contact.customer == customer.id) & (Contact.name == person.strip()))
        if contact is None:
            problems.append(FieldProblem("person", f"客户 {customer.code} 没有关键人“{person}”", person))
    record = None
    if service_number:
        record = ServiceRecord.get_or_none(ServiceRecord.number == service_number.strip().upper())
        if record is None or record.customer_id != customer.id:
            problems.append(FieldProblem("service", f"客户 {customer.code} 没有服务单 {service_number}",
                                         service_number))
    if problems:
        raise ValidationError(problems)
    note = clean_text(comment, 4000)
    threshold = get_settings().low_threshold
    low = tuple((i, s) for i, s in scores.items() if s <= threshold)
    mean = sum(scores.values()) / len(scores)
    parts = [f"{i} {s} 分" for i, s in scores.items()]
    if nps_value is not None:
        parts.append(f"推荐意愿 {nps_value}/10")
    body = "；".join([f"渠道：{channel}", *( [f"受访人：{contact.name}"] if contact else []), *parts,
                     *([f"客户意见：{note}"] if note else [])])
    title = f"{kind}（{tpl.name} 第{tpl.version}版）：平均 {mean:.1f} 分" + (
        f"，{len(low)} 项低分" if low else "") + (f"，服务单 {record.number}" if record else "")
    task_id = None
    with write_transaction():
        entry = events.add_event(actor, customer.id, {"event_date": day, "category": kind,
                                                      "title": title[:200], "content": body})
        survey = Survey.create(customer=customer, contact=contact.id if contact else None, template=tpl.id,
                               kind=kind, channel=channel, survey_date=day, nps=nps_value, comment=note,
                               service_record=record.id if record else None, event=entry.id,
                               recorded_by=actor.id)
        for indicator, score in scores.items():
            SurveyAnswer.create(survey=survey.id, question=questions[indicator].id, indicator=indicator,
                                score=score)
        audit.record(actor, "survey_record", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"survey_id": survey.id, "template": tpl.name, "version": tpl.version,
                              "kind": kind, "scores": scores, "nps": nps_value})
        if low and tpl.auto_followup:
            task_id = low_score_task(actor, customer.id, low, day, source_event_id=entry.id).id
    return SurveyResult(survey.id, entry.id, low, task_id)


def low_score_task(actor: Actor, customer_id: int, low, day: dt.date, *, source_event_id=None):
    """The follow-up of a low score, due the next day, for the card's custodian."""
    what = "、".join(f"{i} {s} 分" for i, s in low)
    return tasks.add_task(actor, customer_id, title=f"跟进低分：{what}"[:200],
                          due=day + dt.timedelta(days=1), note="满意度调查低分，请联系客户了解原因并改进",
                          source_event_id=source_event_id)
