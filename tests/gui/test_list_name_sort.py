"""Clicking the 客户名称 header sorts the archive list by pinyin (issue 12)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from models.archive import customers
from tests.gui.conftest import close_window, open_window, wait_loaded

pytestmark = pytest.mark.gui

PINYIN_ORDER = ["2号仓库", "阿里巴巴", "百度在线", "重庆银行", "东方电气", "IBM中国", "MBP科技", "美团点评",
                "七喜电脑", "万迅科技"]


def _shown_names(win) -> list[str]:
    model = win.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def _click_header(qtbot, win, section: int) -> None:
    header = win.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_loaded(qtbot, win)


def test_clicking_the_name_header_sorts_by_pinyin(qtbot, sqlite_archive):
    for name in sorted(PINYIN_ORDER):            # code-point order: 2号…, IBM, MBP, 七喜, 万迅, 东方 …
        customers.create_customer(sqlite_archive, {"name": name})
    win = open_window(qtbot, sqlite_archive)
    try:
        header = win.table.horizontalHeader()
        for _ in range(2):                          # a click, then a click the other way round
            before = header.sortIndicatorOrder() if header.sortIndicatorSection() == 1 else None
            _click_header(qtbot, win, 1)
            assert header.sortIndicatorSection() == 1 and header.sortIndicatorOrder() != before
            ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
            assert _shown_names(win) == (PINYIN_ORDER if ascending else PINYIN_ORDER[::-1])
    finally:
        close_window(win)
