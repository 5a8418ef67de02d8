"""The card's 客户价值 tab: the class history (date, from, to, by, reason), the nurturing plans
with their steps (新建培育计划…, 添加步骤…), and for a merged card the pointer to the survivor.
Read in the background after the card has loaded and whenever this card changes."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.archive.class_history import SOURCE_LABELS
from models.foundation.localtime import local_text
from models.value import classify, plans
from ui.operations import run_query
from ui.value.common import error_text, fill_table, make_table, tr
from ui.value.suggestions_window import class_text
from ui.vocabulary_tr import core_label


def load_value_tab(actor, customer_id: int, code: str):
    return classify.history(actor, code), plans.card_plans(actor, customer_id)


class CardValueTab(QWidget):
    loaded = Signal()

    def __init__(self, card):
        super().__init__(card)
        self.card = card
        self.history_rows: list = []
        self.plans: list = []
        self.dialog = None
        self.merged = QLabel(self)
        self.merged.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.open_survivor = QPushButton(tr("打开存续客户卡"), self)
        self.open_survivor.clicked.connect(self._open_survivor)
        merged_bar = QHBoxLayout()
        merged_bar.addWidget(self.merged, 1)
        merged_bar.addWidget(self.open_survivor)
        self.merged.hide()
        self.open_survivor.hide()

        self.history = make_table([tr("日期"), tr("原分类"), tr("新分类"), tr("调整人"), tr("方式"), tr("理由")], self)
        for col, width in enumerate((140, 70, 70, 90, 80)):
            self.history.setColumnWidth(col, width)
        history_box = QGroupBox(tr("分类历史"), self)
        QVBoxLayout(history_box).addWidget(self.history)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("培育目标 / 步骤"), tr("方式"), tr("完成期限"), tr("状态")])
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 100)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.new_plan_button = QPushButton(tr("新建培育计划…"), self)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.step_button = QPushButton(tr("添加步骤…"), self)
        self.step_button.clicked.connect(self.new_step)
        plan_bar = QHBoxLayout()
        self.plan_summary = QLabel(self)
        plan_bar.addWidget(self.plan_summary, 1)
        plan_bar.addWidget(self.new_plan_button)
        plan_bar.addWidget(self.step_button)
        plans_box = QGroupBox(tr("潜力客户培育计划"), self)
        pl = QVBoxLayout(plans_box)
        pl.addLayout(plan_bar)
        pl.addWidget(self.tree)

        self.message = QLabel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(merged_bar)
        lay.addWidget(history_box, 2)
        lay.addWidget(plans_box, 3)
        lay.addWidget(self.message)
        card.loaded.connect(self.reload)   # the card re-reads on every change to it, then says so
        self._update_buttons()

    def reload(self) -> None:
        shown = self.card.card
        if shown is None:
            return
        survivor = shown.merged_into
        self.merged.setText(tr("本卡已合并到 %1，资料均已转入该客户卡。").replace("%1", survivor) if survivor else "")
        self.merged.setVisible(bool(survivor))
        self.open_survivor.setVisible(bool(survivor))
        editable = shown.permissions.edit and shown.status == "active"
        self.new_plan_button.setEnabled(editable)
        run_query(self, load_value_tab, self.card.actor, shown.id, shown.code, success=self._loaded,
                  failure=lambda exc: self.message.setText(error_text(exc)))

    def _loaded(self, result) -> None:
        self.history_rows, self.plans = result
        fill_table(self.history, [[local_text(h.at), class_text(h.from_cls), class_text(h.to_cls), h.by,
                                   core_label(SOURCE_LABELS.get(h.source, h.source)), h.reason]
                                  for h in reversed(self.history_rows)])
        self.tree.clear()
        for p in self.plans:
            head = p.goal + (tr("（关键决策人：%1）").replace("%1", p.decision_maker) if p.decision_maker else "")
            top = QTreeWidgetItem([head, "", "", tr("%1 步，未完成 %2").replace("%1", str(len(p.steps)))
                                   .replace("%2", str(sum(1 for s in p.steps if not s.done)))])
            top.setData(0, Qt.ItemDataRole.UserRole, p.id)
            for s in p.steps:
                state = tr("已完成") if s.done else (tr("已逾期") if s.overdue else tr("进行中"))
                child = QTreeWidgetItem([s.title, s.channel, f"{s.due_on:%Y-%m-%d}", state])
                child.setData(0, Qt.ItemDataRole.UserRole, p.id)
                if s.overdue:
                    child.setForeground(3, Qt.GlobalColor.red)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if self.plans:
            self.tree.setCurrentItem(self.tree.topLevelItem(len(self.plans) - 1))
        self.plan_summary.setText(tr("共 %1 个培育计划").replace("%1", str(len(self.plans))) if self.plans
                                  else tr("还没有培育计划"))
        tabs = self.card.tabs
        i = tabs.indexOf(self)
        if i >= 0:
            late = sum(1 for p in self.plans for s in p.steps if s.overdue)
            tabs.setTabText(i, tr("客户价值（%1 步逾期）").replace("%1", str(late)) if late else tr("客户价值"))
        self.message.setText("")
        self._update_buttons()
        self.loaded.emit()

    def current_plan(self):
        item = self.tree.currentItem()
        if item is None:
            return None
        pid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self.plans if p.id == pid), None)

    def _update_buttons(self) -> None:
        shown = self.card.card
        editable = shown is not None and shown.permissions.edit and shown.status == "active"
        self.step_button.setEnabled(editable and self.current_plan() is not None)

    def new_plan(self):
        from ui.value.plan_dialogs import PlanDialog

        shown = self.card.card
        dlg = PlanDialog(self.card.actor, shown.code, shown.name, [c.name for c in shown.contacts], self)
        dlg.saved.connect(lambda _id: self.reload())
        self.dialog = dlg
        dlg.open()
        return dlg

    def new_step(self):
        from ui.value.plan_dialogs import StepDialog

        plan = self.current_plan()
        if plan is None:
            return None
        dlg = StepDialog(self.card.actor, plan.id, plan.goal, self)
        dlg.saved.connect(lambda _id: self.reload())
        self.dialog = dlg
        dlg.open()
        return dlg

    def _open_survivor(self) -> None:
        code = self.card.card.merged_into if self.card.card else ""
        if code:
            run_query(self, classify.customer_id, self.card.actor, code, success=self.card.main.open_card,
                      failure=lambda exc: self.message.setText(error_text(exc)))


def add_to_card(card) -> CardValueTab | None:
    """The card's one hook: a 客户价值 tab when the value feature is installed."""
    if getattr(card.main, "value_feature", None) is None:
        return None
    card.value_tab = CardValueTab(card)
    card.tabs.addTab(card.value_tab, tr("客户价值"))
    return card.value_tab
