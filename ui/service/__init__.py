"""The 服务 menu (issue #14): 服务单列表, 新建投诉/售后服务单…, 打印空白表单 ▸ 顾客投诉登记表… /
售后服务单… (print preview, 打印…, 另存为 PDF…), 服务报告… and 服务设置… (managers).

`install(window)` is called by the main window (FEATURE_MODULES). Every core call runs on
the window's task runner; a change says "service" on app_events (and "customers": each step
writes a page-2 entry), so the list, the open records and the cards' 服务单 tabs re-read.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ui.service.common import COMPLAINT, tr

COMPLAINT_FORM, AFTER_SALES_FORM = COMPLAINT, ""    # the kinds printing.print_blank takes


class ServiceFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.list_window = None
        self.report_dialog = None
        self.new_dialogs: list = []
        self.record_windows: dict[str, QObject] = {}
        self.preview = None
        self.can_report = window.capabilities.can_manage
        menu = window.menu(tr("服务"))
        self.list_action = QAction(tr("服务单列表"), window)
        self.list_action.triggered.connect(self.open_list)
        self.new_action = QAction(tr("新建投诉/售后服务单…"), window)
        self.new_action.triggered.connect(lambda: self.open_new(window.current_customer_id()))
        self.report_action = QAction(tr("服务报告…"), window)
        self.report_action.triggered.connect(self.open_report)
        self.settings_action = QAction(tr("服务设置…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        for a in (self.report_action, self.settings_action):
            a.setVisible(self.can_report)
            a.setEnabled(self.can_report)
        self.settings_dialog = None
        menu.addAction(self.list_action)
        menu.addAction(self.new_action)
        self.blank_menu = menu.addMenu(tr("打印空白表单"))
        self.blank_actions = {}
        for key, text in ((COMPLAINT_FORM, tr("顾客投诉登记表…")), (AFTER_SALES_FORM, tr("售后服务单…"))):
            action = self.blank_menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=key: self.print_blank(k))
            self.blank_actions[key] = action
        menu.addSeparator()
        menu.addAction(self.report_action)
        menu.addAction(self.settings_action)
        window.add_toolbar_action(self.list_action)

    def open_list(self):
        from ui.service.list_window import ServiceListWindow

        if self.list_window is None:
            self.list_window = ServiceListWindow(self.window)
        else:
            self.list_window.reload()
        self.list_window.show()
        self.list_window.raise_()
        return self.list_window

    def open_new(self, customer_id: int | None = None, code: str = ""):
        from ui.service.register_dialog import RegisterDialog

        dlg = RegisterDialog(self.window, customer_id=customer_id, code=code)
        dlg.registered.connect(self._registered)
        self.new_dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.new_dialogs.remove(d) if d in self.new_dialogs else None)
        dlg.open()
        return dlg

    def _registered(self, info) -> None:
        self.changed()
        self.window.status(tr("已登记服务单 %1").replace("%1", info.number))
        self.open_record(info.number)

    def open_record(self, number: str):
        from ui.service.record_window import RecordWindow

        win = self.record_windows.get(number)
        if win is None:
            win = RecordWindow(self.window, number)
            self.record_windows[number] = win
            win.destroyed.connect(lambda _o=None, n=number: self.record_windows.pop(n, None))
        else:
            win.reload()
        win.show()
        win.raise_()
        return win

    def print_blank(self, kind: str) -> None:
        """A blank form for taking a complaint or a request on paper, in the print preview."""
        from models.service import printing
        from ui.service.paper import preview_form

        title = tr("空白顾客投诉登记表") if kind == COMPLAINT_FORM else tr("空白售后服务单")

        def shown(preview):
            self.preview = preview

        preview_form(self.window, self.window, partial(printing.print_blank, self.window.actor, kind),
                     title + ".pdf", title, on_shown=shown, on_error=self.window.show_error)

    def open_report(self):
        from ui.service.report_dialog import ReportDialog

        if self.report_dialog is None:
            self.report_dialog = ReportDialog(self.window)
        self.report_dialog.show()
        return self.report_dialog

    def open_settings(self):
        """服务设置 (managers): deadlines per severity, working hours, return visit."""
        from ui.service.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.window)
        dlg.saved.connect(lambda _now: self.settings_saved())
        self.settings_dialog = dlg
        dlg.open()
        return dlg

    def settings_saved(self) -> None:
        # the deadlines of every open record are counted anew on the next read
        self.window.status(tr("服务设置已保存"))
        self.changed()

    def changed(self) -> None:
        """After a step: the service screens and the card (its page 2 got an entry)."""
        from models.foundation.changes import Changes, Kind

        self.window.app_events.changed.emit(Changes.of(Kind.SERVICE, Kind.CUSTOMERS, Kind.CARD,
                                                       customers=None), None)


def install(window) -> ServiceFeature:
    window.service_feature = ServiceFeature(window)
    return window.service_feature
