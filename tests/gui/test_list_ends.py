"""The list's two ends (issue 13): Ctrl+End shows the true last customer of the sort at once,
scrolling up from there reads the pages before it (every customer once, the screen steady),
Ctrl+Home goes back; pages are read off the UI thread, one at a time, and a page for an
older query is dropped. A page size of 7 makes the 50 demo customers several pages."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from models.archive import customers
from models.archive.customers import ListQuery
from tests.gui.conftest import close_window, open_window, settle, wait_loaded
from ui import settings
from ui.itemmodels.customer_table import COLUMN_KEYS, CustomerTableModel
from ui.shortcuts import shortcut_rows
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

PAGE = 7
ORDERS = [("updated_at", Qt.SortOrder.DescendingOrder),     # the list's default
          ("custodian", Qt.SortOrder.AscendingOrder),       # 负责客服: read custodian by custodian
          ("custodian", Qt.SortOrder.DescendingOrder),
          ("name", Qt.SortOrder.DescendingOrder)]


class HoldingRunner:
    """Holds every task until released; `asked` names every function it was given."""

    def __init__(self, run_now=()):
        self.held, self.asked, self.run_now = [], [], set(run_now)

    def run(self, fn, *args, on_done=None, on_error=None, **kwargs):
        self.asked.append(fn.__name__)
        if fn.__name__ in self.run_now:
            on_done(fn(*args))
        else:
            self.held.append((fn, args, on_done, on_error))

    def release(self):
        """Run what is held, in order (what those ask for is held in turn)."""
        todo, self.held = self.held, []
        for fn, args, on_done, _on_error in todo:
            on_done(fn(*args))


def everyone(actor, query) -> list[int]:
    """The whole answer in its order, read in one go."""
    return [r.id for r in customers.list_customers(actor, query, limit=10_000)]


def ids(model) -> list[int]:
    return [model.customer_id(r) for r in range(model.rowCount())]


@pytest.fixture
def small_pages_window(qtbot, demo_archive):
    settings.set("prefs/page_size", PAGE)
    win = open_window(qtbot, demo_archive)
    win.show_list()
    win.table.setFocus()
    settle(qtbot, win)
    yield win
    close_window(win)


def press(qtbot, win, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(win.table, key, modifier)
    settle(qtbot, win)


def current_id(win) -> int | None:
    return win.model.customer_id(win.table.currentIndex().row())


def sort_by(qtbot, win, key, order):
    win.table.sortByColumn(COLUMN_KEYS.index(key), order)
    settle(qtbot, win)


@pytest.mark.parametrize(("key", "order"), ORDERS)
def test_ctrl_end_shows_the_true_last_customer_and_ctrl_home_the_first(qtbot, small_pages_window,
                                                                        demo_archive, key, order):
    win, model = small_pages_window, small_pages_window.model
    sort_by(qtbot, win, key, order)
    answer = everyone(demo_archive, model.query)
    assert model.rowCount() < len(answer)                 # only the first pages are read
    press(qtbot, win, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert current_id(win) == answer[-1]
    last = customers.list_customers(demo_archive, model.query, limit=10_000)[-1]
    assert win.table.currentIndex().siblingAtColumn(COLUMN_KEYS.index("name")).data() == last.name
    assert win.table.selectionModel().isRowSelected(win.table.currentIndex().row())
    assert win.table.viewport().rect().intersects(win.table.visualRect(win.table.currentIndex()))
    assert model.rowCount() < len(answer)                 # the tail, not every page up to it
    assert ids(model) == answer[-model.rowCount():]       # the rows above it are the ones before
    assert win.count_label.text() == "共 50 位客户"
    assert model.headerData(model.rowCount() - 1, Qt.Orientation.Vertical) == "50"
    press(qtbot, win, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert current_id(win) == answer[0] and win.table.currentIndex().row() == 0
    assert ids(model) == answer[:model.rowCount()]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


@pytest.mark.parametrize(("key", "order"), ORDERS)
def test_page_up_from_the_end_meets_the_start_with_every_customer_once(qtbot, small_pages_window,
                                                                       demo_archive, key, order):
    win, model = small_pages_window, small_pages_window.model
    sort_by(qtbot, win, key, order)
    answer = everyone(demo_archive, model.query)
    press(qtbot, win, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len(answer)):                          # at most a row a press
        if win.table.currentIndex().row() == 0 and model.whole:
            break
        press(qtbot, win, Qt.Key.Key_PageUp)
    assert model.whole
    assert ids(model) == answer                           # in order, none twice, none missing
    assert current_id(win) == answer[0]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in (0, 49)] == ["1", "50"]


def test_the_rows_on_screen_stay_put_while_earlier_ones_come_in(qtbot, small_pages_window):
    win, model = small_pages_window, small_pages_window.model
    table, bar = win.table, win.table.verticalScrollBar()
    press(qtbot, win, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    chosen = current_id(win)
    held = model.rowCount()
    bar.setValue(bar.minimum())                           # dragged to the top of what is held
    top = model.customer_id(table.rowAt(0))
    assert model.page_pending                             # the page before is on its way
    settle(qtbot, win)
    assert model.rowCount() == held + PAGE
    assert model.customer_id(table.rowAt(0)) == top       # the same row at the top of the screen
    assert current_id(win) == chosen


@pytest.mark.parametrize("column", range(7))
def test_reading_up_from_the_tail_gives_the_whole_answer_in_every_sort(qtbot, demo_archive, column):
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model = CustomerTableModel(demo_archive, page_size=PAGE)
        model.sort(column, order)
        model.reload()
        model.jump_to_end()
        assert model.rowCount() == PAGE and model.from_tail
        for _ in range(50):                               # 50 customers: at most 50 pages
            if not model.can_fetch_before():
                break
            model.fetch_before()
        assert model.whole and not model.canFetchMore()
        assert ids(model) == everyone(demo_archive, model.query)


def test_an_agents_tail_reads_up_through_their_own_cards_and_grants(qtbot, demo_archive):
    from models.access_requests import requests
    from models.demo.generator import DEMO_PASSWORD
    from models.rules.auth import login

    rows = customers.list_customers(demo_archive, limit=1000)
    agent = rows[0].custodian_username
    granted = {r.id for r in rows if r.custodian_username != agent}
    granted = set(sorted(granted)[:5])                 # five of others' cards, granted
    for cid in granted:
        requests.grant(demo_archive, cid, agent, "view")
    actor = login(agent, DEMO_PASSWORD)
    for key in ("updated_at", "name", "custodian"):     # two parts merged; custodian by custodian
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model = CustomerTableModel(actor, page_size=PAGE)
            model.sort(COLUMN_KEYS.index(key), order)
            model.reload()
            model.jump_to_end()
            for _ in range(50):
                if not model.can_fetch_before():
                    break
                model.fetch_before()
            answer = everyone(actor, model.query)
            assert len(answer) > 2 * PAGE and granted <= set(answer) and model.whole
            assert ids(model) == answer


def test_a_page_on_its_way_is_asked_once_and_read_on_a_worker(qtbot, demo_archive, monkeypatch):
    runner = HoldingRunner(run_now={"read_head", "_count"})
    model = CustomerTableModel(demo_archive, page_size=PAGE, runner=runner)
    model.reload()
    reads = []
    real = customers.list_customers
    monkeypatch.setattr(customers, "list_customers", lambda *a, **k: reads.append(1) or real(*a, **k))
    model.fetchMore()
    assert not model.canFetchMore()                       # no second request while one is out
    model.fetchMore()
    assert runner.asked.count("read_after") == 1 and not reads and model.rowCount() == PAGE
    runner.release()
    assert model.rowCount() == 2 * PAGE and model.canFetchMore()

    # the app's runner: pages come from a worker thread
    answer = everyone(demo_archive, model.query)
    threads = []
    monkeypatch.setattr(customers, "list_customers",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    model = CustomerTableModel(demo_archive, page_size=PAGE, runner=TaskRunner())
    model.reload()
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    for _ in range(50):
        if not model.canFetchMore():
            break
        model.fetchMore()
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.page_pending, timeout=10000)
    model.jump_to_end()
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert ids(model) == answer
    assert len(threads) == 8 and threading.main_thread() not in threads   # 50 rows: 8 pages


def test_a_page_for_an_older_query_is_dropped(qtbot, demo_archive):
    runner = HoldingRunner(run_now={"read_head", "read_tail", "_count"})
    model = CustomerTableModel(demo_archive, page_size=PAGE, runner=runner)
    model.reload()
    model.fetchMore()                                     # held
    search = ListQuery(text="有限")
    model.set_query(search)
    runner.release()
    assert ids(model) == everyone(demo_archive, search)[:PAGE]
    model.jump_to_end()
    model.fetch_before()                                  # held
    model.set_query(ListQuery())
    runner.release()
    assert not model.from_tail and ids(model) == everyone(demo_archive, model.query)[:PAGE]


def test_ctrl_end_while_the_first_page_is_coming_waits_for_it(qtbot, demo_archive):
    runner = HoldingRunner()
    model = CustomerTableModel(demo_archive, page_size=PAGE, runner=runner)
    jumped = []
    model.jumped.connect(jumped.append)
    model.reload()
    model.jump_to_end()
    assert runner.asked == ["read_head"]
    runner.release()                                      # the first page, then the count and the tail
    assert sorted(runner.asked) == ["_count", "read_head", "read_tail"]
    runner.release()
    assert jumped == [True] and not model.loading and model.total == 50
    assert ids(model) == everyone(demo_archive, model.query)[-PAGE:]


def test_a_page_that_fails_is_said_once(qtbot, demo_archive, monkeypatch):
    model = CustomerTableModel(demo_archive, page_size=PAGE)
    model.reload()
    failures = []
    model.load_failed.connect(failures.append)

    class FailingRunner:
        def run(self, fn, *args, on_done=None, on_error=None):
            on_error(OSError("the network drive went away"))

    model.runner = FailingRunner()
    model.fetchMore()
    assert len(failures) == 1 and model.rowCount() == PAGE
    assert not model.canFetchMore()                       # not asked again by every scroll
    model.runner = None
    model.reload()                                        # F5 reads again
    assert model.canFetchMore()


def test_a_refresh_at_the_end_stays_at_the_end(qtbot, small_pages_window, demo_archive):
    win, model = small_pages_window, small_pages_window.model
    answer = everyone(demo_archive, model.query)
    press(qtbot, win, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    win.refresh()
    settle(qtbot, win)
    assert model.from_tail and current_id(win) == answer[-1]
    assert win.count_label.text() == "共 50 位客户"
    win.filter_bar.search.setText("有限")                   # a new search starts at its head
    win.filter_bar.flush()
    settle(qtbot, win)
    assert not model.from_tail and ids(model) == everyone(demo_archive, model.query)[:model.rowCount()]


def test_ctrl_end_on_an_empty_list_leaves_the_hint(qtbot, small_pages_window):
    win = small_pages_window
    win.filter_bar.search.setText("没有这样的客户")
    win.filter_bar.flush()
    wait_loaded(qtbot, win)
    win.table.setFocus()
    press(qtbot, win, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert win.model.rowCount() == 0 and not win.table.currentIndex().isValid()
    assert win.empty_hint.isVisible() and "没有找到" in win.empty_hint.label.text()


def test_the_help_lists_the_list_ends():
    rows = {keys: what for where, keys, what in shortcut_rows() if where == "主窗口"}
    assert "跳到列表末尾" in rows["Ctrl+End"] and rows["Ctrl+Home"] == "在列表中：回到列表开头"


def test_the_model_at_its_tail_passes_modeltester(qtmodeltester, demo_archive):
    model = CustomerTableModel(demo_archive, page_size=PAGE)
    model.reload()
    model.jump_to_end()
    model.fetch_before()
    assert model.from_tail and model.rowCount() == 2 * PAGE
    qtmodeltester.check(model)
