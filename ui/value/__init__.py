"""The 客户价值 menu (issue 16): 分级建议 (managers), 80/20 分析, 培育计划, 疑似重复客户 (managers).

`install(window)` is called by the main window (FEATURE_MODULES). Every core call runs on the
window's task runner (ui.operations.run_op / run_query); the value services declare their
Changes (class, merge, plans touch the cards and the list), so screens refresh by Kind. The
card gets a 客户价值 tab (ui.value.card_tab) with its class history and nurturing plans.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ui.value.common import tr


class ValueFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.windows: dict[str, QObject] = {}
        self.dialogs: list = []
        manager = window.capabilities.can_manage
        menu = window.menu(tr("客户价值"))
        self.suggest_action = QAction(tr("分级建议…"), window)
        self.suggest_action.triggered.connect(self.open_suggestions)
        self.pareto_action = QAction(tr("80/20 分析…"), window)
        self.pareto_action.triggered.connect(self.open_pareto)
        self.plans_action = QAction(tr("培育计划…"), window)
        self.plans_action.triggered.connect(self.open_plans)
        self.duplicates_action = QAction(tr("疑似重复客户…"), window)
        self.duplicates_action.triggered.connect(self.open_duplicates)
        for a in (self.suggest_action, self.duplicates_action):
            a.setVisible(manager)
            a.setEnabled(manager)
        for a in (self.suggest_action, self.pareto_action, self.plans_action, self.duplicates_action):
            menu.addAction(a)

    def _open(self, key: str, factory):
        win = self.windows.get(key)
        if win is None:
            win = factory(self.window)
            self.windows[key] = win
            win.destroyed.connect(lambda _o=None, k=key: self.windows.pop(k, None))
        else:
            win.reload()
        win.show()
        win.raise_()
        return win

    def open_suggestions(self):
        from ui.value.suggestions_window import SuggestionsWindow

        return self._open("suggestions", SuggestionsWindow)

    def open_pareto(self):
        from ui.value.pareto_window import ParetoWindow

        return self._open("pareto", ParetoWindow)

    def open_plans(self):
        from ui.value.plans_window import PlansWindow

        return self._open("plans", PlansWindow)

    def open_duplicates(self):
        from ui.value.duplicates_window import DuplicatesWindow

        return self._open("duplicates", DuplicatesWindow)

    def keep(self, dialog) -> None:
        """Hold a dialog until it closes (they open with open(), never exec())."""
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)


def install(window) -> ValueFeature:
    window.value_feature = ValueFeature(window)
    return window.value_feature
