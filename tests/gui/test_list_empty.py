"""An empty list says why and what to do next (issue 12: no dead ends)."""
from __future__ import annotations

import pytest

from models.archive import customers
from tests.gui.conftest import close_window, open_window, wait_loaded

pytestmark = pytest.mark.gui


def _agent(demo_archive):
    from models.demo.generator import DEMO_PASSWORD
    from models.rules.auth import login
    owner = customers.list_customers(demo_archive, limit=1)[0].custodian_username
    return login(owner, DEMO_PASSWORD)


def test_a_colleagues_customer_found_in_the_directory_offers_a_request(qtbot, demo_archive):
    agent = _agent(demo_archive)
    theirs = next(r for r in customers.list_customers(demo_archive, limit=200)
                  if r.custodian_username != agent.username)
    win = open_window(qtbot, agent)
    win.show_list()
    win.filter_bar.search.setText(theirs.code)
    win.filter_bar.flush()
    wait_loaded(qtbot, win)
    hint = win.empty_hint
    qtbot.waitUntil(lambda: hint.isVisible() and "客户目录" in hint.label.text(), timeout=10000)
    assert win.model.rowCount() == 0
    assert "1 位" in hint.label.text()
    assert hint.button.isVisible() and hint.button.text() == "申请查阅…"
    hint.button.click()
    dialog = win.access_feature.request_dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    assert dialog.search.text() == theirs.code
    dialog.reject()
    win.filter_bar.search.setText("")
    win.filter_bar.flush()
    wait_loaded(qtbot, win)
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=5000)
    close_window(win)


def test_nothing_matching_anywhere_says_so(qtbot, main_window):
    win = main_window
    win.show_list()
    win.filter_bar.search.setText("绝对没有这样的客户名称")
    win.filter_bar.flush()
    wait_loaded(qtbot, win)
    qtbot.waitUntil(lambda: win.empty_hint.isVisible(), timeout=10000)
    assert "没有找到" in win.empty_hint.label.text()
    assert not win.empty_hint.button.isVisible()
