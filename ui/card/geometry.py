"""Window sizes: what the screen has room for (QScreen.availableGeometry), never more — a
1366×768 laptop gets a card (and a main window) that fits, a 1920×1080 screen a roomier one."""
from __future__ import annotations

from PySide6.QtCore import QRect

PREFERRED = (1280, 900)   # room for the 12 key-person columns and the form side by side
SHARE = (0.8, 0.9)        # of a larger screen, so the card uses the room it has
MARGIN = 24               # the window frame and a little desktop around it


def window_rect(available: QRect, preferred: tuple[int, int] = PREFERRED) -> QRect:
    """A rectangle inside `available`, centred: `preferred`, or a share of a larger screen."""
    w = min(max(preferred[0], int(available.width() * SHARE[0])), available.width() - MARGIN)
    h = min(max(preferred[1], int(available.height() * SHARE[1])), available.height() - MARGIN)
    x = available.x() + (available.width() - w) // 2
    y = available.y() + (available.height() - h) // 2
    return QRect(x, y, w, h)


def card_rect(available: QRect) -> QRect:
    return window_rect(available, PREFERRED)


def fit_to_screen(window, screen=None, preferred: tuple[int, int] = PREFERRED) -> None:
    """Size and centre the window in the screen's free area (the first open, or a saved
    geometry from a larger screen than this one)."""
    screen = screen or window.screen()
    if screen is not None:
        rect = window_rect(screen.availableGeometry(), preferred)
        window.resize(rect.size())
        window.move(rect.topLeft())


def fits(window) -> bool:
    """Whether the window's saved geometry lies inside this screen's free area."""
    screen = window.screen()
    if screen is None:
        return True
    available, rect = screen.availableGeometry(), window.frameGeometry()
    # before the window is shown its frame is not known yet: leave MARGIN for it
    return (available.contains(rect) and rect.width() <= available.width() - MARGIN
            and rect.height() <= available.height() - MARGIN)
