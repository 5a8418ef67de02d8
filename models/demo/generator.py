"""Realistic zh_CN demo data (Faker), reproducible by seed.

Used by the first-start dialog, the `demo` command, the GUI tests and the benchmarks.
Rows are inserted in batches (one audit entry per batch) so 100,000 customers take
seconds, not minutes; search text and pinyin are computed as for any other write.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from faker import Faker

from models.archive import search_text
from models.foundation.changes import Changes, Kind, card_changes, record_changes
from models.foundation.db import database, write_transaction
from models.foundation.schema import Contact, Customer, Department, Event, Project, Staff, utcnow
from models.foundation.vocabulary import EVENT_CATEGORIES, PROJECT_STATUSES, SOURCE_CHANNELS
from models.rules import access, audit
from models.rules.access import Actor
from models.rules.auth import hash_password

DEMO_PASSWORD = "demo-pass-1"
INDUSTRIES = ("贸易", "制造业", "餐饮", "建筑工程", "医疗器械", "教育培训", "物流", "电子商务",
              "房地产", "金融服务", "食品加工", "纺织服装")
TITLES = ("总经理", "副总经理", "采购经理", "财务总监", "行政主管", "董事长", "技术总监", "销售经理")
HOBBIES = ("钓鱼", "高尔夫", "书法", "茶艺", "登山", "摄影", "围棋", "收藏紫砂壶", "跑步", "京剧")
FAMILY = ("已婚，一子", "已婚，一女在读大学", "已婚，两个孩子", "未婚", "已婚，孩子在海外留学")
PERSONALITY = ("做事严谨，重视细节", "爽快健谈，注重关系", "谨慎保守，决策较慢", "雷厉风行，重视效率")
EVENT_TITLES = {
    "合作契机": "年度采购计划启动", "分店成立": "新分店开业", "合作宣传": "与行业协会联合宣传",
    "公司走势": "业务扩张，营收增长", "投诉": "交货延迟投诉", "回访": "季度回访",
    "节日问候": "春节问候", "其他": "资料更新",
}


def ensure_agents(actor: Actor, count: int) -> list[Staff]:
    """Demo agents agent01..agentNN (password DEMO_PASSWORD), created when missing."""
    dept, _ = Department.get_or_create(name="客服部")
    agents = []
    pw_hash = None
    fake = Faker("zh_CN")
    fake.seed_instance(4242)
    for i in range(1, count + 1):
        username = f"agent{i:02d}"
        staff = Staff.get_or_none(Staff.username == username)
        if staff is None:
            pw_hash = pw_hash or hash_password(DEMO_PASSWORD)
            staff = Staff.create(username=username, display_name=fake.name(), role="agent",
                                 department=dept, password_hash=pw_hash)
            audit.record(actor, "create_user", target_type="staff", target_id=staff.id,
                         target_label=username, details={"role": "agent", "demo": True})
        agents.append(staff)
    return agents


def generate(actor: Actor, customers: int, *, agents: int = 5, seed: int = 1,
             batch: int = 2000, progress=None) -> int:
    """Add `customers` demo cards spread over `agents` demo agents. Returns the count."""
    actor = access.require(actor, access.MANAGE)  # managers only
    if customers < 0 or agents < 1:
        raise ValueError("customers must be >= 0 and agents >= 1")
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    with write_transaction():
        staff = ensure_agents(actor, agents)
        record_changes(Changes.of(Kind.STAFF))
    today = dt.date.today()
    done = 0
    while done < customers:
        n = min(batch, customers - done)
        with write_transaction():
            start_id = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
            rows, contact_rows, project_rows, event_rows = [], [], [], []
            for i in range(n):
                cid = start_id + i
                name = fake.company()
                owner = staff[rng.randrange(len(staff))]
                created = utcnow() - dt.timedelta(days=rng.randint(0, 2000))
                cust = Customer(
                    id=cid, code=f"KH{cid:06d}", name=name, kind="company",
                    organization=f"{rng.choice(['董事会', '总经理办公室'])}下设{rng.choice(['采购部、财务部', '销售部、技术部', '市场部、行政部'])}",
                    industry=rng.choice(INDUSTRIES), industry_status=rng.choice(
                        ["区域龙头企业", "行业中游，发展稳定", "新兴企业，增长较快", "老牌企业，口碑良好"]),
                    founded_on=fake.date_between(dt.date(1985, 1, 1), dt.date(2022, 12, 31)),
                    address=fake.address().rsplit(" ", 1)[0], phone=fake.phone_number(),
                    fax=fake.phone_number() if rng.random() < 0.3 else "",
                    email=fake.company_email(), wechat=f"wx_{fake.user_name()}",
                    website=f"https://www.{fake.domain_word()}.cn" if rng.random() < 0.5 else "",
                    source_channel=rng.choice(SOURCE_CHANNELS),
                    classification=rng.choices("ABC", weights=(2, 3, 5))[0], owner=owner.id,
                    status="active", created_at=created, created_by=actor.id,
                    updated_at=created, updated_by=actor.id)
                people = []
                for k in range(rng.randint(1, 3)):
                    person = Contact(
                        customer=cid, name=fake.name(), is_primary=(k == 0), title=rng.choice(TITLES),
                        role_in_org=rng.choice(["决策人", "采购经办", "技术把关", "财务审批"]),
                        phone=fake.phone_number() if rng.random() < 0.5 else "",
                        mobile=fake.phone_number(), email=fake.free_email(),
                        wechat=f"wx{rng.randint(10000, 99999)}",
                        birthday_month=rng.randint(1, 12), birthday_day=rng.randint(1, 28),
                        birthday_year=rng.choice([None, rng.randint(1955, 1995)]),
                        birthday_lunar=rng.random() < 0.25, family=rng.choice(FAMILY),
                        personality=rng.choice(PERSONALITY), hobbies="、".join(rng.sample(HOBBIES, 2)),
                        relationships=f"与{fake.company_prefix()}等企业负责人私交甚好", position=k)
                    people.append(person)
                cust.search_text = search_text.build(cust, people)
                rows.append(cust)
                contact_rows.extend(people)
                for _ in range(rng.randint(0, 2)):
                    start = fake.date_between(dt.date(2015, 1, 1), today)
                    project_rows.append(Project(
                        customer=cid, name=f"{rng.choice(['年度', '季度', '专项'])}{rng.choice(['采购', '维保', '培训', '系统集成'])}项目",
                        started_on=start, ended_on=start + dt.timedelta(days=rng.randint(30, 400)),
                        amount=Decimal(rng.randint(5, 5000) * 1000), status=rng.choice(PROJECT_STATUSES)))
                for _ in range(rng.randint(1, 4)):
                    cat = rng.choice(EVENT_CATEGORIES)
                    event_rows.append(Event(
                        customer=cid, event_date=fake.date_between(dt.date(2018, 1, 1), today),
                        category=cat, title=EVENT_TITLES.get(cat, cat), content=fake.paragraph(nb_sentences=2),
                        source_department=rng.choice(["客服部", "销售部", "市场部"]), recorded_by=owner.id,
                        recorded_at=created))
            for model, items in ((Customer, rows), (Contact, contact_rows),
                                 (Project, project_rows), (Event, event_rows)):
                for j in range(0, len(items), 500):
                    model.bulk_create(items[j:j + 500])
            audit.record(actor, "demo_data", details={"customers": n, "seed": seed})
            record_changes(card_changes(*range(start_id, start_id + n), also=[Kind.EVENTS]))
        done += n
        if progress:
            progress(done, customers)
    _fix_postgres_sequences()
    return done


def _fix_postgres_sequences() -> None:
    """Explicit ids were inserted; move PostgreSQL's sequence past them."""
    from models.foundation.db import is_postgres

    if is_postgres():
        database.execute_sql(
            "SELECT setval(pg_get_serial_sequence('customer', 'id'), (SELECT COALESCE(MAX(id), 1) FROM customer))")
