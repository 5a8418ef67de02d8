"""The small dialogs of a record's actions: 判断, 指派, 处理, 回访, 关闭, 重新打开. Each emits
`submitted(dict)` (the core call's keyword arguments) and stays open until the record
window calls `succeeded()`, or shows the core's problems under their fields."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from models.foundation.vocabulary import (
    COMPLAINT_CATEGORIES,
    SATISFACTION_LABELS,
    VERDICT_LABELS,
    VERDICTS,
)
from ui.service.common import HANDLING, SOLVED, STEP_STATUSES, WAITING, label
from ui.service.form_dialog import FormDialog, MomentEdit


class ActionDialog(FormDialog):
    submitted = Signal(dict)

    def __init__(self, title: str, ok_text: str, parent=None):
        super().__init__(parent, title, ok_text)
        self.at: MomentEdit | None = None
        self.setMinimumWidth(460)

    def add_moment(self, text: str) -> MomentEdit:
        """When the step happened (default now; the core refuses the future and times before
        the record's last step)."""
        self.at = MomentEdit(self)
        self.form.add_field("at", text, self.at)
        return self.at

    def values(self) -> dict:
        raise NotImplementedError

    def submit(self) -> None:
        if not self.begin():
            return
        values = self.values()
        if self.at is not None:
            values["at"] = self.at.value()
        self.submitted.emit(values)

    def succeeded(self) -> None:
        self.set_busy(False)
        self.accept()


class JudgeDialog(ActionDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("投诉判断"), self.tr("判断"), parent)
        self.verdict = QComboBox(self)
        for v in VERDICTS:
            self.verdict.addItem(label(VERDICT_LABELS[v]), v)
        self.reason = self.text_box(72)
        self.category = QComboBox(self)
        self.category.addItem("", "")
        for c in COMPLAINT_CATEGORIES:
            self.category.addItem(label(c), c)
        self.dept = QLineEdit(self)
        self.form.add_field("verdict", self.tr("是否有效"), self.verdict)
        self.form.add_field("reason", self.tr("判断理由"), self.reason)
        self.form.add_field("category", self.tr("投诉类别"), self.category)
        self.form.add_field("dept", self.tr("责任部门"), self.dept)
        self.add_moment(self.tr("判断时间"))

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
        self.note = self.text_box(90)
        self.corrective = self.text_box(56)
        self.preventive = self.text_box(56)
        self.form.add_field("status", self.tr("处理状态"), self.status, "verdict")
        self.note_row = self.form.add_field("note", self.tr("处理情况"), self.note)
        self.rows = (self.form.add_field("corrective", self.tr("纠正措施"), self.corrective),
                     self.form.add_field("preventive", self.tr("预防措施"), self.preventive))
        self.add_moment(self.tr("处理时间"))
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
        self.told = self.text_box(90)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(self.tr("（请选择）"), 0)
        for score, text in sorted(SATISFACTION_LABELS.items()):
            self.satisfaction.addItem(f"{score} {label(text)}", score)
        self.form.add_field("told", self.tr("告知客户的结果"), self.told)
        self.form.add_field("satisfaction", self.tr("客户满意度"), self.satisfaction)
        self.add_moment(self.tr("回访时间"))

    def values(self) -> dict:
        return {"told": self.told.toPlainText(), "satisfaction": self.satisfaction.currentData()}


class ReopenDialog(ActionDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("重新打开"), self.tr("重新打开"), parent)
        self.reason = self.text_box(72)
        self.form.add_field("reason", self.tr("原因"), self.reason)
        self.add_moment(self.tr("重新打开时间"))

    def values(self) -> dict:
        return {"reason": self.reason.toPlainText()}


class CloseDialog(ActionDialog):
    """关闭: when it was closed; the core refuses while the feedback is missing (shown here)."""

    def __init__(self, parent=None):
        super().__init__(self.tr("关闭服务单"), self.tr("关闭"), parent)
        note = QLabel(self.tr("关闭前须已回访（告知客户的结果和客户的满意度）。关闭后如需继续处理，可重新打开。"), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.add_moment(self.tr("关闭时间"))

    def values(self) -> dict:
        return {}
