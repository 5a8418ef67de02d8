"""The archive list by keyboard (issue 12): Down (or PgDown) in the search box applies the
search and moves to the first result; Ctrl+E on a row opens the card with a new page-2 entry
(记一笔), as Ctrl+E does inside the card. With Enter (open) and Esc (close the card) the daily
loop — find, open, 记一笔, close — needs no mouse."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from ui import shortcuts


def install(window) -> None:
    search, table = window.filter_bar.search, window.table
    for key in ("Down", "PgDown"):
        sc = QShortcut(QKeySequence(key), search)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(lambda: into_results(window))
    sc = QShortcut(QKeySequence(shortcuts.NEW_ENTRY), table)
    sc.setContext(Qt.ShortcutContext.WidgetShortcut)
    sc.activated.connect(lambda: new_entry_on_row(window))
    window.list_key_shortcuts = [sc]


def into_results(window) -> None:
    """Apply a pending search, then focus the list with its first row current (once loaded)."""
    window.filter_bar.flush()
    table = window.table

    def focus_first() -> None:
        table.setFocus()
        if window.model.rowCount() and not table.currentIndex().isValid():
            table.selectionModel().setCurrentIndex(
                window.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    if window.model.first_page_pending:
        def once() -> None:
            window.model.loaded.disconnect(once)
            focus_first()
        window.model.loaded.connect(once)
    else:
        focus_first()


def new_entry_on_row(window) -> None:
    """记一笔 for the current row: open its card and, once it has loaded, its new-entry dialog."""
    from ui.card.keys import new_entry

    card = window.open_card(window.current_customer_id())
    if card is None:
        return
    if getattr(card, "is_loading", False):
        def once() -> None:
            card.loaded.disconnect(once)
            new_entry(card)
        card.loaded.connect(once)
    else:
        new_entry(card)
