"""Demo data that reads like a service department's archive, reproducible by seed.

Used by the first-start dialog, the `demo` command, the GUI tests and the benchmarks.
`generate(actor, n, seed=S, today=D)` gives the same names, texts, dates, amounts and
numbers for the same seed and reference day (models.demo.story tells each customer's
story from one seeded random stream; Faker zh_CN supplies the surname frequencies and
given names). Phones, faxes and mobiles are unique within the archive
(models.demo.numbers), so the importer accepts an export of demo data.

Rows are inserted in batches (one audit entry per batch) so 100,000 customers take
seconds, not minutes; search text and pinyin are computed as for any other write.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from models.archive import search_text
from models.demo.numbers import MAX_CUSTOMER_ID
from models.demo.story import StoryTeller
from models.foundation.changes import Changes, Kind, card_changes, record_changes
from models.foundation.db import database, write_transaction
from models.foundation.schema import Contact, Customer, Department, Event, Project, Staff
from models.rules import access, audit
from models.rules.access import Actor
from models.rules.auth import hash_password

DEMO_PASSWORD = "demo-pass-1"


def ensure_agents(actor: Actor, count: int) -> list[Staff]:
    """Demo agents agent01..agentNN (password DEMO_PASSWORD), created when missing."""
    from faker import Faker

    dept, _ = Department.get_or_create(name="客服部")
    agents = []
    pw_hash = None
    fake = Faker("zh_CN")
    fake.seed_instance(4242)
    for i in range(1, count + 1):
        username = f"agent{i:02d}"
        staff = Staff.get_or_none(Staff.username == username)
        display_name = fake.name()
        if staff is None:
            pw_hash = pw_hash or hash_password(DEMO_PASSWORD)
            staff = Staff.create(username=username, display_name=display_name, role="agent",
                                 department=dept, password_hash=pw_hash)
            audit.record(actor, "create_user", target_type="staff", target_id=staff.id,
                         target_label=username, details={"role": "agent", "demo": True})
        agents.append(staff)
    return agents


def generate(actor: Actor, customers: int, *, agents: int = 5, seed: int = 1,
             batch: int = 2000, progress: Any = None, today: dt.date | None = None) -> int:
    """Add `customers` demo cards spread over `agents` demo agents; returns the count.

    `today` is the reference day the history ends at (default: the real today): the same
    seed and day give the same archive, whatever `batch` is."""
    actor = access.require(actor, access.MANAGE)  # managers only
    if customers < 0 or agents < 1:
        raise ValueError("customers must be >= 0 and agents >= 1")
    today = today or dt.date.today()
    with write_transaction():
        staff = ensure_agents(actor, agents)
        record_changes(Changes.of(Kind.STAFF))
    first_id = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    if first_id + customers > MAX_CUSTOMER_ID:
        raise ValueError(f"demo data supports up to {MAX_CUSTOMER_ID:,} customers")
    taken = {name for (name,) in Customer.select(Customer.name).tuples()}
    teller = StoryTeller(seed, today, [s.id for s in staff], taken)
    done = 0
    while done < customers:
        n = min(batch, customers - done)
        with write_transaction():
            _write_batch(teller, first_id + done, n)
            audit.record(actor, "demo_data", details={"customers": n, "seed": seed})
            record_changes(card_changes(*range(first_id + done, first_id + done + n), also=[Kind.EVENTS]))
        done += n
        if progress:
            progress(done, customers)
    _fix_postgres_sequences()
    from models.foundation.db import refresh_statistics

    refresh_statistics()   # the list's planner statistics (issue #13)
    return done


def _write_batch(teller: StoryTeller, start_id: int, n: int) -> None:
    rows, contact_rows, project_rows, event_rows = [], [], [], []
    for cid in range(start_id, start_id + n):
        row, people, projects, events = teller.customer(cid, f"KH{cid:06d}")
        row.update(search_text.derived_columns(row, people))
        rows.append(row)
        contact_rows.extend(people)
        project_rows.extend(projects)
        event_rows.extend(events)
    for model, items in ((Customer, rows), (Contact, contact_rows), (Project, project_rows),
                         (Event, event_rows)):
        _insert(model, items)
    search_text.index_new(rows)


def _insert(model: type[pw.Model], rows: list[dict[str, Any]]) -> None:
    """One prepared INSERT run with executemany (peewee's insert_many spends most of its time
    building SQL). Columns the rows leave out take the field's constant default; a field
    whose default is computed (a time) must be given, so nothing depends on the clock."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField) or f.name in rows[0]]
    for f in fields:
        if f.name not in rows[0] and callable(f.default):
            raise ValueError(f"demo rows must set {model.__name__}.{f.name}")
    param = database.obj.param
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields), ", ".join([param] * len(fields)))
    # text columns hold str already (their db_value returns it unchanged): convert the rest only
    convert = [(i, f.db_value) for i, f in enumerate(fields) if not isinstance(f, (pw.CharField, pw.TextField))]
    names = [(f.name, f.default) for f in fields]
    values = []
    for r in rows:
        v = [r.get(name, default) for name, default in names]
        for i, db_value in convert:
            v[i] = db_value(v[i])
        values.append(v)
    cursor = database.cursor()
    for i in range(0, len(values), 1000):
        cursor.executemany(sql, values[i:i + 1000])


def _fix_postgres_sequences() -> None:
    """Explicit ids were inserted; move PostgreSQL's sequence past them."""
    from models.foundation.db import is_postgres

    if is_postgres():
        database.execute_sql(
            "SELECT setval(pg_get_serial_sequence('customer', 'id'), (SELECT COALESCE(MAX(id), 1) FROM customer))")
