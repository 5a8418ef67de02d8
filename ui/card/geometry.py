"""Window sizes: what the screen has room for (QScreen.availableGeometry), never more — a
1366×768 laptop gets a card (and a main window) that fits, a 1920×1080 screen a roomier one."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PREFERRED = (1280, 900)   # room for the 12 key-person columns and the form side by side
SHARE = (0.8, 0.9)        # of a larger screen, so the card uses the room it has
MARGIN = 24               # a little desktop around the window
# the window manager's frame, not known before the window is first shown: a title bar and
# thin borders (Windows 10/11 ~31 px + 8, openbox/GNOME 22–37 px). resize() sets the inside,
# move() places the frame: without this a 1366×768 screen lost the status bar under its edge.
TITLE, BORDER = 36, 4


def window_rect(available: QRect, preferred: tuple[int, int] = PREFERRED) -> QRect:
    """The window's frame rectangle inside `available`, centred: `preferred`, or a share of a
    larger screen."""
    w = min(max(preferred[0], int(available.width() * SHARE[0])), available.width() - MARGIN)
    h = min(max(preferred[1], int(available.height() * SHARE[1])), available.height() - MARGIN)
    x = available.x() + (available.width() - w) // 2
    y = available.y() + (available.height() - h) // 2
    return QRect(x, y, w, h)


def card_rect(available: QRect) -> QRect:
    return window_rect(available, PREFERRED)


def inside_of(frame: QRect) -> QSize:
    """The size of a window's inside (what resize() sets) whose frame is `frame`."""
    return QSize(frame.width() - 2 * BORDER, frame.height() - TITLE - BORDER)


def fit_to_screen(window, screen=None, preferred: tuple[int, int] = PREFERRED) -> None:
    """Size and centre the window, frame and all, in the screen's free area (the first open,
    or a saved geometry from a larger screen than this one)."""
    screen = screen or window.screen()
    if screen is not None:
        rect = window_rect(screen.availableGeometry(), preferred)
        window.resize(inside_of(rect))
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
