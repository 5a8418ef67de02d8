"""The 服务单 list: filters (kind, status, severity, assignee, overdue, received between), the
records the user may see (open ones first), double-click opens the record; 导出 Excel… writes
the selected rows, or the whole filtered list when none is selected (the core applies the same
filters and permission rule, so nothing is exported that the list would not show)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.accounts import staff
from models.foundation.changes import Kind
from models.foundation.vocabulary import SERVICE_KINDS, SERVICE_STATUSES, SEVERITIES
from models.service import printing, reading
from ui.service.common import label
from ui.service.list_model import ServiceTableModel


def _combo(parent, everything: str, values) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(everything, "")
    for v in values:
        box.addItem(label(v), v)
    return box


class ServiceListWindow(QWidget):
    """Non-modal window; `loaded` after each answer from the background query."""

    loaded = Signal()
    exported = Signal(str, int)      # the file, the records written

    def __init__(self, main, parent=None):
        super().__init__(parent or main, Qt.WindowType.Window)
        self.main = main
        self.loading = False
        self._pending = False
        self.record_windows: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("服务单列表"))
        self.kind = _combo(self, self.tr("全部类型"), SERVICE_KINDS)
        self.status_box = _combo(self, self.tr("全部状态"), SERVICE_STATUSES)
        self.severity = _combo(self, self.tr("全部严重程度"), SEVERITIES)
        self.assignee = QComboBox(self)
        self.assignee.addItem(self.tr("全部处理人"), "")
        self.overdue = QCheckBox(self.tr("只看超期"), self)
        self.by_date = QCheckBox(self.tr("受理日期"), self)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), self)
        self.date_to = QDateEdit(today, self)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.by_date.toggled.connect(self.date_from.setEnabled)
        self.by_date.toggled.connect(self.date_to.setEnabled)
        self.new_button = QPushButton(self.tr("新建服务单…"), self)
        self.new_button.clicked.connect(lambda: self.main.service_feature.open_new())
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.ask_export)
        for w in (self.kind, self.status_box, self.severity, self.assignee):
            w.currentIndexChanged.connect(self.reload)
        for c in (self.overdue, self.by_date):
            c.toggled.connect(self.reload)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self.reload)
        bar = QHBoxLayout()
        for w in (self.kind, self.status_box, self.severity, self.assignee, self.overdue, self.by_date,
                  self.date_from, QLabel("—", self), self.date_to):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.new_button)

        self.model = ServiceTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # no sort indicator at first: the core's order (open ones first, newest first) stands
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 230, 60, 80, 70, 90, 130)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.table.activated.connect(lambda idx: self.open_row(idx.row()))
        self.count = QLabel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        self.resize(1100, 620)
        main.app_events.changed.connect(self._on_changed)
        main.tasks.run(staff.list_users, main.actor, include_departed=False, on_done=self._set_staff,
                       on_error=lambda _e: None)
        self.reload()

    def _set_staff(self, people) -> None:
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        for p in people:
            self.assignee.addItem(p.label, p.username)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))
        self.assignee.blockSignals(False)

    def filters(self) -> dict:
        out = {"kind": self.kind.currentData() or None, "status": self.status_box.currentData() or None,
               "severity": self.severity.currentData() or None,
               "assignee": self.assignee.currentData() or None, "overdue_only": self.overdue.isChecked()}
        if self.by_date.isChecked():
            out["date_from"] = dt.date.fromisoformat(self.date_from.date().toString("yyyy-MM-dd"))
            out["date_to"] = dt.date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd"))
        return out

    def reload(self) -> None:
        """One query at a time; a change of filter while one runs asks again when it answers."""
        if self.loading:
            self._pending = True
            return
        self.loading = True
        self.count.setText(self.tr("正在查询…"))
        self.main.tasks.run(reading.list_records, self.main.actor, **self.filters(), limit=reading.LIST_LIMIT,
                            on_done=self._loaded, on_error=self._failed)

    def _finish(self) -> bool:
        self.loading = False
        if self._pending:
            self._pending = False
            self.reload()
            return False
        return True

    def _loaded(self, records) -> None:
        if not self._finish():
            return
        self.model.set_records(records)
        overdue = sum(1 for r in records if r.overdue)
        if len(records) >= reading.LIST_LIMIT:   # more were found: say so, and how to see them
            self.count.setText(self.tr("只显示前 %1 张服务单（未结的在前，再按受理时间从新到旧），其中 %2 张超期；"
                                       "请用筛选或日期缩小范围").replace("%1", f"{len(records):,}")
                               .replace("%2", str(overdue)))
        else:
            self.count.setText(self.tr("共 %1 张服务单，其中 %2 张超期").replace("%1", str(len(records)))
                               .replace("%2", str(overdue)))
        self.loaded.emit()

    def _failed(self, exc) -> None:
        if self._finish():
            self.count.setText("")
            self.main.show_error(exc)
            self.loaded.emit()

    def _on_changed(self, changes, _initiator=None) -> None:
        if any(changes.touches(k) for k in (Kind.SERVICE, Kind.HANDOVERS, Kind.GRANTS)) and self.isVisible():
            self.reload()

    def selected_numbers(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.number for r in (self.model.record(n) for n in rows) if r is not None]

    def ask_export(self) -> None:
        from ui import exports as export_ui

        path = export_ui.ask_save_path(self, self.tr("导出服务单"), self.tr("服务单.xlsx"),
                                       self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def export_to(self, path: str) -> None:
        """The selected rows (in the order shown), else the whole filtered list."""
        numbers = self.selected_numbers() or None
        self.export_button.setEnabled(False)

        def done(result):
            self.export_button.setEnabled(True)
            target, count = result
            text = self.tr("已导出 %1 张服务单到 %2").replace("%1", str(count)).replace("%2", str(target))
            self.count.setText(text)
            self.main.status(text)
            self.exported.emit(str(target), count)

        def failed(exc):
            self.export_button.setEnabled(True)
            self.main.show_error(exc)

        filters = {} if numbers else self.filters()
        self.main.tasks.run(printing.export_records, self.main.actor, path, numbers=numbers, **filters,
                            on_done=done, on_error=failed)

    def open_row(self, row: int):
        rec = self.model.record(row)
        return self.main.service_feature.open_record(rec.number) if rec else None
