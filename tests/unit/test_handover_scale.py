"""A leaver with 5,000 customers handed to three receivers, on SQLite and PostgreSQL.

First a failure injected on the 2,000th customer must leave every table exactly as it was;
then the real run must move custody only, keep every row, and lock the leaver out.
"""
from __future__ import annotations

import hashlib
import time

import pytest
from peewee import fn

from models.accounts import staff
from models.archive import customers
from models.demo import generator as demo
from models.foundation.db import is_postgres
from models.foundation.errors import LoginFailed
from models.foundation.schema import (
    ALL_TABLES,
    AuditEntry,
    Contact,
    Customer,
    Event,
    EventRevision,
    Project,
)
from models.handover import service as handover
from models.rules import access, audit, auth
from tests.conftest import PASSWORD, make_user

N = 5000
CUSTODY_COLUMNS = {"owner", "version", "updated_at", "updated_by"}


def _digest(model, *, skip=(), where=None) -> tuple[int, str]:
    cols = [f for name, f in model._meta.fields.items() if name not in skip]
    q = model.select(*cols).order_by(model._meta.primary_key).tuples()
    if where is not None:
        q = q.where(where)
    h = hashlib.sha256()
    n = 0
    for row in q.iterator():
        h.update(repr(row).encode())
        n += 1
    return n, h.hexdigest()


def _everything() -> dict:
    return {m.__name__: _digest(m) for m in ALL_TABLES}


@pytest.mark.slow
def test_five_thousand_customers_to_three_receivers(people, monkeypatch, capsys):
    boss = people["boss"]
    make_user(boss, "wu", "agent", display_name="吴客服")
    demo.generate(boss, N, agents=1, seed=7)   # agent01 holds all 5,000
    leaver = auth.login("agent01", demo.DEMO_PASSWORD)
    hid = handover.start_handover(boss, "agent01")
    the_plan = handover.plan(boss, hid, ["li", "zhao", "wu"], "even")
    assert sorted(r.assigned for r in the_plan.receivers) == [1666, 1667, 1667]

    # 1. a failure halfway leaves the database exactly as before
    before_all = _everything()
    head_before = audit.read_head()
    real = handover._handover_event
    calls = [0]

    def failing(*args, **kwargs):
        calls[0] += 1
        if calls[0] == 2000:
            raise RuntimeError("disk full (injected)")
        return real(*args, **kwargs)

    monkeypatch.setattr(handover, "_handover_event", failing)
    with pytest.raises(RuntimeError, match="injected"):
        handover.execute(boss, hid, the_plan)
    assert calls[0] == 2000
    assert _everything() == before_all
    assert audit.read_head() == head_before
    monkeypatch.setattr(handover, "_handover_event", real)

    # 2. the real run
    last_event = Event.select(Event.id).order_by(Event.id.desc()).scalar()
    kept = {
        "contacts": _digest(Contact), "projects": _digest(Project),
        "events": _digest(Event), "revisions": _digest(EventRevision),
        "customers": _digest(Customer, skip=CUSTODY_COLUMNS),
    }
    t0 = time.perf_counter()
    summary = handover.execute(boss, hid, the_plan)
    seconds = time.perf_counter() - t0
    with capsys.disabled():
        print(f"\n[handover] execute() of {N} customers on "
              f"{'PostgreSQL' if is_postgres() else 'SQLite'}: {seconds:.2f} s")
    assert summary.moved == N   # (the time is printed, not asserted: speed lives in benchmarks/)

    assert kept == {
        "contacts": _digest(Contact), "projects": _digest(Project),
        "events": _digest(Event, where=Event.id <= last_event), "revisions": _digest(EventRevision),
        "customers": _digest(Customer, skip=CUSTODY_COLUMNS),
    }
    assert Event.select().where(Event.id > last_event).count() == N   # one entry per card
    # every customer has exactly one active custodian: one of the three receivers
    wu = staff.get_staff("wu")
    receivers = {people["li"].id, people["zhao"].id, wu.id}
    assert Customer.select().where(Customer.owner.is_null()).count() == 0
    assert {c.owner_id for c in Customer.select(Customer.owner).distinct()} == receivers
    per_owner = dict(Customer.select(Customer.owner, fn.COUNT(Customer.id))
                     .group_by(Customer.owner).tuples())
    assert sorted(per_owner.values()) == [1666, 1667, 1667]
    assert AuditEntry.select().where(AuditEntry.action == "handover_execute").count() == N
    assert audit.verify().ok

    # 3. the leaver can neither log in nor read anything
    with pytest.raises(LoginFailed):
        auth.login("agent01", demo.DEMO_PASSWORD)
    with pytest.raises(LoginFailed):
        customers.list_customers(leaver)
    assert not access.can(leaver, access.VIEW, Customer.select().first())

    # 4. the receivers confirm; the leaver is departed, never deleted
    for actor in (people["li"], people["zhao"], auth.login("wu", PASSWORD)):
        handover.confirm(actor, hid)
    info = handover.get_handover(boss, hid)
    assert info.status == "complete" and info.confirmed == N
    assert staff.get_staff("agent01").status == "departed"
    assert audit.verify().ok
