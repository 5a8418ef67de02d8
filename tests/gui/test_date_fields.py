"""Dates as people type them, checked as they type (issue 12): 成立日期 and the project dates."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.archive import customers
from tests.gui.conftest import open_card, settle

pytestmark = pytest.mark.gui


def test_an_impossible_founding_date_is_flagged_at_once_and_a_good_one_reads_iso(qtbot, main_window,
                                                                                  demo_archive):
    row = customers.list_customers(demo_archive, limit=1)[0]
    card = open_card(qtbot, main_window, row.id)
    box = card.form.widgets["founded_on"]
    box.clear()
    QTest.keyClicks(box, "1999-13-45")
    assert card.form.error_text("founded_on") == "“1999-13-45”不是有效日期"   # before any save
    box.clear()
    QTest.keyClicks(box, "2024/3/")
    assert card.form.error_text("founded_on") == ""      # still being typed
    QTest.keyClicks(box, "5")
    assert card.form.error_text("founded_on") == ""
    box.setText("2024年3月5日")
    box.editingFinished.emit()
    assert box.text() == "2024-03-05" and card.form.error_text("founded_on") == ""
    card.save()
    settle(qtbot, main_window)
    assert str(customers.get_card(demo_archive, row.id).founded_on) == "2024-03-05"


def test_a_half_typed_date_is_flagged_when_leaving_the_box(qtbot, main_window, demo_archive):
    card = open_card(qtbot, main_window, customers.list_customers(demo_archive, limit=1)[0].id)
    box = card.form.widgets["founded_on"]
    box.setFocus()
    box.clear()
    QTest.keyClicks(box, "2024/3")
    assert card.form.error_text("founded_on") == ""
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert card.form.error_text("founded_on").startswith("“2024/3”不是可识别的日期")


def test_project_dates_take_what_people_type(qtbot, main_window, demo_archive):
    card = open_card(qtbot, main_window, customers.list_customers(demo_archive, limit=1)[0].id)
    card.edit_project(None)
    dlg = card.project_dialog
    QTest.keyClicks(dlg.started_on, "2024-02-30")
    assert dlg.form.error_text("started_on") == "“2024-02-30”不是有效日期"
    dlg.started_on.setText("2024.3.5")
    assert dlg.form.error_text("started_on") == ""
    dlg.reject()
