"""Demo data: reproducible by seed and day, unique numbers, dates over years, classes that
agree with the projects, page-2 notes written from templates, and an export that imports back."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from decimal import Decimal

import pytest

from models.calendar import lunar
from models.demo import event_text, story
from models.demo import generator as demo
from models.demo.numbers import Permutation
from models.foundation import db
from models.foundation.schema import Contact, Customer, Event, Project
from models.foundation.vocabulary import EVENT_CATEGORIES
from tests.conftest import PASSWORD

TODAY = dt.date(2026, 3, 15)
BEIJING = dt.timedelta(hours=8)


def _open(url):
    from models.accounts import staff
    from models.maintenance import opening

    opening.open_archive(url)
    return staff.create_first_manager("boss", PASSWORD, "王主管", company_name="示例贸易有限公司")


def _value(v):
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, bool):
        return int(v)
    return "" if v is None else str(v)


def archive_digest() -> str:
    """Every column of every customer, key person, project and page-2 row, in id order."""
    h = hashlib.sha256()
    for model in (Customer, Contact, Project, Event):
        for row in model.select().order_by(model.id).tuples():
            h.update(repr([_value(v) for v in row]).encode("utf-8"))
    return h.hexdigest()


def _generate(url, n, *, seed, today=TODAY, batch=2000) -> str:
    boss = _open(url)
    try:
        demo.generate(boss, n, agents=3, seed=seed, today=today, batch=batch)
        return archive_digest()
    finally:
        db.close_database()


def test_same_seed_and_day_give_the_same_archive_on_either_database(db_url, tmp_path):
    first = _generate(db_url, 60, seed=5, batch=7)
    assert _generate(str(tmp_path / "second.db"), 60, seed=5, batch=25) == first
    assert _generate(str(tmp_path / "other-seed.db"), 60, seed=6) != first
    assert _generate(str(tmp_path / "other-day.db"), 60, seed=5, today=TODAY + dt.timedelta(days=1)) != first


@pytest.fixture
def demo_archive(sqlite_archive):
    demo.generate(sqlite_archive, 300, agents=4, seed=3, today=TODAY)
    return sqlite_archive


def _digits(text):
    return re.sub(r"\D", "", text)


def test_phones_faxes_and_mobiles_are_unique_even_after_a_second_run(demo_archive):
    demo.generate(demo_archive, 50, agents=4, seed=3, today=TODAY)   # same seed again
    landlines = [p for (p,) in Customer.select(Customer.phone).tuples()]
    landlines += [f for (f,) in Customer.select(Customer.fax).where(Customer.fax != "").tuples()]
    landlines += [p for (p,) in Contact.select(Contact.phone).where(Contact.phone != "").tuples()]
    mobiles = [m for (m,) in Contact.select(Contact.mobile).tuples()]
    assert len(mobiles) == Contact.select().count() > 350
    for numbers in (landlines, mobiles):
        counts = Counter(_digits(n) for n in numbers)
        assert counts.most_common(1)[0][1] == 1
    assert all(re.fullmatch(r"0\d{2,3}-[2-8]\d{7}", n) for n in landlines)
    assert all(re.fullmatch(r"1[3-9]\d{9}", m) for m in mobiles)
    names = [n for (n,) in Customer.select(Customer.name).tuples()]
    assert len(set(names)) == len(names) == 350


def test_the_number_permutation_is_a_bijection():
    perm = Permutation(1000, seed=9, label="t")
    assert sorted(perm(i) for i in range(1000)) == list(range(1000))


def _local_day(utc: dt.datetime) -> dt.date:
    return (utc + BEIJING).date()


def test_dates_spread_over_years_and_follow_each_other(demo_archive):
    yesterday = TODAY - dt.timedelta(days=1)
    created = {}
    for c in Customer.select():
        day = _local_day(c.created_at)
        assert TODAY - dt.timedelta(days=8 * 366) <= day <= TODAY - dt.timedelta(days=365)
        assert c.founded_on < day
        assert c.created_at <= c.updated_at and _local_day(c.updated_at) <= yesterday
        assert c.verified_at is None or c.created_at <= c.verified_at
        created[c.id] = day
    assert len({d.year for d in created.values()}) >= 7          # 1–8 years back
    last_contact = {}
    for e in Event.select():
        assert created[e.customer_id] <= e.event_date <= _local_day(e.recorded_at) <= yesterday
        assert dt.time(8, 30) <= (e.recorded_at + BEIJING).time() <= dt.time(18, 0)
        last_contact[e.customer_id] = max(last_contact.get(e.customer_id, e.event_date), e.event_date)
    assert {c.id: c.last_contact_on for c in Customer.select() if c.last_contact_on} == last_contact
    assert len({e.event_date.year for e in Event.select()}) >= 7
    for p in Project.select().where(Project.started_on.is_null(False)):
        assert created[p.customer_id] <= p.started_on <= p.ended_on
        assert p.status in (("进行中",) if p.ended_on >= TODAY else ("已完成", "已终止"))


def test_birthdays_are_partly_lunar_some_in_leap_months(demo_archive):
    people = list(Contact.select())
    known = [p for p in people if p.birthday_month]
    lunar_share = sum(p.birthday_lunar for p in known) / len(known)
    assert 0.15 <= lunar_share <= 0.35
    leap = [p for p in known if p.birthday_leap]
    assert leap and all(p.birthday_lunar and p.birthday_year for p in leap)
    for p in leap:   # a real 闰月 of the birth year, and a day the month has
        assert lunar.leap_month_of(p.birthday_year) == p.birthday_month
        assert p.birthday_day <= lunar.month_length(p.birthday_year, p.birthday_month, True)


def test_classes_agree_with_the_projects(demo_archive):
    recent = TODAY - dt.timedelta(days=540)
    by_class = Counter()
    for c in Customer.select():
        projects = [p for p in c.projects if p.started_on]
        by_class[c.classification] += 1
        if c.classification == "A":    # long cooperation, large and recent business
            assert len(projects) >= 3
            assert min(p.started_on for p in projects) <= TODAY - dt.timedelta(days=3 * 365 - 60)
            assert max(p.started_on for p in projects) >= recent
            assert all(p.amount >= 200_000 for p in projects)
        elif c.classification == "B":  # one or two deals, the latest recent
            assert 1 <= len(projects) <= 2 and max(p.started_on for p in projects) >= recent
            assert all(30_000 <= p.amount <= 500_000 for p in projects)
        else:                           # small
            assert len(projects) <= 2 and all(p.amount <= 50_000 for p in projects)
    assert by_class["A"] < by_class["B"] < by_class["C"]


def test_page_two_reads_like_service_notes(demo_archive):
    events = list(Event.select())
    assert {e.category for e in events} <= set(EVENT_CATEGORIES)
    assert len({e.category for e in events}) >= 7
    for e in events:
        assert "{" not in e.title + e.content and e.content.endswith("。")
        assert not re.search(r"[a-zA-Z]{4,}", e.content)           # no lorem, no Faker filler
    greetings = [e for e in events if e.category == "节日问候"]
    assert greetings
    for e in greetings:   # sent a day or three before the festival the title names
        name = next(f for f in event_text.FESTIVALS if f[0] in e.title)
        _, is_lunar, month, day = name
        dates = [lunar.solar_date_of_lunar(y, month, day) if is_lunar else dt.date(y, month, day)
                 for y in (e.event_date.year, e.event_date.year + 1)]
        assert any(1 <= (d - e.event_date).days <= 3 for d in dates)
    # the notes name the customer's own key people (张总, 李经理) — most of them do
    refs = {}
    for p in Contact.select():
        refs.setdefault(p.customer_id, set()).update(
            p.name[0] + s for s in ("总", "经理", "老板", "主管", "会计", "工"))
    naming = sum(any(r in e.content for r in refs[e.customer_id]) for e in events)
    assert naming >= 0.4 * len(events)


def test_every_template_fills_its_slots():
    teller = story.StoryTeller(1, TODAY, [2], set())
    city, industry = story.CITIES(teller.rng), story.INDUSTRIES(teller.rng)
    for cls in "ABC":
        slots = story.Slots(teller._slot_maker(city, industry, cls), city=city.name, label=industry.label,
                            province_short=story.province_short(city), person="张总", project="年度采购",
                            festival="春节", year=2025)
        for templates in event_text.TEMPLATES.values():
            for title, content in templates:
                assert "{" not in title.format_map(slots) + content.format_map(slots)


def test_categories_the_vocabulary_adds_or_drops_are_tolerated(sqlite_archive, monkeypatch):
    cats = ("合作契机", "回访", "跟进", "活动邀请", "新类别")
    monkeypatch.setattr(story, "EVENT_CATEGORIES", cats)
    demo.generate(sqlite_archive, 40, agents=2, seed=4, today=TODAY)
    found = Counter(e.category for e in Event.select())
    assert set(found) <= set(cats) and {"跟进", "新类别"} <= set(found)
    other_titles = {title for title, _ in event_text.OTHER}
    assert {e.title for e in Event.select().where(Event.category == "新类别")} <= other_titles


def test_an_export_of_demo_data_imports_back_into_an_empty_archive(sqlite_archive, tmp_path):
    from models.archive.customers import ListQuery
    from models.transfer import exporting, importing

    demo.generate(sqlite_archive, 300, agents=3, seed=8, today=TODAY)
    counts = {m: m.select().count() for m in (Customer, Contact, Project, Event)}
    path = tmp_path / "demo.xlsx"
    exporting.export_excel(sqlite_archive, path, exporting.Selection(ListQuery(status=None)))
    db.close_database()
    boss = _open(str(tmp_path / "empty.db"))
    with db.write_transaction():   # the same accounts, no customers: the custodians resolve
        demo.ensure_agents(boss, 3)
    report = importing.import_xlsx(boss, path, on_duplicate="fail")
    assert report.ok, report.problems[:3]
    assert report.written and not report.duplicates
    assert (report.created, report.contacts, report.projects, report.events) == tuple(counts.values())
    assert Customer.select().count() == 300
