"""Add a page-2 entry (重要事项), or correct one (the earlier text stays in its history)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from models.foundation.dto import EventInfo
from models.foundation.vocabulary import EVENT_CATEGORIES
from models.foundation.vocabulary import EVENT_LABELS as LABELS
from ui.dialogs.record_dialog import RecordDialog
from ui.vocabulary_tr import core_label


class EventDialog(RecordDialog):
    def __init__(self, submit, parent=None, *, event: EventInfo | None = None,
                 default_department: str = ""):
        super().__init__(self.tr("更正重要事项") if event else self.tr("添加重要事项记录"), submit, parent)
        self.event = event
        self.event_date = QDateEdit(self)
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.event_date.setDate(QDate.currentDate())
        self.category = QComboBox(self)
        for c in EVENT_CATEGORIES:
            self.category.addItem(c, c)
        self.title = QLineEdit(self)
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(120)
        self.source_department = QLineEdit(default_department, self)
        for key, w in (("event_date", self.event_date), ("category", self.category),
                       ("title", self.title), ("content", self.content),
                       ("source_department", self.source_department)):
            self.form.add_field(key, core_label(LABELS[key]), w)
        if event is not None:
            d = event.event_date
            self.event_date.setDate(QDate(d.year, d.month, d.day))
            self.category.setCurrentIndex(max(self.category.findData(event.category), 0))
            self.title.setText(event.title)
            self.content.setPlainText(event.content)
            self.source_department.setText(event.source_department)
            self.source_department.setReadOnly(True)
        self.setMinimumWidth(520)
        # 记一笔 by keyboard: the date defaults to today, so typing starts at the title, and
        # Ctrl+Enter submits from inside the content box (where Enter is a new line)
        from PySide6.QtGui import QKeySequence, QShortcut

        from ui.shortcuts import DIALOG_ACCEPT
        self.accept_shortcut = QShortcut(QKeySequence(DIALOG_ACCEPT), self, self.submit)
        (self.content if event is not None else self.title).setFocus()

    def collect(self):
        q = self.event_date.date()
        data = {"event_date": dt.date(q.year(), q.month(), q.day()),
                "category": self.category.currentData(), "title": self.title.text(),
                "content": self.content.toPlainText()}
        if self.event is None:
            data["source_department"] = self.source_department.text()
        return data, []
