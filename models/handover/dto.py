"""Frozen data the handover service (models/handover.py) hands to the UI and the PDF."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.foundation.dto import StaffInfo
from models.foundation.vocabulary import HANDOVER_STATUS_LABELS


def handover_number(handover_id: int) -> str:
    """The printed number of a handover record (交接单号)."""
    return f"JJ{handover_id:06d}"


@dataclass(frozen=True)
class InventoryCustomer:
    id: int
    code: str
    name: str
    cls: str
    status: str
    contacts: int
    projects: int
    events: int
    follow_ups: int


@dataclass(frozen=True)
class GrantLine:
    id: int
    customer_code: str
    customer_name: str
    grantee: str
    granted_by: str
    scopes: str
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    direction: str  # "held" by the leaver or "given" by the leaver

    @property
    def active(self) -> bool:
        return self.revoked_at is None and self.expires_at > dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class FollowUpLine:
    id: int
    customer_code: str
    customer_name: str
    title: str
    due_on: dt.date | None


@dataclass(frozen=True)
class Inventory:
    handover_id: int
    number: str
    leaver: StaffInfo
    status: str
    customers: tuple[InventoryCustomer, ...]
    grants_given: tuple[GrantLine, ...]
    grants_held: tuple[GrantLine, ...]
    follow_ups: tuple[FollowUpLine, ...]

    @property
    def totals(self) -> tuple[int, int, int]:
        return (sum(c.contacts for c in self.customers), sum(c.projects for c in self.customers),
                sum(c.events for c in self.customers))


@dataclass(frozen=True)
class PlanLine:
    customer_id: int
    code: str
    name: str
    cls: str
    status: str
    receiver: str          # username
    receiver_name: str
    overridden: bool


@dataclass(frozen=True)
class ReceiverLoad:
    username: str
    display_name: str
    current: int           # active customers in custody before the handover
    assigned: int          # customers this plan gives them

    @property
    def after(self) -> int:
        return self.current + self.assigned


@dataclass(frozen=True)
class HandoverPlan:
    handover_id: int
    split: str
    receivers: tuple[ReceiverLoad, ...]
    lines: tuple[PlanLine, ...]


@dataclass(frozen=True)
class ExecuteSummary:
    handover_id: int
    number: str
    moved: int
    per_receiver: dict[str, int]
    follow_ups_moved: int
    status: str
    seconds: float


@dataclass(frozen=True)
class HandoverItemInfo:
    customer_id: int
    code: str
    name: str
    cls: str
    contacts: int
    projects: int
    events: int
    receiver: str
    receiver_name: str
    confirmed_at: dt.datetime | None
    confirmed_by: str


@dataclass(frozen=True)
class ReceiverStatus:
    username: str
    display_name: str
    total: int
    confirmed: int

    @property
    def done(self) -> bool:
        return self.total == self.confirmed


@dataclass(frozen=True)
class HandoverInfo:
    id: int
    number: str
    leaver: StaffInfo
    manager: StaffInfo
    status: str
    created_at: dt.datetime
    executed_at: dt.datetime | None
    completed_at: dt.datetime | None
    notes: str
    items: tuple[HandoverItemInfo, ...]
    receivers: tuple[ReceiverStatus, ...]

    @property
    def confirmed(self) -> int:
        return sum(r.confirmed for r in self.receivers)

    @property
    def status_label(self) -> str:
        return HANDOVER_STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class HandoverSummary:
    id: int
    number: str
    leaver_name: str
    leaver_username: str
    manager_name: str
    status: str
    created_at: dt.datetime
    executed_at: dt.datetime | None
    completed_at: dt.datetime | None
    total: int
    confirmed: int

    @property
    def status_label(self) -> str:
        return HANDOVER_STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class PendingConfirmation:
    handover_id: int
    number: str
    leaver_name: str
    manager_name: str
    executed_at: dt.datetime | None
    items: tuple[HandoverItemInfo, ...]


@dataclass(frozen=True)
class StartPreview:
    """What 开始交接并冻结账号 will do, for the confirmation (nothing changes)."""
    leaver_name: str
    open_handover: int | None   # a started handover to continue: nothing more is frozen
    customers: int              # in the leaver's custody
    grants_held: int            # active grants that end
    requests_pending: int       # pending access requests that are cancelled
