"""A demo customer's past: cooperation projects (合作项目) and page-2 entries (重要事项).

Works on a `story.StoryTeller` (its random stream, reference day and slot filling); see
that module for the rules the dates and classes follow.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from models.calendar import lunar
from models.demo import event_text as ev
from models.demo.industries import Industry

if TYPE_CHECKING:
    from models.demo.story import Slots, StoryTeller

DAY = dt.timedelta(days=1)
RECENT = dt.timedelta(days=540)          # "a recent project": started in the last 18 months

# amount range (in yuan, drawn in thousands) and how many projects each class has
AMOUNTS = {"A": (200, 3000), "B": (30, 500), "C": (3, 50)}
PROJECT_NOTES = {"已完成": ("已全部交付并验收", "分批交付，款项已结清", "", ""),
                 "进行中": ("首批已到货，余款按进度支付", "执行中，每月对账", ""),
                 "已终止": ("客户预算调整，项目中止", "客户另选供应商，双方协商终止"),
                 "洽谈中": ("已报价，等待客户内部审批", "客户要求二次报价", "")}
PERSON_SUFFIX = {"董事长": "总", "总经理": "总", "副总经理": "总", "财务总监": "总", "老板": "老板",
                 "技术总监": "工", "会计": "会计", "行政主管": "主管"}


def _project_name(t: StoryTeller, start: dt.date, product: str, slots: Slots) -> str:
    rng = t.rng
    kind = rng.randrange(6)
    if product == "设备维保服务":
        return f"{start.year}年度设备维保服务合同"
    if product == "员工培训":
        return f"{start.year}年{rng.choice(('新员工', '管理人员', '一线员工'))}培训项目"
    if kind == 0:
        return f"{start.year}年度{product}采购"
    if kind == 1:
        return f"{product}年度框架协议（{start.year}）"
    if kind == 2:
        return f"{slots['district']}新址{product}配套项目"
    if kind == 3:
        return f"{product}集中采购项目"
    if kind == 4:
        branch = "分店" if slots["label"] in ("餐饮", "贸易") else "分公司"
        return f"{slots['other_city']}{branch}{product}配套"
    return f"{product}更新改造项目"


def projects(t: StoryTeller, cid: int, cls: str, created: dt.date, industry: Industry, slots: Slots) -> list[dict[str, Any]]:
    """Projects between the card's creation and now, consistent with the class."""
    rng, today = t.rng, t.today
    latest_start = today - 20 * DAY
    if cls == "A":
        count = rng.randint(3, 7)
    elif cls == "B":
        count = rng.randint(1, 2)
    else:
        count = rng.choices((0, 1, 2), (3, 5, 2))[0]
    starts = sorted(t.day_between(created, latest_start) for _ in range(count))
    if starts and cls in "AB" and starts[-1] < today - RECENT:
        starts[-1] = t.day_between(max(created, today - RECENT), latest_start)
    if cls == "A" and starts:
        starts[0] = min(starts[0], created + 60 * DAY)   # the cooperation is as old as the card
    low, high = AMOUNTS[cls]
    rows: list[dict[str, Any]] = []
    for start in sorted(starts):
        end = start + rng.randint(45, 400) * DAY
        status = "已完成" if end < today else "进行中"
        if status == "已完成" and rng.random() < 0.07:
            status = "已终止"
        product = rng.choice(industry.buys)
        name = _project_name(t, start, product, slots)
        same = sum(1 for r in rows if r["name"].startswith(name))
        if same:
            name += f"（{'二三四五六七八'[min(same, 7) - 1]}期）"
        rows.append(dict(customer=cid, name=name, started_on=start,
                         ended_on=end, amount=Decimal(rng.randint(low, high) * 1000), status=status,
                         notes=rng.choice(PROJECT_NOTES[status]), _product=product))
        slots.pop("district", None)
        slots.pop("other_city", None)
    if cls in "AB" and rng.random() < 0.15:             # a deal under negotiation, no dates yet
        product = rng.choice(industry.buys)
        rows.append(dict(customer=cid, name=f"{product}{rng.choice(('采购', '升级', '扩容'))}项目（洽谈中）",
                         started_on=None, ended_on=None, amount=Decimal(rng.randint(low, high) * 1000),
                         status="洽谈中", notes=rng.choice(PROJECT_NOTES["洽谈中"]), _product=product))
    return rows


