"""潜力客户培育: nurturing plans on (mostly B) customers. Each step becomes a desk task
(models.desk.tasks.add_task), so it shows on 今日 and, when done, writes its page-2 entry
(跟进) through the desk's own completion path."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from models.desk import tasks
from models.foundation.changes import card_changes, record_changes
from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.schema import Customer, FollowUp, NurturePlan, NurtureStep
from models.foundation.validation import clean_text
from models.rules import access, audit
from models.rules.access import Actor

CHANNELS = ("拜访", "商务活动", "公司活动邀请", "方案/报价", "电话", "私人关系")


@dataclass(frozen=True)
class StepInfo:
    id: int
    title: str
    channel: str
    due_on: dt.date
    task_id: int | None
    done: bool          # the task was completed (its outcome is on page 2) or dismissed
    overdue: bool


@dataclass(frozen=True)
class PlanDetail:
    id: int
    goal: str
    decision_maker: str
    created_at: dt.datetime
    steps: tuple[StepInfo, ...]


@dataclass(frozen=True)
class PlanInfo:
    id: int
    code: str
    customer: str
    cls: str
    goal: str
    steps: int
    open_steps: int
    overdue_steps: int


def add_plan(actor: Actor, code: str, goal: str, decision_maker: str = "") -> int:
    customer = Customer.get_or_none(Customer.code == str(code).strip())
    if customer is None:
        raise NotFound("客户", str(code))
    actor = access.require(actor, access.EDIT, customer)
    goal = clean_text(goal, 500)
    if not goal:
        raise ValidationError([FieldProblem("goal", "请填写培育目标")])
    with write_transaction():
        plan = NurturePlan.create(customer=customer.id, goal=goal, created_by=actor.id,
                                  decision_maker=clean_text(decision_maker, 100))
        audit.record(actor, "add_plan", target_type="customer", target_id=customer.id,
                     target_label=customer.code, details={"plan_id": plan.id, "goal": goal})
        record_changes(card_changes(customer.id))
    return plan.id


def add_step(actor: Actor, plan_id: int | str, title: str, due: object, channel: str = "") -> int:
    plan = NurturePlan.get_or_none(NurturePlan.id == int(plan_id)) if str(plan_id).isdigit() else None
    if plan is None:
        raise NotFound("培育计划", str(plan_id))
    channel = (channel or "").strip()
    if channel and channel not in CHANNELS:
        raise ValidationError([FieldProblem("channel", "方式必须是：" + "、".join(CHANNELS), channel)])
    label = f"【培育·{channel}】" if channel else "【培育】"
    with write_transaction():     # the task and the step commit together
        task = tasks.add_task(actor, plan.customer_id, title=label + (title or "").strip() if title else "",
                              due=due, note=f"培育计划 {plan.id}：{plan.goal}")
        step = NurtureStep.create(plan=plan.id, title=clean_text(title, 200), channel=channel,
                                  due_on=task.due_on, task=task.id)
        record_changes(card_changes(plan.customer_id))
    return step.id


def plans(actor: Actor, *, overdue: bool = False, today: dt.date | None = None) -> list[PlanInfo]:
    today = today or dt.date.today()
    out = []
    query = (NurturePlan.select(NurturePlan, Customer).join(Customer)
             .where(access.visible_condition(actor)).order_by(NurturePlan.id))
    for p in query:
        steps = list(NurtureStep.select(NurtureStep, FollowUp).join(FollowUp)
                     .where(NurtureStep.plan == p.id))
        open_steps = [s for s in steps if s.task is not None and s.task.done_at is None and s.task.dismissed_at is None]
        late = [s for s in open_steps if s.due_on < today]
        if overdue and not late:
            continue
        out.append(PlanInfo(p.id, p.customer.code, p.customer.name, p.customer.classification, p.goal,
                            len(steps), len(open_steps), len(late)))
    return out


def b_without_plan(actor: Actor) -> list[tuple[str, str]]:
    """Managers: the active B customers nobody has a plan for (code, name)."""
    access.require(actor, access.MANAGE)
    with_plan = NurturePlan.select(NurturePlan.customer)
    return [(c.code, c.name) for c in Customer.select(Customer.code, Customer.name)
            .where((Customer.classification == "B") & (Customer.status == "active")
                   & Customer.id.not_in(with_plan)).order_by(Customer.code)]


def card_plans(actor: Actor, customer_id: int, *, today: dt.date | None = None) -> list[PlanDetail]:
    """The plans on one card with their steps (whoever may open the card may read them)."""
    customer = Customer.get_or_none(Customer.id == int(customer_id))
    if customer is None:
        raise NotFound("客户", str(customer_id))
    access.require(actor, access.VIEW, customer)
    today = today or dt.date.today()
    out = []
    for p in NurturePlan.select().where(NurturePlan.customer == customer.id).order_by(NurturePlan.id):
        steps = []
        for s in (NurtureStep.select(NurtureStep, FollowUp).join(FollowUp, pw.JOIN.LEFT_OUTER)
                  .where(NurtureStep.plan == p.id).order_by(NurtureStep.due_on, NurtureStep.id)):
            task = s.task if s.task_id else None
            done = task is None or task.done_at is not None or task.dismissed_at is not None
            steps.append(StepInfo(s.id, s.title, s.channel, s.due_on, s.task_id, done,
                                  not done and s.due_on < today))
        out.append(PlanDetail(p.id, p.goal, p.decision_maker, p.created_at, tuple(steps)))
    return out
