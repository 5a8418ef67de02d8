"""导入 Excel: map columns → validate (problem list, save as xlsx) → duplicate choice → import."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports import xlsx_import
from models.transfer import importing
from ui.operations import run_op
from ui.vocabulary_tr import core_label


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


FIELD_CHOICES = [(f, names[0]) for f, names in xlsx_import.CUSTOMER_HEADERS.items()]


class ImportDialog(QDialog):
    """One dialog, three pages. Reports the final ImportReport through `finished_import`."""

    finished_import = Signal(object)

    def __init__(self, window, path: str):
        super().__init__(window)
        self.window, self.path = window, path
        self.report: importing.ImportReport | None = None
        self.task = None
        self.setWindowTitle(tr("导入 Excel — %1").replace("%1", path.rsplit("/", 1)[-1]))
        self.resize(760, 560)
        self.sheet = xlsx_import.preview_headers(path)   # refuses bad files before the dialog shows
        self.stack = QStackedWidget()
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._check_page())
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.back_button = QPushButton(tr("上一步"))
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.next_button = QPushButton(tr("检查数据"))
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button = QPushButton(tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.stack.currentChanged.connect(self._page_changed)
        self._page_changed(0)

    # ---- page 1: column mapping -------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(QLabel(tr("第 1 步：核对每一列对应的字段（按表头自动识别，可手动调整）。“客户名称”必须有。")))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(tr("<b>文件中的表头</b>")), 0, 0)
        grid.addWidget(QLabel(tr("<b>对应字段</b>")), 0, 1)
        self.combos: dict[str, QComboBox] = {}
        by_col = self.sheet.columns
        for i, header in enumerate(h for h in self.sheet.headers if h):
            combo = QComboBox()
            combo.addItem(tr("（忽略此列）"), "")
            for fld, label in FIELD_CHOICES:
                combo.addItem(core_label(label), fld)
            col_index = self.sheet.headers.index(header)
            guessed = by_col.get(col_index, "")
            combo.setCurrentIndex(max(0, combo.findData(guessed)))
            grid.addWidget(QLabel(header), i + 1, 0)
            grid.addWidget(combo, i + 1, 1)
            self.combos[header] = combo
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        col.addWidget(scroll, 1)
        return page

    def mapping(self) -> dict:
        return {h: (c.currentData() or None) for h, c in self.combos.items()}

    # ---- page 2: problems and the duplicate choice ----------------------------------------
    def _check_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(QLabel(tr("第 2 步：检查结果。有问题时不会导入任何数据，请修改文件后重新导入。")))
        self.problems = QTableWidget(0, 5)
        self.problems.setHorizontalHeaderLabels([tr("工作表"), tr("行号"), tr("列"), tr("内容"), tr("问题")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.problems, 1)
        self.save_problems_button = QPushButton(tr("保存问题清单…"))
        self.save_problems_button.clicked.connect(self.save_problems)
        col.addWidget(self.save_problems_button)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("遇到重复客户（同编号、同名或同电话）时：")))
        self.duplicate_group = QButtonGroup(self)
        for value in importing.DUPLICATE_CHOICES:
            button = QRadioButton(core_label(importing.DUPLICATE_LABELS[value]))
            button.setProperty("choice", value)
            self.duplicate_group.addButton(button)
            row.addWidget(button)
            if value == "skip":
                button.setChecked(True)
        row.addStretch(1)
        col.addLayout(row)
        return page

    def on_duplicate(self) -> str:
        return self.duplicate_group.checkedButton().property("choice")

    def _page_changed(self, index: int) -> None:
        self.back_button.setEnabled(index == 1)
        self.next_button.setText(tr("检查数据") if index == 0 else tr("开始导入"))
        self.next_button.setEnabled(index == 0 or bool(self.report and self.report.ok))

    # ---- steps ------------------------------------------------------------------------------
    def next_step(self) -> None:
        if self.stack.currentIndex() == 0:
            self._run(dry_run=True)
        else:   # check again with today's 重复时 choice, then say what the import will write
            self._confirm_after_check = True
            self._run(dry_run=True)

    def _confirm_import(self, r) -> None:
        """The check's counts; the import runs only on 导入 (取消 is the default)."""
        from ui.widgets.confirm import confirm_box

        self.confirm = confirm_box(self, tr("开始导入"), tr(
            "将导入 %1 行：新建 %2 位客户，更新 %3 位，跳过 %4 位；"
            "另写入联系人 %5 位、合作项目 %6 项、重要事项 %7 条。")
            .replace("%1", str(r.rows)).replace("%2", str(r.created))
            .replace("%3", str(r.updated)).replace("%4", str(r.skipped))
            .replace("%5", str(r.contacts)).replace("%6", str(r.projects))
            .replace("%7", str(r.events)), tr("导入"), lambda: self._run(dry_run=False))

    def _run(self, *, dry_run: bool) -> None:
        self.next_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status_label.setText(tr("正在检查…") if dry_run else tr("正在导入…"))
        self.task = run_op(
            self, importing.import_xlsx, self.window.actor, self.path, on_duplicate=self.on_duplicate(),
            dry_run=dry_run, mapping=self.mapping(),
            success=lambda r: self._checked(r) if dry_run else self._imported(r),
            failure=self._failed, progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _failed(self, exc) -> None:
        self.task = None
        self.bar.hide()
        self._page_changed(self.stack.currentIndex())
        box = self.window.show_error(exc)   # words it once (a crash report for a bug)
        self.status_label.setText(box.text())

    def _checked(self, report) -> None:
        self.task = None
        self.bar.hide()
        self.report = report
        self.problems.setRowCount(len(report.problems))
        for r, values in enumerate(importing.problem_rows(report)):
            for c, value in enumerate(values):
                self.problems.setItem(r, c, QTableWidgetItem(value))
        self.problems.resizeColumnsToContents()
        self.save_problems_button.setEnabled(bool(report.problems))
        dups = (tr("；发现重复 %1 处").replace("%1", str(len(report.duplicates)))
                if report.duplicates else "")
        self.status_label.setText(report.summary() + dups)
        self.stack.setCurrentIndex(1)
        self._page_changed(1)
        if getattr(self, "_confirm_after_check", False):
            self._confirm_after_check = False
            if report.ok:
                self._confirm_import(report)

    def _imported(self, report) -> None:
        self.task = None
        self.bar.hide()
        self.report = report
        self.status_label.setText(report.summary())
        if report.written:   # the list heard of it from the import's changes
            self.window.status(report.summary())
            self.next_button.setEnabled(False)
            self.cancel_button.setText(tr("完成"))
            self.finished_import.emit(report)
        else:
            self._checked(report)

    def save_problems(self) -> None:
        from ui import exports

        path = exports.ask_save_path(self, tr("保存问题清单"), tr("导入问题清单.xlsx"), tr("Excel 工作簿 (*.xlsx)"))
        if path and self.report:
            importing.save_problems(self.report, path)
            self.status_label.setText(tr("问题清单已保存：%1").replace("%1", path))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.reject()
