"""Round trip: export an archive, import the workbook into an empty database, same cards."""
from __future__ import annotations

import datetime as dt
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.accounts import staff
from models.archive import contacts, customers, events
from models.archive.customers import ListQuery
from models.foundation import db
from models.foundation.schema import Contact, Customer, Event, Project
from models.maintenance import opening
from models.transfer import exporting, importing
from models.transfer.exporting import Selection

CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
EMOJI = st.sampled_from("😀🎉🏭💼")
TEXT_CHARS = st.one_of(CHINESE, EMOJI, st.sampled_from(string.ascii_letters + string.digits + " =+-@#\"'()&<>，。"))
FORMULAS = st.sampled_from(['=HYPERLINK("http://x","点我")', "+86 21 1234", "-5", "@SUM(A1)", "=1+1", "#N/A"])
TEXT = st.one_of(FORMULAS, st.text(TEXT_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool))
LONG = st.text(TEXT_CHARS, min_size=0, max_size=3000).map(str.strip)
PHONE = st.from_regex(r"0[0-9]{2,3}-[0-9]{7,8}", fullmatch=True)


@st.composite
def archives(draw):
    n = draw(st.integers(1, 4))
    names = draw(st.lists(TEXT, min_size=n, max_size=n, unique_by=importing.name_key))
    cards = []
    for name in names:
        cards.append({
            "name": name[:200], "notes": draw(LONG), "phone": draw(PHONE), "cls": draw(st.sampled_from("ABC")),
            "contacts": draw(st.lists(st.tuples(TEXT, st.from_regex(r"0[0-9]{10}", fullmatch=True), LONG),
                                      max_size=2)),
            "projects": draw(st.lists(st.tuples(TEXT, st.decimals(0, 10**9, places=2)), max_size=2)),
            "events": draw(st.lists(st.tuples(st.dates(dt.date(2000, 1, 1), dt.date(2025, 1, 1)), TEXT, LONG),
                                    max_size=3)),
        })
    return cards


def _snapshot():
    out = {}
    for c in Customer.select():
        out[c.code] = (
            c.name, c.classification, c.phone, c.notes, c.owner.username, c.status,
            sorted((p.name, p.mobile, p.family, p.is_primary) for p in Contact.select().where(Contact.customer == c.id)),
            sorted((p.name, p.amount, p.status) for p in Project.select().where(Project.customer == c.id)),
            sorted((e.event_date, e.category, e.title, e.content) for e in Event.select().where(Event.customer == c.id)),
        )
    return out


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=archives())
def test_export_then_import_into_empty_archive_gives_the_same_cards(tmp_path_factory, data, monkeypatch):
    base = tmp_path_factory.mktemp("rt")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    opening.open_archive(str(base / "source.db"))
    try:
        boss = staff.create_first_manager("boss", "secret-123", "王主管")
        for card in data:
            made = customers.create_customer(boss, {"name": card["name"], "notes": card["notes"],
                                                    "phone": card["phone"], "cls": card["cls"]})
            for name, mobile, family in card["contacts"]:
                contacts.add_contact(boss, made.id, {"name": name[:100], "mobile": mobile, "family": family})
            for name, amount in card["projects"]:
                contacts.add_project(boss, made.id, {"name": name, "amount": amount})
            for day, title, content in card["events"]:
                events.add_event(boss, made.id, {"event_date": day, "category": "回访", "title": title,
                                                 "content": content})
        customers.archive_customer(boss, made.id, Customer.get_by_id(made.id).version, "停业")
        before = _snapshot()
        out = base / "archive.xlsx"
        exporting.export_excel(boss, out, Selection(ListQuery(status=None)))
    finally:
        db.close_database()
    opening.open_archive(str(base / "target.db"))
    try:
        boss = staff.create_first_manager("boss", "secret-123", "王主管")
        report = importing.import_xlsx(boss, out)
        assert report.ok, report.problems[:5]
        assert report.created == len(data)
        assert _snapshot() == before
    finally:
        db.close_database()
