"""The 今日 page (daily service desk) in the main window: the first page after login."""
from __future__ import annotations


def install(window) -> None:
    from ui.desk.today_page import TodayPage

    window.today_page = TodayPage(window)
    window.add_page(window.today_page, window.today_page.tr("今日"), first=True)
