"""新建培育计划 and 添加步骤: small dialogs over models.value.plans (a step becomes a task on 今日)."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit

from models.foundation.errors import FieldProblem
from models.value import plans
from ui.dialogs.record_dialog import RecordDialog
from ui.value.common import tr


class PlanDialog(RecordDialog):
    """A plan on one customer: the goal and the decision-maker to win (one of the key people,
    or a name typed)."""

    def __init__(self, actor, code: str, name: str, people: list[str], parent=None):
        super().__init__(tr("新建培育计划"), lambda d: plans.add_plan(actor, code, d["goal"], d["decision_maker"]),
                         parent)
        self.main_layout.insertWidget(0, QLabel(tr("客户：%1 %2").replace("%1", code).replace("%2", name), self))
        self.goal = QLineEdit(self)
        self.goal.setPlaceholderText(tr("如：成为长期合作客户"))
        self.decision_maker = QComboBox(self)
        self.decision_maker.setEditable(True)
        self.decision_maker.addItem("")
        self.decision_maker.addItems(people)
        self.form.add_field("goal", tr("培育目标"), self.goal)
        self.form.add_field("decision_maker", tr("关键决策人"), self.decision_maker)
        self.setMinimumWidth(460)

    def collect(self):
        goal = self.goal.text().strip()
        return ({"goal": goal, "decision_maker": self.decision_maker.currentText().strip()},
                [] if goal else [FieldProblem("goal", tr("请填写培育目标"))])


class StepDialog(RecordDialog):
    """One step: what, by when, through which channel (拜访, 商务活动, 公司活动邀请, 方案/报价, 电话, 私人关系)."""

    def __init__(self, actor, plan_id: int, goal: str, parent=None):
        super().__init__(tr("添加培育步骤"), lambda d: plans.add_step(actor, plan_id, d["title"], d["due"],
                                                                     d["channel"]), parent)
        self.main_layout.insertWidget(0, QLabel(tr("培育目标：%1").replace("%1", goal), self))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(tr("如：拜访采购总监，介绍年度方案"))
        self.due = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.channel = QComboBox(self)
        self.channel.addItem(tr("（未指定）"), "")
        for ch in plans.CHANNELS:
            self.channel.addItem(ch, ch)
        self.form.add_field("title", tr("步骤"), self.title_edit)
        self.form.add_field("due", tr("完成期限"), self.due)
        self.form.add_field("channel", tr("方式"), self.channel)
        self.form.addRow("", QLabel(tr("步骤会作为待办出现在“今日”页，完成时写入第二页。"), self))
        self.setMinimumWidth(460)

    def collect(self):
        title = self.title_edit.text().strip()
        return ({"title": title, "due": self.due.date().toString("yyyy-MM-dd"),
                 "channel": self.channel.currentData() or ""},
                [] if title else [FieldProblem("title", tr("请填写步骤内容"))])
