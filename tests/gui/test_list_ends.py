"""The list's two ends (issue 13): the model holds the last page at once and reads up from it
to the first, every customer once; pages are read off the UI thread, one at a time, and a
page for an older query is dropped. A page size of 7 makes the 50 demo customers several pages."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from models.archive import customers
from models.archive.customers import ListQuery
from ui.itemmodels.customer_table import CustomerTableModel
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

PAGE = 7


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


def test_the_model_at_its_tail_passes_modeltester(qtmodeltester, demo_archive):
    model = CustomerTableModel(demo_archive, page_size=PAGE)
    model.reload()
    model.jump_to_end()
    model.fetch_before()
    assert model.from_tail and model.rowCount() == 2 * PAGE
    qtmodeltester.check(model)
