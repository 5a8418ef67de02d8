"""Recording a survey or return visit (回访) of a customer.

Only the card's editors record (access.SURVEY_RECORD): the answers, the survey row and its
page-2 entry (category 满意度调查, or 回访 for a return visit) commit in one transaction with
the audit entry (prepare_survey checks, write_survey writes: the form, the command line and
the Excel import all take this path). A score at or below the threshold is returned as `low` so the caller can
offer a service record or a follow-up task (the agent's choice); a questionnaire marked
automatic creates the follow-up task itself, in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.archive import events
from models.archive.journal import Journal
from models.desk import tasks
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import (
    Contact,
    Customer,
    FollowUp,
    ServiceRecord,
    Staff,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyTemplate,
)
from models.foundation.validation import clean_text, parse_date
from models.foundation.vocabulary import SURVEY_CHANNELS, SURVEY_KINDS
from models.quality import templates
from models.quality.settings import get_settings
from models.rules import access
from models.rules.access import Actor


@dataclass(frozen=True)
class SurveyResult:
    id: int
    event_id: int
    low: tuple[tuple[str, int], ...]     # (indicator, score) at or below the threshold
    task_id: int | None                  # the follow-up task an automatic questionnaire made


def _customer(code_or_id: int | str) -> Customer:
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


def check_score(value: Any, low: int, high: int, field: str, label: str) -> int:
    """An integer score within low..high (a float cell like 4.0 counts), else a ValidationError."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        n = int(str(value).strip())
    except ValueError:
        n = low - 1
    if not low <= n <= high:
        raise ValidationError([FieldProblem(field, f"{label}必须是 {low}–{high} 的整数", value)])
    return n


@dataclass(frozen=True)
class PreparedSurvey:
    """A checked survey, ready to write (prepare_survey → write_survey: the one write path)."""
    customer: Customer
    template: SurveyTemplate             # the row of the current version
    question_ids: dict[str, int]         # indicator → SurveyQuestion id
    kind: str
    channel: str
    day: dt.date
    scores: dict[str, int]
    nps: int | None
    note: str
    contact: Contact | None
    record: ServiceRecord | None
    low: tuple[tuple[str, int], ...]


QuestionnaireCache = dict[str, tuple[SurveyTemplate, dict[str, SurveyQuestion]]]


def questionnaire(name: str, cache: QuestionnaireCache | None = None
                  ) -> tuple[SurveyTemplate, dict[str, SurveyQuestion]]:
    """The current version of a questionnaire and its questions by indicator (an import asks
    once per questionnaire: `cache`)."""
    key = str(name).strip()
    if cache is not None and key in cache:
        return cache[key]
    tpl = templates.current(key)
    found = (tpl, {q.indicator: q for q in SurveyQuestion.select().where(SurveyQuestion.template == tpl.id)})
    if cache is not None:
        cache[key] = found
    return found


def prepare_survey(customer: Customer, *, template: str, channel: str, answers: dict[str, Any],
                   nps: Any = None, comment: str = "", date: object = None, person: str = "", kind: str = "",
                   service_number: str = "", today: dt.date | None = None,
                   cache: QuestionnaireCache | None = None, low_threshold: int | None = None) -> PreparedSurvey:
    """Every check of a survey, no write (the caller has asked access.SURVEY_RECORD)."""
    tpl, questions = questionnaire(template, cache)
    today = today or dt.date.today()
    problems = []
    if channel not in SURVEY_CHANNELS:
        problems.append(FieldProblem("channel", "渠道必须是：" + "、".join(SURVEY_CHANNELS), channel))
    try:
        day = (parse_date(date) if date not in (None, "") else None) or today
        if day > today:
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
            scores[indicator] = check_score(value, 1, 5, "answer", f"“{indicator}”的分数")
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
                nps_value = check_score(nps, 0, 10, "nps", "推荐意愿")
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
    threshold = get_settings().low_threshold if low_threshold is None else low_threshold
    low = tuple((i, s) for i, s in scores.items() if s <= threshold)
    return PreparedSurvey(customer, tpl, {i: q.id for i, q in questions.items()}, kind, channel, day, scores,
                          nps_value, clean_text(comment, 4000), contact, record, low)


def department_of(actor: Actor) -> str:
    """The recorder's department (a page-2 entry's 来源部门)."""
    staff = Staff.get_by_id(actor.id)
    return staff.department.name if staff.department is not None else ""


