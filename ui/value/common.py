"""Shared pieces of the customer-value screens: translation, error text, a read-only table,
and a confirmation box opened with open() (tests never block on exec())."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.foundation.errors import ArchiveError
from ui.operations import run_op, run_query
from ui.widgets.form import ERROR_STYLE


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ArchiveError):
        return exc.message
    return tr("发生了意外错误：%1").replace("%1", str(exc) or type(exc).__name__)


def make_table(headers: list[str], parent, *, multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill_table(table: QTableWidget, rows: list[list], data: list | None = None) -> None:
    """Rows of text; `data` (one per row) is kept on the first cell (UserRole)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)


def row_data(table: QTableWidget, row: int):
    item = table.item(row, 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def selected_rows(table) -> list[int]:
    return sorted({i.row() for i in table.selectionModel().selectedRows()})


def confirm(parent, title: str, text: str, ok_text: str, on_yes: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(ok_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("取消"))
    box.button(QMessageBox.StandardButton.Ok).clicked.connect(on_yes)
    box.open()
    return box


class ValueWindow(QWidget):
    """Base of the value windows: a non-modal window that reads in the background
    (`load()` → run_query), shows a status line and re-reads when `changes` touch `KINDS`.
    `loaded` after each answer."""

    loaded = Signal()
    KINDS: tuple = ()

    def __init__(self, main, title: str):
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.loading = False
        self._ticket = None
        self.setWindowTitle(title)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        main.app_events.changed.connect(self._on_changed)

    @property
    def actor(self):
        return self.main.actor

    def query(self, fn, *args, success, **kwargs) -> None:
        """A read; when asked again before it answers (a spin box stepped), only the newest
        answer is shown — the pool may finish them out of order."""
        self.loading = True
        ticket = self._ticket = object()

        def done(value):
            if ticket is not self._ticket:
                return
            self.loading = False
            success(value)
            self.loaded.emit()

        def failed(exc):
            if ticket is not self._ticket:
                return
            self.loading = False
            self.set_message(error_text(exc), error=True)
            self.loaded.emit()
        run_query(self, fn, *args, success=done, failure=failed, **kwargs)

    def act(self, fn, *args, success=None, **kwargs) -> None:
        """A write: the changes go to every screen; errors show in the status line."""
        run_op(self, fn, *args, success=success,
               failure=lambda exc: self.set_message(error_text(exc), error=True), **kwargs)

    def open_code(self, code: str) -> None:
        """Open the card with this code (its id is asked in the background)."""
        from models.value import classify

        run_query(self, classify.customer_id, self.actor, code, success=self.main.open_card,
                  failure=lambda exc: self.set_message(error_text(exc), error=True))

    def set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #555;")
        self.message.setText(text)

    def reload(self) -> None:
        raise NotImplementedError

    def _on_changed(self, changes, _initiator=None) -> None:
        if self.isVisible() and any(changes.touches(k) for k in self.KINDS):
            self.reload()

    def closeEvent(self, event) -> None:
        try:
            self.main.app_events.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows (texts) with one object per row — for the lists
    that can hold thousands of customers (suggestions, the Pareto ranking): setting them is
    one reset, not an item per cell. Sorts on the raw value (UserRole) when one is given."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list] = []
        self.objects: list = []

    def set_rows(self, rows: list[list], objects: list) -> None:
        self.beginResetModel()
        self.rows, self.objects = rows, objects
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return self.objects[index.row()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        return self.data(self.index(row, column))


def make_view(headers: list[str], parent, *, multi: bool = False) -> tuple[QTableView, RowsModel]:
    model = RowsModel(headers, parent)
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view, model
