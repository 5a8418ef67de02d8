"""Questionnaires (问卷): questions scored 1–5, each measuring one indicator, and optionally
one 0–10 "would you recommend us" question (NPS). A change never edits a version that may
have answers: it writes version N+1 and makes it current, so old answers keep the questions
they were given with."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import SurveyQuestion, SurveyTemplate
from models.foundation.validation import clean_text
from models.quality.settings import get_settings
from models.rules import access, audit
from models.rules.access import Actor


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    version: int
    questions: tuple[tuple[str, str], ...]     # (text, indicator)
    nps_question: str
    auto_followup: bool


def _info(t: SurveyTemplate) -> TemplateInfo:
    qs = tuple((q.text, q.indicator) for q in
               SurveyQuestion.select().where(SurveyQuestion.template == t.id).order_by(SurveyQuestion.position))
    return TemplateInfo(t.id, t.name, t.version, qs, t.nps_question, bool(t.auto_followup))


def parse_question(text: str) -> tuple[str, str]:
    """"TEXT=INDICATOR" (the command line's form)."""
    question, sep, indicator = str(text).rpartition("=")
    if not sep:
        raise ValidationError([FieldProblem("question", "问题应写成“问题=指标”", text)])
    return question.strip(), indicator.strip()


def _clean(name: object, questions: Iterable[Any], nps_question: object) -> tuple[str, list[tuple[str, str]], str]:
    indicators = get_settings().indicators
    problems = []
    name_clean = clean_text(name, 100)
    if not name_clean:
        problems.append(FieldProblem("name", "请填写问卷名称"))
    cleaned = []
    for text, indicator in questions:
        t = clean_text(text, 200)
        if not t:
            problems.append(FieldProblem("question", "问题不能为空", text))
        if indicator not in indicators:
            problems.append(FieldProblem("indicator", f"没有指标“{indicator}”（可用：{'、'.join(indicators)}）",
                                         indicator))
        cleaned.append((t, indicator))
    if not cleaned:
        problems.append(FieldProblem("question", "问卷至少要有一个问题"))
    if len({i for _, i in cleaned}) != len(cleaned):
        problems.append(FieldProblem("indicator", "同一问卷中每个指标只能问一次"))
    if problems:
        raise ValidationError(problems)
    return name_clean, cleaned, clean_text(nps_question, 200)


def _write(actor: Actor, name: str, version: int, questions: list[tuple[str, str]], nps_question: str, auto: bool) -> SurveyTemplate:
    t = SurveyTemplate.create(name=name, version=version, current=True, nps_question=nps_question,
                              auto_followup=auto, created_by=actor.id)
    for i, (text, indicator) in enumerate(questions, 1):
        SurveyQuestion.create(template=t.id, position=i, text=text, indicator=indicator)
    return t


def add_template(actor: Actor, name: str, questions: Iterable[Any], *, nps_question: str = "",
                 auto_followup: bool = False) -> TemplateInfo:
    actor = access.require(actor, access.QUALITY_SETUP)
    name, cleaned, nps_q = _clean(name, questions, nps_question)
    if SurveyTemplate.select().where(SurveyTemplate.name == name).exists():
        raise ValidationError([FieldProblem("name", f"问卷“{name}”已经存在（修改会生成新版本）", name)])
    with write_transaction():
        t = _write(actor, name, 1, cleaned, nps_q, auto_followup)
        audit.record(actor, "survey_template", target_type="settings", target_label=f"问卷·{name}",
                     details={"version": 1, "questions": [list(q) for q in cleaned], "nps": nps_q})
    return _info(t)


def change_template(actor: Actor, name: str, questions: Iterable[Any], *, nps_question: str = "",
                    auto_followup: bool = False) -> TemplateInfo:
    """A new version; the earlier ones stay with their answers."""
    actor = access.require(actor, access.QUALITY_SETUP)
    old = current(name)
    name, cleaned, nps_q = _clean(name, questions, nps_question)
    with write_transaction():
        SurveyTemplate.update(current=False).where(SurveyTemplate.name == name).execute()
        t = _write(actor, name, old.version + 1, cleaned, nps_q, auto_followup)
        audit.record(actor, "survey_template", target_type="settings", target_label=f"问卷·{name}",
                     details={"version": t.version, "questions": [list(q) for q in cleaned], "nps": nps_q})
    return _info(t)


def current(name: str) -> SurveyTemplate:
    t = SurveyTemplate.get_or_none((SurveyTemplate.name == str(name).strip()) & SurveyTemplate.current)
    if t is None:
        raise NotFound("问卷", str(name))
    return t


def list_templates(actor: Actor, *, all_versions: bool = False) -> list[TemplateInfo]:
    """Everyone who records surveys needs to see the questionnaires."""
    access.refresh(actor)
    q = SurveyTemplate.select()
    if not all_versions:
        q = q.where(SurveyTemplate.current)
    return [_info(t) for t in q.order_by(SurveyTemplate.name, SurveyTemplate.version)]


def get_template(template_id: int) -> TemplateInfo:
    t = SurveyTemplate.get_or_none(SurveyTemplate.id == template_id)
    if t is None:
        raise NotFound("问卷", str(template_id))
    return _info(t)
