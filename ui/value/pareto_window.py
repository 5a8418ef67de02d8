"""80/20 分析: the Pareto chart for a period (months) and a custodian, its headline, the ranked
customers, and 导出 Excel / PDF through the core's export (models.value.pareto.export_pareto:
a native Excel chart, one PDF page, produce_file and an audit entry). Managers choose the whole
department or one custodian; everyone else sees the customers they may open — the core
decides (access.visible_condition)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
)

from models.accounts import staff
from models.foundation.changes import Kind
from models.rules import access
from models.value import pareto
from ui.operations import run_query
from ui.value.common import ValueWindow, error_text, make_view, tr
from ui.value.pareto_chart import ParetoChart


class ParetoWindow(ValueWindow):
    KINDS = (Kind.CUSTOMERS, Kind.CARD)
    exported_to = None

    def __init__(self, main):
        super().__init__(main, tr("80/20 分析"))
        self.view = None
        self.manager = main.capabilities.can_manage
        self.months = QSpinBox(self)
        self.months.setRange(1, 240)
        self.months.setValue(12)
        self.months.setSuffix(tr(" 个月"))
        self.months.setPrefix(tr("近 "))
        self.owner = QComboBox(self)
        self.owner.addItem(tr("全部门") if self.manager else tr("我可查看的客户"), "")
        self.owner.setEnabled(self.manager)
        self.owner.setMinimumWidth(180)
        self.run_button = QPushButton(tr("统计"), self)
        self.run_button.clicked.connect(self.reload)
        self.months.valueChanged.connect(self.reload)
        self.owner.currentIndexChanged.connect(self.reload)
        self.xlsx_button = QPushButton(tr("导出 Excel…"), self)
        self.xlsx_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        self.pdf_button = QPushButton(tr("导出 PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.scope = QLabel(self)
        self.scope.setStyleSheet("color: #555")
        self.chart = ParetoChart(self)
        self.table, self.model = make_view([tr("排名"), tr("客户编号"), tr("客户名称"), tr("合作金额（元）"),
                                            tr("累计占比")], self)
        for col, width in enumerate((44, 84, 170, 112)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._open_row)
        bar = QHBoxLayout()
        for w in (QLabel(tr("统计期间"), self), self.months, QLabel(tr("负责客服"), self), self.owner,
                  self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        split = QSplitter(self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 520])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.headline)
        lay.addWidget(self.scope)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        self.resize(1280, 680)
        self.file_dialog = None
        if self.manager:
            run_query(self, staff.list_users, self.actor, success=self._set_staff,
                      failure=lambda exc: self.set_message(error_text(exc), error=True))
        self.reload()

    def _set_staff(self, people) -> None:
        self.owner.blockSignals(True)
        for s in people:
            if access.may_hold_custody(s) and s.status == "active":
                self.owner.addItem(s.label, s.username)
        self.owner.blockSignals(False)

    def choice(self) -> dict:
        return {"months": self.months.value(), "owner": self.owner.currentData() or None}

    def reload(self) -> None:
        self.set_message(tr("正在统计…"))
        self.query(pareto.pareto, self.actor, **self.choice(), success=self.show_view)

    def show_view(self, view) -> None:
        self.view = view
        self.headline.setText(view.headline)
        self.scope.setText(tr("%1 · %2 至 %3 · 客户 %4 位（有合作金额 %5 位）· 合计 ¥%6")
                           .replace("%1", view.scope).replace("%2", f"{view.date_from:%Y-%m-%d}")
                           .replace("%3", f"{view.date_to:%Y-%m-%d}").replace("%4", str(view.customers))
                           .replace("%5", str(len(view.rows))).replace("%6", f"{view.total:,.2f}"))
        self.chart.set_view(view)
        self.model.set_rows([[r.rank, r.code, r.name, f"{r.amount:,.2f}", f"{r.cumulative_pct:.1f}%"]
                             for r in view.rows], list(view.rows))
        self.set_message("")

    def _open_row(self, index) -> None:
        row = self.model.objects[index.row()] if index.isValid() else None
        if row is not None:
            self.open_code(row.code)

    def ask_export(self, suffix: str):
        name = tr("二八分析_近%1个月").replace("%1", str(self.months.value())) + suffix
        kinds = tr("Excel 工作簿 (*.xlsx)") if suffix == ".xlsx" else tr("PDF 文件 (*.pdf)")
        dlg = QFileDialog(self, tr("导出 80/20 分析"), name, kinds)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setDefaultSuffix(suffix[1:])
        dlg.fileSelected.connect(self.export_to)
        self.file_dialog = dlg
        dlg.open()
        return dlg

    def export_to(self, path: str) -> None:
        self.set_message(tr("正在导出…"))
        self.act(pareto.export_pareto, self.actor, path, **self.choice(), success=self._exported)

    def _exported(self, result) -> None:
        path, _view = result
        self.exported_to = str(path)
        self.set_message(tr("已导出：%1").replace("%1", str(path)))
