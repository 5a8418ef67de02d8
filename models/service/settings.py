"""Service settings: the response and resolution limits per severity, the working hours, and
how close to a deadline a record shows on the assignee's 今日 page.

Stored as one JSON document in archive_meta (key `service.settings`), like the desk's
settings, so every PC of a department counts the same deadlines. Managers change them;
each change is audited. A limit is an amount and a unit: `h` working hours or `d` working
days (a day is the working hours of one day, so 1 d stays one day when the hours change).

Defaults (issue #14): 一般 respond 1 d, resolve 3 d; 重大 4 h / 5 d; 紧急 2 h / 1 d; working
hours 09:00–18:00; a record shows on 今日 when a deadline is less than one working day away.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from models.calendar.errors import CalendarError
from models.calendar.worktime import WorkingHours
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import get_meta, set_meta
from models.foundation.vocabulary import SEVERITIES
from models.rules import access, audit
from models.rules.access import Actor

META_KEY = "service.settings"
UNITS = {"h": "工作小时", "d": "工作日"}
Limit = tuple[float, str]


def _default_limits() -> dict[str, dict[str, Limit]]:
    return {"一般": {"respond": (1, "d"), "resolve": (3, "d")},
            "重大": {"respond": (4, "h"), "resolve": (5, "d")},
            "紧急": {"respond": (2, "h"), "resolve": (1, "d")}}


@dataclass(frozen=True)
class ServiceSettings:
    limits: dict[str, dict[str, Limit]] = field(default_factory=_default_limits)
    hours_text: str = "09:00-18:00"
    near_days: float = 1.0      # a record shows on 今日 when a deadline is this close

    @property
    def hours(self) -> WorkingHours:
        return WorkingHours.parse(self.hours_text)

    def limit(self, severity: str, which: str) -> timedelta:
        """The limit as working time (a timedelta of working seconds)."""
        amount, unit = self.limits[severity][which]
        per = self.hours.seconds_per_day if unit == "d" else 3600
        return timedelta(seconds=round(float(amount) * per))

    def limit_text(self, severity: str, which: str) -> str:
        amount, unit = self.limits[severity][which]
        return f"{amount:g} {UNITS[unit]}"

    @property
    def near(self) -> timedelta:
        return timedelta(seconds=round(self.near_days * self.hours.seconds_per_day))


def get_settings() -> ServiceSettings:
    raw = get_meta(META_KEY, "")
    base = ServiceSettings()
    if not raw:
        return base
    try:
        data = json.loads(raw)
        limits = {s: dict(base.limits[s]) for s in SEVERITIES}
        for sev, pair in (data.get("limits") or {}).items():
            for which, (amount, unit) in pair.items():
                if sev in limits and which in ("respond", "resolve") and unit in UNITS:
                    limits[sev][which] = (float(amount), unit)
        hours = data.get("hours_text") or base.hours_text
        WorkingHours.parse(hours)
        return ServiceSettings(limits, hours, float(data.get("near_days") or base.near_days))
    except (ValueError, TypeError, CalendarError):
        return base    # a damaged document must not stop the desk: the defaults apply


def _store(actor: Actor, new: ServiceSettings, what: str, details: dict[str, Any]) -> ServiceSettings:
    with write_transaction():
        set_meta(META_KEY, json.dumps({"limits": {s: {w: list(v) for w, v in p.items()}
                                                  for s, p in new.limits.items()},
                                       "hours_text": new.hours_text, "near_days": new.near_days},
                                      ensure_ascii=False))
        audit.record(actor, "settings", target_type="settings", target_label=what, details=details)
    return new


def set_limit(actor: Actor, severity: str, which: str, amount: Any, unit: str) -> ServiceSettings:
    """A manager sets a severity's response (`respond`) or resolution (`resolve`) limit."""
    actor = access.require(actor, access.MANAGE)
    if severity not in SEVERITIES:
        raise ValidationError([FieldProblem("severity", "严重程度必须是：" + "、".join(SEVERITIES), severity)])
    if which not in ("respond", "resolve") or unit not in UNITS:
        raise ValidationError([FieldProblem("limit", "期限必须是响应或解决，单位为工作小时或工作日", which)])
    try:
        value = float(amount)
    except (TypeError, ValueError):
        value = -1.0
    if not 0 < value <= (500 if unit == "h" else 60):
        raise ValidationError([FieldProblem("amount", "期限应为正数（不超过 500 工作小时或 60 工作日）", amount)])
    current = get_settings()
    limits = {s: dict(p) for s, p in current.limits.items()}
    old = limits[severity][which]
    limits[severity][which] = (value, unit)
    label = f"服务期限·{severity}·{'响应' if which == 'respond' else '解决'}"
    return _store(actor, replace(current, limits=limits), label,
                  {"severity": severity, "which": which, "limit": [list(old), [value, unit]]})


def set_hours(actor: Actor, text: str) -> ServiceSettings:
    """A manager sets the working hours (`09:00-18:00` or `09:00-12:00,13:00-18:00`)."""
    actor = access.require(actor, access.MANAGE)
    try:
        hours = WorkingHours.parse(text)
    except CalendarError as exc:
        raise ValidationError([FieldProblem("hours", exc.text, text)]) from None
    current = get_settings()
    return _store(actor, replace(current, hours_text=hours.to_text()), "工作时间",
                  {"hours": [current.hours_text, hours.to_text()]})
