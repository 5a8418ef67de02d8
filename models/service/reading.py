"""Reading service records: one record as RecordInfo (with live deadlines), lists with
filters, a customer's records for the card."""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import overload

import peewee as pw

from models.calendar.holidays import HolidaySchedule
from models.desk.holidays import schedule as holiday_schedule
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.localtime import to_local
from models.foundation.schema import Customer, ServiceRecord, ServiceStep, Staff
from models.foundation.vocabulary import OPEN_SERVICE_STATUSES, SERVICE_KINDS
from models.rules import access
from models.rules.access import Actor
from models.service import clock
from models.service.dto import RecordInfo, StepInfo
from models.service.settings import ServiceSettings, get_settings

MOMENT_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")


def parse_moment(value: object, field: str) -> dt.datetime:
    """A local date and time: a datetime, or "YYYY-MM-DD HH:MM" text."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValidationError([FieldProblem(field, "请使用本机当地时间（不带时区）", value)])
        return value.replace(microsecond=0)
    text = str(value or "").strip()
    for fmt in MOMENT_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValidationError([FieldProblem(field, f"时间格式应为 YYYY-MM-DD HH:MM：{text}", value)])


@overload
def local(utc: dt.datetime) -> dt.datetime: ...
@overload
def local(utc: None) -> None: ...
@overload
def local(utc: dt.datetime | None) -> dt.datetime | None: ...
def local(utc: dt.datetime | None) -> dt.datetime | None:
    """A stored (naive UTC) time as naive local time."""
    return None if utc is None else to_local(utc).replace(tzinfo=None)


def to_utc(moment: dt.datetime) -> dt.datetime:
    """A naive local time as the naive UTC the database stores."""
    return moment.astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _names(ids: Iterable[int | None]) -> dict[int | None, Staff]:   # looked up by optional ids
    ids = {i for i in ids if i}
    return {s.id: s for s in Staff.select().where(Staff.id.in_(list(ids)))} if ids else {}


def _changes_of(record_ids: Iterable[int]) -> dict[int, list[tuple[dt.datetime, str]]]:
    out: dict[int, list[tuple[dt.datetime, str]]] = {}
    if not record_ids:
        return out
    for rid, at, status in (ServiceStep.select(ServiceStep.record, ServiceStep.at, ServiceStep.status)
                            .where(ServiceStep.record.in_(list(record_ids)))
                            .order_by(ServiceStep.at, ServiceStep.id).tuples()):
        out.setdefault(rid, []).append((local(at), status))
    return out


def info_of(rec: ServiceRecord, customer: Customer, now: dt.datetime, *, steps: bool = False,
            can_handle: bool = False, changes: list[tuple[dt.datetime, str]] | None = None,
            staff: dict[int | None, Staff] | None = None, settings: ServiceSettings | None = None,
            calendar: HolidaySchedule | None = None) -> RecordInfo:
    """The record as the user sees it, with deadlines computed now (a record waiting on the
    customer has its resolution deadline moving on while it waits). A list passes `settings`
    and `calendar` read once (each is a query)."""
    settings = settings or get_settings()
    calendar = calendar or holiday_schedule()
    if changes is None:
        changes = _changes_of([rec.id]).get(rec.id, [])
    received = local(rec.received_at)
    is_open = rec.status in OPEN_SERVICE_STATUSES
    # a resolved record's clock stopped when it was resolved: its deadline stays where it
    # stood then (counted up to now it would move on for as long as the record stays resolved)
    stopped = local(rec.resolved_at) if not is_open and rec.resolved_at else now
    d = clock.deadlines(received, settings.limit(rec.severity, "respond"),
                        settings.limit(rec.severity, "resolve"), changes, min(now, stopped),
                        calendar, settings.hours)
    late_response = rec.first_response_at is None and now > d.respond_by
    late_resolution = is_open and rec.status != "待客户" and now > d.resolve_by
    staff = staff if staff is not None else _names([rec.assignee_id, rec.opened_by_id])
    assignee, opener = staff.get(rec.assignee_id), staff.get(rec.opened_by_id)
    step_rows: tuple[StepInfo, ...] = ()
    if steps:
        rows = list(ServiceStep.select().where(ServiceStep.record == rec.id).order_by(ServiceStep.at, ServiceStep.id))
        names = _names(s.actor_id for s in rows)
        step_rows = tuple(StepInfo(local(s.at), names[s.actor_id].display_name if s.actor_id in names else "",
                                   s.action, s.status, s.note) for s in rows)
    return RecordInfo(
        rec.id, rec.number, rec.kind, customer.id, customer.code, customer.name, rec.title, rec.content,
        rec.demand, rec.product, rec.severity, rec.channel, rec.complainant, rec.complainant_contact,
        received, rec.status, assignee.display_name if assignee else "", assignee.username if assignee else "",
        opener.display_name if opener else "", rec.verdict, rec.verdict_reason, rec.category,
        rec.responsible_dept, rec.resolution, rec.corrective, rec.preventive, rec.feedback_told,
        rec.satisfaction, local(rec.appointment_at), rec.address, rec.warranty, rec.item, rec.return_reason,
        local(rec.first_response_at), local(rec.resolved_at), local(rec.feedback_at), local(rec.closed_at),
        d.respond_by, d.resolve_by, bool(rec.missed_response) or late_response,
        bool(rec.missed_resolution) or late_resolution, is_open and (late_response or late_resolution),
        rec.status == "待客户", rec.reopen_count, rec.version, can_handle, step_rows)


LIST_LIMIT = 5000   # the 服务单 window shows at most this many (newest first) and says so


def list_records(actor: Actor, *, open_only: bool = False, overdue_only: bool = False,
                 kind: str | None = None, status: str | None = None, severity: str | None = None,
                 assignee: str | None = None, on_date: dt.date | None = None,
                 date_from: dt.date | None = None, date_to: dt.date | None = None,
                 customer_id: int | None = None, numbers: Collection[str] | None = None,
                 now: dt.datetime | None = None,
                 limit: int | None = LIST_LIMIT) -> list[RecordInfo]:
    """The records the user may see, open ones first, then newest received first.
    `on_date` (or the range) is the local day the record was received; `numbers` keeps only
    those records, in the order given (a selection on screen)."""
    now = now or local_now()
    if kind and kind not in SERVICE_KINDS:
        raise ValidationError([FieldProblem("kind", "类型必须是：" + "、".join(SERVICE_KINDS), kind)])
    query = (ServiceRecord.select(ServiceRecord, Customer)
             .join(Customer, on=(ServiceRecord.customer == Customer.id))
             .where(access.service_visible_condition(actor)))
    if on_date:
        date_from = date_to = on_date
    if date_from:
        query = query.where(ServiceRecord.received_at >= to_utc(dt.datetime.combine(date_from, dt.time.min)))
    if date_to:
        query = query.where(ServiceRecord.received_at < to_utc(dt.datetime.combine(
            date_to + dt.timedelta(days=1), dt.time.min)))
    if open_only or overdue_only:
        query = query.where(ServiceRecord.status.in_(OPEN_SERVICE_STATUSES))
    if kind:
        query = query.where(ServiceRecord.kind == kind)
    if status:
        query = query.where(ServiceRecord.status == status)
    if severity:
        query = query.where(ServiceRecord.severity == severity)
    if customer_id:
        query = query.where(ServiceRecord.customer == customer_id)
    if numbers is not None:
        numbers = [str(n).strip().upper() for n in numbers]
        query = query.where(ServiceRecord.number.in_(numbers))
    if assignee:
        query = query.join(Staff, on=(ServiceRecord.assignee == Staff.id)).where(Staff.username == assignee)
    query = query.order_by(ServiceRecord.status.in_(OPEN_SERVICE_STATUSES).desc(),
                           ServiceRecord.received_at.desc(), ServiceRecord.id.desc()).limit(limit)
    rows = list(query)
    changes = _changes_of([r.id for r in rows])
    staff = _names([i for r in rows for i in (r.assignee_id, r.opened_by_id)])
    settings, calendar = get_settings(), holiday_schedule()
    out = [info_of(r, r.customer, now, changes=changes.get(r.id, []), staff=staff, settings=settings,
                   calendar=calendar) for r in rows]
    if overdue_only:
        out = [r for r in out if r.overdue]
    if numbers is not None:
        place = {n: i for i, n in enumerate(numbers)}
        out.sort(key=lambda r: place[r.number])
    return out


def open_count_by_customer(actor: Actor, customer_id: int) -> int:
    n: int = (ServiceRecord.select(pw.fn.COUNT(ServiceRecord.id))
            .join(Customer, on=(ServiceRecord.customer == Customer.id))
            .where(access.service_visible_condition(actor) & (ServiceRecord.customer == customer_id)
                   & ServiceRecord.status.in_(OPEN_SERVICE_STATUSES)).scalar())
    return n


def deadlines_for(severity: str, received: object, *, now: dt.datetime | None = None) -> clock.Deadlines:
    """The deadlines a record of `severity` received at `received` (local) gets, for the
    register dialog to show before it is saved. Pure arithmetic on the archive's settings: no
    record is read, so no permission is asked."""
    moment = parse_moment(received, "received_at") if received not in (None, "") else (now or local_now())
    s = get_settings()
    return clock.deadlines(moment, s.limit(severity, "respond"), s.limit(severity, "resolve"), [],
                           moment, holiday_schedule(), s.hours)
