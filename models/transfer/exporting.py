"""Permission-checked gathering for Excel exports and printed cards (no Qt).

Rules (models/access.py): one card needs EXPORT on it (custodian, manager, or a grant with
the `export` scope); more than one card needs BULK_EXPORT (managers only). Rows come from
the same visible set as the list (`access.visible_condition(actor, "export")` + ListQuery).

Sensitive personal fields (birthday, family, personality, hobbies, relationships) are
INCLUDED where the user holds the sensitive right on that card and masked (●●●●) elsewhere:
an export is a deliberate, audited act by someone already allowed to read those fields, and
a manager preparing a meeting expects the whole card. `include_sensitive=False` masks all.

Cards are loaded in id batches (1,000) with one query per table per batch, so 100,000 cards
never sit in memory at once. The workbook takes its cells straight from those batched
`.tuples()` queries (`iter_sheet_rows`); printed cards use the CustomerCard DTOs (`iter_cards`).
Which cards show their sensitive fields is one `access.allowed_ids(actor, SENSITIVE, ids)`
query per batch. Files go through `models.foundation.files.produce_file`: written to a
temporary file in the target directory, one audit entry (export_excel / export_pdf: the
filter, the codes when few, the row counts per sheet and the file's SHA-256) committed, and
only then renamed into place — a cancelled or failed export, or a failed audit entry,
leaves no file.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from models.accounts.staff import to_info
from models.archive.cards import contact_info, project_info
from models.archive.customer_list import ListQuery, apply_filters, order_terms
from models.foundation.dto import MASK, CustomerCard, EventInfo, Permissions
from models.foundation.errors import ArchiveError, NotFound
from models.foundation.files import PathArg, produce_file
from models.foundation.files import sha256_of as sha256_of  # re-exported
from models.foundation.schema import (
    Contact,
    Customer,
    Event,
    Project,
    Staff,
    get_meta,
    utcnow,
)
from models.foundation.vocabulary import CUSTOMER_STATUS_LABELS, IDENTITY_FIELDS, KIND_LABELS
from models.rules import access, audit
from models.rules.access import Actor

BATCH = 1000
FEW_CODES = 20


class ExportCancelled(ArchiveError):
    def __init__(self) -> None:
        super().__init__("已取消，未生成文件")


@dataclass(frozen=True)
class Selection:
    """What to export: explicit customers (ids or codes) or the filtered list."""

    query: ListQuery | None = None
    customers: tuple[Any, ...] = ()          # ids or codes; wins over `query` when given

    def describe(self) -> dict[str, Any]:
        if self.customers:
            return {"selection": len(self.customers)}
        q = self.query or ListQuery()
        out: dict[str, Any] = {}
        if q.text:
            out["text"] = q.text
        if q.cls:
            out["class"] = q.cls
        if q.owner_id:
            owner = Staff.get_or_none(Staff.id == q.owner_id)
            out["owner"] = owner.username if owner else q.owner_id
        out["status"] = q.status or "all"
        return out

    def describe_zh(self) -> str:
        if self.customers:
            return f"选中的 {len(self.customers)} 位客户"
        q = self.query or ListQuery()
        parts = []
        if q.text:
            parts.append(f"关键字“{q.text}”")
        if q.cls:
            parts.append(f"{q.cls} 类")
        if q.owner_id:
            owner = Staff.get_or_none(Staff.id == q.owner_id)
            parts.append(f"负责客服 {owner.display_name if owner else q.owner_id}")
        parts.append({"active": "正常客户", "archived": "已归档客户"}.get(q.status or "", "全部状态"))
        return "，".join(parts)


@dataclass
class ExportPlan:
    actor: Actor
    ids: list[int]
    selection: Selection
    include_sensitive: bool = True
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.ids)


def _resolve(key: int | str) -> Customer:
    if isinstance(key, str):
        c = Customer.get_or_none(Customer.code == key.strip().upper()) or \
            Customer.get_or_none(Customer.code == key.strip())
    else:
        c = Customer.get_or_none(Customer.id == key)
    if c is None:
        raise NotFound("客户", str(key))
    return c


def plan(actor: Actor, selection: Selection, *, include_sensitive: bool = True) -> ExportPlan:
    """Check permission and list the customer ids the export will hold: a filtered list in
    the list's own order (its sort, ties by id: what was on screen), chosen cards in the
    order given (the list's rows as selected, a command's arguments)."""
    if selection.customers:
        found = [_resolve(k) for k in selection.customers]
        unique = {c.id: c for c in found}
        if len(unique) == 1:
            only = next(iter(unique.values()))
            actor = access.require(actor, access.EXPORT, only)
        else:
            actor = access.require(actor, access.BULK_EXPORT,
                                   label=f"{len(unique)} 位客户")
        ids = list(unique)   # in the order given (the list's rows, the command's arguments)
        return ExportPlan(actor, ids, selection, include_sensitive)
    q = selection.query or ListQuery(sort="code", descending=False)
    query = apply_filters(Customer.select(Customer.id)
                          .join(Staff, join_type=pw.JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
                          .where(access.visible_condition(actor, "export")), q)
    ids = [r[0] for r in query.order_by(*order_terms(q)).tuples()]   # in the list's order
    if len(ids) == 1:
        actor = access.require(actor, access.EXPORT, ids[0])
    else:
        actor = access.require(actor, access.BULK_EXPORT, label="筛选列表")
    return ExportPlan(actor, ids, selection, include_sensitive)


def iter_cards(plan_: ExportPlan, *, with_events: bool = True,
               batch: int = BATCH) -> Iterator[list[CustomerCard]]:
    """Yield the plan's cards in batches, each card complete (contacts, projects, events)."""
    actor = plan_.actor
    staff = {s.id: s for s in Staff.select()}
    infos = {sid: to_info(s) for sid, s in staff.items()}
    for start in range(0, len(plan_.ids), batch):
        ids = plan_.ids[start:start + batch]
        # namedtuples, not model instances: a third of the cost at 100,000 cards
        rows = {c.id: c for c in Customer.select().where(Customer.id.in_(ids)).namedtuples()}
        sensitive = access.allowed_ids(actor, access.SENSITIVE, ids) if plan_.include_sensitive else set()
        contacts: dict[int, list[Any]] = {}
        for c in (Contact.select().where(Contact.customer.in_(ids))
                  .order_by(Contact.customer, Contact.is_primary.desc(), Contact.position, Contact.id)
                  .namedtuples()):
            contacts.setdefault(c.customer, []).append(
                contact_info(c, masked=c.customer not in sensitive))
        projects: dict[int, list[Any]] = {}
        for p in (Project.select().where(Project.customer.in_(ids))
                  .order_by(Project.customer, Project.started_on.desc(nulls="LAST"), Project.id.desc())
                  .namedtuples()):
            projects.setdefault(p.customer, []).append(project_info(p))
        events: dict[int, list[Any]] = {}
        if with_events:
            for e in (Event.select().where(Event.customer.in_(ids))
                      .order_by(Event.customer, Event.event_date.desc(), Event.id.desc()).namedtuples()):
                who = staff.get(e.recorded_by)
                events.setdefault(e.customer, []).append(EventInfo(
                    id=e.id, version=e.version, event_date=e.event_date, category=e.category,
                    title=e.title, content=e.content, source_department=e.source_department,
                    recorded_by=who.display_name if who else "", recorded_at=e.recorded_at,
                    is_report=bool(e.is_report)))
        cards = []
        for cid in ids:
            c = rows.get(cid)
            if c is None:
                continue
            updater = staff.get(c.updated_by)
            cards.append(CustomerCard(
                id=c.id, version=c.version, code=c.code, name=c.name, kind=c.kind,
                organization=c.organization, industry=c.industry, industry_status=c.industry_status,
                founded_on=c.founded_on, address=c.address, phone=c.phone, fax=c.fax, email=c.email,
                wechat=c.wechat, website=c.website, source_channel=c.source_channel,
                **{f: getattr(c, f) for f in IDENTITY_FIELDS},   # workbook and page 1 (issue 16.5)
                cls=c.classification, custodian=infos.get(c.owner), status=c.status,
                archived_reason=c.archived_reason, notes=c.notes, import_source=c.import_source,
                created_at=c.created_at, updated_at=c.updated_at,
                updated_by=updater.display_name if updater else "",
                contacts=tuple(contacts.get(cid, ())), projects=tuple(projects.get(cid, ())),
                events=tuple(events.get(cid, ())),
                permissions=Permissions(True, cid in sensitive, False, True, False),
                sensitive_revealed=cid in sensitive))
        yield cards


