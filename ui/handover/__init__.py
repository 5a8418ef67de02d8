"""The 交接 menu: 发起离职交接… (wizard), 交接记录, 待确认的交接.

`install(window)` is called by the main window (FEATURE_MODULES). Managers run handovers
(the admin capability alone does not); agents and managers who received customers confirm
them. An account that may do neither sees no 交接 menu.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from models.foundation.changes import Changes, Kind
from models.foundation.errors import ArchiveError
from ui.handover.common import tr
from ui.operations import SerialQuery

# what ui.app.Preloader imports while the sign-in dialog waits (the badge's first count)
PRELOAD = ("models.handover.service", "ui.handover.pending_banner")


def unconfirmed_count(actor) -> int:
    """Customers handed to `actor` that they have not confirmed yet."""
    from models.handover import service as handover  # on first use: start-up time

    return sum(len([i for i in p.items if i.confirmed_at is None])
               for p in handover.my_pending_confirmations(actor))


class HandoverFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actor = window.actor
        self.wizard = None
        self.records = None
        self.pending = None
        caps = window.capabilities
        runner, receiver = caps.can_run_handover, caps.can_receive_handover
        menu = window.menu(tr("交接"))
        self.start_action = QAction(tr("发起离职交接…"), window)
        self.start_action.triggered.connect(lambda: self.open_wizard())
        self.records_action = QAction(tr("交接记录"), window)
        self.records_action.triggered.connect(self.open_records)
        self.pending_action = QAction(tr("待确认的交接"), window)
        self.pending_action.triggered.connect(self.open_pending)
        for action, allowed in ((self.start_action, runner), (self.records_action, runner),
                                (self.pending_action, receiver)):
            action.setEnabled(allowed)
            action.setVisible(allowed)
            menu.addAction(action)
        menu.menuAction().setVisible(runner or receiver)   # no empty 交接 menu
        self.menu = menu
        self.banner = None
        today_page = getattr(window, "today_page", None)   # ui.desk installs before us
        if receiver and today_page is not None:
            from ui.handover.pending_banner import PendingBanner

            self.banner = PendingBanner(today_page)
            self.banner.confirm_requested.connect(self.open_pending)
            today_page.layout().insertWidget(1, self.banner)   # under the page's heading
        window.app_events.changed.connect(self._on_changed)
        self.counter = SerialQuery(window, lambda: (unconfirmed_count, self.actor),
                                   success=self._show_count, failure=lambda _exc: self._show_count(0))
        self.update_pending_count()

    def update_pending_count(self) -> None:
        """Count on a worker; a failure (frozen account, lost server) leaves the menu quiet."""
        if self.pending_action.isVisible():
            self.counter.run()

    def _show_count(self, n: int) -> None:
        from ui.handover.pending_banner import menu_title_with_count

        self.pending_count = n
        self.pending_action.setText(tr("待确认的交接（%1）").replace("%1", str(n)) if n
                                    else tr("待确认的交接"))
        self.menu.setTitle(menu_title_with_count(self.menu.title(), n))
        if self.banner is not None:
            self.banner.set_count(n)
        if n:
            self.window.status(tr("有 %1 位交接给您的客户待确认接收（交接 › 待确认的交接）")
                               .replace("%1", str(n)))

    def _on_changed(self, changes: Changes, _initiator=None) -> None:
        if changes.touches(Kind.HANDOVERS):
            self.update_pending_count()
            if self.records is not None and self.records.isVisible():
                self.records.reload()
            if self.pending is not None and self.pending.isVisible():
                self.pending.reload()

    def open_wizard(self, handover_id: int | None = None):
        from ui.handover.wizard import HandoverWizard

        try:
            wizard = HandoverWizard(self.window, handover_id=handover_id)
        except ArchiveError as exc:
            self.window.show_error(exc)
            return None
        self.wizard = wizard
        wizard.show()
        return wizard

    def open_records(self):
        from ui.handover.records import HandoverRecordsDialog

        if self.records is None:
            self.records = HandoverRecordsDialog(self.window)
            self.records.continue_requested.connect(self.open_wizard)
        else:
            self.records.reload()
        self.records.show()
        return self.records

    def open_pending(self):
        from ui.handover.records import PendingConfirmationsDialog

        if self.pending is None:
            self.pending = PendingConfirmationsDialog(self.actor, self.window, window=self.window)
        else:
            self.pending.reload()
        self.pending.show()
        return self.pending


def install(window) -> HandoverFeature:
    feature = HandoverFeature(window)
    window.handover_feature = feature
    return feature
