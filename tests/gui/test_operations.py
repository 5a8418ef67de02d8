"""run_op and typed Changes: work runs off the UI thread, and the screens refresh from what changed
(and only from what concerns them); another PC's change shows 已被他人修改 on an open card."""
from __future__ import annotations

import threading
import time

import peewee as pw
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from models.access_requests import requests
from models.archive import customers
from models.foundation.changes import Kind
from tests.gui.conftest import announce, changes_heard, open_card, open_window, settle, wait_loaded
from ui.operations import run_op


def row_name(window, customer_id) -> str:
    return window.model.index(window.model.row_of(customer_id), 1).data()


def test_a_mutation_through_run_op_refreshes_the_open_list(qtbot, main_window, demo_archive):
    cid = main_window.model.customer_id(3)
    card = customers.get_card(demo_archive, cid, audit_view=False)
    heard = changes_heard(main_window)
    done = []
    run_op(main_window, customers.update_customer, demo_archive, cid, card.version,
           {"name": "苏州园林文旅有限公司"}, success=done.append)
    assert not done                                   # it runs on a worker, not in this call
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0].name == "苏州园林文旅有限公司"         # success gets the service's own DTO
    assert heard and heard[0].touches(Kind.CUSTOMERS, cid) and heard[0].touches(Kind.CARD, cid)
    wait_loaded(qtbot, main_window)
    assert row_name(main_window, cid) == "苏州园林文旅有限公司"   # the list refreshed by itself


def test_changes_for_another_customer_leave_an_open_card_alone(qtbot, main_window, demo_archive,
                                                              monkeypatch):
    mine, other = main_window.model.customer_id(0), main_window.model.customer_id(1)
    card = open_card(qtbot, main_window, mine)
    loads = []
    real = customers.get_card
    monkeypatch.setattr(customers, "get_card", lambda actor, cid, **kw: loads.append(cid) or real(actor, cid, **kw))
    other_card = customers.get_card(demo_archive, other, audit_view=False)
    run_op(main_window, customers.update_customer, demo_archive, other, other_card.version,
           {"industry": "园林绿化"})
    settle(qtbot, main_window)
    assert mine not in loads                          # another customer's change: no reload
    run_op(main_window, customers.update_customer, demo_archive, mine, card.card.version,
           {"industry": "文化旅游"})
    settle(qtbot, main_window)
    assert loads.count(mine) == 1                     # its own customer's change: one reload
    assert card.form.widgets["industry"].text() == "文化旅游"


def test_a_card_loads_off_the_ui_thread(qtbot, main_window, monkeypatch):
    threads = []
    real = customers.get_card

    def slow_get_card(actor, cid, **kw):
        threads.append(threading.get_ident())
        time.sleep(1.5)   # a slow server
        return real(actor, cid, **kw)
    monkeypatch.setattr(customers, "get_card", slow_get_card)
    started = time.monotonic()
    card = main_window.open_card(main_window.model.customer_id(0))
    assert time.monotonic() - started < 1.0           # open_card did not wait for the database
    assert card.is_loading and card.busy_label.isVisible() and not card.tabs.isEnabled()
    qtbot.waitUntil(lambda: not card.is_loading, timeout=5000)
    assert threads and threading.get_ident() not in threads
    assert card.heading.text() and card.tabs.isEnabled() and not card.busy_label.isVisible()
    card.force_close()


def test_the_lock_page_checks_the_password_off_the_ui_thread(qtbot, main_window, monkeypatch):
    from models.rules import auth

    threads = []
    real = auth.login
    monkeypatch.setattr(auth, "login", lambda *a: threads.append(threading.get_ident()) or real(*a))
    main_window.lock()
    main_window.lock_page.password.setText("secret-123")
    qtbot.mouseClick(main_window.lock_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=5000)
    assert threads and threading.get_ident() not in threads


