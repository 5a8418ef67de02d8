"""Every action the code writes to the audit log has a Chinese name for the audit viewer
(issue 12: the viewer showed "操作：create_customer")."""
from __future__ import annotations

import re
from pathlib import Path

from models.foundation.vocabulary import AUDIT_ACTION_LABELS

ROOT = Path(__file__).resolve().parents[2]
# the ways an action name reaches the log: audit.record(actor, "x", …), record_many(actor, "x", …),
# a Journal's .customer("x", …), a helper's audit_action="x", and a bulk entry's "action": "x"
PATTERNS = (r"(?:audit\.record|record_many)\(\s*[\w.]+,\s*\"([a-z_]+)\"",
            r"journal\.customer\(\s*\"([a-z_]+)\"",
            r"audit_action=\"([a-z_]+)\"",
            r"\"action\":\s*\"([a-z_]+)\"")


def recorded_actions() -> set[str]:
    found: set[str] = set()
    for folder in ("models", "exports", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for pattern in PATTERNS:
                found.update(re.findall(pattern, text))
    return found


def test_the_scan_finds_the_actions_it_should():
    actions = recorded_actions()
    assert {"create_customer", "update_contact", "reveal_sensitive", "grant", "login"} <= actions
    assert len(actions) > 50


def test_every_recorded_action_has_a_chinese_label():
    missing = sorted(a for a in recorded_actions() if a not in AUDIT_ACTION_LABELS)
    assert missing == [], f"add to AUDIT_ACTION_LABELS (and ui/vocabulary_tr.py): {missing}"
    assert all(re.search(r"[\u4e00-\u9fff]", AUDIT_ACTION_LABELS[a]) for a in recorded_actions())
