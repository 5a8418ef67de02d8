"""Follow-up tasks (待办) on a customer.

A task is created from the card or from a page-2 entry, assigned to the customer's
custodian unless someone else is chosen (who must be able to open the card), and
completed with a short outcome: completing writes a page-2 entry (category 跟进) in the
same transaction, so the customer's story shows what was done. A handover moves open tasks
to the receivers with their customers (models.handover).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.archive import events
from models.archive.lookup import find_customer
from models.foundation.changes import card_changes, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import Customer, Event, FollowUp, Staff, utcnow
from models.foundation.validation import clean_text, parse_date
from models.rules import access, audit
from models.rules.access import Actor


@dataclass(frozen=True)
class TaskInfo:
    id: int
    customer_id: int
    code: str
    customer: str
    cls: str
    title: str
    note: str
    due_on: dt.date | None
    assignee: str            # display name
    assignee_username: str
    state: str               # open | done | dismissed
    outcome: str
    done_at: dt.datetime | None

    def state_on(self, today: dt.date) -> str:
        """open becomes overdue once the due day has passed."""
        if self.state == "open" and self.due_on is not None and self.due_on < today:
            return "overdue"
        return self.state


_customer = find_customer   # by code or id (models/archive/lookup.py)


def _state(f: FollowUp) -> str:
    if f.dismissed_at is not None:
        return "dismissed"
    return "done" if f.done_at is not None else "open"


def _info(f: FollowUp, c: Customer, assignee: Staff | None) -> TaskInfo:
    return TaskInfo(f.id, c.id, c.code, c.name, c.classification, f.title, f.note, f.due_on,
                    assignee.display_name if assignee else "", assignee.username if assignee else "",
                    _state(f), f.outcome, f.done_at)


def _assignee(customer: Customer, assignee: str | None, actor: Actor) -> Staff:
    if assignee in (None, ""):
        staff = Staff.get_or_none(Staff.id == (customer.owner_id or actor.id))
    elif isinstance(assignee, int):
        staff = Staff.get_or_none(Staff.id == assignee)
    else:
        staff = Staff.get_or_none(Staff.username == str(assignee).strip())
    if staff is None:
        raise ValidationError([FieldProblem("assignee", f"没有账号“{assignee}”", assignee)])
    if staff.status != "active":
        raise ValidationError([FieldProblem("assignee", f"{staff.display_name} 的账号当前不可用，不能接收待办",
                                            assignee)])
    if not access.can(Actor.from_staff(staff), access.VIEW, customer):
        raise ValidationError([FieldProblem(
            "assignee", f"{staff.display_name} 无权查看客户 {customer.code}，请先为其授权或改派给负责客服",
            assignee)])
    return staff


def add_task(actor: Actor, code_or_id: int | str, *, title: str, due: object,
             assignee: str | None = None, note: str = "",
             source_event_id: int | None = None) -> TaskInfo:
    customer = _customer(code_or_id)
    actor = access.require(actor, access.EDIT, customer)
    problems = []
    title_clean = clean_text(title, 200)
    if not title_clean:
        problems.append(FieldProblem("title", "请填写待办事项"))
    try:
        due_on = parse_date(due)
        if due_on is None:
            raise ValueError("请填写到期日")
    except ValueError as exc:
        problems.append(FieldProblem("due", f"到期日：{exc}", due))
        due_on = None
    note_clean = clean_text(note, 4000)
    if source_event_id is not None and not Event.select().where(
            (Event.id == source_event_id) & (Event.customer == customer.id)).exists():
        problems.append(FieldProblem("source_event", "这条重要事项记录不属于该客户", source_event_id))
    if problems:
        raise ValidationError(problems)
    staff = _assignee(customer, assignee, actor)
    with write_transaction():
        task = FollowUp.create(customer=customer, assignee=staff, due_on=due_on, title=title_clean,
                               note=note_clean, created_by=actor.id, source_event=source_event_id)
        audit.record(actor, "add_task", target_type="customer", target_id=customer.id,
                     target_label=customer.code,
                     details={"task_id": task.id, "title": title_clean, "due": str(due_on),
                              "assignee": staff.username})
        record_changes(card_changes(customer.id))    # the card's 待办 list, the list row
    return _info(task, customer, staff)


@dataclass(frozen=True)
class Assignee:
    username: str
    display_name: str
    is_custodian: bool


def assignable_staff(actor: Actor, code_or_id: int | str) -> list[Assignee]:
    """Who a new task on this card may go to: the active accounts that can open the card
    (the same check `add_task` makes), the custodian first — the default."""
    customer = _customer(code_or_id)
    access.require(actor, access.EDIT, customer)
    out = []
    for s in Staff.select().where(Staff.status == "active").order_by(Staff.username):
        if access.can(Actor.from_staff(s), access.VIEW, customer):
            out.append(Assignee(s.username, s.display_name, s.id == customer.owner_id))
    out.sort(key=lambda a: not a.is_custodian)
    return out


def _load(task_id: int | str) -> tuple[FollowUp, Customer]:
    try:
        task_id = int(task_id)
    except (TypeError, ValueError):
        raise NotFound("待办", str(task_id)) from None
    task = FollowUp.get_or_none(FollowUp.id == task_id)
    if task is None:
        raise NotFound("待办", str(task_id))
    return task, Customer.get_by_id(task.customer_id)


def complete_task(actor: Actor, task_id: int | str, outcome: str, *, today: dt.date | None = None) -> TaskInfo:
    """Done, with what came of it; the outcome goes to page 2 (跟进) in the same transaction."""
    task, customer = _load(task_id)
    actor = access.require(actor, access.EDIT, customer)
    if _state(task) != "open":
        raise ValidationError([FieldProblem("task", "这条待办已经处理过了", task_id)])
    text = clean_text(outcome, 4000)
    if not text:
        raise ValidationError([FieldProblem("outcome", "请简要写下处理结果")])
    with write_transaction():
        events.add_event(actor, customer.id, {
            "event_date": today or dt.date.today(), "category": "跟进",
            "title": f"完成待办：{task.title}"[:200], "content": text})
        rows = (FollowUp.update(done_at=utcnow(), done_by=actor.id, outcome=text,
                                version=FollowUp.version + 1)
                .where((FollowUp.id == task.id) & FollowUp.done_at.is_null()).execute())
        if rows != 1:
            raise ValidationError([FieldProblem("task", "这条待办刚被别人处理了", task_id)])
        audit.record(actor, "complete_task", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"task_id": task.id, "title": task.title})
    task = FollowUp.get_by_id(task.id)
    return _info(task, customer, Staff.get_or_none(Staff.id == task.assignee_id))


def dismiss_task(actor: Actor, task_id: int | str, reason: str = "") -> TaskInfo:
    task, customer = _load(task_id)
    actor = access.require(actor, access.EDIT, customer)
    if _state(task) != "open":
        raise ValidationError([FieldProblem("task", "这条待办已经处理过了", task_id)])
    now = utcnow()
    with write_transaction():
        FollowUp.update(done_at=now, dismissed_at=now, done_by=actor.id,
                        outcome=clean_text(reason, 1000), version=FollowUp.version + 1).where(
            FollowUp.id == task.id).execute()
        audit.record(actor, "dismiss_task", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"task_id": task.id, "reason": reason})
        record_changes(card_changes(customer.id))
    task = FollowUp.get_by_id(task.id)
    return _info(task, customer, Staff.get_or_none(Staff.id == task.assignee_id))


def list_tasks(actor: Actor, *, open_only: bool = False, overdue_only: bool = False,
               today: dt.date | None = None, mine_only: bool = False, limit: int = 2000,
               customer: int | str | None = None) -> list[TaskInfo]:
    """Tasks on the cards the user may open: an agent's are the ones assigned to them or on
    their customers; a manager sees the department's. Overdue first, then by due date.
    `customer` (code or id): that card's tasks, all of them — they are part of the card, seen
    by whoever may open it."""
    today = today or dt.date.today()
    actor = access.refresh(actor)
    query = (FollowUp.select(FollowUp, Customer, Staff)
             .join(Customer, on=(FollowUp.customer == Customer.id))
             .switch(FollowUp).join(Staff, pw.JOIN.LEFT_OUTER, on=(FollowUp.assignee == Staff.id))
             .where(access.visible_condition(actor)))
    if customer is not None:
        card = _customer(customer)
        access.require(actor, access.VIEW, card)
        query = query.where(FollowUp.customer == card.id)
    elif mine_only or not access.sees_department_desk(actor):
        query = query.where((FollowUp.assignee == actor.id) | (Customer.owner == actor.id))
    if open_only or overdue_only:
        query = query.where(FollowUp.done_at.is_null())
    if overdue_only:
        query = query.where(FollowUp.due_on < today)
    query = query.order_by(FollowUp.done_at.is_null(False), FollowUp.due_on, FollowUp.id).limit(limit)
    return [_info(f, f.customer, f.assignee if f.assignee_id else None) for f in query]

