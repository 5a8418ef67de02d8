"""月度服务报告…: a month and a format (PDF to print, or a workbook), a save-file dialog, then
the core writes it off the UI thread (monthly.write_report through produce_file: audited,
nothing left half-written)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from models.quality import monthly
from ui.operations import run_op
from ui.quality.common import error_text, month_text, save_dialog


class MonthlyReportDialog(QDialog):
    produced = Signal(str)
    failed = Signal(object)

    def __init__(self, main):
        super().__init__(main)
        self.main = main
        self.setWindowTitle(self.tr("月度服务报告"))
        last = QDate.currentDate().addMonths(-1)
        self.month = QDateEdit(QDate(last.year(), last.month(), 1), self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.pdf = QRadioButton(self.tr("PDF（打印用，含图表）"), self)
        self.xlsx = QRadioButton(self.tr("Excel 工作簿"), self)
        self.pdf.setChecked(True)
        self.message = QLabel(self.tr("内容：服务目标与实际、满意度、服务单、问候与活动、待核实名片、各客服工作量。"), self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("生成…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("月份"), self.month)
        form.addRow(self.tr("格式"), self.pdf)
        form.addRow("", self.xlsx)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.resize(460, 220)

    def suffix(self) -> str:
        return ".pdf" if self.pdf.isChecked() else ".xlsx"

    def ask_file(self) -> None:
        month = month_text(self.month.date())
        filters = self.tr("PDF 文件 (*.pdf)") if self.pdf.isChecked() else self.tr("Excel 工作簿 (*.xlsx)")
        save_dialog(self, self.tr("保存月度服务报告"), self.tr("月度服务报告_%1").replace("%1", month) + self.suffix(),
                    filters, self.produce)

    def produce(self, path: str) -> None:
        if not path.lower().endswith(self.suffix()):
            path += self.suffix()
        self.ok.setEnabled(False)
        self.message.setText(self.tr("正在生成…"))
        run_op(self, monthly.write_report, self.main.actor, month_text(self.month.date()), path,
               success=self._done, failure=self._failed)

    def _done(self, path: str) -> None:
        self.ok.setEnabled(True)
        self.message.setText(self.tr("已生成：%1").replace("%1", path))
        self.produced.emit(path)

    def _failed(self, exc) -> None:
        self.ok.setEnabled(True)
        self.message.setText(error_text(exc))
        self.failed.emit(exc)
