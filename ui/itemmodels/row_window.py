"""The rows the archive list holds: a window on one end of the answer (issue 13).

The list reads keyset pages. Normally the window starts at the head (the first page) and
grows down: fetchMore reads the page after the last row held, as the view scrolls. Ctrl+End
opens the window at the tail instead — the last page, read as the first page of the reversed
order and turned round — and scrolling up from its top reads the page before the first row
held: the reversed order again, after that row's key (after, in the reversed order, is before
in the shown order). Either end costs what the first page does, at any depth of the archive.
When a page comes back short the window has reached the other end: it holds the whole answer.

Pages are read on the model's runner (a TaskRunner), never on the UI thread; without a
runner (unit tests) they are read at once. One page is on its way at a time, and a page for
rows that have since been replaced (a new query, a jump to an end) is dropped when it comes.
A page that fails is said once (load_failed) and not asked again by every scroll: F5 asks.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from models.archive import customer_list, customers
from models.archive.customers import ListQuery
from models.foundation.dto import CustomerRow
from models.rules.access import Actor


# ---- on the worker ---------------------------------------------------------------------------
def reversed_query(query: ListQuery) -> ListQuery:
    return replace(query, descending=not query.descending)


def read_head(actor: Actor, query: ListQuery, limit: int):
    """The first page: (query, rows)."""
    return query, customers.list_customers(actor, query, limit=limit)


def read_tail(actor: Actor, query: ListQuery, limit: int):
    """The last page, in the shown order: (query, rows)."""
    return query, customers.list_customers(actor, reversed_query(query), limit=limit)[::-1]


def read_after(actor: Actor, query: ListQuery, after: tuple, limit: int) -> list[CustomerRow]:
    """The page after the row whose sort key is `after`."""
    return customers.list_customers(actor, query, after=after, limit=limit)


def read_before(actor: Actor, query: ListQuery, before: tuple, limit: int) -> list[CustomerRow]:
    """The page before the row whose sort key is `before`, in the shown order."""
    return customers.list_customers(actor, reversed_query(query), after=before, limit=limit)[::-1]


# ---- the model's half --------------------------------------------------------------------------
class RowWindowModel(QAbstractTableModel):
    """Holds the rows and which ends of the answer they reach. Subclasses fill in the hooks
    (_window_changed, _window_shown, _rows_added) and the columns."""

    load_failed = Signal(object)   # an exception from the worker (e.g. LoginFailed)
    prepended = Signal(int)        # rows came in above the first row: a view keeps its place
    jumped = Signal(bool)          # the end asked for is held: True the last row, False the first

    def __init__(self, actor: Actor, parent=None, page_size: int = 200, runner=None):
        super().__init__(parent)
        self.actor = actor
        self.page_size = page_size
        self.runner = runner
        self.query = ListQuery()
        self._rows: list[CustomerRow] = []
        self._at_head = True          # the first row held is the answer's first
        self._at_tail = True          # the last row held is the answer's last
        self._epoch = 0               # which rows a page is for: a new window drops older pages
        self._window_pending = False  # a first or last page on its way (the rows are replaced)
        self._page_pending = False    # a page before or after the rows on its way
        self._stalled = False         # a page failed: the window grows no more until reloaded
        self._anchor_tail = False     # reloads read the tail (after Ctrl+End, until Ctrl+Home)

    def _run(self, fn, *args, on_done, on_error) -> None:
        if self.runner is None:
            on_done(fn(*args))
        else:
            self.runner.run(fn, *args, on_done=on_done, on_error=on_error)

    # ---- where the window is -----------------------------------------------------------
    @property
    def whole(self) -> bool:
        """Every row of the answer is held."""
        return self._at_head and self._at_tail

    @property
    def from_tail(self) -> bool:
        """The rows end at the answer's last row but do not start at its first (after Ctrl+End)."""
        return not self._at_head

    @property
    def page_pending(self) -> bool:
        return self._page_pending

    # ---- a new window: the first page or the last ------------------------------------------
    def _open_window(self, tail: bool, *, reloaded: bool, jump: bool = False) -> None:
        self._epoch += 1
        epoch = self._epoch
        self._window_pending = True
        self._page_pending = False    # a page for the rows being replaced is dropped when it comes
        self._run(read_tail if tail else read_head, self.actor, self.query, self.page_size,
                  on_done=lambda result: self._window_arrived(epoch, tail, reloaded, jump, result),
                  on_error=lambda exc: self._window_failed(epoch, exc))

    def _window_arrived(self, epoch: int, tail: bool, reloaded: bool, jump: bool, result) -> None:
        if epoch != self._epoch:
            return
        query, rows = result
        full = len(rows) >= self.page_size
        self.beginResetModel()
        self._rows = rows
        self._at_head, self._at_tail = not (tail and full), tail or not full
        self._window_pending = self._stalled = False
        self._window_changed(query, reloaded)
        self.endResetModel()
        self._window_shown(query, rows, reloaded)
        if jump:
            self.jumped.emit(tail)

    def _window_failed(self, epoch: int, exc) -> None:
        if epoch == self._epoch:
            self._window_pending = False
            self.load_failed.emit(exc)

    def _window_changed(self, query: ListQuery, reloaded: bool) -> None:
        """Hook, inside the model reset: the new rows are in place."""

    def _window_shown(self, query: ListQuery, rows: list[CustomerRow], reloaded: bool) -> None:
        """Hook, after the model reset."""

    def _rows_added(self, rows: list[CustomerRow]) -> None:
        """Hook: a page came in above or below."""

    def _jump(self, tail: bool) -> None:
        """Hold the answer's last (or first) rows: at once when they are here, else the end is
        read and replaces the rows; `jumped` says when the end is held."""
        self._anchor_tail = tail
        if (self._at_tail if tail else self._at_head) and not self._window_pending:
            self.jumped.emit(tail)
            return
        self._open_window(tail, reloaded=False, jump=True)

    # ---- growing: a page after the last row or before the first ------------------------------
    def _can_grow(self, down: bool) -> bool:
        return (bool(self._rows) and not (self._at_tail if down else self._at_head)
                and not (self._window_pending or self._page_pending or self._stalled))

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._can_grow(down=True)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not parent.isValid():
            self._grow(down=True)

    def can_fetch_before(self) -> bool:
        """Rows before the first one held can be read (the window is at the tail)."""
        return self._can_grow(down=False)

    def fetch_before(self) -> None:
        self._grow(down=False)

    def _grow(self, down: bool) -> None:
        if not self._can_grow(down):
            return
        self._page_pending = True
        epoch = self._epoch
        edge = customer_list.sort_key(self._rows[-1] if down else self._rows[0], self.query)
        self._run(read_after if down else read_before, self.actor, self.query, edge, self.page_size,
                  on_done=lambda page: self._page_arrived(epoch, down, page),
                  on_error=lambda exc: self._page_failed(epoch, exc))

    def _page_arrived(self, epoch: int, down: bool, page: list[CustomerRow]) -> None:
        if epoch != self._epoch:
            return
        self._page_pending = False
        if len(page) < self.page_size:   # the other end of the answer
            if down:
                self._at_tail = True
            else:
                self._at_head = True
        if page:
            first = len(self._rows) if down else 0
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows[first:first] = page
            self.endInsertRows()
            if not down:
                self.prepended.emit(len(page))
            self._rows_added(page)
        if self._rows and not down and self._at_head:   # the row numbers are now counted from 1
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def _page_failed(self, epoch: int, exc) -> None:
        if epoch == self._epoch:
            self._page_pending = False
            self._stalled = True
            self.load_failed.emit(exc)

    # ---- the rows ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == customer_id:
                return i
        return -1

    def row_data(self, row: int) -> CustomerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
