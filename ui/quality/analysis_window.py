"""满意度分析: a period, grouped by indicator / class / custodian / industry / month → a table of
responses, average, CSAT and NPS, a bar chart of CSAT per group, the month-by-month trend,
the lowest-scoring customers (double-click opens the card), and 导出 Excel. Every figure is
the core's (analysis.satisfaction: only the cards the user may open)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.quality import analysis, analysis_file
from ui.operations import run_op, run_query
from ui.quality.common import error_text, num, to_date
from ui.widgets.charts import BarChart, LineChart

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def load_analysis(actor, date_from: dt.date, date_to: dt.date, by: str):
    """The grouped figures and the monthly trend (one worker call)."""
    result = analysis.satisfaction(actor, date_from, date_to, by=by)
    trend = result if by == "month" else analysis.satisfaction(actor, date_from, date_to, by="month")
    return result, trend


def _table(parent, headers) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headers)):
        t.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(table: QTableWidget, rows) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            cell = QTableWidgetItem(str(v))
            if c:
                cell.setTextAlignment(RIGHT)
            table.setItem(r, c, cell)


class AnalysisWindow(QWidget):
    shown = Signal(object)       # the Satisfaction on screen
    exported = Signal(str)

    def __init__(self, main):
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main = main
        self.result = None
        self.setWindowTitle(self.tr("满意度分析"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1), self)
        self.date_to = QDateEdit(today, self)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.quick = QComboBox(self)
        for text, key in ((self.tr("快速选择…"), ""), (self.tr("本月"), "month"), (self.tr("上月"), "last"),
                          (self.tr("本季度"), "quarter"), (self.tr("今年"), "year"), (self.tr("近 12 个月"), "12")):
            self.quick.addItem(text, key)
        self.quick.activated.connect(self._quick)
        self.by = QComboBox(self)
        self.group_names = {"indicator": self.tr("指标"), "class": self.tr("客户分类"),
                            "custodian": self.tr("负责客服"), "industry": self.tr("行业"), "month": self.tr("月份")}
        for key in analysis.GROUPINGS:
            self.by.addItem(self.group_names[key], key)
        self.run_button = QPushButton(self.tr("统计"), self)
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_export)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("调查日期"), self), self.date_from, QLabel("—", self), self.date_to, self.quick,
                  QLabel(self.tr("分组"), self), self.by, self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = _table(self, [self.tr("分组"), self.tr("调查数"), self.tr("平均分"), self.tr("CSAT"), self.tr("NPS")])
        self.table.horizontalHeaderItem(4).setToolTip(self.tr("NPS：推荐者（9–10 分）占比减去贬损者（0–6 分）占比"))
        self.table.horizontalHeaderItem(3).setToolTip(self.tr("CSAT：4、5 分的回答占全部回答的百分比"))
        self.lowest = _table(self, [self.tr("客户"), self.tr("平均分")])
        self.lowest.itemDoubleClicked.connect(self._open_lowest)
        self.lowest.setToolTip(self.tr("双击打开客户卡"))
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 3)
        ll.addWidget(QLabel(self.tr("评分最低的客户（平均分）"), left))
        ll.addWidget(self.lowest, 2)
        self.bars = BarChart(self)
        self.trend = LineChart(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.bars)
        right.addWidget(self.trend)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 640])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.summary)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        self.resize(1280, 700)
        self.run()

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.date_from.date()), to_date(self.date_to.date())

    def _quick(self) -> None:
        key, today = self.quick.currentData(), QDate.currentDate()
        first = QDate(today.year(), today.month(), 1)
        ranges = {"month": (first, today), "last": (first.addMonths(-1), first.addDays(-1)),
                  "quarter": (QDate(today.year(), 3 * ((today.month() - 1) // 3) + 1, 1), today),
                  "year": (QDate(today.year(), 1, 1), today), "12": (first.addMonths(-11), today)}
        if key in ranges:
            self.date_from.setDate(ranges[key][0])
            self.date_to.setDate(ranges[key][1])
            self.run()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def run(self) -> None:
        self._say(self.tr("正在统计…"))
        self.run_button.setEnabled(False)
        run_query(self, load_analysis, self.main.actor, *self.period(), self.by.currentData(),
                  success=self.show_result, failure=self._failed)

    def _failed(self, exc) -> None:
        self.run_button.setEnabled(True)
        self._say(error_text(exc))

    def show_result(self, both) -> None:
        result, trend = both
        self.result = result
        self.run_button.setEnabled(True)
        self._say("" if result.rows else self.tr("这段时间没有您可以查看的调查结果"))
        by = self.by.currentData()
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(self.group_names[by]))
        self.table.setHorizontalHeaderItem(1, QTableWidgetItem(self.tr("回答数") if by == "indicator"
                                                               else self.tr("调查数")))
        rows = [(r.group, r.responses, num(r.average), num(r.csat, "%"), num(r.nps)) for r in result.rows]
        if result.rows:
            t = result.total
            rows.append((self.tr("合计（调查 %1 次）").replace("%1", str(t.responses)), "", num(t.average),
                         num(t.csat, "%"), num(t.nps)))
        _fill(self.table, rows)
        if result.rows:
            last = self.table.rowCount() - 1
            for c in range(self.table.columnCount()):
                f = self.table.item(last, c).font()
                f.setBold(True)
                self.table.item(last, c).setFont(f)
        _fill(self.lowest, [(f"{code}  {name}", num(avg)) for code, name, avg in result.lowest])
        for r, (code, _n, _a) in enumerate(result.lowest):
            self.lowest.item(r, 0).setData(Qt.ItemDataRole.UserRole, code)
        nps = self.tr("NPS %1").replace("%1", num(result.nps)) if result.nps is not None else self.tr("NPS —（未问推荐意愿）")
        self.summary.setText(self.tr("共 %1 次调查 · 平均 %2 分 · CSAT %3 · %4")
                             .replace("%1", str(result.total.responses)).replace("%2", num(result.total.average))
                             .replace("%3", num(result.total.csat, "%")).replace("%4", nps))
        self.bars.set_bars(self.tr("CSAT（%）按%1").replace("%1", self.group_names[by]),
                           [(r.group, r.csat) for r in result.rows], maximum=100.0)
        self.trend.set_points(self.tr("满意度趋势（CSAT %，按月）"), [(r.group, r.csat) for r in trend.rows],
                              low=0.0, high=100.0)
        self.export_button.setEnabled(bool(result.rows))
        self.shown.emit(result)

    def _open_lowest(self, item) -> None:
        code = self.lowest.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if code:
            run_query(self, _customer_id, self.main.actor, code, success=self.main.open_card,
                      failure=self.main.show_error)

    def ask_export(self) -> None:
        from ui.quality.common import save_dialog

        start, end = self.period()
        save_dialog(self, self.tr("导出满意度分析"),
                    self.tr("满意度分析_%1_%2.xlsx").replace("%1", str(start)).replace("%2", str(end)),
                    self.tr("Excel 工作簿 (*.xlsx)"), self.export_to)

    def export_to(self, path: str) -> None:
        self._say(self.tr("正在导出…"))
        run_op(self, analysis_file.export_analysis, self.main.actor, *self.period(), self.by.currentData(), path,
               success=self._exported, failure=self._failed)

    def _exported(self, path: str) -> None:
        self._say(self.tr("已导出：%1").replace("%1", path))
        self.exported.emit(path)


def _customer_id(actor, code: str) -> int:
    from models.archive import customers

    return customers.get_card(actor, code, audit_view=False).id
