"""The card's follow-up tasks (待办): a 待办 tab listing the customer's tasks (open ones
first), 新建待办… beside 核实 on the card, 完成… asking for the outcome (the core writes it to
page 2 in the same transaction), and 由此建待办 on a page-2 entry (button and context menu:
the task's title and note come from the entry, and the task is linked to it).

The card's one hook: `add_to_card(card)` (ui/card/window.py). Every call runs on the task
runner; the tab re-reads when a change touches this card (adding or completing a task
announces the card).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from models.desk import tasks
from models.foundation.changes import Kind
from ui.card.sections import make_table
from ui.desk.dialogs import OutcomeDialog
from ui.desk.task_dialog import TaskDialog
from ui.i18n import tr, translate
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.operations import run_op, run_query

STATE_LABELS = {"open": QT_TRANSLATE_NOOP("CardTasks", "未完成"), "overdue": QT_TRANSLATE_NOOP("CardTasks", "已逾期"),
                "done": QT_TRANSLATE_NOOP("CardTasks", "已完成"), "dismissed": QT_TRANSLATE_NOOP("CardTasks", "已忽略")}


def _columns(today) -> list[Column]:
    return [
        Column(tr("到期日"), lambda t: t.due_on.isoformat() if t.due_on else "", raw=lambda t: t.due_on),
        Column(tr("待办事项"), lambda t: t.title, tooltip=lambda t: t.note or None),
        Column(tr("负责人"), lambda t: t.assignee),
        Column(tr("状态"), lambda t: translate("CardTasks", STATE_LABELS[t.state_on(today())]),
               dim=lambda t: t.state != "open"),
        Column(tr("处理结果"), lambda t: t.outcome, tooltip=lambda t: t.outcome or None),
    ]


def _today():
    return QDate.currentDate().toPython()


class CardTasksTab(QWidget):
    loaded = Signal()

    def __init__(self, card):
        super().__init__(card)
        self.card = card
        self.dialogs: list = []
        self.model = RecordTableModel(_columns(_today), self)
        self.table = make_table(self.model, self)
        for col, width in enumerate((100, 300, 100, 80)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.complete_selected())
        self.summary = QLabel(self)
        self.new_button = QPushButton(self.tr("新建待办…"), self)
        self.new_button.clicked.connect(lambda: self.new_task())
        self.done_button = QPushButton(self.tr("完成…"), self)
        self.done_button.setToolTip(self.tr("写下处理结果，记入第二页重要事项记录"))
        self.done_button.clicked.connect(self.complete_selected)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.done_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._sync())
        card.main.app_events.changed.connect(self._on_changed)
        self._sync()
        self.reload()

    # ---- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        run_query(self, tasks.list_tasks, self.card.actor, customer=self.card.customer_id,
                  success=self._loaded, failure=lambda exc: self.summary.setText(str(exc)))

    def _loaded(self, rows) -> None:
        self.model.set_records(rows)     # open first, overdue first (as the core orders them)
        n_open = sum(1 for t in rows if t.state == "open")
        self.summary.setText(self.tr("共 %1 条待办，未完成 %2 条").replace("%1", str(len(rows)))
                             .replace("%2", str(n_open)))
        i = self.card.tabs.indexOf(self)
        if i >= 0:
            self.card.tabs.setTabText(i, self.tr("待办（%1）").replace("%1", str(n_open)) if n_open
                                      else self.tr("待办"))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._sync()
        self.loaded.emit()

    def _on_changed(self, changes, _initiator=None) -> None:
        if changes.touches(Kind.CARD, self.card.customer_id) or changes.touches(Kind.HANDOVERS):
            self.reload()

    def selected(self):
        idx = self.table.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def _sync(self) -> None:
        t = self.selected()
        self.done_button.setEnabled(t is not None and t.state == "open" and self._editable())

    def _editable(self) -> bool:
        card = self.card.card
        return card is not None and card.permissions.edit

    def set_editable(self, edit: bool) -> None:
        self.new_button.setEnabled(edit)
        self._sync()

    # ---- actions --------------------------------------------------------------------------
    def new_task(self, entry=None) -> TaskDialog | None:
        """新建待办 (from the card), or 由此建待办 (from a page-2 entry: prefilled, linked)."""
        if not self._editable():
            return None
        if entry is None:
            dlg = TaskDialog(self.card.actor, self.card.customer_id, self.card)
        else:
            title = self.tr("跟进：%1").replace("%1", entry.title)[:200]
            note = (self.tr("来自重要事项记录 %1 %2：%3").replace("%1", entry.event_date.isoformat())
                    .replace("%2", entry.category).replace("%3", entry.title))
            dlg = TaskDialog(self.card.actor, self.card.customer_id, self.card, title=title, note=note,
                             source_event_id=entry.id, heading=self.tr("由此建待办"))
        dlg.saved.connect(lambda info: self.card.main.status(
            self.tr("已添加待办：%1（%2 到期，负责人 %3）").replace("%1", info.title)
            .replace("%2", info.due_on.isoformat()).replace("%3", info.assignee)))
        self._track(dlg)
        dlg.open()
        return dlg

    def complete_selected(self) -> OutcomeDialog | None:
        t = self.selected()
        if t is None or t.state != "open" or not self._editable():
            return None
        dlg = OutcomeDialog(t.title, self.card)
        dlg.submitted.connect(lambda text, tid=t.id: run_op(
            self, tasks.complete_task, self.card.actor, tid, text, failure=self.card.main.show_error))
        self._track(dlg)
        dlg.open()
        return dlg

    def _track(self, dlg) -> None:
        self.dialogs.append(dlg)
        self.card.dialogs.append(dlg)     # closed with the card
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)


def _row_of(page, button: QPushButton) -> QHBoxLayout | None:
    """The button row of page 2 (ui/card/sections.EventsPage) — found, not hard-wired."""
    lay = page.layout()
    for i in range(lay.count()):
        row = lay.itemAt(i).layout()
        if row is not None and row.indexOf(button) >= 0:
            return row
    return None


def _install_entry_actions(card, tab: CardTasksTab) -> None:
    page = card.page2
    card.entry_task_button = QPushButton(tab.tr("由此建待办…"), page)
    card.entry_task_button.setToolTip(tab.tr("为所选记录建一条跟进待办（标题取自记录）"))

    def from_entry():
        rec = page.model.record(page.view.currentIndex().row())
        if rec is not None:
            return tab.new_task(rec)
        return None
    card.entry_task_button.clicked.connect(from_entry)
    row = _row_of(page, page.correct_button)
    if row is not None:
        row.insertWidget(row.indexOf(page.correct_button) + 1, card.entry_task_button)
    page.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def menu(pos):
        if page.view.indexAt(pos).isValid() and tab._editable():
            m = QMenu(page.view)
            m.addAction(tab.tr("由此建待办…"), from_entry)
            card.entry_menu = m
            m.popup(page.view.viewport().mapToGlobal(pos))
    page.view.customContextMenuRequested.connect(menu)
    card.entry_from_selected = from_entry


def add_to_card(card) -> CardTasksTab:
    """The card's one hook: the 待办 tab, 新建待办… in the card's buttons, 由此建待办 on page 2."""
    card.tasks_tab = tab = CardTasksTab(card)
    card.tabs.insertTab(card.tabs.indexOf(card.history) + 1, tab, tab.tr("待办"))   # history stays third
    card.new_task_button = QPushButton(tab.tr("新建待办…"), card)
    card.new_task_button.setToolTip(tab.tr("为这位客户建一条跟进待办"))
    card.new_task_button.clicked.connect(lambda: tab.new_task())
    buttons = card.top_buttons
    buttons.insertWidget(buttons.indexOf(card.verify_button) + 1, card.new_task_button)
    _install_entry_actions(card, tab)

    def card_shown():
        edit = tab._editable() and card.card.status != "archived"
        card.new_task_button.setEnabled(edit)
        card.entry_task_button.setVisible(tab._editable())
        card.entry_task_button.setEnabled(edit)
        tab.set_editable(edit)
    card.loaded.connect(card_shown)
    card.new_task_button.setEnabled(False)
    return tab
