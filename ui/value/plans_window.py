"""培育计划: the nurturing plans the user may see (only those with overdue steps, if asked)
and, for managers, the B customers nobody has a plan for — with 新建培育计划… for one of them.
Double-click opens the card, where the plan and its steps live (客户价值 tab)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.foundation.changes import Kind
from models.value import plans
from ui.value.common import ValueWindow, fill_table, make_table, row_data, tr
from ui.value.suggestions_window import class_text


def load_plans(actor, overdue: bool, manager: bool):
    return plans.plans(actor, overdue=overdue), (plans.b_without_plan(actor) if manager else [])


class PlansWindow(ValueWindow):
    KINDS = (Kind.CUSTOMERS, Kind.CARD)

    def __init__(self, main):
        super().__init__(main, tr("潜力客户培育计划"))
        self.manager = main.capabilities.can_manage
        self.plan_rows: list = []
        self.missing: list = []
        self.plan_dialog = None
        self.overdue = QCheckBox(tr("只看有逾期步骤的计划"), self)
        self.overdue.toggled.connect(self.reload)
        self.plans_table = make_table([tr("客户编号"), tr("客户名称"), tr("分类"), tr("培育目标"), tr("步骤"),
                                       tr("未完成"), tr("已逾期")], self)
        for col, width in enumerate((100, 220, 60, 300, 60, 60)):
            self.plans_table.setColumnWidth(col, width)
        self.plans_table.doubleClicked.connect(lambda idx: self._open(self.plans_table, idx.row()))
        self.missing_table = make_table([tr("客户编号"), tr("客户名称")], self)
        self.missing_table.setColumnWidth(0, 120)
        self.missing_table.doubleClicked.connect(lambda idx: self._open(self.missing_table, idx.row()))
        self.new_button = QPushButton(tr("新建培育计划…"), self)
        self.new_button.clicked.connect(self.new_plan)
        self.tabs = QTabWidget(self)
        page = QWidget(self)
        pl = QVBoxLayout(page)
        pl.addWidget(self.overdue)
        pl.addWidget(self.plans_table)
        self.tabs.addTab(page, tr("培育计划"))
        if self.manager:
            page2 = QWidget(self)
            ml = QVBoxLayout(page2)
            ml.addWidget(QLabel(tr("这些 B 类（潜力）客户还没有培育计划："), page2))
            ml.addWidget(self.missing_table)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.new_button)
            ml.addLayout(row)
            self.tabs.addTab(page2, tr("没有培育计划的 B 类客户"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)
        self.resize(1000, 560)
        self.reload()

    def reload(self) -> None:
        self.set_message(tr("正在读取…"))
        self.query(load_plans, self.actor, self.overdue.isChecked(), self.manager, success=self._show)

    def _show(self, result) -> None:
        self.plan_rows, self.missing = result
        fill_table(self.plans_table, [[p.code, p.customer, class_text(p.cls), p.goal, p.steps, p.open_steps,
                                       p.overdue_steps] for p in self.plan_rows], [p.code for p in self.plan_rows])
        fill_table(self.missing_table, [[code, name] for code, name in self.missing],
                   [code for code, _n in self.missing])
        if self.manager:
            self.tabs.setTabText(1, tr("没有培育计划的 B 类客户（%1）").replace("%1", str(len(self.missing))))
        self.set_message(tr("共 %1 个培育计划").replace("%1", str(len(self.plan_rows))))
        self.new_button.setEnabled(bool(self.missing))

    def _open(self, table, row: int) -> None:
        code = row_data(table, row)
        if code:
            self.open_code(code)

    def new_plan(self):
        from ui.value.plan_dialogs import PlanDialog

        row = self.missing_table.currentRow()
        if row < 0 and self.missing:
            row = 0
        if row < 0:
            return None
        code, name = self.missing[row]
        dlg = PlanDialog(self.actor, code, name, [], self)
        dlg.saved.connect(lambda _id: self.reload())
        self.plan_dialog = dlg
        dlg.open()
        return dlg
