"""The class history: every change of a customer's class, with from, to, who, when, why.

Written by every path that changes the class (a page-1 edit in models.archive.customers,
调整分类 and accepted suggestions in models.value, a merge) inside the caller's write
transaction, together with a page-2 entry: a class change is part of the customer's story.
The caller writes the audit entry (it names the path)."""
from __future__ import annotations

from models.foundation.schema import ClassChange, Customer, Event, utcnow
from models.foundation.vocabulary import CLASS_LABELS

SOURCE_LABELS = {"hand": "编辑资料", "set": "调整分类", "suggestion": "采纳建议", "import": "导入",
                 "merge": "合并客户"}


def record(actor_id: int | None, customer: Customer, from_cls: str, to_cls: str, *,
           source: str, reason: str = "") -> ClassChange:
    """One history row and its page-2 entry (category 其他). Call inside write_transaction()."""
    now = utcnow()
    change = ClassChange.create(customer=customer.id, at=now, from_cls=from_cls, to_cls=to_cls,
                                changed_by=actor_id, source=source, reason=reason)
    how = SOURCE_LABELS.get(source, source)
    content = f"{how}：{CLASS_LABELS.get(from_cls, from_cls)} → {CLASS_LABELS.get(to_cls, to_cls)}"
    if reason:
        content += f"。理由：{reason}"
    Event.create(customer=customer.id, event_date=now.date(), category="其他",
                 title=f"客户分类调整为 {to_cls}", content=content, source_department="",
                 recorded_by=actor_id, recorded_at=now)
    return change
