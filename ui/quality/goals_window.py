"""服务目标 (持续改进): per monitoring period, each goal's target vs the actual measured from the
archive, 达成 / 未达成, and the selected goal's trend over its last six periods (target dashed).
Managers (access.QUALITY_SETUP) add, change and retire goals; the window is for those with
access.QUALITY_REPORT."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foundation.vocabulary import GOAL_PERIODS
from models.quality import goals
from ui.operations import run_op, run_query
from ui.quality.common import error_text, month_text, num, problems_of
from ui.widgets.charts import LineChart
from ui.widgets.form import ERROR_STYLE, ErrorForm

MET, NOT_MET = QColor("#1e7b34"), QColor("#b00020")


def load_goals(actor, period: str):
    return goals.goals_for(actor, period), goals.metric_choices()


class GoalDialog(QDialog):
    """新增 or 修改 a goal: metric (fixed when changing), target, unit, period."""

    saved = Signal(int)

    def __init__(self, parent, main, choices, goal=None):
        super().__init__(parent)
        self.main, self.goal = main, goal
        self.setWindowTitle(self.tr("修改服务目标") if goal else self.tr("新增服务目标"))
        self.metric_box = QComboBox(self)
        for key, text in choices:
            self.metric_box.addItem(text, key)
        self.target = QDoubleSpinBox(self)
        self.target.setRange(-100.0, 100000.0)
        self.target.setDecimals(1)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("留空则用指标的默认单位"))
        self.period = QComboBox(self)
        for key, text in zip(GOAL_PERIODS, (self.tr("每月"), self.tr("每季度")), strict=True):
            self.period.addItem(text, key)
        self.form = ErrorForm()
        self.form.add_field("metric", self.tr("指标"), self.metric_box)
        self.form.add_field("target", self.tr("目标值"), self.target)
        self.form.add_field("unit", self.tr("单位"), self.unit)
        self.form.add_field("period", self.tr("监测周期"), self.period)
        if goal is not None:
            self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(goal.metric)))
            self.metric_box.setEnabled(False)
            self.target.setValue(goal.target)
            self.unit.setText(goal.unit)
            self.period.setCurrentIndex(max(0, self.period.findData(goal.period)))
        else:
            self.target.setValue(90.0)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        body = QWidget(self)
        body.setLayout(self.form)
        lay = QVBoxLayout(self)
        lay.addWidget(body)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def submit(self) -> None:
        actor = self.main.actor
        if self.goal is None:
            run_op(self, goals.add_goal, actor, self.metric_box.currentData(), self.target.value(),
                   unit=self.unit.text(), period=self.period.currentData(), success=self._done, failure=self._error)
        else:
            run_op(self, goals.change_goal, actor, self.goal.id, self.target.value(), unit=self.unit.text(),
                   period=self.period.currentData(), success=self._done, failure=self._error)

    def _done(self, goal_id: int) -> None:
        self.saved.emit(goal_id)
        self.accept()

    def _error(self, exc) -> None:
        problems = problems_of(exc)
        rest = self.form.show_problems(problems) if problems else [error_text(exc)]
        self.message.setText("\n".join(rest))


class GoalsWindow(QWidget):
    shown = Signal(object)          # list[GoalStatus]
    trend_shown = Signal(object)

    def __init__(self, main, *, may_edit: bool):
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main, self.may_edit = main, may_edit
        self.statuses: list = []
        self.choices: list = []
        self.dialog = None
        self.setWindowTitle(self.tr("服务目标"))
        self.month = QDateEdit(QDate.currentDate(), self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.add_button = QPushButton(self.tr("新增目标…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.retire_button = QPushButton(self.tr("停用"), self)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.retire_button.clicked.connect(self.retire)
        for b in (self.add_button, self.edit_button, self.retire_button):
            b.setVisible(may_edit)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("监测期间"), self))
        bar.addWidget(self.month)
        bar.addStretch(1)
        for b in (self.add_button, self.edit_button, self.retire_button):
            bar.addWidget(b)
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("指标"), self.tr("目标"), self.tr("实际"), self.tr("单位"),
                                              self.tr("周期"), self.tr("结果")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.trend = LineChart(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.trend)
        split.setSizes([300, 260])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)
        self.resize(900, 640)
        self.reload()

    def period(self) -> str:
        return month_text(self.month.date())

    def reload(self) -> None:
        self.summary.setText(self.tr("正在计算…"))
        run_query(self, load_goals, self.main.actor, self.period(), success=self._loaded,
                  failure=lambda exc: self.summary.setText(error_text(exc)))

    def _loaded(self, both) -> None:
        self.statuses, self.choices = both
        period_names = {"month": self.tr("每月"), "quarter": self.tr("每季度")}
        self.table.setRowCount(len(self.statuses))
        for r, g in enumerate(self.statuses):
            values = (goals.metric_label(g.metric), f"{g.target:g}", num(g.actual), g.unit,
                      period_names.get(g.period, g.period), self.tr("达成") if g.met else self.tr("未达成"))
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if c in (1, 2):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 5:
                    cell.setForeground(MET if g.met else NOT_MET)
                self.table.setItem(r, c, cell)
        met = sum(1 for g in self.statuses if g.met)
        self.summary.setText(self.tr("%1：%2 个目标，达成 %3 个，未达成 %4 个").replace("%1", self.period())
                             .replace("%2", str(len(self.statuses))).replace("%3", str(met))
                             .replace("%4", str(len(self.statuses) - met)) if self.statuses
                             else self.tr("还没有服务目标") + (self.tr("：点“新增目标…”设定") if self.may_edit else ""))
        if self.statuses:
            self.table.selectRow(0)
        else:
            self.trend.set_points("", [])
        self._selected_changed()
        self.shown.emit(self.statuses)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.statuses[rows[0].row()] if rows and rows[0].row() < len(self.statuses) else None

    def _selected_changed(self) -> None:
        g = self.selected()
        self.edit_button.setEnabled(g is not None)
        self.retire_button.setEnabled(g is not None)
        if g is not None:
            run_query(self, goals.goal_trend, self.main.actor, g.id, self.period(),
                      success=lambda pts, goal=g: self._trend(goal, pts),
                      failure=lambda exc: self.summary.setText(error_text(exc)))

    def _trend(self, g, points) -> None:
        if self.selected() is not g:
            return
        self.trend.set_points(self.tr("%1 趋势（虚线为目标 %2）").replace("%1", goals.metric_label(g.metric))
                              .replace("%2", f"{g.target:g}{g.unit}"),
                              [(label, value) for label, value, _met in points], target=g.target,
                              **({"low": 0.0, "high": 100.0} if g.unit == "%" and g.target <= 100 else {}))
        self.trend_shown.emit(points)

    def edit(self, goal) -> GoalDialog:
        self.dialog = GoalDialog(self, self.main, self.choices, goal)
        self.dialog.saved.connect(lambda _id: self.reload())
        self.dialog.open()
        return self.dialog

    def retire(self) -> None:
        g = self.selected()
        if g is not None:
            run_op(self, goals.retire_goal, self.main.actor, g.id, success=lambda _id: self.reload(),
                   failure=self.main.show_error)
