"""Service records: register (受理), judge (判断), assign, handle, feed back (回访), close, reopen.

Every step is one transaction: the record's new state, its ServiceStep row, the customer's
page-2 entry (投诉 for complaints, 售后服务 for the rest) and the audit entry commit together
or not at all. A user who may edit the card writes an ordinary entry; anyone else (staff of
another department opening a record, a handler with a view grant) writes a *report*
(events.report_event: write-only, the custodian is notified).

Status flow: 已受理 → 处理中 ⇄ 待客户 → 已解决 → 已回访 (feedback) → 已关闭; 待客户 and
已受理 may go straight to 已解决; reopen brings 已解决/已回访/已关闭 back to 处理中. A complaint
must be judged before it is resolved; closing needs the feedback (what the customer was told
and their satisfaction 1–5) recorded after the last resolution. Numbers: TS (投诉), SH (送货,
安装, 退换, 维修, 保养, 培训), ZX (咨询) + the year received + a six-digit sequence per prefix
and year: TS2026-000123.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from models.archive import events
from models.desk.holidays import schedule as holiday_schedule
from models.foundation.changes import Changes, Kind, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import ConflictError, FieldProblem, NotFound, ValidationError
from models.foundation.schema import Customer, ServiceRecord, ServiceStep, Staff
from models.foundation.validation import clean_text
from models.foundation.vocabulary import (
    APPOINTMENT_KINDS,
    COMPLAINT_CATEGORIES,
    SERVICE_CHANNELS,
    SERVICE_KINDS,
    SERVICE_PREFIXES,
    SERVICE_STEP_LABELS,
    SEVERITIES,
    VERDICT_LABELS,
    VERDICTS,
)
from models.rules import access, audit
from models.rules.access import Actor
from models.service import clock, return_visit
from models.service.dto import RecordInfo
from models.service.reading import info_of, local_now, parse_moment, to_utc
from models.service.reading import local as to_naive_local
from models.service.settings import get_settings

STEP_TARGETS = {"处理中": ("已受理", "待客户"), "待客户": ("已受理", "处理中"),
                "已解决": ("已受理", "处理中", "待客户")}


def _customer(code_or_id: int | str) -> Customer:
    q = (Customer.code == str(code_or_id).strip()) if isinstance(code_or_id, str) else (Customer.id == code_or_id)
    c = Customer.get_or_none(q)
    if c is None:
        raise NotFound("客户", str(code_or_id))
    return c


def load(number: str) -> tuple[ServiceRecord, Customer]:
    rec = ServiceRecord.get_or_none(ServiceRecord.number == str(number).strip().upper())
    if rec is None:
        raise NotFound("服务单", str(number))
    return rec, Customer.get_by_id(rec.customer_id)


def _problem(field: str, text: str, value: object = None) -> ValidationError:
    return ValidationError([FieldProblem(field, text, value)])


def _choice(value: str | None, allowed: Sequence[str], field: str, label: str, *,
            empty_ok: bool = False) -> str:
    value = (value or "").strip()
    if empty_ok and not value:
        return ""
    if value not in allowed:
        raise _problem(field, f"{label}必须是：" + "、".join(allowed), value)
    return value


def _assignee(customer: Customer, who: str | None, actor: Actor) -> Staff:
    if who in (None, ""):
        staff = Staff.get_or_none(Staff.id == customer.owner_id) if customer.owner_id else None
        if staff is None or staff.status != "active":
            staff = Staff.get_by_id(actor.id)
            if not access.may_take_service(staff, customer):
                raise _problem("assignee", f"客户 {customer.code} 没有在职的负责客服，请指定处理人")
    else:
        staff = Staff.get_or_none(Staff.username == str(who).strip())
        if staff is None:
            raise _problem("assignee", f"没有账号“{who}”", who)
    if staff.status != "active":
        raise _problem("assignee", f"{staff.display_name} 的账号当前不可用，不能处理服务单", who)
    if not access.may_take_service(staff, customer):
        raise _problem("assignee", f"{staff.display_name} 不能处理客户 {customer.code} 的服务单"
                       "（须为能查看该客户的客服），请先授权或改派给负责客服", who)
    return staff


def _next_number(kind: str, received: dt.datetime) -> str:
    prefix = f"{SERVICE_PREFIXES[kind]}{received.year}-"
    last = (ServiceRecord.select(ServiceRecord.number).where(ServiceRecord.number.startswith(prefix))
            .order_by(ServiceRecord.number.desc()).first())
    seq = int(last.number.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:06d}"


def _write_entry(actor: Actor, customer: Customer, rec: ServiceRecord, at: dt.datetime,
                 what: str, note: str) -> int:
    """The page-2 entry of a step (inside the caller's transaction): an ordinary entry when
    the actor may edit the card, a report otherwise."""
    data = {"event_date": at.date(), "category": "投诉" if rec.kind == "投诉" else "售后服务",
            "title": f"{rec.number} {what}：{rec.title}"[:200], "content": note}
    if access.can(actor, access.EDIT, customer):
        return events.add_event(actor, customer.id, data).id
    return events.report_event(actor, customer.id, data)


def _log(actor: Actor, rec: ServiceRecord, customer: Customer, action: str, at: dt.datetime,
         note: str, audit_action: str, details: dict[str, Any] | None = None) -> None:
    event_id = _write_entry(actor, customer, rec, at, SERVICE_STEP_LABELS[action], note)
    record_changes(Changes.of(Kind.SERVICE, customers=[customer.id]))
    ServiceStep.create(record=rec.id, at=to_utc(at), actor=actor.id, action=action, status=rec.status,
                       note=note, event=event_id)
    audit.record(actor, audit_action, target_type="customer", target_id=customer.id,
                 target_label=rec.number, details={"number": rec.number, **(details or {})})


def _step_time(rec: ServiceRecord, at: object, now: dt.datetime | None) -> dt.datetime:
    moment = parse_moment(at, "at") if at not in (None, "") else (now or local_now())
    if moment > (now or local_now()) + dt.timedelta(minutes=5):
        raise _problem("at", "处理时间不能晚于现在", at)
    last = (ServiceStep.select(ServiceStep.at).where(ServiceStep.record == rec.id)
            .order_by(ServiceStep.at.desc()).first())
    floor = to_naive_local(last.at) if last else to_naive_local(rec.received_at)
    if moment < floor:
        raise _problem("at", f"处理时间早于上一步（{floor:%Y-%m-%d %H:%M}）", at)
    return moment


def _save(rec: ServiceRecord, **changes: Any) -> None:
    rows = (ServiceRecord.update(version=ServiceRecord.version + 1, **changes)
            .where((ServiceRecord.id == rec.id) & (ServiceRecord.version == rec.version)).execute())
    if rows != 1:
        raise ConflictError("服务单", rec.number)
    for k, v in changes.items():
        setattr(rec, k, v)
    rec.version += 1


def _changes(rec: ServiceRecord,
             extra: tuple[dt.datetime, str] | None = None) -> list[tuple[dt.datetime, str]]:
    out = [(to_naive_local(s.at), s.status) for s in
           ServiceStep.select(ServiceStep.at, ServiceStep.status).where(ServiceStep.record == rec.id)
           .order_by(ServiceStep.at, ServiceStep.id)]
    return out + ([extra] if extra else [])


def _clock_fields(rec: ServiceRecord, changes: list[tuple[dt.datetime, str]],
                 now: dt.datetime) -> dict[str, Any]:
    s = get_settings()
    d = clock.deadlines(to_naive_local(rec.received_at), s.limit(rec.severity, "respond"),
                        s.limit(rec.severity, "resolve"), changes, now, holiday_schedule(), s.hours)
    return {"respond_by": to_utc(d.respond_by), "resolve_by": to_utc(d.resolve_by)}


def open_record(actor: Actor, code_or_id: int | str, *, kind: str, title: str, content: str = "",
                severity: str = "一般", channel: str = "", complainant: str = "",
                complainant_contact: str = "", demand: str = "", product: str = "",
                received_at: object = None, assignee: str | None = None,
                appointment_at: object = None, address: str = "",
                warranty: str = "", item: str = "", return_reason: str = "",
                now: dt.datetime | None = None) -> RecordInfo:
    """受理: register a record on a customer; anyone who may report a matter may open one."""
    customer = _customer(code_or_id)
    actor = access.require_service(actor, access.SERVICE_OPEN, customer)
    now = now or local_now()
    kind = _choice(kind, SERVICE_KINDS, "kind", "类型")
    severity = _choice(severity or "一般", SEVERITIES, "severity", "严重程度")
    channel = _choice(channel, SERVICE_CHANNELS, "channel", "受理渠道", empty_ok=True)
    title_clean = clean_text(title, 200)
    if not title_clean:
        raise _problem("title", "请填写事由（标题）")
    received = parse_moment(received_at, "received_at") if received_at not in (None, "") else now
    if received > now + dt.timedelta(minutes=5):
        raise _problem("received_at", "受理时间不能晚于现在", received_at)
    appointment = parse_moment(appointment_at, "appointment_at") if appointment_at not in (None, "") else None
    if appointment is not None and kind not in APPOINTMENT_KINDS:
        raise _problem("appointment_at", f"{kind}没有预约时间", appointment_at)
    warranty = _choice(warranty, ("in", "out"), "warranty", "保修", empty_ok=True)
    if kind != "退换" and (item or return_reason):
        raise _problem("item", "退换物品和原因只用于退换")
    staff = _assignee(customer, assignee, actor)
    with write_transaction():
        rec = ServiceRecord.create(
            number=_next_number(kind, received), kind=kind, customer=customer, title=title_clean,
            content=clean_text(content, 20000), demand=clean_text(demand, 4000),
            product=clean_text(product, 200), severity=severity, channel=channel,
            complainant=clean_text(complainant, 100), complainant_contact=clean_text(complainant_contact, 200),
            received_at=to_utc(received), status="已受理", assignee=staff.id, opened_by=actor.id,
            appointment_at=to_utc(appointment) if appointment else None, address=clean_text(address, 300),
            warranty=warranty, item=clean_text(item, 200), return_reason=clean_text(return_reason, 2000))
        ServiceRecord.update(**_clock_fields(rec, [], now)).where(ServiceRecord.id == rec.id).execute()
        note = "；".join(x for x in (f"{severity}", f"渠道：{channel}" if channel else "",
                                     f"投诉人：{rec.complainant}" if rec.complainant else "",
                                     rec.content, f"客户要求：{rec.demand}" if rec.demand else "",
                                     f"处理人：{staff.display_name}") if x)
        _log(actor, rec, customer, "open", received, note, "service_open",
             {"kind": kind, "severity": severity, "assignee": staff.username})
    return get_record(actor, rec.number, now=now)


def judge(actor: Actor, number: str, *, verdict: str, reason: str, category: str = "", dept: str = "",
          at: object = None, now: dt.datetime | None = None) -> RecordInfo:
    """判断 (complaints only): justified / partly / unjustified, why, category, department."""
    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_HANDLE, customer, rec)
    if rec.kind != "投诉":
        raise _problem("kind", "只有投诉需要判断")
    if rec.status == "已关闭":
        raise _problem("status", "服务单已关闭，请先重新打开")
    verdict = _choice(verdict, VERDICTS, "verdict", "判断结果")
    category = _choice(category, COMPLAINT_CATEGORIES, "category", "投诉类别", empty_ok=True)
    reason_clean = clean_text(reason, 4000)
    if not reason_clean:
        raise _problem("reason", "请写明判断理由")
    moment = _step_time(rec, at, now)
    with write_transaction():
        _save(rec, verdict=verdict, verdict_reason=reason_clean, category=category or rec.category,
              responsible_dept=clean_text(dept, 100) or rec.responsible_dept)
        note = "；".join(x for x in (VERDICT_LABELS[verdict], reason_clean, category and f"类别：{category}",
                                     rec.responsible_dept and f"责任部门：{rec.responsible_dept}") if x)
        _log(actor, rec, customer, "judge", moment, note, "service_judge",
             {"verdict": verdict, "category": category, "dept": rec.responsible_dept})
    return get_record(actor, rec.number, now=now)


def assign(actor: Actor, number: str, to: str, *, now: dt.datetime | None = None) -> RecordInfo:
    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_HANDLE, customer, rec)
    if rec.status == "已关闭":
        raise _problem("status", "服务单已关闭，请先重新打开")
    staff = _assignee(customer, to, actor)
    before = Staff.get_or_none(Staff.id == rec.assignee_id)
    moment = _step_time(rec, None, now)
    with write_transaction():
        _save(rec, assignee=staff.id)
        _log(actor, rec, customer, "assign", moment,
             f"{before.display_name if before else '（无）'} → {staff.display_name}", "service_assign",
             {"changes": {"assignee": [before.username if before else "", staff.username]}})
    return get_record(actor, rec.number, now=now)


def step(actor: Actor, number: str, *, status: str, note: str, at: object = None, corrective: str = "",
         preventive: str = "", now: dt.datetime | None = None) -> RecordInfo:
    """A handling step: 处理中, 待客户 (the clock stops) or 已解决 (the note is the result)."""
    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_HANDLE, customer, rec)
    status = _choice(status, tuple(STEP_TARGETS), "status", "处理状态")
    if rec.status not in STEP_TARGETS[status]:
        hint = "，请先重新打开" if rec.status in ("已解决", "已回访", "已关闭") else ""
        raise _problem("status", f"服务单当前为“{rec.status}”，不能改为“{status}”{hint}")
    if status == "已解决" and rec.kind == "投诉" and not rec.verdict:
        raise _problem("verdict", "投诉须先判断（是否有效、原因、责任部门）再解决")
    text = clean_text(note, 4000)
    if not text:
        raise _problem("note", "请写下处理情况" if status != "已解决" else "请写下处理结果")
    moment = _step_time(rec, at, now)
    changes: dict[str, Any] = {"status": status}
    if rec.first_response_at is None:
        assert rec.respond_by is not None     # set when the record was opened
        changes["first_response_at"] = to_utc(moment)
        changes["missed_response"] = bool(rec.missed_response or moment > to_naive_local(rec.respond_by))
    if status == "已解决":
        live = _clock_fields(rec, _changes(rec), moment)
        late = moment > to_naive_local(live["resolve_by"])
        changes.update(resolved_at=to_utc(moment), resolution=text,
                       missed_resolution=bool(rec.missed_resolution or late),
                       corrective=clean_text(corrective, 4000) or rec.corrective,
                       preventive=clean_text(preventive, 4000) or rec.preventive)
    elif corrective or preventive:
        raise _problem("corrective", "纠正/预防措施在解决时填写")
    with write_transaction():
        _save(rec, **changes)
        body = text + "".join(f"；{k}：{v}" for k, v in (("纠正措施", corrective), ("预防措施", preventive)) if v)
        _log(actor, rec, customer, "status", moment, f"{status}：{body}", "service_step", {"status": status})
        if status == "已解决":
            return_visit.schedule_visit(actor, rec, customer, moment)
        ServiceRecord.update(**_clock_fields(rec, _changes(rec), moment)).where(
            ServiceRecord.id == rec.id).execute()
    return get_record(actor, rec.number, now=now)


def feedback(actor: Actor, number: str, *, told: str, satisfaction: Any, at: object = None,
             now: dt.datetime | None = None) -> RecordInfo:
    """回访: what the customer was told and how satisfied they are with the handling (1–5)."""
    from models.foundation.vocabulary import SATISFACTION_LABELS

    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_HANDLE, customer, rec)
    if rec.status != "已解决":
        raise _problem("status", f"服务单当前为“{rec.status}”，解决后才能回访")
    told_clean = clean_text(told, 4000)
    if not told_clean:
        raise _problem("told", "请写下告知客户的处理结果")
    try:
        score = int(str(satisfaction).strip())
    except ValueError:
        score = 0
    if score not in SATISFACTION_LABELS:
        raise _problem("satisfaction", "满意度必须是 1–5（1 很不满意 … 5 很满意）", satisfaction)
    moment = _step_time(rec, at, now)
    with write_transaction():
        _save(rec, status="已回访", feedback_told=told_clean, satisfaction=score, feedback_at=to_utc(moment))
        _log(actor, rec, customer, "feedback", moment,
             f"告知：{told_clean}；满意度：{score} {SATISFACTION_LABELS[score]}", "service_feedback",
             {"satisfaction": score})
    return get_record(actor, rec.number, now=now)


def close(actor: Actor, number: str, *, at: object = None, now: dt.datetime | None = None) -> RecordInfo:
    """Refused until the feedback of the last resolution is recorded."""
    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_HANDLE, customer, rec)
    if rec.status == "已关闭":
        raise _problem("status", "服务单已经关闭")
    if rec.status != "已回访" or rec.feedback_at is None or rec.satisfaction is None:
        raise _problem("status", "关闭前须先回访：记录告知客户的结果和客户的满意度")
    moment = _step_time(rec, at, now)
    with write_transaction():
        _save(rec, status="已关闭", closed_at=to_utc(moment))
        _log(actor, rec, customer, "close", moment, "已关闭", "service_close")
    return get_record(actor, rec.number, now=now)


def reopen(actor: Actor, number: str, *, reason: str, at: object = None, now: dt.datetime | None = None) -> RecordInfo:
    """Back to 处理中; the feedback must be given again; the missed marks stay."""
    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_HANDLE, customer, rec)
    if rec.status not in ("已解决", "已回访", "已关闭"):
        raise _problem("status", f"服务单当前为“{rec.status}”，尚未解决，无需重新打开")
    text = clean_text(reason, 4000)
    if not text:
        raise _problem("reason", "请写明重新打开的原因")
    moment = _step_time(rec, at, now)
    with write_transaction():
        _save(rec, status="处理中", closed_at=None, feedback_at=None, feedback_told="", satisfaction=None,
              reopen_count=rec.reopen_count + 1)
        _log(actor, rec, customer, "reopen", moment, text, "service_reopen", {"reason": text})
        ServiceRecord.update(**_clock_fields(rec, _changes(rec), moment)).where(
            ServiceRecord.id == rec.id).execute()
    return get_record(actor, rec.number, now=now)


def get_record(actor: Actor, number: str, *, now: dt.datetime | None = None) -> RecordInfo:
    """The record with its steps and live deadlines (seeing a record is not seeing the card)."""
    rec, customer = load(number)
    actor = access.require_service(actor, access.SERVICE_SEE, customer, rec)
    return info_of(rec, customer, now or local_now(), steps=True,
                   can_handle=access.may_handle_service(actor, rec, customer))
