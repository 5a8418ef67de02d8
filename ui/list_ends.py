"""The archive list's two ends by keyboard (issue 13): Ctrl+End in the list goes to the last
customer of the current sort and filter at once, however long the list — the model reads the
last page, not every page before it (ui/itemmodels/row_window.py) — and Ctrl+Home goes back
to the first. Scrolling up from the top of the last rows reads the page before them; the rows
on screen stay where they are while it comes in above them."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView

from ui import shortcuts


class ListEnds(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.table, self.model = window.table, window.model
        self._shifting = False
        self.shortcuts = []
        for keys, jump in ((shortcuts.LIST_END, self.model.jump_to_end),
                           (shortcuts.LIST_START, self.model.jump_to_start)):
            sc = QShortcut(QKeySequence(keys), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(jump)
            self.shortcuts.append(sc)
        self.model.jumped.connect(self._arrived)
        self.model.prepended.connect(self._keep_place)
        bar = self.table.verticalScrollBar()
        bar.valueChanged.connect(self._at_top)
        bar.rangeChanged.connect(self._at_top)

    def _arrived(self, tail: bool) -> None:
        """The end asked for is held: its row becomes the current (and selected) one."""
        row = self.model.rowCount() - 1 if tail else 0
        if row < 0:
            return
        index = self.model.index(row, self._column())
        self.table.updateGeometries()   # the scroll range for the rows just in, before scrolling
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtBottom if tail
                            else QAbstractItemView.ScrollHint.PositionAtTop)
        self._at_top()   # the last rows do not fill the screen: the ones before them come too

    def _column(self) -> int:
        """The current column, else the first one shown (the user may have hidden 客户编号)."""
        current = self.table.currentIndex()
        if current.isValid():
            return current.column()
        header = self.table.horizontalHeader()
        shown = [header.logicalIndex(v) for v in range(header.count())
                 if not header.isSectionHidden(header.logicalIndex(v))]
        return shown[0] if shown else 0

    def _at_top(self, *_args) -> None:
        """The view's top is the first row held and there are rows before it: read them (as
        Qt's own fetchMore does at the bottom)."""
        bar = self.table.verticalScrollBar()
        if not self._shifting and bar.value() == bar.minimum() and self.model.can_fetch_before():
            self.model.fetch_before()

    def _keep_place(self, added: int) -> None:
        """Rows came in above: scroll down by as much, so the rows on screen do not move."""
        self._shifting = True
        try:
            self.table.updateGeometries()    # the scroll range for the new rows, now
            bar = self.table.verticalScrollBar()
            if self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
                bar.setValue(bar.value() + added)
            else:
                bar.setValue(bar.value() + self.table.verticalHeader().sectionPosition(added))
        finally:
            self._shifting = False
        self._at_top()   # still at the top (fewer rows than the screen holds): read on


def install(window) -> ListEnds:
    window.list_ends = ListEnds(window)
    return window.list_ends
