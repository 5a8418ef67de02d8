"""The shell shows what a role can do: no empty menus, greyed entries say why, mnemonics,
and a first page for staff that lists what they can do (issue 12)."""
from __future__ import annotations

from tests.gui.conftest import close_window, make_user, open_window
from ui.menu_keys import mnemonic_of


def top_menus(win):
    return [a for a in win.menuBar().actions() if a.menu() is not None]


def test_every_top_level_menu_has_a_mnemonic_and_none_clash(qtbot, demo_archive):
    win = open_window(qtbot, demo_archive)   # the manager+admin sees every menu
    try:
        letters = []
        for action in top_menus(win):
            letter = mnemonic_of(action.text())
            assert letter.isalpha(), f"menu {action.text()!r} has no mnemonic"
            letters.append(letter)
        assert len(top_menus(win)) >= 8
        assert len(letters) == len(set(letters)), letters
        file_menu = top_menus(win)[0]
        assert file_menu.text() == "文件(&F)"
        assert win.menu("文件") is file_menu.menu()   # features still find it by its title
    finally:
        close_window(win)


def test_staff_see_no_empty_menu_and_greyed_import_says_why(qtbot, demo_archive):
    sales = make_user(demo_archive, "sales", "staff", display_name="孙业务")
    win = open_window(qtbot, sales)
    try:
        for action in top_menus(win):
            if action.isVisible():
                usable = [a for a in action.menu().actions() if a.isVisible() and not a.isSeparator()]
                assert usable, f"{action.text()} is an empty menu"
        titles = [a.text() for a in top_menus(win) if a.isVisible()]
        assert not any(t.startswith("交接") for t in titles)
        imp = win.exports_feature.import_action
        assert not imp.isEnabled()
        assert imp.toolTip() and "新建客户" in imp.toolTip()
        assert not win.new_action.isEnabled() and win.new_action.toolTip()
    finally:
        close_window(win)


def test_staff_home_page_comes_first_and_its_buttons_work(qtbot, demo_archive):
    sales = make_user(demo_archive, "sales", "staff", display_name="孙业务")
    win = open_window(qtbot, sales)
    try:
        assert win.pages.currentWidget() is win.staff_home
        assert win.pages.tabText(0) == "首页"
        assert set(win.staff_home.buttons) == {"report", "service", "directory", "request"}
        win.staff_home.buttons["directory"].click()
        dialog = win.access_feature.request_dialog
        qtbot.waitExposed(dialog)
        assert dialog.isVisible()
        dialog.close()
        win.staff_home.buttons["service"].click()
        assert win.service_feature.new_dialogs and win.service_feature.new_dialogs[-1].isVisible()
        win.service_feature.new_dialogs[-1].close()
    finally:
        close_window(win)


def test_agents_and_managers_get_no_staff_home(qtbot, demo_archive):
    win = open_window(qtbot, demo_archive)
    try:
        assert getattr(win, "staff_home", None) is None
        assert win.exports_feature.import_action.isEnabled()
    finally:
        close_window(win)


def test_toolbar_actions_have_icons_with_their_text_beside(qtbot, demo_archive):
    from PySide6.QtCore import Qt

    win = open_window(qtbot, demo_archive)
    try:
        assert win.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        actions = [a for a in win.toolbar.actions() if not a.isSeparator()]
        assert len(actions) >= 6
        for a in actions:
            assert not a.icon().isNull() and a.text(), a.text()
        assert not win.windowIcon().isNull()   # the app icon (ui/app.py sets it on the app)
    finally:
        close_window(win)
