"""我的消息: the signed-in user's own notifications and access requests.

A custodian learns here that someone reported a matter on their customer; a requester
learns whether a request was approved (and until when) or rejected, and may withdraw a
pending one. The toolbar action carries the unread count ("消息（3）"), refreshed when
notifications, requests or grants change (this PC's operations, and other PCs' through
PostgreSQL's change feed) and, on SQLite, once a minute. Every database call runs on the task
runner. Opening a message about a customer opens the card when the user may view it; the
check in models/ stays the lock. A message about a card's content (a reported matter's title)
is listed and counted only while the user may view that card (requests.inbox/unread_count
filter through access.visible_condition): after custody moves or a grant ends, it is gone
from the list, the tab and the badge.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.access_requests import requests
from models.foundation.changes import Changes, Kind
from models.foundation.errors import ArchiveError
from models.foundation.vocabulary import REQUEST_STATUS_LABELS
from models.rules import access
from ui.access.common import (
    Column,
    RecordTableModel,
    local_text,
    message_label,
    selected_record,
    table_view,
    tr,
)
from ui.operations import SerialQuery, run_op, run_query
from ui.vocabulary_tr import core_label


def notes_and_unread(actor, unread_only: bool):
    return requests.inbox(actor, unread_only=unread_only), requests.unread_count(actor)


def mark_all_read(actor) -> int:
    return requests.mark_read(actor, [n.id for n in requests.inbox(actor, unread_only=True, limit=10_000)])


def read_and_check(actor, note) -> bool:
    """Count the message as read; may the user open the card it is about?"""
    if not note.read:
        requests.mark_read(actor, [note.id])
    return access.can(actor, access.VIEW, note.customer_id)


def count_text(text: str, n: int) -> str:
    return f"{text}（{n}）" if n else text


def expiry_text(r) -> str:
    """When the grant from an approved request ends, and whether it still counts."""
    if r.expires_at is None:
        return ""
    state = {"expired": tr("已过期"), "revoked": tr("已撤销")}.get(r.grant_state)
    return local_text(r.expires_at) + (tr("（%1）").replace("%1", state) if state else "")


def fit_columns(view, widest: int = 200) -> None:
    """Fit columns to their text, but keep long reasons from pushing the rest out of sight."""
    view.resizeColumnsToContents()
    for col in range(view.model().columnCount() - 1):
        view.setColumnWidth(col, min(view.columnWidth(col), widest))


class NotificationTableModel(RecordTableModel):
    """Unread messages in bold, read ones in grey."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            rec = self.record(index.row())
            if rec is not None and not rec.read:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class InboxDialog(QDialog):
    """Two tabs: 通知 and 我的申请. Reports what it changed by signal."""

    changed = Signal()            # after a withdrawal (the screens hear of it from its Changes)
    unread_changed = Signal(int)  # the new unread count, after marking read

    def __init__(self, window, parent=None):
        super().__init__(parent if parent is not None else window)
        self.main = window   # a "window" attribute would hide QWidget.window()
        self.setWindowTitle(tr("我的消息"))
        self.resize(1080, 560)
        self.tabs = QTabWidget(self)
        self._build_notifications()
        self._build_requests()
        self.message = message_label(self)
        close = QPushButton(tr("关闭"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addLayout(bottom)
        # a manager never asks for access, so has no requests of their own
        self.tabs.setTabVisible(self.tabs.indexOf(self.requests_page),
                               access.capabilities(self.actor()).can_request_access)
        self.reload()

    def actor(self):
        return self.main.actor   # the window may sign in again after the idle lock

    # ---- 通知 -----------------------------------------------------------------------------
    def _build_notifications(self) -> None:
        page = QWidget(self)
        self.notes_model = NotificationTableModel([
            Column(tr("时间"), lambda n: local_text(n.created_at), raw=lambda n: n.created_at),
            Column(tr("状态"), lambda n: tr("已读") if n.read else tr("未读"), dim=lambda n: n.read),
            Column(tr("客户"), lambda n: f"{n.customer_code} {n.customer_name}".strip(),
                   dim=lambda n: n.read),
            Column(tr("消息"), lambda n: n.message, tooltip=lambda n: n.message,
                   dim=lambda n: n.read)], self)
        self.notes_view = table_view(self.notes_model, page)
        self.notes_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.notes_view.doubleClicked.connect(lambda idx: self.open_note(self.notes_model.record(idx.row())))
        self.unread_only = QCheckBox(tr("只显示未读"), page)
        self.unread_only.toggled.connect(self.reload_notes)
        self.notes_count = QLabel(page)
        self.open_button = QPushButton(tr("打开客户卡片"), page)
        self.open_button.clicked.connect(lambda: self.open_note(selected_record(self.notes_view)))
        self.mark_button = QPushButton(tr("标为已读"), page)
        self.mark_button.clicked.connect(self.mark_selected)
        self.mark_all_button = QPushButton(tr("全部标为已读"), page)
        self.mark_all_button.clicked.connect(self.mark_all)
        top = QHBoxLayout()
        top.addWidget(self.unread_only)
        top.addStretch(1)
        top.addWidget(self.notes_count)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("双击一条消息可打开相关的客户卡片"), page))
        buttons.addStretch(1)
        for b in (self.open_button, self.mark_button, self.mark_all_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(page)
        lay.addLayout(top)
        lay.addWidget(self.notes_view)
        lay.addLayout(buttons)
        self.notes_page = page
        self.tabs.addTab(page, tr("通知"))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def reload_notes(self) -> None:
        run_query(self, notes_and_unread, self.actor(), self.unread_only.isChecked(),
                  success=self._show_notes, failure=self._failed)

    def _show_notes(self, found) -> None:
        notes, unread = found
        self.notes_model.set_records(notes)
        fit_columns(self.notes_view, 280)
        self.notes_count.setText(tr("共 %1 条，未读 %2 条").replace("%1", str(len(notes)))
                                 .replace("%2", str(unread)))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_page), count_text(tr("通知"), unread))
        self.mark_all_button.setEnabled(unread > 0)
        self.unread_changed.emit(unread)

    def selected_notes(self) -> list:
        rows = sorted({i.row() for i in self.notes_view.selectionModel().selectedRows()})
        return [self.notes_model.record(r) for r in rows]

    def _mark(self, ids) -> None:
        """The inbox reloads from the operation's changes (NOTIFICATIONS)."""
        self.message.clear()
        run_op(self, requests.mark_read, self.actor(), ids, failure=self._failed)

    def mark_selected(self) -> None:
        notes = self.selected_notes()
        if not notes:
            self.message.setText(tr("请先选中一条或几条消息"))
            return
        self._mark([n.id for n in notes if not n.read])

    def mark_all(self) -> None:
        self.message.clear()
        run_op(self, mark_all_read, self.actor(), failure=self._failed)

    def open_note(self, note) -> None:
        """Open the card the message is about (and count the message as read)."""
        self.message.clear()
        if note is None:
            self.message.setText(tr("请先选中一条消息"))
            return
        if note.customer_id is None:
            self.message.setText(tr("这条消息不涉及具体客户"))
            return
        def opened(allowed: bool) -> None:
            if not allowed:
                label = f"{note.customer_code} {note.customer_name}"
                self.message.setText(tr("您目前无权查阅客户 %1 的档案。如需查阅，请通过“权限 › 申请查阅…”提出申请。")
                                     .replace("%1", label))
                return
            self.main.open_card(note.customer_id)
        run_op(self, read_and_check, self.actor(), note, success=opened, failure=self._failed)

    # ---- 我的申请 -------------------------------------------------------------------------
    def _build_requests(self) -> None:
        page = QWidget(self)
        self.requests_model = RecordTableModel([
            Column(tr("编号"), lambda r: r.id, raw=lambda r: r.id),
            Column(tr("客户"), lambda r: f"{r.customer_code} {r.customer_name}"),
            Column(tr("范围"), lambda r: r.scopes_text),
            Column(tr("状态"), lambda r: core_label(REQUEST_STATUS_LABELS.get(r.status, r.status))),
            Column(tr("授权到期"), expiry_text, raw=lambda r: r.expires_at),
            Column(tr("申请时间"), lambda r: local_text(r.created_at), raw=lambda r: r.created_at),
            Column(tr("申请理由"), lambda r: r.reason, tooltip=lambda r: r.reason),
            # who decided; a withdrawal is the requester's own doing and needs no name
            Column(tr("审批人"), lambda r: r.decided_by if r.status in ("approved", "rejected") else ""),
            Column(tr("审批意见"), lambda r: r.decision_reason, tooltip=lambda r: r.decision_reason or None)],
            self)
        self.requests_view = table_view(self.requests_model, page)
        self.requests_view.selectionModel().selectionChanged.connect(lambda *_: self._update_cancel())
        self.cancel_button = QPushButton(tr("撤回申请"), page)
        self.cancel_button.clicked.connect(self.cancel_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("批准后，授权在到期时间自动失效"), page))
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(page)
        lay.addWidget(self.requests_view)
        lay.addLayout(buttons)
        self.requests_page = page
        self.tabs.addTab(page, tr("我的申请"))

    def reload_requests(self) -> None:
        run_query(self, requests.my_requests, self.actor(), success=self._show_requests,
                  failure=self._failed)

    def _show_requests(self, mine) -> None:
        self.requests_model.set_records(mine)
        fit_columns(self.requests_view)
        pending = sum(r.status == "pending" for r in mine)
        self.tabs.setTabText(self.tabs.indexOf(self.requests_page),
                             tr("我的申请（%1 条待审批）").replace("%1", str(pending)) if pending
                             else tr("我的申请"))
        if mine:
            self.requests_view.selectRow(0)
        self._update_cancel()

    def _update_cancel(self) -> None:
        r = selected_record(self.requests_view)
        self.cancel_button.setEnabled(r is not None and r.status == "pending")

    def cancel_selected(self) -> None:
        self.message.clear()
        r = selected_record(self.requests_view)
        if r is None or r.status != "pending":
            self.message.setText(tr("只能撤回待审批的申请"))
            return
        def refused(exc):
            self._failed(exc)
            self.reload_requests()
        run_op(self, requests.cancel, self.actor(), r.id, success=lambda _r: self.changed.emit(),
               failure=refused)

    def reload(self) -> None:
        self.reload_notes()
        if self.tabs.isTabVisible(self.tabs.indexOf(self.requests_page)):
            self.reload_requests()


