"""Two people save the same card: the second save is refused and offers reload or re-apply."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.archive import customers
from models.demo.generator import DEMO_PASSWORD
from models.rules.auth import login
from tests.gui.conftest import open_card, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def two_windows(qtbot, demo_archive):
    """The manager and the card's custodian (an agent), each with the same card open."""
    from ui.mainwindow import MainWindow

    row = customers.list_customers(demo_archive, limit=1)[0]
    agent = login(row.custodian_username, DEMO_PASSWORD)
    windows = []
    for actor in (demo_archive, agent):
        win = MainWindow(actor)
        qtbot.addWidget(win)
        windows.append(win)
    cards = [open_card(qtbot, w, row.id) for w in windows]
    yield row, windows, cards
    for w in windows:
        w.close()


def test_stale_save_names_their_fields_and_reapplies_mine(qtbot, two_windows, demo_archive):
    row, (boss_win, agent_win), (boss_card, agent_card) = two_windows
    agent_card.form.widgets["industry"].setText("新能源汽车")
    qtbot.mouseClick(agent_card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, agent_win)
    assert customers.get_card(demo_archive, row.id).industry == "新能源汽车"

    boss_card.form.widgets["phone"].setText("010-66668888")
    qtbot.mouseClick(boss_card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, boss_win)
    dlg = boss_card.conflict_dialog
    assert dlg.isVisible()
    text = dlg.label.text()
    assert agent_card.actor.display_name in text
    assert "对方修改了：所属行业" in text and "您修改了：电话" in text
    assert customers.get_card(demo_archive, row.id).phone != "010-66668888"   # nothing overwritten

    qtbot.mouseClick(dlg.reapply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, boss_win)
    final = customers.get_card(demo_archive, row.id)
    assert (final.industry, final.phone) == ("新能源汽车", "010-66668888")
    assert boss_card.form.widgets["industry"].text() == "新能源汽车"
    assert not boss_card.save_button.isEnabled()


def test_stale_save_reload_discards_mine(qtbot, two_windows, demo_archive):
    row, (boss_win, agent_win), (boss_card, agent_card) = two_windows
    agent_card.form.widgets["address"].setText("上海市浦东新区世纪大道 100 号")
    qtbot.mouseClick(agent_card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, agent_win)
    boss_card.form.widgets["address"].setText("北京市朝阳区建国路 1 号")
    qtbot.mouseClick(boss_card.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, boss_win)
    dlg = boss_card.conflict_dialog
    assert "两人都改了" in dlg.label.text() and "地址" in dlg.label.text()
    qtbot.mouseClick(dlg.reload_button, Qt.MouseButton.LeftButton)
    assert boss_card.form.widgets["address"].text() == "上海市浦东新区世纪大道 100 号"
    assert customers.get_card(demo_archive, row.id).address == "上海市浦东新区世纪大道 100 号"
    assert not boss_card.save_button.isEnabled()
