"""What the archive list shows beside a row's own columns (issue 12), for one page of ids.

`row_extras(actor, ids, text=…)` answers for the ≤ 200 ids of a page in a few queries (not one
per row): why each row matched the search text, the company phone, the city (read off the
address: models/archive/places.py), the primary key person, the last contact, the next open
follow-up task, and when a grant the user reads the card through ends.

Why a row matched is worked out again from the card's fields (the search column says only
*that* it matched): the fields the search column is built from (search_text._compose) — code,
name, phone, fax, e-mail, credit code, each key person's name, phone, mobile and e-mail, the
pinyin and initials of the names. They are all page-1 fields that whoever may open the card
sees; sensitive personal fields are never in the search column, so a search never matches one
and no reason names one. Ids the user may not open (a grant that ended since the page was
read) get nothing at all — not "a hidden field matched", which would let a guess be confirmed.
The core returns data (field keys, values); the UI words them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.archive import search_text
from models.archive.places import city_of
from models.foundation.schema import Contact, Customer, FollowUp
from models.foundation.validation import narrow
from models.rules import access
from models.rules.access import Actor

# what a reason's `field` may be (the UI has a label for each)
CODE, NAME, NAME_PINYIN, NAME_INITIALS = "code", "name", "name_pinyin", "name_initials"
PHONE, FAX, EMAIL, CREDIT_CODE = "phone", "fax", "email", "credit_code"
CONTACT, CONTACT_PINYIN, CONTACT_INITIALS = "contact", "contact_pinyin", "contact_initials"
CONTACT_PHONE, CONTACT_MOBILE, CONTACT_EMAIL = "contact_phone", "contact_mobile", "contact_email"

# what row_extras can load; the list asks only for the columns shown
MATCHES, CITY, PRIMARY_CONTACT, LAST_CONTACT = "matches", "city", "primary_contact", "last_contact_on"
NEXT_FOLLOW_UP, GRANTED_UNTIL = "next_follow_up", "granted_until"
ALL = frozenset({MATCHES, PHONE, CITY, PRIMARY_CONTACT, LAST_CONTACT, NEXT_FOLLOW_UP, GRANTED_UNTIL})

_DIGITS = re.compile(r"\D+")
_LATIN = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class MatchReason:
    """One field the search text was found in: `value` as the card shows it; `person` the key
    person it belongs to; `typed` what was typed (for a pinyin match: zhangwei → 张伟)."""

    field: str
    value: str
    person: str = ""
    typed: str = ""


@dataclass(frozen=True)
class RowExtras:
    matches: tuple[MatchReason, ...] = ()
    phone: str = ""
    city: str = ""
    primary_contact: str = ""
    last_contact_on: dt.date | None = None
    next_follow_up: dt.date | None = None
    granted_until: dt.datetime | None = None   # read through a time-limited grant ending then (UTC)


def _found(needle: str, value: str, *, digits: bool = False) -> bool:
    if not value:
        return False
    if needle in narrow(value).lower():
        return True
    return digits and needle.isdigit() and needle in _DIGITS.sub("", value)


def match_reasons(needle: str, customer: dict[str, Any], contacts: Iterable[dict[str, Any]]) -> tuple[MatchReason, ...]:
    """Where the normalised search `needle` occurs in one card's searchable fields, in the
    order a person would look: the company's own fields, then the key people, pinyin last
    (computed only when nothing plain matched)."""
    out: list[MatchReason] = []
    for field, digits in ((CODE, False), (NAME, False), (PHONE, True), (FAX, True), (EMAIL, False),
                          (CREDIT_CODE, False)):
        if _found(needle, customer.get(field) or "", digits=digits):
            out.append(MatchReason(field, customer[field]))
    contacts = list(contacts)
    for c in contacts:
        if _found(needle, c["name"]):
            out.append(MatchReason(CONTACT, c["name"], person=c["name"]))
        for field, key, digits in ((CONTACT_PHONE, "phone", True), (CONTACT_MOBILE, "mobile", True),
                                   (CONTACT_EMAIL, "email", False)):
            if _found(needle, c[key] or "", digits=digits):
                out.append(MatchReason(field, c[key], person=c["name"]))
    if out or not _LATIN.search(needle):
        return tuple(out)
    names = [(NAME_PINYIN, NAME_INITIALS, customer.get(NAME) or "", "")]
    names += [(CONTACT_PINYIN, CONTACT_INITIALS, c["name"], c["name"]) for c in contacts]
    for full_field, initials_field, name, person in names:
        if not name:
            continue
        full, initials = search_text.pinyin_forms(name)
        if needle in full:
            out.append(MatchReason(full_field, name, person=person, typed=needle))
        elif needle in initials:
            out.append(MatchReason(initials_field, name, person=person, typed=needle))
    return tuple(out)


def row_extras(actor: Actor, ids: Iterable[int], *, text: str = "",
               want: Iterable[str] = ALL) -> dict[int, RowExtras]:
    """The extras of the cards `ids` that `actor` may open (others are left out), loading only
    what `want` names; `text` is the search box's text (matches only when there is one)."""
    want = set(want)
    ids = list(dict.fromkeys(ids))
    visible = access.allowed_ids(actor, access.VIEW, ids)
    ids = [i for i in ids if i in visible]
    if not ids:
        return {}
    needle = search_text.normalise_query(text) if MATCHES in want and text else ""
    cards = {r["id"]: r for r in Customer.select(
        Customer.id, Customer.code, Customer.name, Customer.phone, Customer.fax, Customer.email,
        Customer.credit_code, Customer.address, Customer.last_contact_on)
        .where(Customer.id.in_(ids)).dicts()}
    people: dict[int, list[dict[str, Any]]] = {}
    if needle or PRIMARY_CONTACT in want:
        for c in (Contact.select(Contact.customer, Contact.name, Contact.is_primary, Contact.phone,
                                 Contact.mobile, Contact.email)
                  .where(Contact.customer.in_(ids))
                  .order_by(Contact.customer, Contact.is_primary.desc(), Contact.position, Contact.id)
                  .dicts()):
            people.setdefault(c["customer"], []).append(c)
    follow_ups: dict[int, dt.date] = {}
    if NEXT_FOLLOW_UP in want:
        query = (FollowUp.select(FollowUp.customer, pw.fn.MIN(FollowUp.due_on))
                 .where(FollowUp.customer.in_(ids) & FollowUp.done_at.is_null() & FollowUp.due_on.is_null(False))
                 .group_by(FollowUp.customer))
        follow_ups = {cid: FollowUp.due_on.python_value(due) for cid, due in query.tuples()}
    grants = access.grant_expiries(actor, ids) if GRANTED_UNTIL in want else {}
    out = {}
    for cid in ids:
        card = cards.get(cid)
        if card is None:
            continue
        contacts = people.get(cid, [])
        primary = next((c["name"] for c in contacts if c["is_primary"]), "")
        out[cid] = RowExtras(
            matches=match_reasons(needle, card, contacts) if needle else (),
            phone=card["phone"] or "", city=city_of(card["address"]) if CITY in want else "",
            primary_contact=primary, last_contact_on=card["last_contact_on"],
            next_follow_up=follow_ups.get(cid), granted_until=grants.get(cid))
    return out