def iter_sheet_rows(plan_: ExportPlan, *, batch: int = BATCH) -> Iterator[tuple[Any, ...]]:
    """The workbook's cells in batches: (customers in batch, customer rows, contact rows,
    project rows, event rows), straight from batched .tuples() queries (no DTOs) in the same
    order and with the same masking as `iter_cards` (test_excel_export checks they agree)."""
    from exports.excel import birthday_text

    names = {i: (d, u) for i, d, u in Staff.select(Staff.id, Staff.display_name, Staff.username).tuples()}
    labels = {i: f"{d}（{u}）" for i, (d, u) in names.items()}
    C, P, J, E = Customer, Contact, Project, Event
    ccols = (C.id, C.code, C.name, C.kind, C.classification, C.owner, C.status, C.industry, C.industry_status,
             C.organization, C.founded_on, C.address, C.phone, C.fax, C.email, C.wechat, C.website,
             C.source_channel, *(getattr(C, f) for f in IDENTITY_FIELDS), C.notes, C.archived_reason, C.created_at, C.updated_at)
    pcols = (P.customer, P.name, P.is_primary, P.title, P.role_in_org, P.phone, P.mobile, P.email, P.wechat,
             P.birthday_month, P.birthday_day, P.birthday_year, P.birthday_lunar, P.family, P.personality,
             P.hobbies, P.relationships, P.birthday_leap)
    masked_tail = [MASK] * 5
    for start in range(0, len(plan_.ids), batch):
        ids = plan_.ids[start:start + batch]
        sensitive = access.allowed_ids(plan_.actor, access.SENSITIVE, ids) if plan_.include_sensitive else set()
        found = {r[0]: r for r in C.select(*ccols).where(C.id.in_(ids)).tuples()}
        ids = [i for i in ids if i in found]
        customers: list[list[Any]] = []
        contacts: dict[int, list[list[Any]]] = {}
        projects: dict[int, list[list[Any]]] = {}
        events: dict[int, list[list[Any]]] = {}
        for i in ids:
            r = found[i]
            customers.append([r[1], r[2], KIND_LABELS.get(r[3], r[3]), r[4], labels.get(r[5], ""),
                              CUSTOMER_STATUS_LABELS.get(r[6], r[6]), *r[7:]])
        for t in (P.select(*pcols).where(P.customer.in_(ids))
                  .order_by(P.customer, P.is_primary.desc(), P.position, P.id).tuples()):
            r = found[t[0]]
            head = [r[1], r[2], t[1], "是" if t[2] else "", *t[3:9]]
            if t[0] in sensitive:
                head.append(birthday_text(t[9], t[10], t[11], t[12], t[17]))
                head.extend(t[13:17])
            else:
                head.extend(masked_tail)
            contacts.setdefault(t[0], []).append(head)
        for t in (J.select(J.customer, J.name, J.started_on, J.ended_on, J.amount, J.status, J.notes)
                  .where(J.customer.in_(ids))
                  .order_by(J.customer, J.started_on.desc(nulls="LAST"), J.id.desc()).tuples()):
            r = found[t[0]]
            projects.setdefault(t[0], []).append([r[1], r[2], *t[1:]])
        for t in (E.select(E.customer, E.event_date, E.category, E.title, E.content, E.source_department,
                           E.recorded_by, E.recorded_at, E.is_report).where(E.customer.in_(ids))
                  .order_by(E.customer, E.event_date.desc(), E.id.desc()).tuples()):
            r = found[t[0]]
            who = names.get(t[6])
            events.setdefault(t[0], []).append([r[1], r[2], *t[1:6], who[0] if who else "", t[7],
                                                "是" if t[8] else ""])
        yield (len(customers), customers, [x for i in ids for x in contacts.get(i, ())],
               [x for i in ids for x in projects.get(i, ())], [x for i in ids for x in events.get(i, ())])


