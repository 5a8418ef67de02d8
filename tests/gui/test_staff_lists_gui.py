"""The staff lists of 新建客户 (custodian) and 直接授权 (grantee) load off the UI thread
(issue 10: a lost PostgreSQL server must not freeze the window while a dialog opens)."""
from __future__ import annotations

import threading

import pytest

from models.accounts import staff
from tests.gui.conftest import close_window, make_user, open_window, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def slow_staff_list(monkeypatch):
    """staff.list_users held until released; records whether it ran on the UI thread."""
    release, threads = threading.Event(), []
    real = staff.list_users

    def held(*args, **kwargs):
        threads.append("ui" if threading.current_thread() is threading.main_thread() else "worker")
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(staff, "list_users", held)
    yield release, threads
    release.set()


def test_new_customer_dialog_opens_at_once_and_loads_the_custodians_on_a_worker(
        qtbot, main_window, slow_staff_list):
    release, threads = slow_staff_list
    main_window.new_action.trigger()
    dlg = main_window._new_dialog
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: threads == ["worker"])
    # while the list loads: the manager is the custodian, and the box waits
    assert dlg.owner.count() == 1 and dlg.owner.currentData() == main_window.actor.id
    assert not dlg.owner.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: dlg.owner.count() > 1)
    assert dlg.owner.isEnabled() and dlg.owner.currentData() == main_window.actor.id
    names = [dlg.owner.itemText(i) for i in range(dlg.owner.count())]
    assert len(names) == 4 and threads == ["worker"]   # the manager and the 3 demo agents
    settle(qtbot, main_window)


def test_an_agent_files_new_cards_in_their_own_name_without_a_staff_list(
        qtbot, demo_archive, slow_staff_list):
    release, threads = slow_staff_list
    release.set()
    agent = make_user(demo_archive, "xiaoli", "agent", display_name="小李")
    win = open_window(qtbot, agent)
    threads.clear()
    win.new_action.trigger()
    dlg = win._new_dialog
    qtbot.waitExposed(dlg)
    settle(qtbot, win)
    assert threads == [] and dlg.owner.count() == 1 and not dlg.owner.isEnabled()
    assert dlg.owner.currentData() == agent.id
    close_window(win)


def test_grant_dialog_loads_the_grantees_on_a_worker(qtbot, main_window, slow_staff_list):
    from ui.access.approvals import GrantDialog

    release, threads = slow_staff_list
    dlg = GrantDialog(main_window.actor, main_window)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: threads == ["worker"])
    assert dlg.user.count() == 0 and not dlg.user.isEnabled() and not dlg.ok_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: dlg.ok_button.isEnabled())
    assert dlg.user.isEnabled() and dlg.user.count() >= 3 and threads == ["worker"]
    settle(qtbot, main_window)