def write_survey(actor: Actor, p: PreparedSurvey, *, task_id: int | None = None,
                 journal: Journal | None = None, department: str | None = None) -> SurveyResult:
    """The survey, its answers, its page-2 entry (events.write_new_event, the form's write) and
    their audit entries in one transaction (joining the caller's, as an import's: it passes its
    bulk `journal`, flushed once); `task_id` (a return-visit or survey task) is completed with it."""
    tpl, customer = p.template, p.customer
    journal = journal or Journal(actor)
    mean = sum(p.scores.values()) / len(p.scores)
    parts = [f"{i} {s} 分" for i, s in p.scores.items()]
    if p.nps is not None:
        parts.append(f"推荐意愿 {p.nps}/10")
    body = "；".join([f"渠道：{p.channel}", *([f"受访人：{p.contact.name}"] if p.contact else []), *parts,
                     *([f"客户意见：{p.note}"] if p.note else [])])
    title = f"{p.kind}（{tpl.name} 第{tpl.version}版）：平均 {mean:.1f} 分" + (
        f"，{len(p.low)} 项低分" if p.low else "") + (f"，服务单 {p.record.number}" if p.record else "")
    entry = events.validate_event({"event_date": p.day, "category": p.kind, "title": title[:200], "content": body,
                                   "source_department": department_of(actor) if department is None else department})
    new_task = None
    if task_id is not None and not FollowUp.select().where(
            (FollowUp.id == task_id) & (FollowUp.customer == customer.id)).exists():
        raise ValidationError([FieldProblem("task", f"客户 {customer.code} 没有这条待办", task_id)])
    with write_transaction():
        event_id = events.write_new_event(actor, customer, entry, journal)
        survey = Survey.create(customer=customer, contact=p.contact.id if p.contact else None, template=tpl.id,
                               kind=p.kind, channel=p.channel, survey_date=p.day, nps=p.nps, comment=p.note,
                               service_record=p.record.id if p.record else None, event=event_id,
                               recorded_by=actor.id)
        SurveyAnswer.insert_many([{"survey": survey.id, "question": p.question_ids[i], "indicator": i, "score": s}
                                  for i, s in p.scores.items()]).execute()
        journal.customer("survey_record", customer.id, customer.code,
                         {"survey_id": survey.id, "template": tpl.name, "version": tpl.version,
                          "kind": p.kind, "scores": p.scores, "nps": p.nps})
        if p.low and tpl.auto_followup:
            new_task = low_score_task(actor, customer.id, p.low, p.day, source_event_id=event_id).id
        if task_id is not None:
            tasks.complete_task(actor, task_id, f"已记录{p.kind}：{title}"[:500], today=p.day)
    return SurveyResult(survey.id, event_id, p.low, new_task)


def record_survey(actor: Actor, code_or_id: int | str, *, template: str, channel: str,
                  answers: dict[str, Any], nps: Any = None, comment: str = "", date: object = None, person: str = "", kind: str = "",
                  service_number: str = "", today: dt.date | None = None,
                  task_id: int | None = None) -> SurveyResult:
    customer = _customer(code_or_id)
    actor = access.require(actor, access.SURVEY_RECORD, customer)
    prepared = prepare_survey(customer, template=template, channel=channel, answers=answers, nps=nps,
                              comment=comment, date=date, person=person, kind=kind,
                              service_number=service_number, today=today)
    return write_survey(actor, prepared, task_id=task_id)


def low_score_task(actor: Actor, customer_id: int, low: Iterable[tuple[str, int]], day: dt.date, *,
                   source_event_id: int | None = None) -> tasks.TaskInfo:
    """The follow-up of a low score, due the next day, for the card's custodian."""
    what = "、".join(f"{i} {s} 分" for i, s in low)
    return tasks.add_task(actor, customer_id, title=f"跟进低分：{what}"[:200],
                          due=day + dt.timedelta(days=1), note="满意度调查低分，请联系客户了解原因并改进",
                          source_event_id=source_event_id)


@dataclass(frozen=True)
class SurveyForm:
    """What the survey dialog needs for one customer (read off the UI thread)."""
    customer_id: int
    code: str
    name: str
    may_record: bool
    reason: str                          # why not, when not
    people: tuple[str, ...]              # the key people's names (for 受访人)
    templates: tuple[templates.TemplateInfo, ...]  # every current questionnaire
    low_threshold: int


def survey_form(actor: Actor, customer_id: int) -> SurveyForm:
    customer = _customer(int(customer_id))
    allowed = access.can(actor, access.SURVEY_RECORD, customer)
    people = tuple(n for (n,) in Contact.select(Contact.name).where(Contact.customer == customer.id)
                   .order_by(Contact.is_primary.desc(), Contact.id).tuples()) if allowed else ()
    return SurveyForm(customer.id, customer.code, customer.name if allowed else "", allowed,
                      "" if allowed else access.DENIAL_REASONS[access.SURVEY_RECORD], people,
                      tuple(templates.list_templates(actor)), get_settings().low_threshold)
