"""Frozen data that crosses from the core to ui/ and exports/. No peewee rows leak out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from models.calendar.birthdays import DateSpec, this_year_hint
from models.calendar.errors import CalendarError
from models.calendar.spec_text import format_date_spec

MASK = "●●●●"
MASK_HINT = "权限不足"


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    display_name: str
    role: str
    is_admin: bool
    department: str
    status: str

    @property
    def label(self) -> str:
        return f"{self.display_name}（{self.username}）"


@dataclass(frozen=True)
class Birthday:
    """A key person's birthday as recorded: solar or lunar month-day (闰月 allowed), year
    optional. `text` is the one way it is shown everywhere (card, PDF, workbook, 今日):
    1985年3月5日 / 3月5日 / 农历三月廿一 / 农历闰四月初八 — and it parses back."""

    month: int
    day: int
    year: int | None = None
    lunar: bool = False
    leap: bool = False

    @property
    def spec(self) -> DateSpec:
        return DateSpec(lunar=self.lunar, month=self.month, day=self.day, leap=self.leap,
                        year=self.year)

    @property
    def text(self) -> str:
        try:
            return format_date_spec(self.spec)
        except CalendarError:     # a stored date the calendar cannot place (very old data)
            return f"{'农历' if self.lunar else ''}{self.month}月{self.day}日"

    def hint(self, today: dt.date) -> str:
        """This year's (or next) solar date of a lunar birthday, e.g. 今年 4月18日."""
        if not self.lunar:
            return ""
        try:
            return this_year_hint(self.spec, today)
        except CalendarError:
            return ""


@dataclass(frozen=True)
class ContactInfo:
    id: int
    version: int
    name: str
    is_primary: bool
    title: str
    role_in_org: str
    phone: str
    mobile: str
    email: str
    wechat: str
    birthday: Birthday | None
    family: str
    personality: str
    hobbies: str
    relationships: str
    sensitive_masked: bool = False

    @property
    def birthday_text(self) -> str:
        if self.sensitive_masked:
            return MASK
        return self.birthday.text if self.birthday else ""


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    version: int
    name: str
    started_on: dt.date | None
    ended_on: dt.date | None
    amount: Decimal | None
    status: str
    notes: str


@dataclass(frozen=True)
class EventRevisionInfo:
    event_date: dt.date
    category: str
    title: str
    content: str
    edited_by: str
    edited_at: dt.datetime


@dataclass(frozen=True)
class EventInfo:
    id: int
    version: int
    event_date: dt.date
    category: str
    title: str
    content: str
    source_department: str
    recorded_by: str
    recorded_at: dt.datetime
    is_report: bool
    revisions: tuple[EventRevisionInfo, ...] = ()


@dataclass(frozen=True)
class CustomerRow:
    """One line of the archive list."""

    id: int
    code: str
    name: str
    cls: str
    industry: str
    custodian: str
    custodian_username: str
    status: str
    updated_at: dt.datetime
    name_sort: str = ""     # the name's pinyin sort key: the list's cursor when it sorts by name


@dataclass(frozen=True)
class DirectoryLine:
    """What anyone may see of any customer: enough to ask for access."""

    id: int
    code: str
    name: str
    cls: str
    custodian: str


@dataclass(frozen=True)
class Permissions:
    view: bool
    sensitive: bool
    edit: bool
    export: bool
    manage: bool  # change class / custodian / archive
    granted_until: dt.datetime | None = None   # read through a grant that ends then (UTC)


@dataclass(frozen=True)
class CustomerCard:
    id: int
    version: int
    code: str
    name: str
    kind: str
    organization: str
    industry: str
    industry_status: str
    founded_on: dt.date | None
    address: str
    phone: str
    fax: str
    email: str
    wechat: str
    website: str
    source_channel: str
    cls: str
    custodian: StaffInfo | None
    status: str
    archived_reason: str
    notes: str
    import_source: str
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str
    contacts: tuple[ContactInfo, ...] = ()
    projects: tuple[ProjectInfo, ...] = ()
    events: tuple[EventInfo, ...] = ()
    permissions: Permissions = field(default_factory=lambda: Permissions(True, False, False, False, False))
    sensitive_revealed: bool = False
    # company identity (issue 16); merged_into: the survivor's code when this card was merged
    credit_code: str = ""
    legal_rep: str = ""
    registered_capital: str = ""
    invoice_title: str = ""
    invoice_tax_id: str = ""
    invoice_address_phone: str = ""
    invoice_bank_account: str = ""
    merged_into: str = ""
    # 动态管理: the last 核实 (page 1 confirmed current) and by whom; None when never
    verified_at: dt.datetime | None = None
    verified_by: str = ""

    @property
    def custodian_name(self) -> str:
        return self.custodian.display_name if self.custodian else ""


@dataclass(frozen=True)
class ChangeEntry:
    """One line of a card's change history (追踪客户变化): `text` says it in words; the
    lines of one save share `save` (its audit entry). field/old/new are the raw values."""

    at: dt.datetime
    who: str          # the display name
    action: str
    field: str
    old: str
    new: str
    text: str = ""
    save: int = 0


@dataclass(frozen=True)
class AuditInfo:
    """One audit entry as the viewer, the CLI and the Excel export show it (time in UTC)."""

    id: int
    at: dt.datetime
    actor_name: str
    machine: str
    action: str
    action_label: str
    target_type: str
    target_label: str
    outcome: str
    details: str
