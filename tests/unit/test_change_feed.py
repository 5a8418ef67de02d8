"""PostgreSQL: a write on one connection reaches another connection's listener at once."""
from __future__ import annotations

import os
import queue
import threading

import pytest

from models.archive import customers
from models.foundation import changes as ch
from models.foundation import db
from models.foundation.change_feed import ChangeListener
from models.foundation.changes import Changes, Kind
from models.foundation.errors import ConflictError
from tests.conftest import PASSWORD
from tests.pg_server import create_database

_counter = [0]


@pytest.fixture
def pg_archive(pg_admin_url, tmp_path, monkeypatch):
    from models.accounts import staff
    from models.maintenance import opening

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _counter[0] += 1
    url = create_database(pg_admin_url, f"ca_feed_{os.getpid()}_{_counter[0]}")
    opening.open_archive(url)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管")
    yield boss
    db.close_database()


def listen(**kwargs):
    heard: queue.Queue = queue.Queue()
    listener = ChangeListener(heard.put, wait_seconds=0.2, retry_seconds=0.2, **kwargs).start()
    assert listener.wait_listening(10), "the listener never connected"
    return listener, heard


def next_changes(heard, timeout=5.0) -> Changes:
    return heard.get(timeout=timeout)


def write_in_another_thread(fn, *args):
    """A write on its own connection (peewee connects per thread), like another PC's."""
    out: dict = {}

    def run():
        try:
            out["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc
        finally:
            db.database.close()
    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    if "error" in out:
        raise out["error"]
    return out.get("value")


def test_a_change_reaches_a_second_connections_listener(pg_archive):
    boss = pg_archive
    listener, heard = listen(ignore_origin=None)   # this process is "the other PC" here
    try:
        card = write_in_another_thread(customers.create_customer, boss, {"name": "青岛海风电器有限公司"})
        got = next_changes(heard)
        assert got.elsewhere and got.touches(Kind.CUSTOMERS, card.id) and got.touches(Kind.CARD, card.id)
        write_in_another_thread(customers.update_customer, boss, card.id, card.version, {"industry": "家电"})
        assert next_changes(heard).touches(Kind.CARD, card.id)
    finally:
        assert listener.stop(5)
    assert not listener.connected


def test_a_rolled_back_write_notifies_nobody_and_own_writes_are_skipped(pg_archive):
    boss = pg_archive
    card = customers.create_customer(boss, {"name": "厦门鹭岛茶业"})
    everyone, heard_all = listen(ignore_origin=None)
    others_only, heard_others = listen()             # the app's default: skip its own process
    try:
        with pytest.raises(ConflictError):
            write_in_another_thread(customers.update_customer, boss, card.id, card.version + 3,
                                    {"industry": "茶叶"})
        write_in_another_thread(customers.update_customer, boss, card.id, card.version, {"industry": "茶"})
        got = next_changes(heard_all)                  # the first one heard is the committed one
        assert got.touches(Kind.CARD, card.id)
        assert heard_all.empty()
        with pytest.raises(queue.Empty):
            heard_others.get(timeout=1.0)
    finally:
        everyone.stop(5)
        others_only.stop(5)


def test_the_payload_carries_ids_and_kinds_only(pg_archive):

    boss = pg_archive
    conn = db.listen_connection()
    try:
        conn.execute(f"LISTEN {ch.CHANNEL}")
        customers.create_customer(boss, {"name": "绝密客户名称有限公司", "phone": "13800138000"})
        notes = list(conn.notifies(timeout=5, stop_after=1))
    finally:
        conn.close()
    assert len(notes) == 1
    payload = notes[0].payload
    assert "绝密" not in payload and "13800138000" not in payload and "\\u" not in payload
    assert len(payload) < 200


def test_the_listener_reconnects_and_says_it_may_have_missed_something(pg_archive, pg_admin_url):
    import psycopg

    boss = pg_archive
    states: list[bool] = []
    listener, heard = listen(ignore_origin=None, on_state=states.append)
    try:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE query LIKE 'LISTEN%%' AND pid <> pg_backend_pid()")
        everything = next_changes(heard, timeout=10)
        assert everything.kinds == ch.ALL_KINDS and everything.customer_ids is None
        assert states[:1] == [True] and False in states and states[-1] is True
        card = write_in_another_thread(customers.create_customer, boss, {"name": "重连之后"})
        assert next_changes(heard).touches(Kind.CARD, card.id)
    finally:
        listener.stop(5)
