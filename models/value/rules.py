"""The classification rules, settable by a manager.

Stored as one JSON document in archive_meta (key `value.rules`), like the desk settings,
so every PC of a department suggests the same classes; each change is audited.

Defaults (issue #16): A — the customers who together make up the first 80% of the trailing
12 months' amount, or at least 3 years of cooperation with a project in the last 12 months;
B — any other customer with a project in the last 24 months; C — the rest.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import get_meta, set_meta
from models.rules import access, audit
from models.rules.access import Actor

META_KEY = "value.rules"


@dataclass(frozen=True)
class ClassRules:
    head_share: int = 80            # A: the customers making the first head_share % …
    amount_months: int = 12         # … of the amount over the trailing amount_months
    loyal_years: int = 3            # A: at least loyal_years of cooperation …
    loyal_recent_months: int = 12   # … with a project in the last loyal_recent_months
    active_months: int = 24         # B: a project in the last active_months


_LIMITS = {"head_share": (1, 100), "amount_months": (1, 120), "loyal_years": (1, 100),
           "loyal_recent_months": (1, 120), "active_months": (1, 240)}
LABELS = {"head_share": "A 类金额占比（%）", "amount_months": "金额统计月数", "loyal_years": "A 类合作年限",
          "loyal_recent_months": "A 类近期项目月数", "active_months": "B 类近期项目月数"}


def get_rules() -> ClassRules:
    raw = get_meta(META_KEY, "")
    if not raw:
        return ClassRules()
    try:
        data = json.loads(raw)
    except ValueError:
        return ClassRules()
    known = {k: int(v) for k, v in data.items() if k in _LIMITS and isinstance(v, int)}
    return replace(ClassRules(), **known)


def set_rules(actor: Actor, changes: dict[str, Any]) -> ClassRules:
    """A manager changes some rules; all problems are reported together."""
    actor = access.require(actor, access.MANAGE)
    problems = []
    clean = {}
    for key, value in changes.items():
        if key not in _LIMITS:
            problems.append(FieldProblem(key, f"没有规则“{key}”"))
            continue
        low, high = _LIMITS[key]
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            problems.append(FieldProblem(key, f"{LABELS[key]}应为 {low}–{high} 之间的整数", value))
            continue
        clean[key] = number
    if problems:
        raise ValidationError(problems)
    old = get_rules()
    new = replace(old, **clean)
    with write_transaction():
        set_meta(META_KEY, json.dumps(asdict(new), sort_keys=True))
        audit.record(actor, "set_class_rules", target_type="settings", target_label=META_KEY,
                     details={"changes": {k: [getattr(old, k), v] for k, v in clean.items()
                                          if getattr(old, k) != v}})
    return new
