"""The 今日 page: every item for one user on one day.

Items are grouped by kind (the order of KIND_ORDER); a cadence line is dated the day
contact became due, a stale line the day its 核实 fell due. Items (kind): birthday (key people, lunar or solar), anniversary (founding day, first
cooperation), festival (with the customers to greet), task (due in the window or overdue),
cadence (overdue for contact), stale (page 1 not confirmed), event (company events with
replies outstanding). An agent's items are their own customers'; a manager sees their own
plus `department()` — the same counts per agent.

Privacy: key people's birthdays are sensitive fields. They appear only for cards where the
user holds the sensitive right (a custodian on their own cards, managers), and showing them
is audited the way a reveal is: one `desk_dates_shown` entry per page shown that contains
personal dates, naming the cards (granularity decided: per list shown, not per line — a
daily page would otherwise write hundreds of entries).

Marks: each item has a stable key naming one occurrence ("birthday:17:2026-12-03"); done,
snoozed (until a day) and dismissed are kept per user in `desk_mark`, so next year's
birthday shows again and a snoozed item comes back on its day.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import peewee as pw

from models.calendar.festivals import festivals_between
from models.desk import activities, index, tasks, upkeep
from models.desk.holidays import missing_schedule_notice
from models.desk.settings import PERSONAL_LABELS, DeskSettings, get_settings
from models.foundation.db import database, is_postgres, write_transaction
from models.foundation.dto import Birthday
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import (
    Contact,
    Customer,
    DeskMark,
    Invitation,
    ReminderDate,
    Staff,
    utcnow,
)
from models.rules import access, audit
from models.rules.access import Actor

MARK_STATES = ("done", "snoozed", "dismissed")
KIND_ORDER = ("service", "task", "survey", "birthday", "anniversary", "festival", "event", "cadence", "stale")


# Wings above the desk add their own kinds of lines (models.service adds "service"): a source
# is `source(actor, today) -> list[DeskItem]`, registered when its package is imported.
DeskSource = Callable[[Actor, dt.date], "list[DeskItem]"]
SOURCES: list[DeskSource] = []


def register_source(source: DeskSource) -> None:
    if source not in SOURCES:
        SOURCES.append(source)


@dataclass(frozen=True)
class DeskItem:
    date: dt.date
    kind: str            # birthday | anniversary | festival | task | cadence | stale | event
    code: str            # "" for festival lines
    customer: str
    text: str
    key: str
    customer_id: int | None = None
    cls: str = ""
    task_id: int | None = None


@dataclass(frozen=True)
class TodayPage:
    today: dt.date
    days: int
    items: tuple[DeskItem, ...]
    notices: tuple[str, ...]
    more: dict[str, int] = field(default_factory=dict)    # kind → lines left out by `per_kind`


def _marks(actor: Actor, today: dt.date) -> set[str]:
    hidden = set()
    for key, state, until in DeskMark.select(DeskMark.item_key, DeskMark.state, DeskMark.until).where(
            DeskMark.staff == actor.id).tuples():
        if state in ("done", "dismissed") or (state == "snoozed" and until and _d(until) > today):
            hidden.add(key)
    return hidden


def _d(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _own(actor: Actor) -> pw.Expression:
    """The user's own active customers (a custodian sees their own cards; the owner index
    serves it). The actor was re-read by the caller, so a frozen account gets nothing."""
    return (Customer.owner == actor.id) & (Customer.status == "active")


def _years(first: dt.date, on: dt.date) -> int:
    return on.year - first.year


def _reminders(actor: Actor, today: dt.date, end: dt.date, settings: DeskSettings) -> tuple[list[DeskItem], list[str]]:
    """Anniversaries of the user's customers, and key people's birthdays on the cards where
    the user holds the sensitive right — one indexed range query (the benchmark's floor is
    this query's bare form), the right asked of access.py as a column of it, no per-row
    look-ups and no peewee conversion per cell."""
    items, revealed = [], []
    window = (ReminderDate.next_on >= today) & (ReminderDate.next_on <= end)
    sensitive = pw.Case(None, ((access.visible_condition(actor, "sensitive"), 1),), 0)
    # from the user's cards to their dates (both indexes cover what they are asked), not
    # from the day's dates to their cards: SQLite keeps the join order of a CROSS JOIN
    linked = ReminderDate.customer == Customer.id
    query = (Customer.select(ReminderDate.kind, ReminderDate.next_on, Customer.id, Customer.code,
                             Customer.name, Customer.classification, Customer.founded_on, sensitive,
                             Contact.id, Contact.name, Contact.birthday_month, Contact.birthday_day,
                             Contact.birthday_year, Contact.birthday_lunar, Contact.birthday_leap)
             .join(ReminderDate, pw.JOIN.INNER if is_postgres() else pw.JOIN.CROSS,
                   on=linked if is_postgres() else None)
             .join(Contact, pw.JOIN.LEFT_OUTER, on=(ReminderDate.contact == Contact.id))
             .where(_own(actor) & window & linked))
    cursor = database.execute(query)       # raw rows: dates come back as text on SQLite
    for (kind, when, cid, code, name, cls, founded, may_see, pid, person, month, day, year, lunar,
         leap) in cursor.fetchall():
        if kind == "birthday":
            if not may_see or pid is None or not settings.greets(cls, "birthday"):
                continue
            when = _d(when)
            text = f"{person} 生日（{_birthday_text(month, day, year, bool(lunar), bool(leap))}）" + (
                f"，{when.month}月{when.day}日" if lunar else "")
            items.append(DeskItem(when, "birthday", code, name, text, f"birthday:{pid}:{when}", cid, cls))
            revealed.append(code)
            continue
        if not settings.greets(cls, kind):
            continue
        when = _d(when)
        if kind == "founded" and founded:
            text = f"{PERSONAL_LABELS['founded']}：成立 {_years(_d(founded), when)} 周年"
        else:
            text = PERSONAL_LABELS["first_coop"] + "：首次合作纪念日"
        items.append(DeskItem(when, "anniversary", code, name, text, f"{kind}:{cid}:{when}", cid, cls))
    return items, revealed


@lru_cache(maxsize=8192)
def _birthday_text(month: int, day: int, year: int | None, lunar: bool, leap: bool) -> str:
    """Birthdays repeat (365 solar days, ~720 lunar ones): each is worded once per process."""
    return Birthday(month, day, year, lunar, leap).text


def _festivals(actor: Actor, today: dt.date, end: dt.date, settings: DeskSettings) -> list[DeskItem]:
    out: list[DeskItem] = []
    coming = festivals_between(today, end)
    if not coming:       # most weeks: no need to count the customers
        return out
    counts = dict(Customer.select(Customer.classification, pw.fn.COUNT(Customer.id)).where(_own(actor))
                  .group_by(Customer.classification).tuples())
    for f in coming:
        classes = [c for c in ("A", "B", "C") if settings.greets(c, f.key) and counts.get(c)]
        if not classes:
            continue
        total = sum(counts[c] for c in classes)
        split = " / ".join(f"{c} {counts[c]}" for c in classes)
        out.append(DeskItem(f.date, "festival", "", "", f"{f.name}：需问候 {total} 位客户（{split}）",
                            f"festival:{f.key}:{f.date}"))
    return out


def _tasks(actor: Actor, today: dt.date, end: dt.date) -> list[DeskItem]:
    out = []
    for t in tasks.list_tasks(actor, open_only=True, today=today, mine_only=True):
        if t.due_on is None or t.due_on > end:
            continue
        late = (today - t.due_on).days
        text = t.title + (f"（逾期 {late} 天）" if late > 0 else "")
        out.append(DeskItem(t.due_on, "task", t.code, t.customer, text, f"task:{t.id}", t.customer_id, t.cls,
                            t.id))
    return out


def _events(actor: Actor, today: dt.date) -> list[DeskItem]:
    out = []
    for a in activities.upcoming(actor, today=today):
        waiting = (Invitation.select().join(Customer, on=(Invitation.customer == Customer.id))
                   .where((Invitation.activity == a.id) & (Invitation.status.in_(("pending", "invited")))
                          & _own(actor)).count())
        if waiting:
            out.append(DeskItem(a.held_on, "event", "", "", f"{a.kind}“{a.title}”：{waiting} 位客户未回复",
                                f"event:{a.id}"))
    return out


def _order(item: DeskItem) -> tuple[Any, ...]:
    """Grouped by kind; customers to contact or confirm A first and most overdue first,
    everything else by date."""
    cls = "ABC".find(item.cls) if item.cls else 9
    if item.kind in ("cadence", "stale"):
        return (KIND_ORDER.index(item.kind), cls, item.date, item.code, item.key)
    return (KIND_ORDER.index(item.kind), item.date, cls, item.code, item.key)


def today_page(actor: Actor, *, today: dt.date | None = None, days: int | None = None,
               per_kind: int | None = None) -> TodayPage:
    """The user's 今日 page (showing key people's birthdays is audited). `per_kind` caps the
    customers-to-contact and stale lines (the most overdue, A first); the rest are counted
    in `more` — the desktop shows 50 and a link to the filtered list, the command line all."""
    return _build(actor, today or dt.date.today(), days, audit_dates=True, per_kind=per_kind)


def _build(actor: Actor, today: dt.date, days: int | None, *, audit_dates: bool,
           per_kind: int | None = None) -> TodayPage:
    actor = access.refresh(actor)
    settings = get_settings()
    days = settings.horizon_days if days is None else days
    if not 0 <= days <= 366:
        raise ValidationError([FieldProblem("days", "提前提醒天数应在 0–366 之间", days)])
    index.refresh(today)
    end = today + dt.timedelta(days=days)
    reminders, revealed = _reminders(actor, today, end, settings)
    items = reminders + _festivals(actor, today, end, settings) + _tasks(actor, today, end) + _events(actor, today)
    for source in SOURCES:
        items.extend(source(actor, today))
    cap = per_kind or 100_000
    lists = upkeep.due_lists(actor, today=today, mine_only=True, limit=cap)
    overdue, stale = lists.cadence, lists.stale
    more = {}
    if lists.cadence_total > cap:
        more["cadence"] = lists.cadence_total - cap
    if lists.stale_total > cap:
        more["stale"] = lists.stale_total - cap
    for due in overdue[:cap]:
        became_due = today - dt.timedelta(days=due.days_over)
        items.append(DeskItem(became_due, "cadence", due.code, due.name,
                              f"上次联系 {due.since.isoformat()}，已超过联系周期 {due.days_over} 天",
                              f"cadence:{due.customer_id}:{due.since}", due.customer_id, due.cls))
    for due in stale[:cap]:
        items.append(DeskItem(today - dt.timedelta(days=due.days_over), "stale", due.code, due.name,
                              f"资料自 {due.since.isoformat()} 起未更新或核实",
                              f"stale:{due.customer_id}:{due.since}", due.customer_id, due.cls))
    hidden = _marks(actor, today)
    items = [i for i in items if i.key not in hidden]
    items.sort(key=_order)
    shown = sorted({i.code for i in items if i.kind == "birthday"})
    if audit_dates and shown and revealed:
        audit.record(actor, "desk_dates_shown", target_type="desk", target_label="今日",
                     details={"customers": shown[:100], "count": len(shown), "date": today.isoformat()})
    notice = missing_schedule_notice(today)
    return TodayPage(today, days, tuple(items), (notice,) if notice else (), more)


def mark(actor: Actor, key: str, state: str, *, until: object = None) -> None:
    """Done / snoozed (until a day) / dismissed, for this user only."""
    if state not in MARK_STATES:
        raise ValidationError([FieldProblem("state", "状态必须是 done、snoozed 或 dismissed", state)])
    actor = access.refresh(actor)
    until_day = _d(until) if until else None
    if state == "snoozed" and until_day is None:
        raise ValidationError([FieldProblem("until", "请选择推迟到哪一天")])
    with write_transaction():
        (DeskMark.insert(staff=actor.id, item_key=key[:120], state=state, until=until_day, at=utcnow())
         .on_conflict(conflict_target=[DeskMark.staff, DeskMark.item_key],
                      update={DeskMark.state: state, DeskMark.until: until_day, DeskMark.at: utcnow()})
         .execute())


@dataclass(frozen=True)
class AgentSummary:
    username: str
    display_name: str
    birthdays: int
    tasks_due: int
    tasks_overdue: int
    cadence: int
    stale: int


def department(actor: Actor, *, today: dt.date | None = None) -> list[AgentSummary]:
    """A manager's view: each active agent's counts for today (no personal data) — the
    numbers of lines each one's own page shows, none capped, their own marks applied. The
    index is refreshed once; cadence and stale cards are counted, not listed (the page's
    line keys are matched against the marks instead)."""
    actor = access.require(actor, access.MANAGE)
    today = today or dt.date.today()
    settings = get_settings()
    index.refresh(today)
    end = today + dt.timedelta(days=settings.horizon_days)
    out = []
    for s in Staff.select().where((Staff.role.in_(("agent", "manager"))) & (Staff.status == "active")).order_by(
            Staff.username):
        person = Actor.from_staff(s)
        hidden = _marks(person, today)
        reminders, _shown = _reminders(person, today, end, settings)    # counted, not shown: no audit
        birthdays = sum(1 for i in reminders if i.kind == "birthday" and i.key not in hidden)
        due = [i for i in _tasks(person, today, end) if i.key not in hidden]
        overdue = sum(1 for i in due if i.date < today)
        lists = upkeep.due_lists(person, today=today, mine_only=True, limit=0, since=True)
        out.append(AgentSummary(s.username, s.display_name, birthdays, len(due) - overdue, overdue,
                                lists.cadence_total - _marked("cadence", lists.cadence_since, hidden),
                                lists.stale_total - _marked("stale", lists.stale_since, hidden)))
    return out


def _marked(kind: str, since: dict[int, dt.date], hidden: set[str]) -> int:
    """How many of the due cards' lines (key kind:customer:since) the user has hidden."""
    count = 0
    for key in hidden:
        parts = key.split(":")
        if (len(parts) == 3 and parts[0] == kind and parts[1].isdigit()
                and str(since.get(int(parts[1]), "")) == parts[2]):
            count += 1
    return count
