"""Desk settings: contact cadence per class, stale-card limits, greeting rules, look-ahead.

Stored as one JSON document in archive_meta (key `desk.settings`), so every PC of a
department sees the same rules. Managers change them; each change is audited.

Greeting rules name festival keys of models.calendar.festivals plus three personal keys
(`birthday`, `founded`, `first_coop`). Defaults (issue #11): A — every traditional festival
and public holiday, key people's birthdays, the founding and first-cooperation
anniversaries; B — 春节, 中秋 and birthdays; C — 春节. Two days are left out of A's
"every festival" on purpose: 清明 (a day for remembering the dead, not for greetings) and
七夕 (a lovers' festival: odd from a supplier); 冬至 and 腊八 are included as the
traditional days many companies greet on. A manager can change any of it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from models.calendar.festivals import FESTIVALS, FestivalKind
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import get_meta, set_meta
from models.foundation.vocabulary import CLASSES
from models.rules import access, audit
from models.rules.access import Actor

META_KEY = "desk.settings"
PERSONAL_KEYS = ("birthday", "founded", "first_coop")
PERSONAL_LABELS = {"birthday": "生日", "founded": "成立纪念日", "first_coop": "合作纪念日"}
_NOT_FOR_EVERYONE = {"qingming", "qixi"}
ALL_FESTIVALS_A = tuple(k for k, f in FESTIVALS.items()
                        if k not in _NOT_FOR_EVERYONE
                        and (f.kind in (FestivalKind.TRADITIONAL, FestivalKind.PUBLIC) or k == "dongzhi"))


def _default_greetings() -> dict[str, tuple[str, ...]]:
    return {"A": ALL_FESTIVALS_A + PERSONAL_KEYS,
            "B": ("spring_festival", "mid_autumn", "birthday"),
            "C": ("spring_festival",)}


@dataclass(frozen=True)
class DeskSettings:
    cadence_days: dict[str, int] = field(default_factory=lambda: {"A": 30, "B": 60, "C": 120})
    stale_days: dict[str, int] = field(default_factory=lambda: {"A": 180, "B": 365, "C": 365})
    horizon_days: int = 7
    greetings: dict[str, tuple[str, ...]] = field(default_factory=_default_greetings)

    def greets(self, cls: str, key: str) -> bool:
        return key in self.greetings.get(cls, ())


def get_settings() -> DeskSettings:
    raw = get_meta(META_KEY, "")
    base = DeskSettings()
    if not raw:
        return base
    try:
        data = json.loads(raw)
    except ValueError:
        return base
    greetings = {c: tuple(v) for c, v in (data.get("greetings") or {}).items() if c in CLASSES}
    return DeskSettings(
        cadence_days={**base.cadence_days, **{c: int(v) for c, v in (data.get("cadence_days") or {}).items()
                                              if c in CLASSES}},
        stale_days={**base.stale_days, **{c: int(v) for c, v in (data.get("stale_days") or {}).items()
                                          if c in CLASSES}},
        horizon_days=int(data.get("horizon_days") or base.horizon_days),
        greetings={**base.greetings, **greetings},
    )


def _store(actor: Actor, new: DeskSettings, what: str, details: dict[str, Any]) -> DeskSettings:
    with write_transaction():
        set_meta(META_KEY, json.dumps({k: (dict(v) if isinstance(v, dict) else v)
                                       for k, v in asdict(new).items()}, ensure_ascii=False))
        audit.record(actor, "settings", target_type="settings", target_label=what, details=details)
    return new


def _days(value: Any, label: str, low: int, high: int) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError([FieldProblem("days", f"{label}必须是整数天数", value)]) from None
    if not low <= days <= high:
        raise ValidationError([FieldProblem("days", f"{label}应在 {low}–{high} 天之间", value)])
    return days


def set_cadence(actor: Actor, cls: str, days: Any) -> DeskSettings:
    """A manager sets how often customers of a class should hear from us."""
    actor = access.require(actor, access.MANAGE)
    if cls not in CLASSES:
        raise ValidationError([FieldProblem("cls", "客户分类必须是 A、B 或 C", cls)])
    days = _days(days, "联系周期", 1, 3650)
    current = get_settings()
    new = replace(current, cadence_days={**current.cadence_days, cls: days})
    return _store(actor, new, "联系周期", {"class": cls, "days": [current.cadence_days[cls], days]})


def set_stale_days(actor: Actor, cls: str, days: Any) -> DeskSettings:
    actor = access.require(actor, access.MANAGE)
    if cls not in CLASSES:
        raise ValidationError([FieldProblem("cls", "客户分类必须是 A、B 或 C", cls)])
    days = _days(days, "核实期限", 30, 3650)
    current = get_settings()
    new = replace(current, stale_days={**current.stale_days, cls: days})
    return _store(actor, new, "核实期限", {"class": cls, "days": [current.stale_days[cls], days]})


def set_horizon(actor: Actor, days: Any) -> DeskSettings:
    """How many days ahead the 今日 page looks by default (a department setting)."""
    actor = access.require(actor, access.MANAGE)
    days = _days(days, "提前提醒天数", 1, 60)
    current = get_settings()
    return _store(actor, replace(current, horizon_days=days), "提前提醒天数",
                  {"days": [current.horizon_days, days]})


def set_greetings(actor: Actor, cls: str, keys: Iterable[str]) -> DeskSettings:
    actor = access.require(actor, access.MANAGE)
    if cls not in CLASSES:
        raise ValidationError([FieldProblem("cls", "客户分类必须是 A、B 或 C", cls)])
    keys = tuple(dict.fromkeys(keys))
    unknown = [k for k in keys if k not in FESTIVALS and k not in PERSONAL_KEYS]
    if unknown:
        raise ValidationError([FieldProblem("greetings", "未知的节日或纪念日：" + "、".join(unknown))])
    current = get_settings()
    new = replace(current, greetings={**current.greetings, cls: keys})
    return _store(actor, new, "问候规则", {"class": cls, "keys": list(keys)})
