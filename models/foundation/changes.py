"""What a mutation changed: the kinds of data and the customers it touched (cf. Anki's OpChanges).

A service declares its changes inside its write transaction, next to its audit entry:

    with write_transaction():
        ...
        record_changes(Changes.of(Kind.CUSTOMERS, Kind.CARD, customers=[customer.id]))

One declaration serves every listener. The caller gets it back with its return value,
`perform(fn, *args)` → `Outcome(value, changes)` (the desktop app's `ui.operations.run_op` does
this on a worker thread and emits the Changes to the screens), and on PostgreSQL
`write_transaction` sends it to the other PCs as a NOTIFY just before the commit (PostgreSQL
delivers a NOTIFY only when its transaction commits, so a rolled-back write tells nobody).
Return values stay the DTOs they were, so the command line and every existing caller are
unaffected; changes recorded in a transaction that rolls back are dropped.

`touches` may answer yes too often (ids are kept per operation, not per kind) but never no
for something that changed. A Changes with `customer_ids=None` means "customers not known"
(too many for a notification, or missed while a listener was away): it touches every customer.
This module has no peewee and no Qt: the ledger is thread-local (peewee's connections and
transactions are per thread too).
"""
from __future__ import annotations

import enum
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

CHANNEL = "client_archive_changes"   # the PostgreSQL NOTIFY channel
MAX_PAYLOAD = 2000                   # bytes; PostgreSQL allows 8000. Beyond it ids are dropped.
ORIGIN = os.urandom(6).hex()         # this process; its listener skips its own notifications


class Kind(enum.Enum):
    """The kinds of data a screen may show. The values travel in notifications: never rename."""

    CUSTOMERS = "customers"          # rows of the archive list (name, class, custodian, 最后更新)
    CARD = "card"                    # a card's contents: page 1, key people, projects, page 2
    EVENTS = "events"                # page-2 entries (also CARD)
    REQUESTS = "requests"            # access requests
    GRANTS = "grants"                # time-limited grants (what a user may see)
    NOTIFICATIONS = "notifications"  # someone's inbox
    STAFF = "staff"                  # accounts, departments, the company name
    HANDOVERS = "handovers"          # staff-departure handovers and their confirmations
    AUDIT = "audit"                  # only for operations whose one trace is the log (export, backup)
    SERVICE = "service"              # complaints and after-sales records (models/service)


ALL_KINDS = frozenset(Kind)
_BY_VALUE = {k.value: k for k in Kind}


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind] = frozenset()
    customer_ids: frozenset[int] | None = frozenset()   # None: any customer (not known)
    elsewhere: bool = False                              # learnt from another PC, not done here

    @classmethod
    def of(cls, *kinds: Kind, customers: Iterable[int] | None = ()) -> Changes:
        return cls(frozenset(kinds), None if customers is None else frozenset(int(c) for c in customers))

    @classmethod
    def none(cls) -> Changes:
        return cls()

    @classmethod
    def everything(cls, *, elsewhere: bool = False) -> Changes:
        """Every kind, every customer: what a listener says after it was away."""
        return cls(ALL_KINDS, None, elsewhere)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def merge(self, *others: Changes) -> Changes:
        kinds, ids, elsewhere = set(self.kinds), self.customer_ids, self.elsewhere
        for o in others:
            kinds |= o.kinds
            ids = None if ids is None or o.customer_ids is None else ids | o.customer_ids
            elsewhere = elsewhere or o.elsewhere
        return Changes(frozenset(kinds), ids, elsewhere)

    def touches(self, kind: Kind, customer_id: int | None = None) -> bool:
        """Did `kind` change (for `customer_id`, when given)?"""
        if kind not in self.kinds:
            return False
        return customer_id is None or self.customer_ids is None or customer_id in self.customer_ids

    def touches_any(self, *kinds: Kind) -> bool:
        return any(k in self.kinds for k in kinds)

    # ---- the notification payload: kinds and ids only, never customer data --------------
    def to_payload(self, origin: str = ORIGIN, max_bytes: int = MAX_PAYLOAD) -> str:
        kinds = sorted(k.value for k in self.kinds)
        ids = None if self.customer_ids is None else sorted(self.customer_ids)
        text = _dump({"o": origin, "k": kinds, "c": ids})
        if len(text.encode()) > max_bytes:
            text = _dump({"o": origin, "k": kinds, "c": None})   # too many: "some customers"
        return text

    @classmethod
    def from_payload(cls, text: str) -> tuple[str, Changes] | None:
        """(origin, Changes marked elsewhere), or None for a payload that is not ours."""
        try:
            data = json.loads(text)
            kinds = frozenset(_BY_VALUE[k] for k in data["k"] if k in _BY_VALUE)
            ids = data.get("c")
            customer_ids = None if ids is None else frozenset(int(i) for i in ids)
            return str(data.get("o", "")), cls(kinds, customer_ids, True)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"))


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service call's return value and what it changed."""

    value: T
    changes: Changes


# ---- the ledger: what the current thread's write transaction has declared ----------------

class _Local(threading.local):
    def __init__(self) -> None:
        self.pending: Changes | None = None        # inside an outermost write transaction
        self.collectors: list[list[Changes]] = []  # perform()/collect() blocks, innermost last


_local = _Local()


def record_changes(changes: Changes) -> None:
    """Declare what the current write transaction changes (it is announced once it commits)."""
    if _local.pending is None:
        raise RuntimeError("record_changes() must be called inside write_transaction()")
    _local.pending = _local.pending.merge(changes)


def begin_transaction() -> None:
    """Called by `write_transaction` when the outermost transaction starts."""
    _local.pending = Changes.none()


def pending_changes() -> Changes:
    return _local.pending or Changes.none()


def end_transaction(committed: bool) -> Changes:
    """Called by `write_transaction` after the outermost commit (or rollback): hand what was
    committed to every collector on this thread."""
    changes = (_local.pending or Changes.none()) if committed else Changes.none()
    _local.pending = None
    if changes:
        for box in _local.collectors:
            box.append(changes)
    return changes


@contextmanager
def collect() -> Iterator[list[Changes]]:
    """Gather what the transactions committed on this thread inside the block."""
    box: list[Changes] = []
    _local.collectors.append(box)
    try:
        yield box
    finally:
        _local.collectors.remove(box)


def collected(box: list[Changes]) -> Changes:
    return Changes.none().merge(*box)


def perform(fn: Callable[..., T], *args: Any, **kwargs: Any) -> Outcome[T]:
    """Call a service function; return its value with the changes it committed."""
    with collect() as box:
        value = fn(*args, **kwargs)
    return Outcome(value, collected(box))


def card_changes(*customer_ids: int, also: Iterable[Kind] = ()) -> Changes:
    """These customers' cards and list rows changed (plus any other kinds in `also`)."""
    return Changes.of(Kind.CUSTOMERS, Kind.CARD, *also, customers=customer_ids)