def _festival_day(t: StoryTeller, created: dt.date) -> tuple[str, dt.date] | None:
    """A festival within the customer's history, and the day a greeting went out."""
    rng = t.rng
    for _ in range(4):
        name, is_lunar, month, day = rng.choice(ev.FESTIVALS)
        year = rng.randint(created.year, t.last_day.year)
        when = lunar.solar_date_of_lunar(year, month, day) if is_lunar else dt.date(year, month, day)
        sent = when - rng.randint(1, 3) * DAY
        if created <= sent <= t.last_day:
            return name, sent
    return None


def _project_then(rng: random.Random, projects: list[dict[str, Any]], day: dt.date) -> str | None:
    """The project a note on `day` is about: mostly the latest one started by then."""
    started = [p for p in projects if p["started_on"] and p["started_on"] <= day]
    if not started:
        return None
    name: str = (started[-1] if rng.random() < 0.7 else rng.choice(started))["name"]
    return name


def _person(rng: random.Random, people: list[dict[str, Any]]) -> str:
    if not people:
        return "客户负责人"
    p = people[0] if rng.random() < 0.6 else rng.choice(people)
    name: str = p["name"][0] + PERSON_SUFFIX.get(p["title"], "经理")
    return name


def events(t: StoryTeller, cid: int, cls: str, created: dt.date, owner: int, projects: list[dict[str, Any]], people: list[dict[str, Any]],
           slots: Slots) -> list[dict[str, Any]]:
    """Page-2 entries over the customer's history, recorded by the custodian."""
    rng = t.rng
    rows: list[dict[str, Any]] = []

    def add(category: str, day: dt.date, **given: Any) -> None:
        title, content = rng.choice(t.templates[category])
        slots.update(given)
        slots["person"] = _person(rng, people)
        if "project" not in slots:
            slots["project"] = _project_then(rng, projects, day) or f"{slots['product']}订单"
        lag = 0 if rng.random() < 0.65 else rng.randint(1, 3)
        recorded = t.at_office(min(day + lag * DAY, t.last_day))
        rows.append(dict(customer=cid, event_date=day, category=category, title=title.format_map(slots),
                         content=content.format_map(slots), source_department=rng.choice(ev.SOURCES.get(
                             category, ("客服部",))), recorded_by=owner, recorded_at=recorded, is_report=False))
        for key in ("person", "project", "product", "amount", "district", "other_city", "newname", "peer", "days",
                    "weekday", "when", "n", "pct", "festival", "year"):
            slots.pop(key, None)

    # each dated project was an opportunity first (合作契机), a few weeks before it started
    if "合作契机" in t.templates:
        for p in projects:
            if p["started_on"] and rng.random() < 0.4:
                day = max(created, p["started_on"] - rng.randint(15, 60) * DAY)
                add("合作契机", day, product=p.pop("_product"), amount=f"{p['amount'] / 10000:.1f}"
                    .rstrip("0").rstrip("."))
    for p in projects:
        p.pop("_product", None)
    count = {"A": rng.randint(6, 12), "B": rng.randint(3, 6), "C": rng.randint(1, 3)}[cls]
    while len(rows) < count:
        if t.greetings and rng.random() < 0.18:
            found = _festival_day(t, created)
            if found:
                add("节日问候", found[1], festival=found[0])
                continue
        category = t.category(rng)
        day = t.day_between(created, t.last_day)
        add(category, day, year=day.year)
        if category == "投诉" and "回访" in t.templates and rng.random() < 0.5:
            follow = day + rng.randint(5, 20) * DAY
            if follow <= t.last_day:
                slots_template = ("投诉处理回访", "就{month}投诉进行回访，{person}表示问题已解决，评价“满意”。")
                rows.append(_complaint_visit(t, rows[-1], follow, _person(rng, people), slots_template))
    rows.sort(key=lambda r: (r["event_date"], r["recorded_at"]))
    return rows


def _complaint_visit(t: StoryTeller, complaint: dict[str, Any], day: dt.date, person: str,
                     template: tuple[str, str]) -> dict[str, Any]:
    """The return visit (回访) that closes a complaint."""
    title, content = template
    month = f"{complaint['event_date'].month}月{complaint['event_date'].day}日的"
    return dict(complaint, event_date=day, category="回访", title=title,
                content=content.format(month=month, person=person),
                recorded_at=t.at_office(min(day + (0 if t.rng.random() < 0.7 else 1) * DAY, t.last_day)),
                source_department="客服部")
