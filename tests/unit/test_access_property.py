"""Property-based check of the access rules (issue 3's table) against an independent model.

A hypothesis state machine creates customers with custodians, grants (direct and through
request → approve) with random scopes and expiries, revokes them, changes custody and moves
the clock. After every step it asserts that, for every user, what the services allow —
the list, count, search, directory and every permission decision — is exactly what the
model says; read steps open cards (masked and revealed), try an edit, and run the command
line's `show` and `search` in-process; reported matters reach the custodian's inbox, which
shows (and counts) a title only while its recipient may view the card. Runs on SQLite and
PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
import importlib
import io
import os

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from models.access_requests import requests
from models.archive import contacts, customers, events
from models.foundation import db
from models.foundation.dto import MASK
from models.foundation.errors import PermissionDenied, ValidationError
from models.foundation.schema import (
    AccessRequest,
    Contact,
    Customer,
    Event,
    Grant,
    Notification,
    Project,
    Staff,
    utcnow,
)
from models.maintenance import opening
from models.rules import access
from tests.conftest import PASSWORD, make_user

ACTIONS = ("view", "sensitive", "edit", "export")
CHECKS = {"count": 0}

CLOCKED_MODULES = ("models.rules.access", "models.access_requests.requests", "models.archive.customers")


def check(condition, message=""):
    CHECKS["count"] += 1
    assert condition, message


class Model:
    """The rules table, written again from the issue without looking at models/access.py."""

    def __init__(self):
        self.owner: dict[int, str] = {}                 # customer id -> custodian username
        self.grants: dict[int, dict] = {}               # grant id -> {user, cust, scopes, expires, revoked}
        self.reports: list[tuple[str, int, str]] = []   # (title, customer id, custodian told)
        self.access_notes: dict[str, int] = {}          # username -> messages about own access

    def scopes(self, user, cust, now) -> set[str]:
        got = set()
        for g in self.grants.values():
            if g["user"] == user and g["cust"] == cust and not g["revoked"] and g["expires"] > now:
                got |= set(g["scopes"]) | {"view"}
        return got

    def allowed(self, who, cust, action, now) -> bool:
        username, role = who.username, who.role
        if role == "manager":
            return True
        if role == "agent" and self.owner[cust] == username:
            return True
        if role in ("agent", "staff"):
            return action in self.scopes(username, cust, now)
        return False


def _wipe():
    for table in (Notification, Grant, AccessRequest, Event, Contact, Project):
        table.delete().execute()
    Customer.delete().execute()


def make_machine(url, users, boss):
    names = sorted(users)

    class AccessMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.model = Model()
            self.now = utcnow().replace(hour=12)
            self.seq = 0
            self.codes: dict[int, str] = {}

        def clock(self):
            return self.now

        @initialize()
        def start(self):
            _wipe()
            for mod in CLOCKED_MODULES:
                importlib.import_module(mod).utcnow = self.clock

        def teardown(self):
            for mod in CLOCKED_MODULES:
                importlib.import_module(mod).utcnow = utcnow

        # ---- steps that change who may see what ------------------------------------------
        @precondition(lambda self: len(self.codes) < 5)
        @rule(owner=st.sampled_from(["li", "zhao", "boss", "li"]))
        def create_customer(self, owner):
            self.seq += 1
            card = customers.create_customer(boss, {"name": f"属性客户{self.seq}号"}, owner=owner)
            contacts.add_contact(boss, card.id, {"name": f"联系人{self.seq}", "mobile": f"1390000{self.seq:04d}",
                                                 "hobbies": f"秘密爱好{self.seq}", "birthday": (5, 6, None, False)})
            self.codes[card.id] = card.code
            self.model.owner[card.id] = owner

        @precondition(lambda self: self.codes)
        @rule(data=st.data(), user=st.sampled_from(names),
              scopes=st.sets(st.sampled_from(ACTIONS)), hours=st.integers(1, 96))
        def direct_grant(self, data, user, scopes, hours):
            cust = data.draw(st.sampled_from(sorted(self.codes)))
            days = max(1, hours // 24)
            role = users[user].role
            pointless = role == "manager" or (role == "agent" and self.model.owner[cust] == user)
            try:
                gid = requests.grant(boss, self.codes[cust], user, sorted(scopes), days)
            except ValidationError:
                check(pointless, "a grant was refused that the rules allow")
                return
            check(not pointless, "a pointless grant was accepted")
            self.model.access_notes[user] = self.model.access_notes.get(user, 0) + 1
            self.model.grants[gid] = {"user": user, "cust": cust, "scopes": set(scopes) | {"view"},
                                      "expires": self.now + dt.timedelta(days=days), "revoked": False}

        @precondition(lambda self: self.codes)
        @rule(data=st.data(), user=st.sampled_from(names), scopes=st.sets(st.sampled_from(ACTIONS)),
              days=st.integers(1, 3))
        def request_and_approve(self, data, user, scopes, days):
            cust = data.draw(st.sampled_from(sorted(self.codes)))
            who = users[user]
            wanted = set(scopes) | {"view"}
            no_need = who.role == "manager" or (who.role == "agent" and self.model.owner[cust] == user)
            covered = wanted <= self.model.scopes(user, cust, self.now)
            try:
                rid = requests.request_access(who, self.codes[cust], "属性测试", sorted(scopes))
            except ValidationError:
                check(no_need or covered, "a needed request was refused")
                return
            check(not (no_need or covered), "an unneeded request was accepted")
            gid = requests.approve(boss, rid, days)
            self.model.access_notes[user] = self.model.access_notes.get(user, 0) + 1
            self.model.grants[gid] = {"user": user, "cust": cust, "scopes": wanted,
                                      "expires": self.now + dt.timedelta(days=days), "revoked": False}

        @precondition(lambda self: any(not g["revoked"] for g in self.model.grants.values()))
        @rule(data=st.data())
        def revoke(self, data):
            gid = data.draw(st.sampled_from(sorted(g for g, v in self.model.grants.items() if not v["revoked"])))
            requests.revoke(boss, gid)
            self.model.grants[gid]["revoked"] = True
            user = self.model.grants[gid]["user"]
            self.model.access_notes[user] = self.model.access_notes.get(user, 0) + 1

        @precondition(lambda self: self.codes)
        @rule(data=st.data(), user=st.sampled_from(names))
        def report_matter(self, data, user):
            """Anyone reports a matter; the custodian of the moment is told (the inbox)."""
            cust = data.draw(st.sampled_from(sorted(self.codes)))
            self.seq += 1
            title = f"属性报告{self.seq}号"
            events.report_event(users[user], self.codes[cust], {
                "event_date": "2026-11-02", "category": "其他", "title": title})
            if self.model.owner[cust] != user:
                self.model.reports.append((title, cust, self.model.owner[cust]))

        @precondition(lambda self: self.codes)
        @rule(data=st.data(), owner=st.sampled_from(["li", "zhao", "boss"]))
        def change_custody(self, data, owner):
            cust = data.draw(st.sampled_from(sorted(self.codes)))
            version = Customer.get_by_id(cust).version
            customers.update_customer(boss, cust, version, {}, owner=owner)
            self.model.owner[cust] = owner

        @rule(hours=st.sampled_from([1, 11, 23, 24, 25, 47, 72]))
        def advance_clock(self, hours):
            self.now += dt.timedelta(hours=hours)

        @precondition(lambda self: any(g["expires"] > self.now for g in self.model.grants.values()))
        @rule(data=st.data(), past=st.sampled_from([0, 0, 1]))
        def advance_to_an_expiry(self, data, past):
            """Land exactly on (or one second after) a grant's expiry: the boundary matters."""
            ends = sorted({g["expires"] for g in self.model.grants.values() if g["expires"] > self.now})
            self.now = data.draw(st.sampled_from(ends)) + dt.timedelta(seconds=past)

        # ---- reads that must match the model exactly -------------------------------------
        @precondition(lambda self: self.codes)
        @rule(data=st.data(), user=st.sampled_from(names))
        def read_card(self, data, user):
            cust = data.draw(st.sampled_from(sorted(self.codes)))
            who, code = users[user], self.codes[cust]
            may = {a: self.model.allowed(who, cust, a, self.now) for a in ACTIONS}
            try:
                card = customers.get_card(who, code)
            except PermissionDenied:
                check(not may["view"], f"{user} was refused {code}")
            else:
                check(may["view"], f"{user} opened {code} without the right")
                check(card.contacts[0].hobbies == MASK and card.contacts[0].birthday_text == MASK,
                      "sensitive fields shown without asking")
                p = card.permissions
                check((p.view, p.sensitive, p.edit, p.export) == tuple(may[a] for a in ACTIONS), str(p))
            try:
                card = customers.get_card(who, code, reveal_sensitive=True)
            except PermissionDenied:
                check(not (may["view"] and may["sensitive"]), f"{user} refused sensitive on {code}")
            else:
                check(may["sensitive"], f"{user} saw sensitive fields of {code}")
                check(card.contacts[0].hobbies.startswith("秘密爱好") and card.contacts[0].birthday_text == "5月6日")
            version = Customer.get_by_id(cust).version
            try:
                customers.update_customer(who, cust, version, {"notes": f"{user} {self.now}"})
            except PermissionDenied:
                check(not may["edit"], f"{user} refused edit on {code}")
            else:
                check(may["edit"], f"{user} edited {code} without the right")

        @precondition(lambda self: self.codes)
        @rule(data=st.data(), user=st.sampled_from(names))
        def read_cli(self, data, user):
            cust = data.draw(st.sampled_from(sorted(self.codes)))
            who, code = users[user], self.codes[cust]
            from ui.cli import run
            outputs = []
            db.close_database()     # each command opens (and closes) its own connection
            for argv in (["show", code], ["show", code, "--reveal"], ["search", "属性客户"]):
                out, err = io.StringIO(), io.StringIO()
                rc = run(["--db", url, "--user", user, *argv], stdout=out, stderr=err)
                outputs.append((rc, out.getvalue()))
            opening.open_archive(url)   # the command line closes the connection it used
            (rc1, show), (rc2, reveal), (rc3, found) = outputs
            view = self.model.allowed(who, cust, "view", self.now)
            sens = view and self.model.allowed(who, cust, "sensitive", self.now)
            check(rc1 == (0 if view else 3), f"show {code} as {user}: {rc1}")
            check((MASK in show and "秘密爱好" not in show) if view else show == "")
            check(rc2 == (0 if sens else 3), f"show --reveal {code} as {user}: {rc2}")
            check(("秘密爱好" in reveal) if sens else reveal == "")
            expected = {self.codes[c] for c in self.codes if self.model.allowed(who, c, "view", self.now)}
            check(rc3 == 0 and {line.split("\t")[0] for line in found.splitlines()} == expected, found)

        @invariant()
        def lists_and_decisions_match_the_model(self):
            if not self.codes:
                return
            for user in names:
                who = users[user]
                expected = {c for c in self.codes if self.model.allowed(who, c, "view", self.now)}
                listed = {r.id for r in customers.list_customers(who)}
                check(listed == expected, f"{user} lists {listed}, model {expected}")
                check(customers.count_customers(who) == len(expected))
                check({r.id for r in customers.search(who, "属性客户")} == expected)
                check({r.id for r in customers.search(who, "139")} == expected)   # contacts' mobiles
                check(customers.search(who, "秘密爱好") == [], "search matched a sensitive field")
                lines = {d.id: d.custodian for d in customers.directory(who, "属性客户")}
                check(set(lines) == set(self.codes), "the directory shows every customer")
                check(all(lines[c] == users[self.model.owner[c]].display_name for c in lines))
                exportable = {r.id for r in Customer.select(Customer.id)
                              .where(access.visible_condition(who, "export"))}
                check(exportable == {c for c in self.codes if self.model.allowed(who, c, "export", self.now)})
                for c in self.codes:
                    for a in ACTIONS:
                        check(access.can(who, a, c) == self.model.allowed(who, c, a, self.now),
                              f"{user} {a} {self.codes[c]}")
                # the inbox: a reported matter's title only while its recipient may view the card
                told = {t for t, c, to in self.model.reports
                        if to == user and self.model.allowed(who, c, "view", self.now)}
                inbox = requests.inbox(who, limit=10_000)
                shown = {m.message.rsplit("：", 1)[1] for m in inbox if "报告了客户" in m.message}
                check(shown == told, f"{user}'s inbox shows {shown}, model {told}")
                access_notes = self.model.access_notes.get(user, 0)
                check(len(inbox) - len(shown) == access_notes, f"{user}'s access messages")
                check(requests.unread_count(who) == len(told) + access_notes, f"{user}'s badge")

    return AccessMachine


@pytest.mark.slow
def test_access_rules_hold_for_random_histories(archive, db_url, monkeypatch):
    boss = archive
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    for name, role, label, admin in (("li", "agent", "李客服", False), ("zhao", "agent", "赵客服", False),
                                     ("mgr2", "manager", "钱主管", False), ("sales", "staff", "孙业务", False),
                                     ("it", "staff", "周管理", True)):
        make_user(boss, name, role, display_name=label, is_admin=admin)
    users = {s.username: access.Actor.from_staff(s) for s in Staff.select()}
    CHECKS["count"] = 0
    machine = make_machine(db_url, users, boss)
    steps = int(os.environ.get("ACCESS_PROPERTY_STEPS", "15"))
    examples = int(os.environ.get("ACCESS_PROPERTY_EXAMPLES", "20"))
    run_state_machine_as_test(machine, settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None, database=None,
        suppress_health_check=list(HealthCheck)))
    print(f"\naccess property checks on {'PostgreSQL' if db.is_postgres() else 'SQLite'}: {CHECKS['count']}")
    assert CHECKS["count"] > 1000
