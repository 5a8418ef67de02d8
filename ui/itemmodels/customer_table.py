"""The archive list: a lazy table model over models.archive.customer_list.

Rows arrive in keyset pages (canFetchMore/fetchMore asks for the rows after the last one's
sort value and id), so every page costs what the first does, at any depth. Sorting
re-queries the database on raw values (ListQuery.sort); Qt.UserRole gives the raw value of
every cell; Qt.UserRole + 1 gives the customer id of a row.

With a TaskRunner, a new query (search, filter, sort, refresh) runs its first page on a
worker thread and the model resets when it arrives (`loaded`); then the count runs
(`counted`): a search counts up to 1,000 (shown "1,000+"), so the first page never waits
for a count. An answer to an older query is dropped. Sorting before the first load only
records the order: the window's start fetches the first page once.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from models.archive import customer_list, customers
from models.archive.customers import ListQuery
from models.foundation.dto import CustomerRow
from models.foundation.localtime import local_text
from models.foundation.vocabulary import CUSTOMER_STATUS_LABELS
from models.rules.access import Actor
from ui.vocabulary_tr import core_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (header, CustomerRow attribute, database sort key or None)
COLUMNS = (
    (QT_TRANSLATE_NOOP("CustomerTableModel", "客户编号"), "code", "code"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "客户名称"), "name", "name"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "分类"), "cls", "cls"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "所属行业"), "industry", "industry"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "负责客服"), "custodian", "custodian"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "状态"), "status", "status"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "最后更新"), "updated_at", "updated_at"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerTableModel", text)


def _first_page(actor: Actor, query: ListQuery, page_size: int):
    return query, customers.list_customers(actor, query, limit=page_size)


def _count(actor: Actor, query: ListQuery):
    return query, customer_list.count_upto(actor, query)


class CustomerTableModel(QAbstractTableModel):
    loaded = Signal()
    counted = Signal()
    load_failed = Signal(object)   # an exception from the worker (e.g. LoginFailed)

    def __init__(self, actor: Actor, parent=None, page_size: int = 200, runner=None):
        super().__init__(parent)
        self.actor = actor
        self.page_size = page_size
        self.runner = runner
        self.query = ListQuery()
        self._rows: list[CustomerRow] = []
        self._total: int | None = 0
        self._exhausted = True
        self._generation = 0
        self._started = False       # no load asked for yet: a sort only records the order
        self._first_pending = False
        self.loading = False        # the latest query's page or count has not arrived yet

    # ---- loading -------------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Re-read the first page, then the count (after a write, a filter or a sort)."""
        self._started = True
        self._generation += 1
        generation = self._generation
        self.loading = self._first_pending = True
        if self.runner is None:
            self._page_arrived(generation, _first_page(self.actor, self.query, self.page_size))
            return
        self.runner.run(_first_page, self.actor, self.query, self.page_size,
                        on_done=lambda result: self._page_arrived(generation, result),
                        on_error=lambda exc: self._failed(generation, exc))

    @property
    def first_page_pending(self) -> bool:
        """The latest query's first page has not arrived yet (`loaded` follows)."""
        return self._first_pending

    def _page_arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        query, rows = result
        self.beginResetModel()
        self.query = query
        self._total = None
        self._rows = rows
        self._exhausted = len(rows) < self.page_size
        self._first_pending = False
        self.endResetModel()
        if self._exhausted:                    # the whole answer is here: no count to wait for
            self._count_arrived(generation, (query, len(rows)))
        elif self.runner is None:
            self._count_arrived(generation, _count(self.actor, query))
        else:
            self.runner.run(_count, self.actor, query,
                            on_done=lambda counted: self._count_arrived(generation, counted),
                            on_error=lambda exc: self._failed(generation, exc))
        self.loaded.emit()

    def _count_arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._total = result[1]
        self.loading = False
        self.counted.emit()

    def _failed(self, generation: int, exc) -> None:
        if generation == self._generation:
            self.loading = self._first_pending = False
            self.load_failed.emit(exc)

    @property
    def total(self) -> int | None:
        """The number of matches (None while it is being counted; a search's count stops
        at customer_list.COUNT_CAP + 1: see count_text)."""
        return self._total

    def count_text(self) -> str:
        """'1,234', '1,000+' or '…' (still counting)."""
        if self._total is None:
            return "…"
        if self.query.text and self._total > customer_list.COUNT_CAP:
            return f"{customer_list.COUNT_CAP:,}+"
        return f"{self._total:,}"

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._first_pending

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._first_pending:
            return
        after = customer_list.sort_key(self._rows[-1], self.query) if self._rows else None
        page = customers.list_customers(self.actor, self.query, after=after, limit=self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # ---- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return _tr(COLUMNS[section][0])
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        attr = COLUMNS[index.column()][1]
        value = getattr(row, attr)
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "updated_at":
                return local_text(value)
            if attr == "status":
                return core_label(CUSTOMER_STATUS_LABELS.get(value, value))
            return value or ""
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and attr == "name":
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and attr in ("cls", "status"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)) or COLUMNS[column][2] is None:
            return
        query = replace(self.query, sort=COLUMNS[column][2],
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query == self.query and self._started:
            return
        self.query = query
        if self._started:
            self.reload()

    # ---- helpers for the window ----------------------------------------------------------
    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == customer_id:
                return i
        return -1

    def row_data(self, row: int) -> CustomerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
