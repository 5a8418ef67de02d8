"""导入调查结果…: choose an xlsx (one row per answer), 检查 (a dry run: every problem with its
row) and 导入 (all or nothing), or 下载模板…; the core reads and writes off the UI thread
(models.transfer.survey_import), with the customer import's safety rules."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.transfer import survey_import
from ui.operations import run_op
from ui.quality.common import error_text, open_dialog, save_dialog


class SurveyImportDialog(QDialog):
    checked = Signal(object)      # SurveyImportReport (dry run or import)

    def __init__(self, main):
        super().__init__(main)
        self.main = main
        self.report = None
        self.setWindowTitle(self.tr("导入满意度调查结果"))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("选择 Excel 文件（.xlsx），每行一个回答"))
        self.path.textChanged.connect(lambda _t: self._sync())
        browse = QPushButton(self.tr("选择文件…"), self)
        browse.clicked.connect(lambda: open_dialog(self, self.tr("选择调查结果文件"), self.tr("Excel 工作簿 (*.xlsx)"),
                                                   self.path.setText))
        self.template_button = QPushButton(self.tr("下载模板…"), self)
        self.template_button.clicked.connect(self.ask_template)
        self.check_button = QPushButton(self.tr("检查"), self)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        self.summary = QLabel(self.tr("必填列：客户编号、调查日期、渠道、问卷、指标、分数；可选：推荐意愿、客户意见、受访人、"
                                      "服务单号、调查序号。文件中任何一行有问题都不会导入任何数据。"), self)
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 4, self)
        self.problems.setHorizontalHeaderLabels([self.tr("行号"), self.tr("列"), self.tr("内容"), self.tr("问题")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        for b in (self.check_button, self.import_button, close):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.problems, 1)
        lay.addLayout(buttons)
        self.resize(820, 480)
        self._sync()

    def _sync(self) -> None:
        has = bool(self.path.text().strip())
        self.check_button.setEnabled(has)
        self.import_button.setEnabled(has)

    def ask_template(self) -> None:
        save_dialog(self, self.tr("保存导入模板"), self.tr("满意度调查导入模板.xlsx"), self.tr("Excel 工作簿 (*.xlsx)"),
                    self.write_template)

    def write_template(self, path: str) -> None:
        run_op(self, survey_import.write_template, self.main.actor, path,
               success=lambda p: self.summary.setText(self.tr("已保存模板：%1").replace("%1", p)),
               failure=lambda exc: self.summary.setText(error_text(exc)))

    def run(self, *, dry_run: bool) -> None:
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("正在检查…") if dry_run else self.tr("正在导入…"))
        run_op(self, survey_import.import_surveys, self.main.actor, self.path.text().strip(), dry_run=dry_run,
               success=self._done, failure=self._failed)

    def _done(self, report) -> None:
        self.report = report
        self._sync()
        self.summary.setText(report.summary())
        self.problems.setRowCount(len(report.problems))
        for r, p in enumerate(report.problems):
            for c, v in enumerate((str(p.row), p.column, p.value, p.message)):
                self.problems.setItem(r, c, QTableWidgetItem(v))
        if report.written:
            self.main.status(report.summary())
        self.checked.emit(report)

    def _failed(self, exc) -> None:
        self._sync()
        self.summary.setText(error_text(exc))
