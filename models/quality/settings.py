"""Quality settings: the indicators, the low-score threshold, the periodic survey plan.

One JSON document in archive_meta (key `quality.settings`), like the desk's and the
service's settings; managers change it, each change audited. Defaults (issue 15): the five
indicators 产品质量, 服务质量, 价格, 交付及时性, 投诉处理; a score at or below 2 is low; A
customers are surveyed every 6 months, B yearly, C not by plan (0 = no plan).
The return-visit delay after a resolved record is a service setting (models.service.return_visit).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import get_meta, set_meta
from models.foundation.validation import clean_text
from models.foundation.vocabulary import CLASSES, DEFAULT_INDICATORS
from models.rules import access, audit
from models.rules.access import Actor

META_KEY = "quality.settings"


@dataclass(frozen=True)
class QualitySettings:
    indicators: tuple[str, ...] = DEFAULT_INDICATORS
    low_threshold: int = 2
    plan_months: dict[str, int] = field(default_factory=lambda: {"A": 6, "B": 12, "C": 0})


def get_settings() -> QualitySettings:
    raw = get_meta(META_KEY, "")
    base = QualitySettings()
    if not raw:
        return base
    try:
        data = json.loads(raw)
        return QualitySettings(
            tuple(data.get("indicators") or base.indicators),
            int(data.get("low_threshold", base.low_threshold)),
            {**base.plan_months, **{c: int(v) for c, v in (data.get("plan_months") or {}).items()
                                    if c in CLASSES}})
    except (ValueError, TypeError):
        return base      # a damaged document must not stop surveys: the defaults apply


def _store(actor: Actor, new: QualitySettings, what: str, details: dict[str, Any]) -> QualitySettings:
    with write_transaction():
        set_meta(META_KEY, json.dumps(asdict(new), ensure_ascii=False))
        audit.record(actor, "settings", target_type="settings", target_label=what, details=details)
    return new


def add_indicator(actor: Actor, name: str) -> QualitySettings:
    actor = access.require(actor, access.QUALITY_SETUP)
    text = clean_text(name, 32)
    current = get_settings()
    if not text:
        raise ValidationError([FieldProblem("indicator", "请填写指标名称")])
    if text in current.indicators:
        raise ValidationError([FieldProblem("indicator", f"指标“{text}”已经存在", text)])
    return _store(actor, replace(current, indicators=(*current.indicators, text)), "满意度指标",
                  {"indicator": text})


def set_low_threshold(actor: Actor, value: Any) -> QualitySettings:
    actor = access.require(actor, access.QUALITY_SETUP)
    try:
        n = int(value)
    except (TypeError, ValueError):
        n = 0
    if not 1 <= n <= 4:
        raise ValidationError([FieldProblem("threshold", "低分阈值应为 1–4", value)])
    current = get_settings()
    return _store(actor, replace(current, low_threshold=n), "低分阈值",
                  {"low_threshold": [current.low_threshold, n]})


def set_plan(actor: Actor, cls: str, months: Any) -> QualitySettings:
    actor = access.require(actor, access.QUALITY_SETUP)
    try:
        n = int(months)
    except (TypeError, ValueError):
        n = -1
    if cls not in CLASSES or not 0 <= n <= 60:
        raise ValidationError([FieldProblem("plan", "调查周期应为 0–60 个月（0 表示不按计划调查）", months)])
    current = get_settings()
    plan = {**current.plan_months, cls: n}
    return _store(actor, replace(current, plan_months=plan), f"调查计划·{cls}",
                  {"class": cls, "months": [current.plan_months.get(cls), n]})
