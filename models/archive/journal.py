"""Where a card's writes put their audit entries.

Every write function of the archive (customers, contacts, events) takes a Journal and
notes each change of a card there, so the card's 变更记录 and `audit list --customer` show
it however it was made:

- the forms write one change at a time: `Journal(actor)` appends each entry to the chain at
  once, inside the form's write transaction;
- a bulk job (an import) passes `Journal(actor, bulk=True, extra={"import": "名单.xlsx"})`:
  entries are collected and appended with `audit.record_many` by `flush()`, still inside the
  job's one transaction, and each carries `extra` (which file the change came from).
"""
from __future__ import annotations

from typing import Any

from models.foundation.bulk import (
    insert_rows as insert_rows,  # the archive's bulk writers use it from here
)
from models.rules import audit
from models.rules.access import Actor


class Journal:
    def __init__(self, actor: Actor, *, bulk: bool = False, extra: dict[str, Any] | None = None) -> None:
        self.actor, self.bulk, self.extra = actor, bulk, dict(extra or {})
        self.pending: list[dict[str, Any]] = []

    def customer(self, action: str, customer_id: int, code: str, details: dict[str, Any] | None = None) -> None:
        """One change of one card (target: the customer, label: its code)."""
        details = {**(details or {}), **self.extra}
        if self.bulk:
            self.pending.append({"action": action, "target_type": "customer", "target_id": customer_id,
                                 "target_label": code, "details": details})
        else:
            audit.record(self.actor, action, target_type="customer", target_id=customer_id,
                         target_label=code, details=details)

    def flush(self) -> int:
        """Append what was collected (bulk); must run inside the caller's write transaction."""
        pending, self.pending = self.pending, []
        if not pending:
            return 0
        return audit.record_many(self.actor, pending[0]["action"], pending)
