"""A small read-only table model over a list of DTOs (contacts, projects, events, history).

Each column says how to show a record (DisplayRole), its raw value (UserRole, for sorting
with a QSortFilterProxyModel) and an optional tooltip. Masked sensitive cells show MASK with
the tooltip 权限不足.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    raw: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    dim: Callable[[Any], bool] | None = None   # grey text (e.g. masked)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int):
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec = self.record(index.row())
        if rec is None or not (0 <= index.column() < len(self.columns)):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = col.display(rec)
            return "" if text is None else str(text).replace("\n", " ")
        if role == Qt.ItemDataRole.UserRole:
            return col.raw(rec) if col.raw else col.display(rec)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tooltip is not None:
                return col.tooltip(rec)
            text = col.display(rec)
            return str(text) if text and len(str(text)) > 20 else None
        if role == Qt.ItemDataRole.ForegroundRole and col.dim is not None and col.dim(rec):
            return QColor("#888888")
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
