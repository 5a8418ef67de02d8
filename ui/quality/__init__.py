"""The 满意度 menu (issue #15): 记录满意度调查…, 满意度分析, 服务目标, 导入调查结果…, and for
managers 问卷与指标 and 月度服务报告….

`install(window)` is called by the main window (FEATURE_MODULES). Rights are the core's
(models/rules/access.py): an entry the user may not use is greyed out with the reason as its
tooltip; every service checks again. The card gets a 记录满意度调查… button (card_hook) and
the 今日 page a 记录调查… button for survey-plan lines and return-visit tasks (today_hook).
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from models.rules import access
from ui.quality.common import tr


class QualityFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.windows: dict[str, QObject] = {}
        self.dialogs: list = []
        actor = window.actor
        self.setup_reason = access.denial_reason(actor, access.QUALITY_SETUP)
        self.report_reason = access.denial_reason(actor, access.QUALITY_REPORT)
        menu = window.menu(tr("满意度"))
        self.record_action = QAction(tr("记录满意度调查…"), window)
        self.record_action.setToolTip(tr("为客户档案中选中的客户记录一次满意度调查"))
        self.record_action.triggered.connect(self.record_for_selected)
        self.analysis_action = QAction(tr("满意度分析"), window)
        self.analysis_action.triggered.connect(self.open_analysis)
        self.goals_action = QAction(tr("服务目标"), window)
        self.goals_action.triggered.connect(self.open_goals)
        self.import_action = QAction(tr("导入调查结果…"), window)
        self.import_action.triggered.connect(self.open_import)
        self.templates_action = QAction(tr("问卷与指标"), window)
        self.templates_action.triggered.connect(self.open_templates)
        self.monthly_action = QAction(tr("月度服务报告…"), window)
        self.monthly_action.triggered.connect(self.open_monthly)
        for action, reason in ((self.goals_action, self.report_reason), (self.monthly_action, self.report_reason),
                               (self.templates_action, self.setup_reason)):
            action.setEnabled(not reason)
            action.setToolTip(reason)
            action.setStatusTip(reason)
        menu.setToolTipsVisible(True)
        for a in (self.record_action, self.analysis_action, self.goals_action, self.import_action):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.templates_action, self.monthly_action):
            menu.addAction(a)
        today = getattr(window, "today_page", None)       # built before this feature
        if getattr(today, "survey_button", None) is not None:
            today.survey_button.show()

    def _keep(self, dlg):
        self.dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)
        return dlg

    def record_for_selected(self):
        cid = self.window.current_customer_id()
        if cid is None:
            self.window.status(tr("请先在客户档案中选中一位客户"))
            return None
        return self.record(cid)

    def record(self, customer_id: int, *, service_number: str = "", task_id: int | None = None):
        from ui.quality.survey_dialog import SurveyDialog

        dlg = self._keep(SurveyDialog(self.window, customer_id, service_number=service_number, task_id=task_id))
        dlg.open()
        return dlg

    def _window(self, key: str, make):
        win = self.windows.get(key)
        if win is None:
            win = make()
            self.windows[key] = win
            win.destroyed.connect(lambda _o=None, k=key: self.windows.pop(k, None))
        win.show()
        win.raise_()
        return win

    def open_analysis(self):
        from ui.quality.analysis_window import AnalysisWindow

        return self._window("analysis", lambda: AnalysisWindow(self.window))

    def open_goals(self):
        from ui.quality.goals_window import GoalsWindow

        if self.report_reason:
            self.window.status(self.report_reason)
            return None
        return self._window("goals", lambda: GoalsWindow(self.window, may_edit=not self.setup_reason))

    def open_templates(self):
        from ui.quality.templates_window import TemplatesWindow

        if self.setup_reason:
            self.window.status(self.setup_reason)
            return None
        return self._window("templates", lambda: TemplatesWindow(self.window))

    def open_import(self):
        from ui.quality.import_dialog import SurveyImportDialog

        dlg = self._keep(SurveyImportDialog(self.window))
        dlg.open()
        return dlg

    def open_monthly(self):
        from ui.quality.monthly_dialog import MonthlyReportDialog

        if self.report_reason:
            self.window.status(self.report_reason)
            return None
        dlg = self._keep(MonthlyReportDialog(self.window))
        dlg.open()
        return dlg


def install(window) -> QualityFeature:
    window.quality_feature = QualityFeature(window)
    return window.quality_feature
