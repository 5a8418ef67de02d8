"""Mutations say what they changed (Changes), on both databases; rolled-back writes say nothing."""
from __future__ import annotations

import pytest

from models.access_requests import requests
from models.archive import contacts, customers, events
from models.foundation import changes as ch
from models.foundation.changes import Changes, Kind, perform
from models.foundation.db import write_transaction
from models.foundation.errors import ConflictError
from models.handover import service as handover


def test_merge_touches_and_unknown_customers():
    card5 = Changes.of(Kind.CUSTOMERS, Kind.CARD, customers=[5])
    staff = Changes.of(Kind.STAFF)
    both = card5.merge(staff)
    assert both.touches(Kind.CARD, 5) and not both.touches(Kind.CARD, 7)
    assert both.touches(Kind.STAFF) and not both.touches(Kind.GRANTS)
    assert both.touches(Kind.CUSTOMERS)                       # any customer, no id asked
    assert not Changes.none() and both
    some = both.merge(Changes.of(Kind.CARD, customers=None))  # "customers not known"
    assert some.customer_ids is None and some.touches(Kind.CARD, 12345)
    assert Changes.everything().touches(Kind.HANDOVERS, 1)


def test_payload_round_trip_is_capped_and_tolerates_junk():
    c = Changes.of(Kind.CARD, Kind.EVENTS, customers=[3, 1, 2])
    origin, back = Changes.from_payload(c.to_payload(origin="me"))
    assert origin == "me" and back.kinds == c.kinds and back.customer_ids == {1, 2, 3}
    assert back.elsewhere
    many = Changes.of(Kind.CUSTOMERS, customers=range(100_000))
    text = many.to_payload()
    assert len(text.encode()) <= ch.MAX_PAYLOAD
    assert Changes.from_payload(text)[1].customer_ids is None   # too many ids: "some customers"
    for junk in ("", "not json", "[1,2]", '{"k": 5}', '{"k": ["nonsense"], "c": ["x"]}'):
        assert Changes.from_payload(junk) is None or not Changes.from_payload(junk)[1]


def test_record_changes_outside_a_write_transaction_is_a_bug():
    with pytest.raises(RuntimeError):
        ch.record_changes(Changes.of(Kind.STAFF))


def test_mutations_return_their_value_and_changes(people):
    boss, li = people["boss"], people["li"]
    made = perform(customers.create_customer, li, {"name": "杭州西湖贸易有限公司"})
    card = made.value
    assert card.name == "杭州西湖贸易有限公司"                    # the DTO it always returned
    assert made.changes.touches(Kind.CUSTOMERS, card.id) and made.changes.touches(Kind.CARD, card.id)
    assert not made.changes.touches(Kind.CARD, card.id + 1)

    ev = perform(events.add_event, li, card.id, {"event_date": "2024-05-01", "category": "回访",
                                                  "title": "上门拜访"})
    assert ev.changes.touches(Kind.EVENTS, card.id) and ev.changes.touches(Kind.CUSTOMERS, card.id)
    person = perform(contacts.add_contact, li, card.id, {"name": "欧阳明"})
    assert person.changes.touches(Kind.CARD, card.id)

    rid = perform(requests.request_access, people["sales"], card.id, "下周拜访", "view")
    assert rid.changes.kinds == {Kind.REQUESTS}
    approved = perform(requests.approve, boss, rid.value, 7)
    assert approved.changes.kinds >= {Kind.REQUESTS, Kind.GRANTS, Kind.NOTIFICATIONS}

    start = perform(handover.start_handover, boss, "zhao")
    assert start.changes.touches(Kind.HANDOVERS) and start.changes.touches(Kind.STAFF)


def test_a_rolled_back_write_reports_nothing(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "宁波港口物流"})
    with ch.collect() as box, pytest.raises(ConflictError):
        customers.update_customer(li, card.id, card.version + 7, {"industry": "物流"})
    assert box == []
    with ch.collect() as box, pytest.raises(ZeroDivisionError), write_transaction():
        ch.record_changes(Changes.of(Kind.STAFF))
        raise ZeroDivisionError
    assert box == []
    nested = perform(_two_writes, li, card)
    assert nested.changes.touches(Kind.CARD, card.id) and nested.changes.touches(Kind.STAFF)


def _two_writes(li, card):
    with write_transaction():
        customers.update_customer(li, card.id, card.version, {"industry": "港口"})
        with write_transaction():
            ch.record_changes(Changes.of(Kind.STAFF))