class InboxFeature(QObject):
    """The 我的消息 action in the 权限 menu and the 消息 toolbar action with its unread badge."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: InboxDialog | None = None
        self.menu_action = QAction(tr("我的消息"), window)
        self.menu_action.triggered.connect(self.open_inbox)
        self.toolbar_action = QAction(tr("消息"), window)
        self.toolbar_action.triggered.connect(self.open_inbox)
        window.menu(tr("权限")).addAction(self.menu_action)
        window.add_toolbar_action(self.toolbar_action)
        window.app_events.changed.connect(self._on_changed)
        self.badge_timer = QTimer(self)
        self.badge_timer.setInterval(60_000)   # SQLite: messages written by another program
        self.badge_timer.timeout.connect(self.poll)
        self.badge_timer.start()
        self._first_count = True
        self._reload_dialog = False
        self.counter = SerialQuery(window, lambda: (requests.unread_count, window.actor),
                                   success=self._counted, failure=lambda _exc: self._counted(0))
        self.update_badge()

    def update_badge(self, *, reload_dialog: bool = False) -> None:
        """Count unread messages on a worker (a lost server must not freeze the window).
        A frozen account or an unreachable server leaves the badge quiet: the next real
        action says what is wrong."""
        self._reload_dialog = self._reload_dialog or reload_dialog
        self.counter.run()

    def _counted(self, n: int) -> None:
        before = self.toolbar_action.text()
        self.show_count(n)
        if self._first_count and n:   # non-intrusive: the status bar and the badge, no modal box
            self.window.status(tr("您有 %1 条未读消息").replace("%1", str(n)))
        self._first_count = False
        reload_dialog, self._reload_dialog = self._reload_dialog, False
        if (reload_dialog or self.toolbar_action.text() != before) and self.dialog is not None \
                and self.dialog.isVisible():
            self.dialog.reload()

    def show_count(self, n: int) -> int:
        self.toolbar_action.setText(count_text(tr("消息"), n))
        self.menu_action.setText(count_text(tr("我的消息"), n))
        tip = tr("%1 条未读消息").replace("%1", str(n)) if n else tr("没有未读消息")
        self.toolbar_action.setToolTip(tip)
        self.menu_action.setToolTip(tip)
        return n

    def poll(self) -> None:
        """The one-minute check: a new message (or a decision) may have come from another
        program. Not needed while PostgreSQL's change feed is live; never for a closed window."""
        if self.window.isVisible() and not self.window.app_events.live_feed:
            self.update_badge()

    def _on_changed(self, changes: Changes, _initiator=None) -> None:
        if changes.touches_any(Kind.NOTIFICATIONS, Kind.REQUESTS, Kind.GRANTS):
            self.update_badge(reload_dialog=True)

    def open_inbox(self) -> InboxDialog:
        if self.dialog is None:
            self.dialog = InboxDialog(self.window)
            self.dialog.unread_changed.connect(self.show_count)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


def install(window) -> InboxFeature:
    window.inbox_feature = InboxFeature(window)
    return window.inbox_feature
