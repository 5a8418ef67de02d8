"""Shared pieces of the handover screens: table views over DTO lists, checkable rows, time text,
and saving a 交接单 PDF (the wizard's result page and the records dialog)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from models.foundation.errors import ArchiveError
from models.foundation.faults import known_condition
from models.foundation.localtime import local_text  # noqa: F401 - re-exported
from models.handover import service as handover
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.widgets.confirm import confirm_box  # noqa: F401 - re-exported


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def status_label(status: str) -> str:
    return {"active": tr("正常"), "archived": tr("已归档")}.get(status, status)


def customer_columns(with_status: bool = True, with_follow_ups: bool = False) -> list[Column]:
    cols = [
        Column(tr("客户编号"), lambda r: r.code),
        Column(tr("客户名称"), lambda r: r.name),
        Column(tr("分类"), lambda r: r.cls),
    ]
    if with_status:
        cols.append(Column(tr("状态"), lambda r: status_label(r.status)))
    cols += [
        Column(tr("联系人"), lambda r: r.contacts, raw=lambda r: r.contacts),
        Column(tr("合作项目"), lambda r: r.projects, raw=lambda r: r.projects),
        Column(tr("重要事项"), lambda r: r.events, raw=lambda r: r.events),
    ]
    if with_follow_ups:
        cols.append(Column(tr("未办跟进"), lambda r: r.follow_ups, raw=lambda r: r.follow_ups))
    return cols


class CheckableModel(RecordTableModel):
    """A record table whose first column carries a check box per row."""

    def __init__(self, columns, parent=None):
        super().__init__(columns, parent)
        self.checked: set[int] = set()

    def set_records(self, records) -> None:
        self.checked = set()
        super().set_records(records)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if index.row() in self.checked
                    else Qt.CheckState.Unchecked)
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(index.row())
        else:
            self.checked.discard(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def set_all(self, checked: bool) -> None:
        self.checked = set(range(len(self.records))) if checked else set()
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_records(self) -> list:
        return [self.records[i] for i in sorted(self.checked)]


def make_table(model: RecordTableModel, parent=None, *, widths=()) -> QTableView:
    """A read-only, sortable (on raw values) table view over `model`."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    return view


def selected_records(view: QTableView, model: RecordTableModel) -> list:
    proxy = view.model()
    rows = sorted({proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()})
    return [model.records[r] for r in rows]


def save_record(widget, actor, handover_id: int, path: str, message_label: QLabel | None = None) -> bool:
    """Write the 交接单 PDF to `path` (the service audits it); show a problem in `message_label`."""
    try:
        handover.print_record(actor, handover_id, path)
    except (ArchiveError, OSError) as exc:
        if message_label is not None:
            known = known_condition(exc)   # a missing folder, no permission, a full disk …
            message_label.setStyleSheet("color:#b00020")
            message_label.setText(known.message if known is not None else
                                  tr("无法保存交接单：%1").replace("%1", str(exc)))
        return False
    if message_label is not None:
        message_label.setStyleSheet("color:#1b5e20")
        message_label.setText(tr("交接单已保存：%1").replace("%1", path))
    return True
