"""Messages to people about their accounts (the inbox of models/access_requests): who
appointed a manager, who reset whose password. Written inside the caller's write
transaction, so the change and its notice commit together. No customer is attached, so
nothing here reveals a card.

Why: the admin capability may still do what only being noticed can guard against — reset
a password and sign in with it, or (as a manager) appoint a manager — so every such step
tells the people who would want to know.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from models.foundation.dto import StaffInfo
from models.foundation.schema import Notification, Staff, utcnow

if TYPE_CHECKING:
    from models.rules.access import Actor


def who(person: Actor | Staff | StaffInfo) -> str:
    """王主管（boss）: an Actor, a Staff row or a StaffInfo."""
    return f"{person.display_name}（{person.username}）"


def notify(staff_id: int, message: str) -> None:
    Notification.create(recipient=staff_id, customer=None, message=message, created_at=utcnow())


def notify_managers(message: str, *, exclude: Iterable[int] = ()) -> int:
    """Tell every active manager except the ids in `exclude`; returns how many were told."""
    told = 0
    for s in (Staff.select(Staff.id).where((Staff.role == "manager") & (Staff.status == "active")
                                           & Staff.id.not_in(list(exclude) or [0]))):
        notify(s.id, message)
        told += 1
    return told
