"""Where a card's writes put their audit entries, and the bulk row insert they share.

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

from operator import itemgetter

import peewee as pw

from models.foundation.db import database
from models.rules import audit


class Journal:
    def __init__(self, actor, *, bulk: bool = False, extra: dict | None = None):
        self.actor, self.bulk, self.extra = actor, bulk, dict(extra or {})
        self.pending: list[dict] = []

    def customer(self, action: str, customer_id: int, code: str, details: dict | None = None) -> None:
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


def insert_rows(model, rows: list[dict]) -> None:
    """INSERT every row (dicts with the same keys) with one prepared statement per 1,000.

    peewee's insert_many spends most of its time building SQL; executemany does not."""
    if not rows:
        return
    names = list(rows[0])
    fields = [model._meta.fields[n] for n in names]
    param = database.obj.param
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields),
        ", ".join([param] * len(fields)))
    # Text columns hold validated str already (their db_value would return it unchanged), so
    # only the other columns (ids, dates, flags) go through peewee's db_value.
    take = itemgetter(*names)
    convert = [(i, f.db_value) for i, f in enumerate(fields)
               if not isinstance(f, (pw.CharField, pw.TextField))]
    values = []
    for r in rows:
        v = list(take(r)) if len(names) > 1 else [take(r)]
        for i, db_value in convert:
            v[i] = db_value(v[i])
        values.append(v)
    cursor = database.cursor()
    for i in range(0, len(values), 1000):
        cursor.executemany(sql, values[i:i + 1000])