def test_a_lost_server_during_the_badge_polls_leaves_the_window_responsive(qtbot, sqlite_archive,
                                                                          monkeypatch):
    cid = customers.create_customer(sqlite_archive, {"name": "杭州西湖贸易"}).id
    win = open_window(qtbot, sqlite_archive)
    calls = []

    def unreachable(*_a, **_k):      # PostgreSQL's connect timeout, shortened
        calls.append(threading.get_ident())
        time.sleep(1.5)
        raise pw.OperationalError("could not connect to server: Connection timed out")
    monkeypatch.setattr(requests, "unread_count", unreachable)
    monkeypatch.setattr(requests, "pending_count", unreachable)
    clock = QElapsedTimer()
    clock.start()
    win.inbox_feature.badge_timer.timeout.emit()      # the one-minute polls fire
    win.access_feature.badge_timer.timeout.emit()
    win.access_feature.badge_timer.timeout.emit()     # a second tick while one hangs waits for it
    assert clock.elapsed() < 300
    ticks = []
    QTimer.singleShot(50, lambda: ticks.append(clock.elapsed()))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)
    assert ticks[0] < 1000                            # the event loop kept running meanwhile
    card = open_card(qtbot, win, cid)                 # and a card still opens meanwhile
    assert card.heading.text()
    settle(qtbot, win)
    assert len(calls) == 3 and threading.get_ident() not in calls   # one at a time, then once more
    assert win.inbox_feature.toolbar_action.text() == "消息"
    assert win.access_feature.approve_action.text() == "审批"
    card.force_close()


def test_another_pcs_change_shows_a_banner_and_reloads_on_request(qtbot, main_window, demo_archive):
    cid = main_window.model.customer_id(0)
    card = open_card(qtbot, main_window, cid)
    announce(qtbot, main_window, Kind.CARD, customers=[cid])     # said, but nothing differs
    assert not card.banner.isVisible()
    customers.update_customer(demo_archive, cid, card.card.version, {"industry": "海洋渔业"})  # "PC 2"
    announce(qtbot, main_window, Kind.CUSTOMERS, Kind.CARD, customers=[cid])
    assert card.banner.isVisible() and "已被他人修改" in card.banner.label.text()
    assert card.form.widgets["industry"].text() != "海洋渔业"     # nothing replaced under the user
    qtbot.mouseClick(card.banner.reload_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert card.form.widgets["industry"].text() == "海洋渔业" and not card.banner.isVisible()


def test_the_banner_with_unsaved_edits_offers_the_conflict_choice(qtbot, main_window, demo_archive):
    cid = main_window.model.customer_id(0)
    card = open_card(qtbot, main_window, cid)
    card.form.widgets["phone"].setText("0532-8888 6666")
    customers.update_customer(demo_archive, cid, card.card.version, {"industry": "港口物流"})
    announce(qtbot, main_window, Kind.CARD, customers=[cid])
    qtbot.mouseClick(card.banner.reload_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    dlg = card.conflict_dialog
    assert dlg.isVisible() and "所属行业" in dlg.label.text() and "电话" in dlg.label.text()
    qtbot.mouseClick(dlg.reapply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    saved = customers.get_card(demo_archive, cid, audit_view=False)
    assert (saved.industry, saved.phone) == ("港口物流", "0532-8888 6666")


@pytest.fixture
def pg_demo(pg_admin_url, tmp_path, monkeypatch):
    import os

    from models.accounts import staff
    from models.demo import generator as demo
    from models.foundation import db
    from models.maintenance import opening
    from tests.pg_server import create_database

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = create_database(pg_admin_url, f"ca_gui_feed_{os.getpid()}")
    opening.open_archive(url)
    boss = staff.create_first_manager("boss", "secret-123", "王主管")
    demo.generate(boss, 12, agents=2, seed=3)
    yield boss
    db.close_database()


def test_postgres_change_feed_refreshes_the_list_and_flags_the_card(qtbot, pg_demo):
    """End to end: a write on another connection → NOTIFY → the listener → the open screens."""
    from ui.operations import ChangeFeed

    win = open_window(qtbot, pg_demo)
    feed = ChangeFeed(win.app_events, win, ignore_origin=None, wait_seconds=0.2).start()
    try:
        assert feed.listener.wait_listening(10)
        qtbot.waitUntil(lambda: win.app_events.live_feed, timeout=5000)
        cid = win.model.customer_id(0)
        card = open_card(qtbot, win, cid)
        version = card.card.version
        other = threading.Thread(target=_rename_elsewhere, args=(pg_demo, cid, version))
        other.start()
        other.join(20)
        qtbot.waitUntil(lambda: card.banner.isVisible(), timeout=10000)
        wait_loaded(qtbot, win)
        qtbot.waitUntil(lambda: row_name(win, cid) == "另一台电脑改的名字", timeout=10000)
        card.force_close()
    finally:
        feed.stop()
    assert not win.app_events.live_feed
    settle(qtbot, win)


def _rename_elsewhere(actor, cid, version):
    from models.foundation import db

    try:
        customers.update_customer(actor, cid, version, {"name": "另一台电脑改的名字"})
    finally:
        db.database.close()
