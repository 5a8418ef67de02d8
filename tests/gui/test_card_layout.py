"""The card fits the screen it opens on and page 1 shows every key person (issue 12)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from models.archive import contacts, customers
from tests.gui.conftest import open_card

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080), (1024, 600)])
def test_the_card_rectangle_lies_inside_the_free_area(screen):
    from ui.card.geometry import card_rect

    available = QRect(0, 0, screen[0], screen[1] - 40)   # a task bar
    rect = card_rect(available)
    assert available.contains(rect)
    if screen == (1920, 1080):
        assert rect.width() > 1280 and rect.height() > 900     # a larger screen is used


def test_a_saved_geometry_from_a_larger_screen_is_brought_inside(qtbot, main_window, demo_archive):
    from ui import settings

    row = customers.list_customers(demo_archive, limit=1)[0]
    card = open_card(qtbot, main_window, row.id)
    available = card.screen().availableGeometry()
    assert available.contains(card.frameGeometry())
    card.resize(available.width() + 400, available.height() + 300)
    card.force_close()
    qtbot.waitUntil(lambda: row.id not in main_window.card_windows)
    assert settings.get("state/card_geometry")
    again = open_card(qtbot, main_window, row.id)
    assert again.screen().availableGeometry().contains(again.frameGeometry())


def test_the_contacts_grid_grows_with_its_rows_and_long_values_have_tooltips(qtbot, main_window, demo_archive):
    card_dto = customers.create_customer(demo_archive, {"name": "很多联系人的公司"})
    email = "service.department.hangzhou@xihu-media-group-international.com.cn"
    for i in range(9):
        contacts.add_contact(demo_archive, card_dto.id, {"name": f"联系人{i}", "email": email})
    card = open_card(qtbot, main_window, card_dto.id)
    view = card.contacts.view
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff   # the page scrolls
    row_height = view.verticalHeader().defaultSectionSize()
    assert view.height() >= 9 * row_height + view.horizontalHeader().height()     # all 9 rows, not 6
    model = card.contacts.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cell = model.index(0, headers.index("电子邮箱"))
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == email


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080), (1024, 600)])
def test_the_main_window_rectangle_lies_inside_the_free_area(screen):
    from ui.card.geometry import window_rect

    available = QRect(0, 0, screen[0], screen[1] - 40)   # a task bar
    rect = window_rect(available, preferred=(1200, 760))
    assert available.contains(rect)
    assert rect.width() <= available.width() - 24 and rect.height() <= available.height() - 24


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080), (1024, 600)])
def test_the_window_with_its_frame_lies_inside_the_free_area(screen):
    """resize() sets a window's inside and the window manager adds its title bar: the inside
    plus a 36-pixel title bar and 4-pixel borders, placed where move() puts the frame, still
    fits (at 1366×768 the main window's status bar was below the screen's edge)."""
    from ui.card.geometry import BORDER, TITLE, inside_of, window_rect

    available = QRect(0, 0, screen[0], screen[1])
    for preferred in ((1200, 760), (1280, 900)):
        frame = window_rect(available, preferred)
        inside = inside_of(frame)
        outer = QRect(frame.x(), frame.y(), inside.width() + 2 * BORDER, inside.height() + TITLE + BORDER)
        assert available.contains(outer), (screen, preferred, outer)


def test_the_main_window_opens_inside_the_free_area(main_window):
    """Within the free area, or at its own minimum where the screen is smaller than that
    (the offscreen test screen can be 800 wide; the menus and toolbar need a little more)."""
    available = main_window.screen().availableGeometry()
    least = main_window.minimumSizeHint()
    assert main_window.width() <= max(available.width() - 24, least.width())
    assert main_window.height() <= max(available.height() - 24, least.height())
    assert main_window.width() < 1200 or available.width() - 24 >= 1200   # not the old fixed size
