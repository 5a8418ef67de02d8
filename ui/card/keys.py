"""The card's keyboard: Ctrl+S saves, Esc / Ctrl+W close (asking about unsaved edits as
closing does), Ctrl+Tab / Ctrl+PgDn and Ctrl+Shift+Tab / Ctrl+PgUp move between the pages,
Ctrl+E 记一笔 (a new page-2 entry). The Tab order follows the layout: the buttons at the top,
the page tabs, then the page; a table's 添加/编辑/删除 come before the table they sit above.

The first focus is never 查看敏感信息: a stray Space there would perform an audited reveal."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from ui import shortcuts


def _bind(card, keys, slot) -> None:
    for k in (keys,) if isinstance(keys, str) else keys:
        sc = QShortcut(QKeySequence(k), card)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)
        card.key_shortcuts.append(sc)


def _step_page(card, step: int) -> None:
    n = card.tabs.count()
    if n and card.tabs.isEnabled():
        card.tabs.setCurrentIndex((card.tabs.currentIndex() + step) % n)


def new_entry(card) -> None:
    """记一笔 from anywhere in the card: show page 2 and open its new-entry dialog."""
    if card.card is None or not card.card.permissions.edit:
        return
    card.tabs.setCurrentWidget(card.page2)
    card.edit_event(None)


def install_keys(card) -> None:
    card.key_shortcuts = []
    _bind(card, shortcuts.CARD_SAVE, lambda: card.save())
    _bind(card, shortcuts.CARD_CLOSE, card.close)
    _bind(card, shortcuts.CARD_NEXT_PAGE, lambda: _step_page(card, 1))
    _bind(card, shortcuts.CARD_PREVIOUS_PAGE, lambda: _step_page(card, -1))
    _bind(card, shortcuts.NEW_ENTRY, lambda: new_entry(card))
    keys = QKeySequence(shortcuts.NEW_ENTRY).toString(QKeySequence.SequenceFormat.NativeText)
    card.page2.add_button.setText(card.tr("记一笔（%1）").replace("%1", keys))
    card.page2.add_button.setToolTip(card.tr("新的重要事项记录（%1）").replace("%1", keys))
    save_keys = QKeySequence(shortcuts.CARD_SAVE).toString(QKeySequence.SequenceFormat.NativeText)
    card.save_button.setToolTip(card.tr("保存第一页的修改（%1）").replace("%1", save_keys))
    # a stray Space or Enter must not reveal (audited) or save by accident
    card.reveal_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    _tab_order(card)


def _tab_order(card) -> None:
    # the buttons at the top in the order they stand (feature modules insert theirs there)
    row = card.top_buttons
    top = [w for i in range(row.count()) if isinstance(w := row.itemAt(i).widget(), QAbstractButton)]
    chain = top + [card.tabs.tabBar()] + list(card.form.widgets.values())
    for section in (card.contacts, card.projects):
        chain += [section.add_button, section.edit_button, section.remove_button, section.view]
    for a, b in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(a, b)
    page2 = card.page2
    for a, b in ((page2.add_button, page2.correct_button), (page2.correct_button, page2.view),
                 (page2.view, page2.detail)):
        QWidget.setTabOrder(a, b)


def first_focus(card) -> None:
    """After the first load: the first field the user may edit, else the page tabs."""
    for w in card.form.widgets.values():
        editable = not w.isReadOnly() if isinstance(w, (QLineEdit, QPlainTextEdit)) else w.isEnabled()
        if editable and w.isVisibleTo(card):
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            return
    card.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
