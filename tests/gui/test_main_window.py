"""The archive list: search, filters, sorting, paging, state, the extension interface."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from models.archive import customers
from models.archive.customers import ListQuery
from models.foundation.changes import Changes, Kind
from tests.gui.conftest import settle, wait_loaded
from ui.itemmodels.customer_table import CustomerTableModel

pytestmark = pytest.mark.gui


def names(window) -> list[str]:
    m = window.model
    return [m.row_data(r).name for r in range(m.rowCount())]


def test_list_shows_visible_customers_and_total(main_window):
    assert main_window.windowTitle().startswith("王主管（")   # Qt appends the app's name
    assert "王主管" in main_window.windowTitle() and "客服主管" in main_window.windowTitle()
    assert main_window.count_label.text() == "共 50 位客户"
    m = main_window.model
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers == ["客户编号", "客户名称", "分类", "所属行业", "负责客服", "状态", "最后更新"]
    first = m.index(0, 0).data()
    assert first.startswith("KH") and len(first) == 8
    assert m.index(0, 5).data() == "正常"


def test_search_with_one_and_two_chinese_characters(qtbot, main_window, demo_archive):
    customers.create_customer(demo_archive, {"name": "龘鼎贸易有限公司", "cls": "A"})
    customers.create_customer(demo_archive, {"name": "龘象科技"})
    wait_loaded(qtbot, main_window.refresh() or main_window)
    assert main_window.model.total == 52
    # QTest cannot type non-ASCII keys; insert() is what an input method's commit does
    main_window.filter_bar.search.insert("龘")
    qtbot.waitUntil(lambda: main_window.model.total == 2, timeout=3000)
    assert sorted(names(main_window)) == ["龘象科技", "龘鼎贸易有限公司"]
    assert main_window.count_label.text() == "共 2 位客户"
    main_window.filter_bar.search.setText("鼎贸")
    qtbot.waitUntil(lambda: main_window.model.total == 1, timeout=3000)
    assert names(main_window) == ["龘鼎贸易有限公司"]
    main_window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: main_window.model.total == 52, timeout=3000)


def test_search_is_debounced(qtbot, main_window):
    calls = []
    main_window.filter_bar.changed.connect(lambda: calls.append(1))
    qtbot.keyClicks(main_window.filter_bar.search, "KH0000")
    assert calls == []  # typing does not query on every key
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)


def test_filters_by_class_custodian_and_status(qtbot, main_window, demo_archive):
    bar = main_window.filter_bar
    bar.cls.setCurrentIndex(bar.cls.findData("A"))
    wait_loaded(qtbot, main_window)
    expected = customers.count_customers(demo_archive, ListQuery(cls="A"))
    assert 0 < expected < 50
    assert main_window.model.total == expected
    assert {main_window.model.row_data(r).cls for r in range(main_window.model.rowCount())} == {"A"}
    bar.cls.setCurrentIndex(0)
    agent_index = next(i for i in range(bar.owner.count()) if "agent01" in bar.owner.itemText(i))
    bar.owner.setCurrentIndex(agent_index)
    wait_loaded(qtbot, main_window)
    custodians = {main_window.model.row_data(r).custodian_username
                  for r in range(main_window.model.rowCount())}
    assert custodians == {"agent01"}
    bar.owner.setCurrentIndex(0)
    wait_loaded(qtbot, main_window)
    cid = main_window.model.customer_id(0)
    card = customers.get_card(demo_archive, cid)
    customers.archive_customer(demo_archive, cid, card.version, "客户注销")
    bar.status.setCurrentIndex(bar.status.findData("archived"))
    wait_loaded(qtbot, main_window)
    assert main_window.model.total == 1 and main_window.model.index(0, 5).data() == "已归档"
    bar.status.setCurrentIndex(bar.status.findData(None))
    wait_loaded(qtbot, main_window)
    assert main_window.model.total == 50


def test_sorting_requeries_on_raw_values(qtbot, main_window):
    header = main_window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 10, 5))
    wait_loaded(qtbot, main_window)
    assert main_window.model.query.sort == "name"
    got = names(main_window)   # by pinyin (issue 12), not by code point
    from models.foundation.name_order import key
    assert got == sorted(got, key=key) or got == sorted(got, key=key, reverse=True)
    main_window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, main_window)
    codes = [main_window.model.row_data(r).code for r in range(main_window.model.rowCount())]
    assert codes == sorted(codes, reverse=True)
    assert main_window.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == codes[0]


def test_status_column_sorts_archived_cards_together(qtbot, main_window, demo_archive):
    row = customers.list_customers(demo_archive, limit=1)[0]
    card = customers.get_card(demo_archive, row.id, audit_view=False)
    customers.archive_customer(demo_archive, row.id, card.version, "客户已注销")
    bar = main_window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData(None))        # 全部
    main_window.apply_filters()
    wait_loaded(qtbot, main_window)
    main_window.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, main_window)
    assert main_window.model.query.sort == "status"
    statuses = [main_window.model.index(r, 5).data() for r in range(main_window.model.rowCount())]
    assert statuses[0] == "已归档" and statuses.count("已归档") == 1 and len(statuses) == 50


def test_model_pages_lazily(qtbot, demo_archive):
    model = CustomerTableModel(demo_archive, page_size=20)
    model.reload()
    assert model.total == 50 and model.rowCount() == 20 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 40
    model.fetchMore()
    assert model.rowCount() == 50 and not model.canFetchMore()


def test_customer_model_passes_modeltester(qtmodeltester, demo_archive):
    model = CustomerTableModel(demo_archive, page_size=20)
    model.reload()
    qtmodeltester.check(model)


def test_refresh_keeps_selection(qtbot, main_window):
    table = main_window.table
    table.selectRow(3)
    chosen = main_window.selected_customer_ids()
    assert len(chosen) == 1
    main_window.app_events.emit_changes(Changes.of(Kind.CUSTOMERS, Kind.CARD, customers=[chosen[0]]))
    assert main_window.model.loading
    wait_loaded(qtbot, main_window)
    assert main_window.selected_customer_ids() == chosen
    assert main_window.current_customer_id() == chosen[0]


def test_column_widths_and_geometry_are_restored(qtbot, demo_archive):
    from ui.mainwindow import MainWindow

    first = wait_loaded(qtbot, MainWindow(demo_archive))
    qtbot.addWidget(first)
    first.table.setColumnWidth(1, 377)
    first.resize(760, 520)
    first.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, first)
    first.close()
    second = wait_loaded(qtbot, MainWindow(demo_archive))
    qtbot.addWidget(second)
    assert second.table.columnWidth(1) == 377
    # the restored sort order is the one the list is sorted by
    assert (second.model.query.sort, second.model.query.descending) == ("name", False)
    got = names(second)
    from models.foundation.name_order import key
    assert got == sorted(got, key=key)   # by pinyin (issue 12)
    assert (second.size().width(), second.size().height()) == (760, 520)


def test_extension_interface(qtbot, main_window):
    from PySide6.QtGui import QAction

    m1 = main_window.menu("权限")
    assert main_window.menu("权限") is m1
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles.index("权限(&A)") < titles.index("帮助(&H)")
    action = QAction("导出", main_window)
    main_window.add_toolbar_action(action)
    assert action in main_window.toolbar.actions()
    assert isinstance(main_window.current_query(), ListQuery)
    got = []
    main_window.app_events.changed.connect(lambda changes, who: got.append((changes, who)))
    grants = Changes.of(Kind.GRANTS, customers=[7])
    main_window.app_events.emit_changes(grants, main_window)
    main_window.app_events.emit_changes(Changes.none())      # nothing changed: nobody is told
    assert got == [(grants, main_window)]
    main_window.status("完成")
    assert main_window.statusBar().currentMessage() == "完成"


def test_enter_opens_card_and_about_dialog(qtbot, main_window):
    main_window.table.setCurrentIndex(main_window.model.index(2, 0))
    qtbot.keyClick(main_window.table, Qt.Key.Key_Return)
    cid = main_window.model.customer_id(2)
    assert cid in main_window.card_windows
    card = main_window.card_windows[cid]
    settle(qtbot, main_window)   # the card loads in the background
    assert card.heading.text().startswith(main_window.model.row_data(2).code)
    main_window.about_action.trigger()
    assert main_window._about.isVisible()
    assert "客户档案管家" in main_window._about.findChildren(QLabel)[0].text()


def test_new_customer_dialog_files_a_card_and_opens_it(qtbot, main_window):
    from PySide6.QtWidgets import QDialogButtonBox

    main_window.new_action.trigger()
    dlg = main_window._new_dialog
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert dlg.isVisible() and dlg.form.error_text("name") == "请填写客户名称"
    dlg.name.setText("鑫源建材有限公司")
    dlg.cls.setCurrentIndex(dlg.cls.findData("B"))
    dlg.phone.setText("021-5555 6666")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    assert not dlg.isVisible()
    assert main_window.count_label.text() == "共 51 位客户"
    assert main_window.model.row_data(0).name == "鑫源建材有限公司"
    card = main_window.card_windows[main_window.model.customer_id(0)]
    assert card.isVisible() and card.card.cls == "B" and card.card.code.startswith("KH")
