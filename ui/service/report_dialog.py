"""服务报告 (managers): a date range → the figures in a table, the counts by kind as a bar
chart (ui/widgets/charts.py), and 导出 Excel (the core's
report workbook through produce_file)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.service import printing, report
from ui.service.common import error_text, label
from ui.widgets.charts import BarChart


def _pct(v) -> str:
    return "—" if v is None else f"{v * 100:.1f}%"


def _hours(v) -> str:
    return "—" if v is None else f"{v:.1f}"


class ReportDialog(QDialog):
    shown = Signal(object)      # the ServiceReport on screen
    exported = Signal(str)

    def __init__(self, main):
        super().__init__(main)
        self.main = main
        self.report = None
        self.setWindowTitle(self.tr("服务报告"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.date_to = QDateEdit(today, self)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.run_button = QPushButton(self.tr("统计"), self)
        self.run_button.clicked.connect(self.run)
        self.run_button.setDefault(True)      # Enter in a date field runs the report; Esc closes
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.export_button.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("受理日期"), self), self.date_from, QLabel("—", self), self.date_to,
                  self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("指标"), self.tr("数值")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chart = BarChart(self)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([420, 380])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        self.resize(900, 560)

    def period(self) -> tuple[dt.date, dt.date]:
        return (dt.date.fromisoformat(self.date_from.date().toString("yyyy-MM-dd")),
                dt.date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd")))

    def run(self) -> None:
        self.message.setText(self.tr("正在统计…"))
        self.main.tasks.run(report.service_report, self.main.actor, *self.period(), on_done=self.show_report,
                            on_error=lambda exc: self.message.setText(error_text(exc)))

    def rows(self, rep) -> list[tuple[str, str]]:
        def counts(d):
            return "，".join(f"{label(k)} {n}" for k, n in sorted(d.items(), key=lambda kv: -kv[1])) or "—"

        out = [(self.tr("服务单"), str(rep.total)), (self.tr("按类型"), counts(rep.by_kind)),
               (self.tr("按投诉类别"), counts(rep.by_category)), (self.tr("按严重程度"), counts(rep.by_severity)),
               (self.tr("按责任部门"), counts(rep.by_dept)),
               (self.tr("有效投诉占比"), _pct(rep.justified_share) + self.tr("（已判断 %1）").replace("%1", str(rep.judged))),
               (self.tr("首次响应中位数（工作小时）"), _hours(rep.response_median)),
               (self.tr("首次响应 P90（工作小时）"), _hours(rep.response_p90)),
               (self.tr("解决用时中位数（工作小时）"), _hours(rep.resolution_median)),
               (self.tr("解决用时 P90（工作小时）"), _hours(rep.resolution_p90)),
               (self.tr("按期解决"), _pct(rep.on_time_share) + self.tr("（已解决 %1）").replace("%1", str(rep.resolved))),
               (self.tr("一次解决率"), _pct(rep.first_contact_share)),
               (self.tr("平均满意度"), "—" if rep.satisfaction_mean is None else f"{rep.satisfaction_mean:.2f}")]
        for code, name, n in rep.repeat_complainants:
            out.append((self.tr("重复投诉"), f"{code} {name}：{n}"))
        return out

    def show_report(self, rep) -> None:
        self.report = rep
        self.message.setText("")
        rows = self.rows(rep)
        self.table.setRowCount(len(rows))
        for i, (name, value) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(value))
        self.chart.set_bars(self.tr("按类型"), [(label(k), n) for k, n in
                                                sorted(rep.by_kind.items(), key=lambda kv: -kv[1])])
        self.export_button.setEnabled(True)
        self.shown.emit(rep)

    def ask_export(self) -> None:
        start, end = self.period()
        dlg = QFileDialog(self, self.tr("导出服务报告"), self.tr("服务报告_%1_%2.xlsx").replace("%1", str(start)).replace("%2", str(end)),
                          self.tr("Excel 工作簿 (*.xlsx)"))
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.fileSelected.connect(self.export_to)
        self.file_dialog = dlg
        dlg.open()

    def export_to(self, path: str) -> None:
        self.main.tasks.run(printing.export_report, self.main.actor, *self.period(), path,
                            on_done=lambda res: self._exported(str(res[0])),
                            on_error=lambda exc: self.message.setText(error_text(exc)))

    def _exported(self, path: str) -> None:
        self.message.setText(self.tr("已导出：%1").replace("%1", path))
        self.exported.emit(path)
