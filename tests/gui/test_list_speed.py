"""The archive list at speed (issue #13): one first-page fetch at start, the first page
before the count, "1,000+" for a large search, keyset pages that repeat and skip nothing."""
from __future__ import annotations

import pytest

from models.archive import customer_list
from tests.gui.conftest import close_window, open_window, wait_loaded
from ui.itemmodels.customer_table import CustomerTableModel

pytestmark = pytest.mark.gui


def test_the_window_fetches_the_first_page_once_at_start(qtbot, demo_archive, monkeypatch):
    calls = []
    real = customer_list.list_customers
    monkeypatch.setattr(customer_list, "list_customers", lambda *a, **k: calls.append(k) or real(*a, **k))
    from models.archive import customers
    monkeypatch.setattr(customers, "list_customers", customer_list.list_customers)
    win = open_window(qtbot, demo_archive)
    try:
        assert len(calls) == 1                      # the header's sort indicator does not load
        assert win.model.rowCount() == 50
    finally:
        close_window(win)


class HeldRunner:
    """Runs the first page at once and holds every later task (the count) until released."""

    def __init__(self):
        self.held = []

    def run(self, fn, *args, on_done=None, on_error=None, **kwargs):
        if fn.__name__ == "read_head":
            on_done(fn(*args))
        else:
            self.held.append((fn, args, on_done))

    def release(self):
        for fn, args, on_done in self.held:
            on_done(fn(*args))
        self.held = []


def test_the_first_page_shows_before_the_count(qtbot, demo_archive):
    runner = HeldRunner()
    model = CustomerTableModel(demo_archive, page_size=20, runner=runner)
    model.reload()
    assert model.rowCount() == 20 and model.total is None and model.count_text() == "…"
    assert model.canFetchMore()                   # scrolling does not wait for the count either
    runner.release()
    assert model.total == 50 and model.count_text() == "50"


def test_a_search_with_more_matches_than_the_cap_says_so(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(customer_list, "COUNT_CAP", 10)
    main_window.filter_bar.search.setText("有限")
    main_window.filter_bar.flush()
    wait_loaded(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.count_label.text() == "共 10+ 位客户", timeout=5000)
    main_window.filter_bar.search.setText("")
    main_window.filter_bar.flush()
    wait_loaded(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.count_label.text() == "共 50 位客户", timeout=5000)


@pytest.mark.parametrize("column", range(7))
def test_scrolling_pages_visit_every_row_once_in_every_sort(qtbot, demo_archive, column):
    from PySide6.QtCore import Qt

    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model = CustomerTableModel(demo_archive, page_size=7)
        model.sort(column, order)
        model.reload()
        while model.canFetchMore():
            model.fetchMore()
        ids = [model.customer_id(r) for r in range(model.rowCount())]
        assert len(ids) == len(set(ids)) == 50
        keys = [customer_list.sort_key(model.row_data(r), model.query) for r in range(model.rowCount())]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_the_stale_box_shows_the_desks_stale_cards(qtbot, main_window, demo_archive):
    from models.desk import upkeep

    main_window.filter_bar.stale.setChecked(True)
    wait_loaded(qtbot, main_window)
    assert main_window.model.query.only == "stale"
    shown = {main_window.model.customer_id(r) for r in range(main_window.model.rowCount())}
    assert shown == {d.customer_id for d in upkeep.stale_cards(demo_archive)}
    main_window.filter_bar.stale.setChecked(False)
    wait_loaded(qtbot, main_window)
    assert main_window.model.rowCount() == 50