# ---- writing files safely (models.foundation.files.produce_file) ------------------------------

@contextmanager
def fewer_gc_passes() -> Iterator[None]:
    """Collect cycles less often during a bulk job (100,000 rows allocate millions of short-
    lived objects; the default threshold of 700 runs the collector ~15,000 times and cost the
    importer 4 s in 30). Cycles are still collected; the old thresholds come back after."""
    old = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*old)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    customers: int
    counts: dict[str, Any]
    sha256: str


def _audit(plan_: ExportPlan, action: str, path: Path, counts: dict[str, Any], digest: str,
           extra: dict[str, Any] | None = None) -> None:
    codes = [c for (c,) in Customer.select(Customer.code).where(
        Customer.id.in_(plan_.ids[:FEW_CODES])).tuples()] if plan_.total <= FEW_CODES else []
    single = plan_.total == 1
    details = {"file": path.name, "sha256": digest, "counts": counts,
               "filter": plan_.selection.describe(), "sensitive": plan_.include_sensitive}
    if codes:
        details["codes"] = sorted(codes)
    details.update(extra or {})
    audit.record(plan_.actor, action, target_type="customer" if single else "",
                 target_id=plan_.ids[0] if single else None,
                 target_label=codes[0] if single and codes else f"{plan_.total} 位客户",
                 details=details)


Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


