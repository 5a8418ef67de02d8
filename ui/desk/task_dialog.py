"""新建待办: a follow-up task on one customer — title, due date, assignee, note.

Opened from the card (新建待办…) and from a page-2 entry (由此建待办: the title and note
prefilled from the entry, the task linked to it). The assignees are the accounts the core
says may open the card, the custodian first and chosen; the dialog loads them itself, off
the UI thread. Enter saves, Esc cancels, Tab walks the fields (the note's Tab moves on).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from models.desk import tasks
from ui.dialogs.record_dialog import RecordDialog
from ui.operations import run_query

DEFAULT_DAYS = 3     # a follow-up is due in a few days unless the user says otherwise


class TaskDialog(RecordDialog):
    def __init__(self, actor, customer_id: int, parent=None, *, title: str = "", note: str = "",
                 source_event_id: int | None = None, heading: str = ""):
        self.actor = actor
        self.customer_id = customer_id
        self.source_event_id = source_event_id
        super().__init__(heading or self.tr("新建待办"), self._add, parent)
        self.title = QLineEdit(title, self)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("要做什么，例如：回访新店开业情况"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(DEFAULT_DAYS))
        self.assignee = QComboBox(self)
        self.assignee.setEnabled(False)
        self.assignee.addItem(self.tr("正在读取…"), None)
        self.note = QPlainTextEdit(note, self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self.form.add_field("title", self.tr("待办事项"), self.title)
        self.form.add_field("due", self.tr("到期日"), self.due)
        self.form.add_field("assignee", self.tr("负责人"), self.assignee)
        self.form.add_field("note", self.tr("备注"), self.note, "source_event")
        self.setMinimumWidth(480)
        self.title.setFocus()
        run_query(self, tasks.assignable_staff, actor, customer_id, success=self._staff_loaded,
                  failure=self._refused)

    def _staff_loaded(self, people) -> None:
        self.assignee.clear()
        for p in people:
            label = p.display_name + (self.tr("（负责客服）") if p.is_custodian else "")
            self.assignee.addItem(label, p.username)
        self.assignee.setEnabled(bool(people))
        self.assignee.setCurrentIndex(0)   # the custodian (the core lists them first)

    def collect(self):
        q = self.due.date()
        return {"title": self.title.text(), "due": dt.date(q.year(), q.month(), q.day()),
                "assignee": self.assignee.currentData(), "note": self.note.toPlainText()}, []

    def _add(self, data: dict):
        return tasks.add_task(self.actor, self.customer_id, title=data["title"], due=data["due"],
                              assignee=data["assignee"], note=data["note"],
                              source_event_id=self.source_event_id)

