"""The dialogs of the company-events window: an event (new or corrected) and inviting
customers by filters (class, custodian, industry) or by name/code, ticked in a list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from models.accounts import staff
from models.desk import activities, invitation_list
from models.foundation.vocabulary import ACTIVITY_KINDS, CLASS_LABELS
from models.rules import access
from ui.dialogs.record_dialog import RecordDialog
from ui.operations import run_query
from ui.vocabulary_tr import core_label


class ActivityDialog(RecordDialog):
    """新建活动 / 修改活动 (managers): title, kind, date, place, notes."""

    def __init__(self, actor, parent=None, *, activity: activities.ActivityInfo | None = None):
        self.actor = actor
        self.activity = activity
        super().__init__(self.tr("修改公司活动") if activity else self.tr("新建公司活动"), self._save, parent)
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("例如：2027 年度客户答谢年会"))
        self.kind = QComboBox(self)
        for k in ACTIVITY_KINDS:
            self.kind.addItem(core_label(k), k)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setDate(QDate.currentDate().addDays(30))
        self.place = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        for key, label, w in (("title", self.tr("活动名称"), self.title), ("kind", self.tr("类型"), self.kind),
                              ("held_on", self.tr("日期"), self.held_on), ("place", self.tr("地点"), self.place),
                              ("notes", self.tr("备注"), self.notes)):
            self.form.add_field(key, label, w)
        if activity is not None:
            self.title.setText(activity.title)
            self.kind.setCurrentIndex(max(self.kind.findData(activity.kind), 0))
            d = activity.held_on
            self.held_on.setDate(QDate(d.year, d.month, d.day))
            self.place.setText(activity.place)
            self.notes.setPlainText(activity.notes)
        self.setMinimumWidth(460)

    def collect(self):
        q = self.held_on.date()
        return {"title": self.title.text(), "kind": self.kind.currentData(),
                "held_on": dt.date(q.year(), q.month(), q.day()), "place": self.place.text(),
                "notes": self.notes.toPlainText()}, []

    def _save(self, data: dict):
        if self.activity is None:
            return activities.add_activity(self.actor, **data)
        return activities.update_activity(self.actor, self.activity.id, **data)


class InviteDialog(QDialog):
    """邀请客户: filter or search, tick, 邀请所选 (already invited customers are greyed)."""

    submitted = Signal(list)     # the codes ticked
    loaded = Signal()

    def __init__(self, actor, activity: activities.ActivityInfo, parent=None):
        super().__init__(parent)
        self.actor = actor
        self.activity = activity
        self.setWindowTitle(self.tr("邀请客户参加“%1”").replace("%1", activity.title))
        self.cls = QComboBox(self)
        self.cls.addItem(self.tr("全部分类"), "")
        for c in ("A", "B", "C"):
            self.cls.addItem(core_label(CLASS_LABELS[c]), c)
        self.custodian = QComboBox(self)
        self.custodian.addItem(self.tr("全部负责客服"), "")
        run_query(self, staff.list_users, actor, include_departed=False, success=self._staff_loaded)
        self.industry = QLineEdit(self)
        self.industry.setPlaceholderText(self.tr("行业（包含）"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("客户名称或编号"))
        self.find_button = QPushButton(self.tr("查找"), self)
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find)
        filters = QHBoxLayout()
        for w in (self.cls, self.custodian, self.industry, self.text, self.find_button):
            filters.addWidget(w)
        self.list = QListWidget(self)
        self.count = QLabel(self)
        self.all_button = QPushButton(self.tr("全选"), self)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("全不选"), self)
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("邀请所选"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        lay.addWidget(buttons)
        self.list.itemChanged.connect(lambda _i: self._count())
        self.resize(720, 520)
        self.find()

    def keyPressEvent(self, event) -> None:
        """Enter in a filter field searches (it must not invite what happens to be ticked);
        elsewhere Enter invites and Esc cancels, as in every dialog."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.focusWidget() in (self.industry, self.text, self.cls, self.custodian)):
            self.find()
            event.accept()
            return
        super().keyPressEvent(event)

    def _staff_loaded(self, people) -> None:
        for s in people:
            if access.may_hold_custody(s) and s.status == "active":
                self.custodian.addItem(s.display_name, s.username)

    def find(self) -> None:
        self.find_button.setEnabled(False)
        run_query(self, invitation_list.candidates, self.actor, self.activity.id, cls=self.cls.currentData(),
                  custodian=self.custodian.currentData(), industry=self.industry.text(), text=self.text.text(),
                  success=self._found, failure=self._failed)

    def _failed(self, exc) -> None:
        self.find_button.setEnabled(True)
        self.count.setText(str(exc))

    def _found(self, rows) -> None:
        self.find_button.setEnabled(True)
        self.list.blockSignals(True)
        self.list.clear()
        for c in rows:
            text = f"{c.code}  {c.name}  · {core_label(CLASS_LABELS.get(c.cls, c.cls))}  · {c.custodian or '—'}"
            if c.industry:
                text += f"  · {c.industry}"
            item = QListWidgetItem(text + (self.tr("（已邀请）") if c.invited else ""), self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            if c.invited:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._count()
        self.loaded.emit()

    def _tick_all(self, state) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)

    def checked_codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                and self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        n = len(self.checked_codes())
        self.count.setText(self.tr("找到 %1 位客户，已勾选 %2 位").replace("%1", str(self.list.count()))
                           .replace("%2", str(n)))
        self.ok.setEnabled(n > 0)

    def _submit(self) -> None:
        codes = self.checked_codes()
        if codes:
            self.submitted.emit(codes)
            self.accept()
