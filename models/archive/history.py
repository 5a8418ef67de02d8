"""A card's change history (追踪客户变化) in words, built from the audit log.

One ChangeEntry per line a person would write ("电话：0571-1111 → 0571-2222", "新增联系人
王伟（总经理）"), every line of one save carrying that audit entry's id (`save`) so the screen
can group them. The wording lives here so the card, the CLI and any report say the same:
booleans read 是/否, classes and custodians by their names, empty fields give no line, and
sensitive fields say once per save that they changed, never what they hold.
"""
from __future__ import annotations

import json
from typing import Any

from models.foundation.dto import ChangeEntry
from models.foundation.schema import AuditEntry, Staff
from models.foundation.vocabulary import (
    AUDIT_ACTION_LABELS,
    CLASS_LABELS,
    CONTACT_LABELS,
    CUSTOMER_STATUS_LABELS,
    EVENT_LABELS,
    FIELD_LABELS,
    HIDDEN,
    PROJECT_LABELS,
    SENSITIVE_FIELDS,
)

SENSITIVE_CHANGED = "（敏感信息已更改）"
LONG = 40   # a longer value (notes, an entry's content) reads "已修改", not pasted whole
NOT_HISTORY = ("view_card", "reveal_sensitive")   # reads, not changes


def _value(key: str, text: str, names: dict[str, str]) -> str:
    if text in ("True", "False"):
        return "是" if text == "True" else "否"
    if key in ("cls", "classification"):
        return CLASS_LABELS.get(text, text)
    if key == "owner":
        return names.get(text, text)
    if key == "status":
        return CUSTOMER_STATUS_LABELS.get(text, text)
    return text


def _line(label: str, key: str, pair: Any, names: dict[str, str]) -> str | None:
    """'标签：旧 → 新' in words; None when nothing visible changed (both empty)."""
    old, new = (list(pair) + ["", ""])[:2] if isinstance(pair, list) else ("", str(pair))
    old, new = _value(key, old or "", names), _value(key, new or "", names)
    if old == new:
        return None
    if len(old) > LONG or len(new) > LONG:
        return f"{label}：已修改"
    if not old:
        return f"{label}：{new}"
    if not new:
        return f"{label}：已清空（原为 {old}）"
    return f"{label}：{old} → {new}"


def _field_lines(changes: dict[str, Any], labels: dict[str, Any], names: dict[str, str], prefix: str = "",
                 sub: str = "") -> list[tuple[str, str, str, str]]:
    """One (text, field, old, new) per changed field; the sensitive ones as one line."""
    lines, sensitive = [], False
    order = list(labels)   # the audit log keeps keys sorted; a person reads them in form order
    for key, pair in sorted(changes.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order
                            else len(order)):
        if key in SENSITIVE_FIELDS or (isinstance(pair, list) and HIDDEN in pair):
            sensitive = True
            continue
        line = _line(labels.get(key, key), key, pair, names)
        if line:
            old, new = (list(pair) + ["", ""])[:2] if isinstance(pair, list) else ("", str(pair))
            lines.append((prefix + line, f"{sub}·{key}" if sub else key, old, new))
    if sensitive:
        lines.append((prefix + SENSITIVE_CHANGED, f"{sub}·sensitive" if sub else "sensitive", "", ""))
    return lines


def _new_value(changes: dict[str, Any], key: str) -> str:
    pair = changes.get(key)
    return (pair[1] if isinstance(pair, list) and len(pair) > 1 else str(pair or "")) or ""


def describe(action: str, details: dict[str, Any], names: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """The lines of one audit entry: (text, field, old, new) — field/old/new kept raw for tools."""
    changes = details.get("changes") or {}
    contact, project = details.get("contact", ""), details.get("project", "")
    if action == "add_contact":
        title = _new_value(changes, "title")
        text = f"新增联系人 {contact}" + (f"（{title}）" if title else "")
        if _new_value(changes, "is_primary") == "True":
            text += "，主要联系人"
        return [(text, contact, "", "")]
    if action == "add_project":
        return [(f"新增合作项目 {project}", project, "", "")]
    if action in ("remove_contact", "remove_project"):
        what = "联系人" if action == "remove_contact" else "合作项目"
        return [(f"删除{what} {contact or project}", contact or project, "", "")]
    if action in ("add_event", "report_event"):
        verb = "报告重要事项" if action == "report_event" else "记一笔"
        category = details.get("category", "")
        return [(f"{verb}：{details.get('title', '')}" + (f"（{category}）" if category else ""),
                 details.get("title", ""), "", "")]
    if action == "archive_customer":
        return [(f"归档：{details.get('reason', '')}".rstrip("："), "", "", "")]
    if action == "restore_customer":
        return [("恢复为正常客户", "", "", "")]
    if action == "create_customer":
        text = "新建客户卡"
        if details.get("contacts"):
            text += "，联系人 " + "、".join(details["contacts"])
        return [(text, "", "", "")]
    if action == "update_contact":
        return _field_lines(changes, CONTACT_LABELS, names, f"联系人 {contact} · ", contact)
    if action == "update_project":
        return _field_lines(changes, PROJECT_LABELS, names, f"合作项目 {project} · ", project)
    if action == "edit_event":
        return _field_lines(changes, EVENT_LABELS, names, "更正重要事项 · ")
    if changes:
        return _field_lines(changes, FIELD_LABELS, names)
    label = details.get("title") or details.get("name") or ""
    return [(AUDIT_ACTION_LABELS.get(action, action) + (f"：{label}" if label else ""), label, "", "")]


def history_of(customer_id: int) -> list[ChangeEntry]:
    """Newest save first; within a save, the lines in the order the fields were changed."""
    entries = list(AuditEntry.select().where((AuditEntry.target_type == "customer")
                                             & (AuditEntry.target_id == customer_id)
                                             & (AuditEntry.outcome == "allowed")
                                             & ~AuditEntry.action.in_(NOT_HISTORY))
                   .order_by(AuditEntry.id.desc()))
    names = {s.username: s.display_name or s.username for s in Staff.select(Staff.username, Staff.display_name)}
    out: list[ChangeEntry] = []
    for e in entries:
        details = json.loads(e.details or "{}")
        label = AUDIT_ACTION_LABELS.get(e.action, e.action)
        if details.get("import"):
            label += f"（导入：{details['import']}）"
        who = names.get(e.actor_name, e.actor_name)
        for text, field, old, new in describe(e.action, details, names):
            out.append(ChangeEntry(e.at, who, label, field, old, new, text=text, save=e.id))
    return out
