"""The 今日 page (daily service desk) in the main window: the first page after login, and the
工作台 menu with 公司活动 (the company events window, also opened from the page's event lines)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

# what ui.app.Preloader imports while the sign-in dialog waits: what install() needs first
PRELOAD = ("ui.desk.today_page",)


class DeskFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.activities_window = None
        self.activities_action = QAction(self.tr("公司活动…"), window)
        self.activities_action.setToolTip(self.tr("年会、庆典、客户联谊会：邀请客户，记录回复和出席"))
        self.activities_action.triggered.connect(lambda: self.open_activities())
        window.menu(self.tr("工作台")).addAction(self.activities_action)

    def open_activities(self, activity_id: int | None = None):
        from ui.desk.activities_window import ActivitiesWindow

        win = self.activities_window
        if win is None:
            win = self.activities_window = ActivitiesWindow(self.window)
            win.destroyed.connect(lambda _o=None: setattr(self, "activities_window", None))
            if activity_id is not None:
                win.select(activity_id)
        elif activity_id is not None:
            win.select(activity_id)
        else:
            win.reload()
        win.show()
        win.raise_()
        win.activateWindow()
        return win


def install(window) -> None:
    from ui.desk.today_page import TodayPage

    window.desk_feature = DeskFeature(window)
    window.today_page = TodayPage(window)
    window.add_page(window.today_page, window.today_page.tr("今日"), first=True)
