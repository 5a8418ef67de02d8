"""The small dialogs of a record's actions: 判断, 指派, 处理, 回访, 重新打开. Each emits
`submitted(dict)` (the core call's keyword arguments) and stays open until the record
window calls `succeeded()`, or shows the core's problems under their fields."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.foundation.vocabulary import (
    COMPLAINT_CATEGORIES,
    SATISFACTION_LABELS,
    VERDICT_LABELS,
    VERDICTS,
)
from ui.service.common import (
    HANDLING,
    SOLVED,
    STEP_STATUSES,
    WAITING,
    error_text,
    label,
    problems_of,
)
from ui.widgets.form import ERROR_STYLE, ErrorForm


def _text(parent, height: int = 72) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setFixedHeight(height)
    return edit


class ActionDialog(QDialog):
    submitted = Signal(dict)

    def __init__(self, title: str, ok_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = ErrorForm()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        body = QWidget(self)
        body.setLayout(self.form)
        lay = QVBoxLayout(self)
        lay.addWidget(body)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict:
        raise NotImplementedError

    def _submit(self) -> None:
        self.form.clear_errors()
        self.message.hide()
        self.ok.setEnabled(False)
        self.submitted.emit(self.values())

    def succeeded(self) -> None:
        self.ok.setEnabled(True)
        self.accept()

    def show_error(self, exc) -> None:
        self.ok.setEnabled(True)
        problems = problems_of(exc)
        rest = self.form.show_problems(problems) if problems else [error_text(exc)]
        if rest:
            self.message.setText("\n".join(rest))
            self.message.show()


class JudgeDialog(ActionDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("投诉判断"), self.tr("判断"), parent)
        self.verdict = QComboBox(self)
        for v in VERDICTS:
            self.verdict.addItem(label(VERDICT_LABELS[v]), v)
        self.reason = _text(self)
        self.category = QComboBox(self)
        self.category.addItem("", "")
        for c in COMPLAINT_CATEGORIES:
            self.category.addItem(label(c), c)
        self.dept = QLineEdit(self)
        self.form.add_field("verdict", self.tr("是否有效"), self.verdict)
        self.form.add_field("reason", self.tr("判断理由"), self.reason)
        self.form.add_field("category", self.tr("投诉类别"), self.category)
        self.form.add_field("dept", self.tr("责任部门"), self.dept)

    def values(self) -> dict:
        return {"verdict": self.verdict.currentData(), "reason": self.reason.toPlainText(),
                "category": self.category.currentData(), "dept": self.dept.text()}


class AssignDialog(ActionDialog):
    def __init__(self, people, current: str, parent=None):
        super().__init__(self.tr("指派处理人"), self.tr("指派"), parent)
        self.to = QComboBox(self)
        for p in people:
            self.to.addItem(p.label, p.username)
        self.to.setCurrentIndex(max(0, self.to.findData(current)))
        self.form.add_field("to", self.tr("处理人"), self.to, "assignee")

    def values(self) -> dict:
        return {"to": self.to.currentData()}


class StepDialog(ActionDialog):
    STATUSES = STEP_STATUSES

    def __init__(self, is_complaint: bool, parent=None, status: str = HANDLING):
        super().__init__(self.tr("处理"), self.tr("保存"), parent)
        self.is_complaint = is_complaint
        self.status = QComboBox(self)
        for s in self.STATUSES:
            self.status.addItem(label(s), s)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.note = _text(self, 90)
        self.corrective = _text(self, 56)
        self.preventive = _text(self, 56)
        self.form.add_field("status", self.tr("处理状态"), self.status, "verdict")
        self.note_row = self.form.add_field("note", self.tr("处理情况"), self.note)
        self.rows = (self.form.add_field("corrective", self.tr("纠正措施"), self.corrective),
                     self.form.add_field("preventive", self.tr("预防措施"), self.preventive))
        self.hint = QLabel(self.tr("待客户：等待客户期间不计时"), self)
        self.hint.setStyleSheet("color: #555")
        self.layout().insertWidget(1, self.hint)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        solved = self.status.currentData() == SOLVED
        for row in self.rows:
            self.form.setRowVisible(row, solved and self.is_complaint)
        self.form.labelForField(self.note_row).setText(self.tr("处理结果") if solved else self.tr("处理情况"))
        self.hint.setVisible(self.status.currentData() == WAITING)

    def values(self) -> dict:
        out = {"status": self.status.currentData(), "note": self.note.toPlainText()}
        if out["status"] == SOLVED and self.is_complaint:
            out.update(corrective=self.corrective.toPlainText(), preventive=self.preventive.toPlainText())
        return out


class FeedbackDialog(ActionDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("回访"), self.tr("记录回访"), parent)
        self.told = _text(self, 90)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(self.tr("（请选择）"), 0)
        for score, text in sorted(SATISFACTION_LABELS.items()):
            self.satisfaction.addItem(f"{score} {label(text)}", score)
        self.form.add_field("told", self.tr("告知客户的结果"), self.told)
        self.form.add_field("satisfaction", self.tr("客户满意度"), self.satisfaction)

    def values(self) -> dict:
        return {"told": self.told.toPlainText(), "satisfaction": self.satisfaction.currentData()}


class ReopenDialog(ActionDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("重新打开"), self.tr("重新打开"), parent)
        self.reason = _text(self)
        self.form.add_field("reason", self.tr("原因"), self.reason)

    def values(self) -> dict:
        return {"reason": self.reason.toPlainText()}
