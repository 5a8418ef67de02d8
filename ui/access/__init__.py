"""The 权限 menu: 申请查阅…, 审批与授权 (with a count badge), 审计日志, 我的消息 (inbox.py).

`install(window)` is called by the main window (FEATURE_MODULES). Anyone may request
access or report a matter; managers approve and grant; managers and admins read the
audit log. The menu is courtesy: every service call checks permission again.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from models.access_requests import requests
from models.foundation.errors import ArchiveError
from models.foundation.faults import known_condition
from models.rules import access
from ui.access.common import tr


class AccessFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.request_dialog = None
        self.approval_panel = None
        self.audit_viewer = None
        actor = window.actor
        self.is_manager = actor.role == "manager"
        self.can_read_audit = actor.role == "manager" or actor.is_admin
        menu = window.menu(tr("权限"))
        self.request_action = QAction(tr("申请查阅…"), window)
        self.request_action.triggered.connect(self.open_request)
        self.approve_action = QAction(tr("审批"), window)
        self.approve_action.triggered.connect(self.open_approvals)
        self.audit_action = QAction(tr("审计日志"), window)
        self.audit_action.triggered.connect(self.open_audit)
        for action, allowed in ((self.request_action, True), (self.approve_action, self.is_manager),
                                (self.audit_action, self.can_read_audit)):
            action.setVisible(allowed)
            action.setEnabled(allowed)
            menu.addAction(action)
        window.add_toolbar_action(self.request_action)
        if self.is_manager:
            window.add_toolbar_action(self.approve_action)
        window.app_events.changed.connect(self._on_changed)
        self.update_badge()
        # requests made on other PCs reach the badge without anyone pressing a button
        self.badge_timer = QTimer(self)
        self.badge_timer.setInterval(60_000)
        self.badge_timer.timeout.connect(self.poll)
        if self.is_manager:
            self.badge_timer.start()

    def actor(self):
        return self.window.actor   # the window may re-sign-in after the idle lock

    def poll(self) -> None:
        """The one-minute check, while the window is open (a closed one polls nothing)."""
        if self.window.isVisible():
            self.update_badge()

    def update_badge(self) -> int:
        if not self.is_manager:
            return 0
        try:
            n = requests.pending_count(self.actor())
        except Exception as exc:   # frozen account, server unreachable: try later; a bug is raised
            if known_condition(exc) is None:
                raise
            n = 0
        self.approve_action.setText(tr("审批（%1）").replace("%1", str(n)) if n else tr("审批"))
        self.approve_action.setToolTip(tr("%1 条查阅申请等待审批").replace("%1", str(n)) if n
                                       else tr("没有待审批的查阅申请"))
        return n

    def _on_changed(self, what: str) -> None:
        if what in ("requests", "grants"):
            self.update_badge()
            if self.approval_panel is not None and self.approval_panel.isVisible():
                self.approval_panel.reload()

    def open_request(self):
        from ui.access.request_dialog import RequestDialog

        self.request_dialog = RequestDialog(self.actor(), self.window)
        self.request_dialog.requested.connect(lambda _rid: self.window.app_events.changed.emit("requests"))
        self.request_dialog.reported.connect(lambda _eid: self.window.app_events.changed.emit("customers"))
        self.request_dialog.open()
        return self.request_dialog

    def open_approvals(self):
        from ui.access.approvals import ApprovalPanel

        if not access.can(self.actor(), access.APPROVE):
            self.window.show_error(ArchiveError(tr("只有客服主管可以审批查阅申请")))
            return None
        self.approval_panel = ApprovalPanel(self.actor(), self.window)
        self.approval_panel.changed.connect(self.window.app_events.changed.emit)
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
