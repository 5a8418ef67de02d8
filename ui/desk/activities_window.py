"""公司活动: the company's events (upcoming first) and, for the one selected, its invitations.

Managers create and correct events and print or export the invitation list; whoever may
edit a card invites its customer and records the replies and the attendance (待邀请 → 已邀请
→ 已接受/已谢绝 → 已出席/未出席; the core writes each on the customer's page 2). Opened from
the 工作台 menu and from an event line of the 今日 page. Every call runs on the task runner.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.desk import activities, invitation_list
from models.foundation.changes import Kind
from models.foundation.vocabulary import CLASS_LABELS, INVITATION_STATUS_LABELS
from ui.card.sections import make_table
from ui.desk.activity_dialogs import ActivityDialog, InviteDialog
from ui.i18n import tr
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.operations import run_op, run_query
from ui.vocabulary_tr import core_label

REPLIES = ("accepted", "declined", "attended", "absent")   # the buttons, labelled as the core words them


def _activity_columns() -> list[Column]:
    return [
        Column(tr("日期"), lambda a: a.held_on.isoformat(), raw=lambda a: a.held_on),
        Column(tr("类型"), lambda a: core_label(a.kind)),
        Column(tr("活动名称"), lambda a: a.title),
        Column(tr("地点"), lambda a: a.place),
        Column(tr("已邀请"), lambda a: str(a.invited), raw=lambda a: a.invited),
        Column(tr("待回复"), lambda a: str(a.awaiting), raw=lambda a: a.awaiting),
        Column(tr("已接受"), lambda a: str(a.accepted), raw=lambda a: a.accepted),
    ]


def _invitation_columns() -> list[Column]:
    return [
        Column(tr("客户编号"), lambda i: i.code),
        Column(tr("客户名称"), lambda i: i.customer),
        Column(tr("分类"), lambda i: core_label(CLASS_LABELS.get(i.cls, i.cls))),
        Column(tr("负责客服"), lambda i: i.custodian),
        Column(tr("状态"), lambda i: core_label(INVITATION_STATUS_LABELS.get(i.status, i.status))),
    ]


class ActivitiesWindow(QWidget):
    loaded = Signal()          # the list of events arrived
    invitations_loaded = Signal()

    def __init__(self, main):
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.dialogs: list = []
        self._select_id: int | None = None
        self.manager = main.capabilities.can_manage
        self.setWindowTitle(self.tr("公司活动"))
        self.events = RecordTableModel(_activity_columns(), self)
        self.events_view = make_table(self.events, self)
        for col, width in enumerate((95, 90, 260, 160, 60, 60)):
            self.events_view.setColumnWidth(col, width)
        self.events_view.selectionModel().currentRowChanged.connect(lambda *_a: self._load_invitations())
        self.events_view.doubleClicked.connect(lambda _i: self.edit_activity())
        self.new_button = QPushButton(self.tr("新建活动…"), self)
        self.new_button.clicked.connect(lambda: self.new_activity())
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_activity())
        for b in (self.new_button, self.edit_button):
            b.setVisible(self.manager)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("活动（即将举行的在前）"), self), 1)
        head.addWidget(self.new_button)
        head.addWidget(self.edit_button)
        top = QWidget(self)
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addLayout(head)
        top_lay.addWidget(self.events_view)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.invitations = RecordTableModel(_invitation_columns(), self)
        self.invitations_view = make_table(self.invitations, self)
        self.invitations_view.setSelectionMode(self.invitations_view.SelectionMode.ExtendedSelection)
        for col, width in enumerate((100, 300, 80, 100)):
            self.invitations_view.setColumnWidth(col, width)
        self.invite_button = QPushButton(self.tr("邀请客户…"), self)
        self.invite_button.clicked.connect(lambda: self.invite())
        self.reply_buttons = {}
        actions = QHBoxLayout()
        actions.addWidget(self.invite_button)
        actions.addWidget(QLabel(self.tr("　记录所选客户的回复："), self))
        for status in REPLIES:
            b = QPushButton(core_label(INVITATION_STATUS_LABELS[status]), self)
            b.clicked.connect(lambda _c=False, st=status: self.reply(st))
            self.reply_buttons[status] = b
            actions.addWidget(b)
        actions.addStretch(1)
        self.print_button = QPushButton(self.tr("打印名单（PDF）…"), self)
        self.print_button.clicked.connect(lambda: self.export("pdf"))
        self.excel_button = QPushButton(self.tr("导出 Excel…"), self)
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        for b in (self.print_button, self.excel_button):
            b.setVisible(self.manager)
            actions.addWidget(b)
        bottom = QWidget(self)
        bottom_lay = QVBoxLayout(bottom)
        bottom_lay.setContentsMargins(0, 0, 0, 0)
        bottom_lay.addWidget(self.detail)
        bottom_lay.addWidget(self.invitations_view, 1)
        bottom_lay.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([260, 420])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.invitations_view.selectionModel().selectionChanged.connect(lambda *_a: self._sync())
        main.app_events.changed.connect(self._on_changed)
        self.resize(1000, 680)
        self._sync()
        self.reload()

    # ---- loading -------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        if select_id is not None:
            self._select_id = select_id
        elif self.current() is not None:
            self._select_id = self.current().id
        run_query(self, activities.list_activities, self.main.actor, success=self._loaded,
                  failure=self.main.show_error)

    def _loaded(self, rows) -> None:
        self.events.set_records(rows)
        row = next((i for i, a in enumerate(rows) if a.id == self._select_id), 0 if rows else -1)
        if row >= 0:
            self.events_view.setCurrentIndex(self.events.index(row, 0))
        self._load_invitations()
        self.loaded.emit()

    def select(self, activity_id: int) -> None:
        """Show this event (an event line of the 今日 page)."""
        self.reload(select_id=activity_id)

    def current(self) -> activities.ActivityInfo | None:
        idx = self.events_view.currentIndex()
        return self.events.record(idx.row()) if idx.isValid() else None

    def _load_invitations(self) -> None:
        a = self.current()
        self._sync()
        if a is None:
            self.invitations.set_records([])
            self.detail.setText(self.tr("还没有公司活动。") + (self.tr("点“新建活动…”添加。") if self.manager else ""))
            return
        run_query(self, activities.show, self.main.actor, a.id, success=self._invitations_loaded,
                  failure=self.main.show_error)

    def _invitations_loaded(self, result) -> None:
        info, lines = result
        current = self.current()
        if current is None or current.id != info.id:
            return
        self.invitations.set_records(lines)
        self.detail.setText(self.tr("%1：%2　%3　%4　已邀请 %5 位，待回复 %6 位，已接受 %7 位，已出席 %8 位")
                            .replace("%1", core_label(info.kind)).replace("%2", info.title)
                            .replace("%3", info.held_on.isoformat()).replace("%4", info.place)
                            .replace("%5", str(info.invited)).replace("%6", str(info.awaiting))
                            .replace("%7", str(info.accepted)).replace("%8", str(info.attended)))
        self._sync()
        self.invitations_loaded.emit()

    def _on_changed(self, changes, _initiator=None) -> None:
        if changes.touches(Kind.EVENTS) or changes.touches(Kind.HANDOVERS):
            self.reload()

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.invitations_view.selectionModel().selectedRows()})
        return [self.invitations.record(r).code for r in rows]

    def _sync(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.invite_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.excel_button.setEnabled(has)
        picked = bool(self.selected_codes()) if has else False
        for b in self.reply_buttons.values():
            b.setEnabled(picked)

    # ---- actions --------------------------------------------------------------------------
    def new_activity(self) -> ActivityDialog:
        return self._activity_dialog(None)

    def edit_activity(self) -> ActivityDialog | None:
        a = self.current()
        return self._activity_dialog(a) if a is not None and self.manager else None

    def _activity_dialog(self, a) -> ActivityDialog:
        dlg = ActivityDialog(self.main.actor, self, activity=a)
        dlg.saved.connect(lambda info: self.reload(select_id=info.id))
        self._track(dlg)
        dlg.open()
        return dlg

    def invite(self) -> InviteDialog | None:
        a = self.current()
        if a is None:
            return None
        dlg = InviteDialog(self.main.actor, a, self)
        dlg.submitted.connect(lambda codes, aid=a.id: run_op(
            self, activities.invite, self.main.actor, aid, codes,
            success=lambda n: (self.main.status(self.tr("已邀请 %1 位客户").replace("%1", str(n))),
                               self.reload()), failure=self.main.show_error))
        self._track(dlg)
        dlg.open()
        return dlg

    def reply(self, status: str) -> None:
        a, codes = self.current(), self.selected_codes()
        if a is None or not codes:
            return

        run_op(self, activities.reply_many, self.main.actor, a.id, codes, status,
               success=lambda _lines: self.reload(), failure=self.main.show_error)

    def export(self, fmt: str) -> None:
        a = self.current()
        if a is None:
            return
        suffix, filt = (".pdf", self.tr("PDF 文件 (*.pdf)")) if fmt == "pdf" else (".xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        path, _f = QFileDialog.getSaveFileName(self, self.tr("保存邀请名单"),
                                               self.tr("%1邀请名单").replace("%1", a.title) + suffix, filt)
        if path:
            self.write_list(path, fmt)

    def write_list(self, path: str, fmt: str) -> None:
        a = self.current()
        run_op(self, invitation_list.export_list, self.main.actor, a.id, path, fmt=fmt,
               success=lambda n: self.main.status(self.tr("邀请名单已保存：%1（%2 位客户）").replace("%1", path)
                                                  .replace("%2", str(n))),
               failure=self.main.show_error)

    def _track(self, dlg) -> None:
        self.dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)
