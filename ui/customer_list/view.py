"""The 客户档案 page: filter bar, the 列 button, the lazy table, the selection kept across
reloads, and the header's memory (widths, chosen columns and sort per user: columns.py)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.archive.customers import ListQuery
from ui import settings
from ui.customer_list.columns import ColumnChooser
from ui.itemmodels.customer_table import COLUMN_KEYS, CustomerTableModel
from ui.widgets.filter_bar import FilterBar

WIDTHS = {"code": 90, "name": 260, "cls": 50, "industry": 120, "custodian": 100, "status": 64,
          "updated_at": 136, "matches": 190, "phone": 120, "city": 76, "primary_contact": 84,
          "last_contact_on": 92, "next_follow_up": 92, "granted_until": 170}


class CustomerListPage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.actor = window.actor
        self.model = CustomerTableModel(window.actor, self, page_size=settings.get("prefs/page_size"),
                                        runner=window.tasks)
        self.model.loaded.connect(self._after_load)
        self._keep_selection: tuple[list[int], int | None] = ([], None)
        self.filter_bar = FilterBar(self)
        self.filter_bar.search.returnPressed.connect(self.filter_bar.flush)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(COLUMN_KEYS.index("updated_at"),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, key in enumerate(COLUMN_KEYS):
            self.table.setColumnWidth(col, WIDTHS.get(key, 100))
        self.chooser = ColumnChooser(self)
        self.chooser.put_in_order()
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("列…"))
        self.columns_button.setToolTip(self.tr("选择列表显示的列（也可在表头上点右键）"))
        self.columns_button.setMenu(self.chooser.menu)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 6, 0)
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.columns_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table)

    def status(self, text: str) -> None:
        self.window_.status(text)

    # ---- the query -----------------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self._keep_selection = ([], None)
        self.model.set_query(query)
        self.chooser.apply()   # 匹配 shows with search text only

    def refresh(self) -> None:
        """Re-read the list (in the background), keeping the selection and the current row."""
        self._keep_selection = (self.selected_customer_ids(), self.current_customer_id())
        self.model.reload()

    def _after_load(self) -> None:
        self.chooser.apply()
        keep, current = self._keep_selection
        self._keep_selection = ([], None)
        sel = self.table.selectionModel()
        for cid in keep:
            row = self.model.row_of(cid)
            if row >= 0:
                sel.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                           | QItemSelectionModel.SelectionFlag.Rows)
        if current is not None and self.model.row_of(current) >= 0:
            sel.setCurrentIndex(self.model.index(self.model.row_of(current), 0),
                                QItemSelectionModel.SelectionFlag.NoUpdate)

    # ---- what the window asks ------------------------------------------------------------
    def selected_customer_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.customer_id(r) for r in rows) if cid is not None]

    def current_customer_id(self) -> int | None:
        idx = self.table.currentIndex()
        if idx.isValid():
            return self.model.customer_id(idx.row())
        ids = self.selected_customer_ids()
        return ids[0] if ids else None

    # ---- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        user = self.actor.username
        self.chooser.restore(settings.get("state/list_header", user=user)
                             or settings.get("state/list_header"))   # widths, columns, sort

    def save_state(self) -> None:
        settings.set("state/list_header", self.table.horizontalHeader().saveState().data(),
                     user=self.actor.username)
        self.chooser.save()
