"""The 权限 menu: 申请查阅…, 审批与授权 (with a count badge), 审计日志, 我的消息 (inbox.py).

`install(window)` is called by the main window (FEATURE_MODULES). Anyone may request
access or report a matter; managers approve and grant; managers and admins read the
audit log. The menu is courtesy: every service call checks permission again.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from models.foundation.changes import Changes, Kind
from models.foundation.errors import ArchiveError
from models.rules import access
from ui.access.common import tr
from ui.operations import SerialQuery

# what ui.app.Preloader imports while the sign-in dialog waits (the badge's first count)
PRELOAD = ("models.access_requests.requests",)


def _pending_count(actor) -> int:
    from models.access_requests import requests  # on first use: start-up time

    return requests.pending_count(actor)


class AccessFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.request_dialog = None
        self.approval_panel = None
        self.audit_viewer = None
        caps = window.capabilities
        self.can_approve = caps.can_approve
        self.can_read_audit = caps.can_read_audit
        menu = window.menu(tr("权限"))
        self.request_action = QAction(tr("申请查阅…"), window)
        self.request_action.triggered.connect(self.open_request)
        self.approve_action = QAction(tr("审批"), window)
        self.approve_action.triggered.connect(self.open_approvals)
        self.audit_action = QAction(tr("审计日志"), window)
        self.audit_action.triggered.connect(self.open_audit)
        for action, allowed in ((self.request_action, True), (self.approve_action, self.can_approve),
                                (self.audit_action, self.can_read_audit)):
            action.setVisible(allowed)
            action.setEnabled(allowed)
            menu.addAction(action)
        window.add_toolbar_action(self.request_action)
        if self.can_approve:
            window.add_toolbar_action(self.approve_action)
        window.app_events.changed.connect(self._on_changed)
        self.counter = SerialQuery(window, lambda: (_pending_count, self.actor()),
                                   success=self.show_badge, failure=lambda _exc: self.show_badge(0))
        self.update_badge()
        # SQLite: requests made by another program reach the badge once a minute (PostgreSQL's
        # change feed brings them at once, so the poll rests while the feed is live)
        self.badge_timer = QTimer(self)
        self.badge_timer.setInterval(60_000)
        self.badge_timer.timeout.connect(self.poll)
        if self.can_approve:
            self.badge_timer.start()

    def actor(self):
        return self.window.actor   # the window may re-sign-in after the idle lock

    def poll(self) -> None:
        """The one-minute check, while the window is open (a closed one polls nothing)."""
        if self.window.isVisible() and not self.window.app_events.live_feed:
            self.update_badge()

    def update_badge(self) -> None:
        """Count pending requests on a worker (a lost server must not freeze the window). A
        frozen account or an unreachable server leaves the badge quiet: the next action says so."""
        if self.can_approve:
            self.counter.run()

    def show_badge(self, n: int) -> int:
        self.approve_action.setText(tr("审批（%1）").replace("%1", str(n)) if n else tr("审批"))
        self.approve_action.setToolTip(tr("%1 条查阅申请等待审批").replace("%1", str(n)) if n
                                       else tr("没有待审批的查阅申请"))
        return n

    def _on_changed(self, changes: Changes, _initiator=None) -> None:
        if changes.touches_any(Kind.REQUESTS, Kind.GRANTS):
            self.update_badge()
            if self.approval_panel is not None and self.approval_panel.isVisible():
                self.approval_panel.reload()

    def open_request(self):
        from ui.access.request_dialog import RequestDialog

        self.request_dialog = RequestDialog(self.actor(), self.window)
        self.request_dialog.open()
        return self.request_dialog

    def open_approvals(self):
        from ui.access.approvals import ApprovalPanel

        if not access.can(self.actor(), access.APPROVE):
            self.window.show_error(ArchiveError(tr("只有客服主管可以审批查阅申请")))
            return None
        self.approval_panel = ApprovalPanel(self.actor(), self.window)
        self.approval_panel.show()
        return self.approval_panel

    def open_audit(self):
        from ui.access.audit_viewer import AuditViewer

        try:
            self.audit_viewer = AuditViewer(self.actor(), self.window.tasks, self.window)
        except ArchiveError as exc:
            self.window.show_error(exc)
            return None
        self.audit_viewer.show()
        return self.audit_viewer


def install(window) -> AccessFeature:
    window.access_feature = AccessFeature(window)
    from ui.access import inbox  # 我的消息: notifications and one's own requests
    inbox.install(window)
    return window.access_feature
