"""Add or edit a cooperation project (合作项目)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from models.foundation.dto import ProjectInfo
from models.foundation.vocabulary import PROJECT_LABELS, PROJECT_STATUSES
from ui.dialogs.record_dialog import RecordDialog
from ui.vocabulary_tr import core_label
from ui.widgets.date_field import DateField


class ProjectDialog(RecordDialog):
    def __init__(self, submit, parent=None, *, project: ProjectInfo | None = None):
        super().__init__(self.tr("编辑合作项目") if project else self.tr("添加合作项目"), submit, parent)
        self.name = QLineEdit(self)
        self.started_on = DateField(self)   # 2024/3/5, 2024年3月5日 …, checked as typed
        self.ended_on = DateField(self)
        for key, w in (("started_on", self.started_on), ("ended_on", self.ended_on)):
            w.setPlaceholderText(self.tr("如 2024-03-05 或 2024年3月5日，可不填"))
            w.problem_changed.connect(lambda text, k=key: self.form.set_error(k, text))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("元，如 12,500.00 或 3万"))
        self.status = QComboBox(self)
        for s in PROJECT_STATUSES:
            self.status.addItem(s, s)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)
        for key, w in (("name", self.name), ("started_on", self.started_on),
                       ("ended_on", self.ended_on), ("amount", self.amount),
                       ("status", self.status), ("notes", self.notes)):
            self.form.add_field(key, core_label(PROJECT_LABELS[key]), w)
        if project is not None:
            self.name.setText(project.name)
            self.started_on.setText(project.started_on.isoformat() if project.started_on else "")
            self.ended_on.setText(project.ended_on.isoformat() if project.ended_on else "")
            self.amount.setText("" if project.amount is None else f"{project.amount:,.2f}")
            self.status.setCurrentIndex(max(self.status.findData(project.status), 0))
            self.notes.setPlainText(project.notes)
        self.setMinimumWidth(460)

    def collect(self):
        return {"name": self.name.text(), "started_on": self.started_on.text(),
                "ended_on": self.ended_on.text(), "amount": self.amount.text(),
                "status": self.status.currentData(), "notes": self.notes.toPlainText()}, []
