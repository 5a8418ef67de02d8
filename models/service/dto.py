"""Frozen data about service records for the UI, the command line and the paper forms.
No peewee here: exports/ take these. Times are naive local times (the PC's clock)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class StepInfo:
    at: datetime
    actor: str          # display name
    action: str         # open | judge | assign | status | feedback | close | reopen
    status: str         # the record's status after the step
    note: str


@dataclass(frozen=True)
class RecordInfo:
    id: int
    number: str
    kind: str
    customer_id: int
    code: str
    customer: str
    title: str
    content: str
    demand: str
    product: str
    severity: str
    channel: str
    complainant: str
    complainant_contact: str
    received_at: datetime
    status: str
    assignee: str               # display name
    assignee_username: str
    opened_by: str
    verdict: str
    verdict_reason: str
    category: str
    responsible_dept: str
    resolution: str
    corrective: str
    preventive: str
    feedback_told: str
    satisfaction: int | None
    appointment_at: datetime | None
    address: str
    warranty: str
    item: str
    return_reason: str
    first_response_at: datetime | None
    resolved_at: datetime | None
    feedback_at: datetime | None
    closed_at: datetime | None
    respond_by: datetime
    resolve_by: datetime
    missed_response: bool       # permanent: the response came late (or has not come in time)
    missed_resolution: bool     # permanent: resolved late, or open past its deadline
    overdue: bool               # open now and past a deadline
    paused: bool                # waiting for the customer: the clock stands still
    reopen_count: int
    version: int
    can_handle: bool = False
    steps: tuple[StepInfo, ...] = field(default_factory=tuple)

    @property
    def missed(self) -> bool:
        return self.missed_response or self.missed_resolution

    @property
    def is_open(self) -> bool:
        return self.status in ("已受理", "处理中", "待客户")


@dataclass(frozen=True)
class BlankForm:
    """What a blank paper form needs: the kind and the company's name for the heading."""

    kind: str
    company: str


@dataclass(frozen=True)
class ReportRow:
    """One record as the report counts it (working hours already computed)."""

    number: str
    kind: str
    code: str
    customer: str
    severity: str
    category: str
    dept: str
    verdict: str
    response_hours: float | None      # received → first response, working hours
    resolution_hours: float | None    # received → last resolution, minus stops
    resolved: bool
    missed_resolution: bool
    reopen_count: int
    handling_steps: int               # 处理中/待客户 steps (the 已解决 step not counted)
    satisfaction: int | None


@dataclass(frozen=True)
class ServiceReport:
    date_from: object
    date_to: object
    total: int
    by_kind: dict[str, int]
    by_category: dict[str, int]
    by_severity: dict[str, int]
    by_dept: dict[str, int]
    judged: int
    justified_share: float | None           # (有效 + 部分有效) / 已判断的投诉
    response_median: float | None
    response_p90: float | None
    resolution_median: float | None
    resolution_p90: float | None
    resolved: int
    on_time_share: float | None             # resolved without missing the resolution deadline
    first_contact_share: float | None       # resolved, never reopened, ≤ 1 handling step
    satisfaction_mean: float | None
    repeat_complainants: tuple[tuple[str, str, int], ...]   # ((code, customer, complaints), ...) most first
    rows: tuple[ReportRow, ...] = ()