def _ticker(plan_: ExportPlan, progress: Progress, is_cancelled: Cancelled) -> Callable[[int], None]:
    done = [0]

    def tick(n: int) -> None:
        if is_cancelled and is_cancelled():
            raise ExportCancelled()
        done[0] += n
        if progress:
            progress(done[0], plan_.total)
    return tick


def _begin(actor: Actor, selection: Selection, include_sensitive: bool, progress: Progress,
           is_cancelled: Cancelled) -> tuple[ExportPlan, Callable[[int], None]]:
    """Check permission, list the cards, report 0 of N: the start of every export."""
    plan_ = plan(actor, selection, include_sensitive=include_sensitive)
    tick = _ticker(plan_, progress, is_cancelled)
    tick(0)
    return plan_, tick


def export_excel(actor: Actor, path: PathArg, selection: Selection = Selection(), *,
                 include_sensitive: bool = True, progress: Progress = None,
                 is_cancelled: Cancelled = None) -> ExportResult:
    """The archive workbook (客户, 联系人, 合作项目, 重要事项, 导出说明)."""
    from exports import excel

    plan_, tick = _begin(actor, selection, include_sensitive, progress, is_cancelled)
    path = Path(path)
    info = excel.ExportInfo(
        exported_by=f"{plan_.actor.display_name}（{plan_.actor.username}）", exported_at=utcnow(),
        filter_text=selection.describe_zh(), company=get_meta("company_name"),
        sensitive_note=("敏感个人信息：有权限查看的客户已包含，其余以 ●●●● 遮蔽" if include_sensitive
                        else "敏感个人信息：全部以 ●●●● 遮蔽"))
    def write(tmp: Path) -> dict[str, Any]:
        with fewer_gc_passes():
            return excel.write_workbook(tmp, iter_sheet_rows(plan_), info, on_batch=tick)

    counts, digest = produce_file(
        path, write, lambda counts, digest: _audit(plan_, "export_excel", path, counts, digest))
    return ExportResult(path, plan_.total, counts, digest)


def export_pdf(actor: Actor, path: PathArg, selection: Selection = Selection(), *, watermark: bool = False,
               include_sensitive: bool = True, template: str = "full", duplex: bool | None = None,
               newest_first: bool = True, progress: Progress = None,
               is_cancelled: Cancelled = None) -> ExportResult:
    """Customer information cards (客户资料信息卡), each starting on a new page, in one PDF.

    template: full (the two-page card), summary (one page per card), public (no sensitive
    field at all: the cards are gathered masked and the layout leaves those rows out).
    duplex: each card starts on a right-hand page; None = on for more than one card."""
    from exports import pdf_card

    if template not in pdf_card.TEMPLATES:
        raise ValueError(f"unknown card template {template!r}")
    if template == "public":
        include_sensitive = False   # the values never reach the renderer
    plan_, tick = _begin(actor, selection, include_sensitive, progress, is_cancelled)
    duplex = plan_.total > 1 if duplex is None else duplex
    path = Path(path)
    printer = f"{plan_.actor.display_name}（{plan_.actor.username}）"
    def write(tmp: Path) -> dict[str, Any]:
        pages = pdf_card.write_cards(tmp, iter_cards(plan_, batch=200), company=get_meta("company_name"),
                                     printed_by=printer, printed_at=utcnow(),
                                     watermark=plan_.actor.display_name if watermark else "",
                                     template=template, duplex=duplex, newest_first=newest_first,
                                     on_batch=tick)
        return {"客户": plan_.total, "页数": pages}

    extra = {"watermark": watermark, "template": template, "duplex": duplex}
    counts, digest = produce_file(
        path, write, lambda counts, digest: _audit(plan_, "export_pdf", path, counts, digest, extra))
    return ExportResult(path, plan_.total, counts, digest)
