"""问卷与指标 (managers, access.QUALITY_SETUP): the questionnaires — create, change (the core
keeps the old version with its answers and makes a new one current), see old versions — and
the settings beside them: the indicators, the low-score threshold, the periodic survey plan
by class and the return-visit delay after a resolved service record."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foundation.vocabulary import CLASSES
from models.quality import settings as quality_settings
from models.quality import templates
from models.service import return_visit
from ui.operations import run_op, run_query
from ui.quality.common import error_text, problems_of
from ui.widgets.form import ERROR_STYLE


def load_setup(actor, all_versions: bool):
    return (templates.list_templates(actor, all_versions=all_versions), quality_settings.get_settings(),
            return_visit.delay_days())


class TemplateDialog(QDialog):
    """A questionnaire: name, questions (text + indicator), the optional NPS question, and
    whether a low score creates the follow-up task by itself."""

    saved = Signal(object)      # TemplateInfo

    def __init__(self, parent, main, indicators, template=None):
        super().__init__(parent)
        self.main, self.template, self.indicators = main, template, list(indicators)
        self.setWindowTitle(self.tr("修改问卷") if template else self.tr("新建问卷"))
        self.name = QLineEdit(template.name if template else "", self)
        self.name.setReadOnly(template is not None)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("问题"), self.tr("指标")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("添加问题"), self)
        remove = QPushButton(self.tr("删除所选问题"), self)
        add.clicked.connect(lambda: self.add_question("", self.indicators[0] if self.indicators else ""))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.nps = QLineEdit(template.nps_question if template else "", self)
        self.nps.setPlaceholderText(self.tr("例如：您会向朋友推荐我们吗？（留空则不问推荐意愿）"))
        self.auto = QCheckBox(self.tr("低分时自动为负责客服创建跟进待办"), self)
        self.auto.setChecked(bool(template and template.auto_followup))
        for text, indicator in (template.questions if template else ()):
            self.add_question(text, indicator)
        if template is None:
            for indicator in self.indicators:
                self.add_question(self.tr("您对我们的%1满意吗？").replace("%1", indicator), indicator)
        note = QLabel(self.tr("保存后成为第 %1 版；已有的回答仍按原来的问题保存。").replace(
            "%1", str(template.version + 1)) if template else "", self)
        note.setVisible(template is not None)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("问卷名称"), self.name)
        form.addRow(self.tr("推荐意愿问题（0–10）"), self.nps)
        form.addRow("", self.auto)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("问题（每题 1–5 分，每个指标只问一次）"), self))
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(note)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.resize(680, 480)

    def add_question(self, text: str, indicator: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(text))
        box = QComboBox(self.table)
        for i in self.indicators:
            box.addItem(i, i)
        box.setCurrentIndex(max(0, box.findData(indicator)))
        self.table.setCellWidget(r, 1, box)

    def questions(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            out.append((item.text() if item else "", self.table.cellWidget(r, 1).currentData()))
        return out

    def submit(self) -> None:
        fn = templates.change_template if self.template else templates.add_template
        run_op(self, fn, self.main.actor, self.name.text(), self.questions(), nps_question=self.nps.text(),
               auto_followup=self.auto.isChecked(), success=self._done, failure=self._error)

    def _done(self, info) -> None:
        self.saved.emit(info)
        self.accept()

    def _error(self, exc) -> None:
        problems = problems_of(exc)
        self.message.setText("\n".join(p.message for p in problems) if problems else error_text(exc))


class TemplatesWindow(QWidget):
    loaded = Signal()

    def __init__(self, main):
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main = main
        self.infos: list = []
        self.settings = None
        self.dialog = None
        self.setWindowTitle(self.tr("问卷与指标"))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("问卷"), self.tr("版本"), self.tr("问题（指标）"),
                                              self.tr("推荐意愿"), self.tr("低分自动跟进")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.old_versions = QCheckBox(self.tr("显示旧版本"), self)
        self.old_versions.toggled.connect(lambda _c: self.reload())
        self.new_button = QPushButton(self.tr("新建问卷…"), self)
        self.edit_button = QPushButton(self.tr("修改（生成新版本）…"), self)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        bar = QHBoxLayout()
        for w in (self.new_button, self.edit_button, self.old_versions):
            bar.addWidget(w)
        bar.addStretch(1)
        # the settings
        self.indicator_list = QListWidget(self)
        self.new_indicator = QLineEdit(self)
        self.new_indicator.setPlaceholderText(self.tr("新指标名称"))
        add_indicator = QPushButton(self.tr("添加指标"), self)
        add_indicator.clicked.connect(self.add_indicator)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 4)
        self.threshold.setToolTip(self.tr("任何一题的分数小于或等于此值即为低分"))
        self.plan = {c: QSpinBox(self) for c in CLASSES}
        for box in self.plan.values():
            box.setRange(0, 60)
            box.setSuffix(self.tr(" 个月"))
            box.setSpecialValueText(self.tr("不按计划调查"))
        self.visit_days = QSpinBox(self)
        self.visit_days.setRange(0, 30)
        self.visit_days.setSuffix(self.tr(" 个工作日"))
        self.visit_days.setSpecialValueText(self.tr("不自动安排"))
        save = QPushButton(self.tr("保存设置"), self)
        save.clicked.connect(self.save_settings)
        box = QGroupBox(self.tr("指标与设置"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("满意度指标"), self.indicator_list)
        row = QHBoxLayout()
        row.addWidget(self.new_indicator, 1)
        row.addWidget(add_indicator)
        form.addRow("", row)
        form.addRow(self.tr("低分阈值（≤）"), self.threshold)
        for c, spin in self.plan.items():
            form.addRow(self.tr("%1 类客户调查周期").replace("%1", c), spin)
        form.addRow(self.tr("服务单解决后回访"), self.visit_days)
        form.addRow("", save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.table, 1)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(box)
        right.addWidget(self.message)
        right.addStretch(1)
        lay.addLayout(right, 2)
        self.resize(1180, 600)
        self.reload()

    def reload(self) -> None:
        run_query(self, load_setup, self.main.actor, self.old_versions.isChecked(), success=self._loaded,
                  failure=lambda exc: self.message.setText(error_text(exc)))

    def _loaded(self, result) -> None:
        self.infos, self.settings, days = result
        self.table.setRowCount(len(self.infos))
        for r, t in enumerate(self.infos):
            qs = "；".join(f"{text}（{ind}）" for text, ind in t.questions)
            for c, v in enumerate((t.name, self.tr("第 %1 版").replace("%1", str(t.version)), qs,
                                   t.nps_question or "—", self.tr("是") if t.auto_followup else self.tr("否"))):
                self.table.setItem(r, c, QTableWidgetItem(v))
        self.table.resizeColumnToContents(0)
        if self.infos:
            self.table.selectRow(0)
        self.edit_button.setEnabled(bool(self.infos))
        self.indicator_list.clear()
        self.indicator_list.addItems(list(self.settings.indicators))
        self.threshold.setValue(self.settings.low_threshold)
        for c, spin in self.plan.items():
            spin.setValue(int(self.settings.plan_months.get(c, 0)))
        self.visit_days.setValue(days)
        self.loaded.emit()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def edit(self, info) -> TemplateDialog | None:
        if self.settings is None:
            return None
        if info is not None:      # a change starts from the newest version (an old one shown too)
            info = max((t for t in self.infos if t.name == info.name), key=lambda t: t.version)
        self.dialog = TemplateDialog(self, self.main, self.settings.indicators, info)
        self.dialog.saved.connect(lambda _t: self.reload())
        self.dialog.open()
        return self.dialog

    def add_indicator(self) -> None:
        run_op(self, quality_settings.add_indicator, self.main.actor, self.new_indicator.text(),
               success=lambda _s: (self.new_indicator.clear(), self.reload()),
               failure=lambda exc: self.message.setText(error_text(exc)))

    def save_settings(self) -> None:
        run_op(self, save_settings, self.main.actor, self.threshold.value(),
               {c: s.value() for c, s in self.plan.items()}, self.visit_days.value(),
               success=lambda _r: (self.message.setText(self.tr("已保存设置")), self.reload()),
               failure=lambda exc: self.message.setText(error_text(exc)))


def save_settings(actor, threshold: int, plan: dict, visit_days: int) -> None:
    """Only what changed is written (each setting is its own audited change)."""
    current = quality_settings.get_settings()
    if threshold != current.low_threshold:
        quality_settings.set_low_threshold(actor, threshold)
    for c, months in plan.items():
        if months != current.plan_months.get(c):
            quality_settings.set_plan(actor, c, months)
    if visit_days != return_visit.delay_days():
        return_visit.set_delay_days(actor, visit_days)
