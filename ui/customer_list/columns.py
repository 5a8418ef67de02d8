"""Which columns the archive list shows, chosen per user (issue 12: tell twelve 巨奥传媒 apart).

The model has every column (ui/itemmodels/customer_table.COLUMNS); the header hides those not
chosen. 客户编号 and 客户名称 always show. 匹配 shows while a search is active (it says nothing
otherwise); 权限 is offered to those who read cards through grants (agents, staff). The choice
and the sort column/order are stored per user name (state/list_columns, state/list_sort) and
restored at the next login; the optional columns have no index path, so clicking their header
leaves the sort where it was (their tooltip says so).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from models.archive import list_extras
from models.rules import access
from ui import settings
from ui.itemmodels.customer_table import COLUMN_KEYS, COLUMNS, EXTRA_KEYS

ALWAYS = ("code", "name")
BASE = ("cls", "industry", "custodian", "status", "updated_at")
# the order on screen: what tells two same-named cards apart sits next to the name
SCREEN_ORDER = ("code", "name", list_extras.MATCHES, list_extras.CITY, list_extras.PRIMARY_CONTACT,
                list_extras.PHONE, "cls", "industry", "custodian", list_extras.GRANTED_UNTIL, "status",
                "updated_at", list_extras.LAST_CONTACT, list_extras.NEXT_FOLLOW_UP)


def default_keys(actor) -> list[str]:
    keys = [*ALWAYS, *BASE, list_extras.MATCHES]
    if access.may_hold_grants(actor):
        keys.append(list_extras.GRANTED_UNTIL)
    return keys


def offered_keys(actor) -> list[str]:
    """The columns the chooser offers, in their order on screen."""
    order = [*SCREEN_ORDER, *[k for k in COLUMN_KEYS if k not in SCREEN_ORDER]]
    return [k for k in order if k in COLUMN_KEYS and k not in ALWAYS
            and (k != list_extras.GRANTED_UNTIL or access.may_hold_grants(actor))]


class ColumnChooser(QObject):
    """The ticks of the 列 menu (also the header's context menu) and what they hide."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.table, self.model, self.actor = page.table, page.model, page.actor
        self.chosen: list[str] = default_keys(self.actor)
        self.menu = QMenu(self.tr("列"), page)
        self.menu.setToolTipsVisible(True)
        self.actions: dict[str, QAction] = {}
        for key in offered_keys(self.actor):
            title = self.model.headerData(COLUMN_KEYS.index(key), Qt.Orientation.Horizontal)
            if key == list_extras.MATCHES:
                title = self.tr("%1（搜索时）").replace("%1", title)
            action = self.menu.addAction(title)
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=key: self.set_shown(k, on))
            if key in EXTRA_KEYS:
                action.setToolTip(self.tr("只显示，不能按此列排序"))
            self.actions[key] = action
        self.menu.addSeparator()
        self.menu.addAction(self.tr("恢复默认列"), self.reset)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu.popup(header.mapToGlobal(pos)))
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self._sorted_by = (COLUMN_KEYS.index("updated_at"), Qt.SortOrder.DescendingOrder)
        self._restoring = False

    # ---- showing -------------------------------------------------------------------------
    def shown_keys(self) -> list[str]:
        """The chosen columns in the model's order (匹配 only counts with a search)."""
        return [k for k in COLUMN_KEYS if k in self.chosen]

    def set_shown(self, key: str, on: bool) -> None:
        if key in ALWAYS or (key in self.chosen) == on:
            return
        self.chosen = [k for k in self.chosen if k != key] + ([key] if on else [])
        self.apply()
        self.save()

    def set_keys(self, keys) -> None:
        offered = set(offered_keys(self.actor))
        self.chosen = [*ALWAYS, *[k for k in keys if k in offered]]
        self.apply()

    def reset(self) -> None:
        self.set_keys(default_keys(self.actor))
        self.save()

    def put_in_order(self) -> None:
        header = self.table.horizontalHeader()
        order = [k for k in SCREEN_ORDER if k in COLUMN_KEYS]
        order += [k for k in COLUMN_KEYS if k not in order]
        for visual, key in enumerate(order):
            current = header.visualIndex(COLUMN_KEYS.index(key))
            if current != visual:
                header.moveSection(current, visual)

    def apply(self) -> None:
        """Hide what is not chosen (匹配 also without search text); load what is shown."""
        header = self.table.horizontalHeader()
        searching = bool(self.model.query.text)
        for col, key in enumerate(COLUMN_KEYS):
            shown = key in self.chosen and (key != list_extras.MATCHES or searching)
            if header.isSectionHidden(col) == shown:
                header.setSectionHidden(col, not shown)
        for key, action in self.actions.items():
            action.blockSignals(True)
            action.setChecked(key in self.chosen)
            action.blockSignals(False)
        self.model.set_wanted(k for k in self.chosen if k in EXTRA_KEYS)

    # ---- sorting -------------------------------------------------------------------------
    def _sort_clicked(self, column: int, order) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column][2] is None:
            # no index path: put the indicator back where the list is really sorted
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
            self.page.status(self.tr("“%1”列不能排序").replace(
                "%1", self.model.headerData(column, Qt.Orientation.Horizontal)))
            return
        self._sorted_by = (column, order)
        if not self._restoring:
            self.save()

    # ---- memory per user -----------------------------------------------------------------
    def save(self) -> None:
        user = self.actor.username
        settings.set("state/list_columns", " ".join(self.chosen), user=user)   # a comma reads back as a list
        column, order = self._sorted_by
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        settings.set("state/list_sort", f"{COLUMN_KEYS[column]}:{direction}", user=user)

    def restore(self, header_state: bytes = b"") -> None:
        """The user's column widths, columns and sort, as they left them (defaults the first
        time). Restoring the header's state moves its sort arrow: that is not a choice to save."""
        user = self.actor.username
        if header_state:
            self._restoring = True
            try:
                self.table.horizontalHeader().restoreState(header_state)
            finally:
                self._restoring = False
        self.put_in_order()
        stored = settings.get("state/list_columns", user=user)
        self.set_keys(stored.split() if stored else default_keys(self.actor))
        key, _, direction = settings.get("state/list_sort", user=user).partition(":")
        if key in COLUMN_KEYS and COLUMNS[COLUMN_KEYS.index(key)][2] is not None:
            order = Qt.SortOrder.DescendingOrder if direction == "desc" else Qt.SortOrder.AscendingOrder
            self._sorted_by = (COLUMN_KEYS.index(key), order)
        # the table re-sorts the model through sort(); before the first load that only records it
        self.table.sortByColumn(*self._sorted_by)
