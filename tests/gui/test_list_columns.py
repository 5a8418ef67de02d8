"""The archive list's columns (issue 12): the chooser, its memory per user, why a row matched,
a grant's end and archived rows."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from models.access_requests import requests
from models.archive import contacts, customers
from tests.gui.conftest import close_window, make_user, open_window, settle, wait_loaded
from ui.itemmodels.customer_table import ARCHIVED_COLOR, COLUMN_KEYS

pytestmark = pytest.mark.gui


def column(key: str) -> int:
    return COLUMN_KEYS.index(key)


def shown_headers(win) -> list[str]:
    """The headers a user sees, left to right."""
    header, m = win.table.horizontalHeader(), win.model
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [m.headerData(c, Qt.Orientation.Horizontal) for c in logical if not header.isSectionHidden(c)]


def cell(win, customer_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return win.model.index(win.model.row_of(customer_id), column(key)).data(role)


def search(qtbot, win, text: str) -> None:
    win.filter_bar.search.setText(text)
    win.filter_bar.flush()
    wait_loaded(qtbot, win)
    settle(qtbot, win)


def test_the_chooser_shows_and_hides_columns(qtbot, main_window):
    chooser = main_window.list_page.chooser
    assert "城市" not in shown_headers(main_window)
    assert chooser.menu in [a.menu() for a in main_window.menu("视图").actions()]   # 视图 › 列
    chooser.actions["city"].trigger()
    chooser.actions["phone"].trigger()
    settle(qtbot, main_window)
    assert shown_headers(main_window)[:4] == ["客户编号", "客户名称", "城市", "电话"]   # beside the name
    cities = {main_window.model.index(r, column("city")).data() for r in range(main_window.model.rowCount())}
    assert cities and all(cities) and "" not in cities   # demo addresses all name a city
    chooser.actions["industry"].trigger()
    assert "所属行业" not in shown_headers(main_window)
    assert chooser.actions["city"].isChecked() and not chooser.actions["industry"].isChecked()


def test_columns_and_sort_are_remembered_per_user(qtbot, demo_archive):
    first = open_window(qtbot, demo_archive)
    first.list_page.chooser.actions["primary_contact"].trigger()
    first.list_page.chooser.actions["cls"].trigger()
    first.table.sortByColumn(column("name"), Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, first)
    close_window(first)
    first.close()

    again = open_window(qtbot, demo_archive)
    assert "主要联系人" in shown_headers(again) and "分类" not in shown_headers(again)
    assert (again.model.query.sort, again.model.query.descending) == ("name", False)
    from models.foundation import name_order

    names = [again.model.row_data(r).name for r in range(again.model.rowCount())]
    assert names == sorted(names, key=name_order.key)   # by pinyin (issue 12)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column("name"), Qt.SortOrder.AscendingOrder)
    close_window(again)
    again.close()

    other = make_user(demo_archive, "boss2", "manager", display_name="钱主管")
    theirs = open_window(qtbot, other)
    assert shown_headers(theirs) == ["客户编号", "客户名称", "分类", "所属行业", "负责客服", "状态", "最后更新"]
    assert (theirs.model.query.sort, theirs.model.query.descending) == ("updated_at", True)
    close_window(theirs)


def test_a_column_without_an_index_does_not_sort(qtbot, main_window):
    main_window.list_page.chooser.actions["city"].trigger()
    header = main_window.table.horizontalHeader()
    tip = main_window.model.headerData(column("city"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "不能排序" in tip
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column("city")) + 10, 5))
    wait_loaded(qtbot, main_window)
    assert main_window.model.query.sort == "updated_at"
    assert header.sortIndicatorSection() == column("updated_at")   # the arrow stays where the sort is


def test_a_search_says_what_matched(qtbot, main_window, demo_archive):
    card = customers.create_customer(demo_archive, {"name": "巨奥传媒有限公司"})
    contacts.add_contact(demo_archive, card.id, {"name": "詹薇薇", "mobile": "139 1111 2222"})
    assert "匹配" not in shown_headers(main_window)          # nothing to explain without a search
    search(qtbot, main_window, "zhanweiwei")
    assert "匹配" in shown_headers(main_window)
    qtbot.waitUntil(lambda: cell(main_window, card.id, "matches") == "拼音：zhanweiwei → 詹薇薇")
    search(qtbot, main_window, "13911112222")
    qtbot.waitUntil(lambda: cell(main_window, card.id, "matches") == "詹薇薇的手机：139 1111 2222")
    assert "匹配：" in cell(main_window, card.id, "name", Qt.ItemDataRole.ToolTipRole)
    search(qtbot, main_window, "")
    assert "匹配" not in shown_headers(main_window)


def test_an_archived_row_is_grey_and_says_so(qtbot, main_window, demo_archive):
    row = customers.list_customers(demo_archive, limit=1)[0]
    card = customers.get_card(demo_archive, row.id, audit_view=False)
    customers.archive_customer(demo_archive, row.id, card.version, "客户已注销")
    bar = main_window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData(None))        # 全部
    wait_loaded(qtbot, main_window)
    assert cell(main_window, row.id, "status") == "已归档"
    assert cell(main_window, row.id, "name", Qt.ItemDataRole.ForegroundRole) == ARCHIVED_COLOR
    assert "已归档" in cell(main_window, row.id, "name", Qt.ItemDataRole.ToolTipRole)
    active = next(main_window.model.customer_id(r) for r in range(main_window.model.rowCount())
                  if main_window.model.row_data(r).status == "active")
    assert cell(main_window, active, "name", Qt.ItemDataRole.ForegroundRole) is None


def test_an_agent_sees_until_when_a_grant_lets_them_read(qtbot, demo_archive):
    import datetime as dt

    from models.foundation.schema import Grant, utcnow
    from ui.itemmodels.customer_table import SOON_COLOR

    agent = make_user(demo_archive, "temp", "agent", display_name="吴客服")
    card = customers.create_customer(demo_archive, {"name": "临时查阅公司"})
    soon = customers.create_customer(demo_archive, {"name": "即将到期公司"})
    requests.grant(demo_archive, card.code, "temp", scopes="view", days=3)
    ending = requests.grant(demo_archive, soon.code, "temp", scopes="view", days=1)
    Grant.update(expires_at=utcnow() + dt.timedelta(hours=5)).where(Grant.id == ending).execute()
    win = open_window(qtbot, agent)
    assert "权限" in shown_headers(win)
    qtbot.waitUntil(lambda: (cell(win, card.id, "granted_until") or "").startswith("临时查阅，至 "))
    assert "临时查阅" in cell(win, card.id, "name", Qt.ItemDataRole.ToolTipRole)
    text = cell(win, soon.id, "granted_until")
    assert text.startswith(("临时查阅，今天 ", "临时查阅，明天 ")) and text.endswith(" 到期")
    assert cell(win, soon.id, "granted_until", Qt.ItemDataRole.ForegroundRole) == SOON_COLOR
    assert "24小时内" in cell(win, soon.id, "granted_until", Qt.ItemDataRole.ToolTipRole)
    close_window(win)


def test_customer_model_with_every_column_passes_modeltester(qtmodeltester, demo_archive):
    from models.archive.customers import ListQuery
    from ui.itemmodels.customer_table import EXTRA_KEYS, CustomerTableModel

    model = CustomerTableModel(demo_archive, page_size=20)
    model.set_wanted(EXTRA_KEYS)
    model.set_query(ListQuery(text="有限", status=None))
    assert model.rowCount() and model.extras(0) is not None
    qtmodeltester.check(model)
