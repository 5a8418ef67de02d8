"""Bulk INSERT with one prepared statement: for writers of thousands of rows at once (an
import's new cards, their key people and entries, the audit entries of a bulk job)."""
from __future__ import annotations

from operator import itemgetter
from typing import Any

import peewee as pw

from models.foundation.db import database


def insert_rows(model: type[pw.Model], rows: list[dict[str, Any]]) -> None:
    """INSERT every row (dicts with the same keys) with one prepared statement per 1,000.

    peewee's insert_many spends most of its time building SQL; executemany does not."""
    if not rows:
        return
    missing = [f for f in model._meta.sorted_fields
               if f.name not in rows[0] and not isinstance(f, pw.AutoField) and f.default is not None]
    if missing:   # a column added since the caller was written gets its model default
        rows = [{**r, **{f.name: (f.default() if callable(f.default) else f.default) for f in missing}}
                for r in rows]
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
