"""The 服务单 list's table model: one row per RecordInfo; shows formatted text, sorts on the
raw values (UserRole) — times as datetimes, severities by their order, not their names."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.foundation.vocabulary import SERVICE_KINDS, SERVICE_STATUSES, SEVERITIES
from models.service.dto import RecordInfo
from ui.service.common import label, moment_text

CONTEXT = "ServiceTableModel"
HEADERS = (QT_TRANSLATE_NOOP("ServiceTableModel", "编号"), QT_TRANSLATE_NOOP("ServiceTableModel", "客户"),
           QT_TRANSLATE_NOOP("ServiceTableModel", "类型"), QT_TRANSLATE_NOOP("ServiceTableModel", "严重程度"),
           QT_TRANSLATE_NOOP("ServiceTableModel", "状态"), QT_TRANSLATE_NOOP("ServiceTableModel", "处理人"),
           QT_TRANSLATE_NOOP("ServiceTableModel", "受理时间"), QT_TRANSLATE_NOOP("ServiceTableModel", "解决期限"))
OVERDUE_MARK = QT_TRANSLATE_NOOP("ServiceTableModel", "（已超期）")
MISSED_TIP = QT_TRANSLATE_NOOP("ServiceTableModel", "已错过期限")
OVERDUE_COLOR = QColor("#b00020")


def _display(r: RecordInfo, col: int) -> str:
    if col == 0:
        return r.number
    if col == 1:
        return f"{r.code} {r.customer}"
    if col == 2:
        return label(r.kind)
    if col == 3:
        return label(r.severity)
    if col == 4:
        return label(r.status)
    if col == 5:
        return r.assignee
    if col == 6:
        return moment_text(r.received_at)
    text = moment_text(r.resolve_by)
    return text + QCoreApplication.translate(CONTEXT, OVERDUE_MARK) if r.overdue else text


def _raw(r: RecordInfo, col: int):
    if col == 2:
        return SERVICE_KINDS.index(r.kind) if r.kind in SERVICE_KINDS else 99
    if col == 3:
        return SEVERITIES.index(r.severity) if r.severity in SEVERITIES else 99
    if col == 4:
        return SERVICE_STATUSES.index(r.status) if r.status in SERVICE_STATUSES else 99
    if col == 6:
        return r.received_at
    if col == 7:
        return r.resolve_by
    return _display(r, col)


def _key(value):
    # None sorts first whatever the type; datetimes and numbers compare among themselves
    return (value is not None, value if value is not None else 0)


class ServiceTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[RecordInfo] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records) -> None:
        self.beginResetModel()
        self.records = list(records)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def record(self, row: int) -> RecordInfo | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, number: str) -> int:
        return next((i for i, r in enumerate(self.records) if r.number == number), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.records):
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.column() < len(HEADERS)):
            return None
        r = self.record(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(r, col)
        if role == Qt.ItemDataRole.UserRole:
            raw = _raw(r, col)
            return raw.isoformat(sep=" ") if isinstance(raw, dt.datetime) else raw
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 7 and r.missed:
                return QCoreApplication.translate(CONTEXT, MISSED_TIP)
            if col == 1:
                return r.title
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(HEADERS)):
            return
        self.layoutAboutToBeChanged.emit()
        before = [(i, self.records[i.row()].number, i.column()) for i in self.persistentIndexList()
                  if 0 <= i.row() < len(self.records)]
        self._sort = (column, order)
        self._apply_sort(column, order)
        rows = {r.number: n for n, r in enumerate(self.records)}
        for old, number, col in before:
            self.changePersistentIndex(old, self.index(rows[number], col))
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order) -> None:
        self.records.sort(key=lambda r: _key(_raw(r, column)),
                          reverse=order == Qt.SortOrder.DescendingOrder)
