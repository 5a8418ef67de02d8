"""服务单列表 → 导出 Excel… (issue 14): the selection, else the filtered list; the workbook's
first columns under the very labels the list's header shows."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from models.service import records
from tests.gui.test_service_gui import desk  # noqa: F401 - the fixture
from tests.unit.test_service_export import read_sheet


def _export(qtbot, lst, target, monkeypatch):
    monkeypatch.setattr("ui.exports.ask_save_path", lambda *_a: str(target))
    with qtbot.waitSignal(lst.exported, timeout=20000) as got:
        lst.export_button.click()
    rows, setup = read_sheet(target)
    return got.args, rows, setup


def test_the_list_exports_its_rows_or_the_selection(qtbot, desk, tmp_path, monkeypatch):  # noqa: F811
    win, li, _boss, card = desk
    made = [records.open_record(li, card.code, kind=k, title=t)
            for k, t in (("投诉", "态度差"), ("维修", "空调不制冷"), ("维修", "冰箱异响"))]
    lst = win.service_feature.open_list()
    qtbot.waitUntil(lambda: not lst.loading and lst.model.rowCount() == 3, timeout=10000)
    (path, count), rows, setup = _export(qtbot, lst, tmp_path / "all.xlsx", monkeypatch)
    assert count == 3 and len(rows) == 4 and lst.count.text() == f"已导出 3 张服务单到 {path}"
    screen = [lst.model.headerData(c, Qt.Orientation.Horizontal) for c in range(lst.model.columnCount())]
    assert [v for v, _ in rows[0]][:len(screen)] == screen
    assert setup["orientation"] == "landscape" and setup["fitToWidth"] == "1"
    assert setup["titles"] == ["'服务单'!$1:$1"]

    with qtbot.waitSignal(lst.loaded, timeout=10000):
        lst.kind.setCurrentIndex(lst.kind.findData("维修"))
    (_p, count), rows, _s = _export(qtbot, lst, tmp_path / "repairs.xlsx", monkeypatch)
    assert count == 2 and {r[0][0] for r in rows[1:]} == {made[1].number, made[2].number}

    sel = lst.table.selectionModel()
    sel.select(lst.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
               | QItemSelectionModel.SelectionFlag.Rows)
    (_p, count), rows, _s = _export(qtbot, lst, tmp_path / "one.xlsx", monkeypatch)
    assert count == 1 and rows[1][0][0] == lst.model.record(1).number
