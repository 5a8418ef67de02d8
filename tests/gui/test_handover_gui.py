"""The handover wizard from start to confirmation, driven through its widgets."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from models.demo import generator as demo
from models.foundation.changes import Kind
from models.foundation.schema import Customer, Staff
from models.rules import auth
from tests.gui.conftest import PASSWORD, announce, make_user, settle
from ui.handover.records import PendingConfirmationsDialog


def grant_and_request_for(leaver):
    """One active grant and one pending request held by `leaver` (what freezing ends)."""
    from models.access_requests import requests
    from models.foundation.schema import Customer as C
    from models.rules.access import Actor

    me = auth.login(leaver.username, demo.DEMO_PASSWORD)
    others = list(C.select().where(C.owner != leaver.id).limit(2))
    boss = Actor.from_staff(Staff.get(Staff.username == "boss"))
    rid = requests.request_access(me, others[0].code, "拜访前了解合作历史")
    requests.approve(boss, rid)
    requests.request_access(me, others[1].code, "核对联系人")


def _menu_actions(window, title):
    return {a.text(): a for a in window.menu(title).actions()}


def test_wizard_start_to_confirmation(qtbot, main_window, tmp_path):
    window = main_window
    feature = window.handover_feature
    actions = _menu_actions(window, "交接")
    assert {"发起离职交接…", "交接记录"} <= set(actions)
    leaver = Staff.get(Staff.username == "agent01")
    owned = Customer.select().where(Customer.owner == leaver.id).count()
    assert owned > 0

    # step 1: choose the leaver and start (the account freezes)
    actions["发起离职交接…"].trigger()
    wiz = feature.wizard
    qtbot.waitExposed(wiz)
    settle(qtbot, window)   # the list of leavers loads in the background
    wiz.leaver_box.setCurrentIndex(wiz.leaver_box.findData("agent01"))
    wiz.notes.setText("调往华南分公司")
    grant_and_request_for(leaver)
    qtbot.mouseClick(wiz.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # freezing asks first, with the counts; 取消 is the default and changes nothing
    box = wiz.confirm
    qtbot.waitExposed(box)
    assert box.text().startswith(f"将冻结 {leaver.display_name} 的账号，结束其 1 项授权与 1 项待审申请")
    assert f"名下有 {owned} 位客户" in box.text()
    assert box.defaultButton().text() == "取消"
    box.defaultButton().click()
    settle(qtbot, window)
    assert Staff.get_by_id(leaver.id).status == "active"
    qtbot.mouseClick(wiz.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    wiz.confirm.ok_button.click()
    settle(qtbot, window)
    assert wiz.message.text() == ""
    assert Staff.get_by_id(leaver.id).status == "frozen"

    # step 2: the inventory lists every customer in custody
    assert wiz.inventory_model.rowCount() == owned
    assert f"{owned}</b> 位客户" in wiz.inventory_label.text()
    wiz.grab().save(str(tmp_path / "inventory.png"))

    # step 3: receivers, preview, one customer moved by hand
    wiz._show_plan()
    settle(qtbot, window)
    assert not wiz.execute_button.isEnabled()
    wiz.check_receivers(["agent02", "agent03"])
    assert not wiz.execute_button.isEnabled()          # the preview is on its way
    settle(qtbot, window)
    assert wiz.execute_button.isEnabled()
    assert wiz.plan_model.rowCount() == owned
    assert {r.username for r in wiz.the_plan.receivers} == {"agent02", "agent03"}
    first_code = wiz.plan_model.record(0).code
    proxy = wiz.plan_view.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == first_code)
    wiz.plan_view.selectRow(row)
    wiz.reassign_box.setCurrentIndex(wiz.reassign_box.findData("boss"))
    qtbot.mouseClick(wiz.reassign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    line = next(p for p in wiz.the_plan.lines if p.code == first_code)
    assert line.receiver == "boss" and line.overridden
    assert Customer.select().where(Customer.owner == leaver.id).count() == owned  # preview only
    wiz.grab().save(str(tmp_path / "plan.png"))

    # step 4: execute asks first (who gets how many), then runs in the background
    qtbot.mouseClick(wiz.execute_button, Qt.MouseButton.LeftButton)
    box = wiz.confirm
    qtbot.waitExposed(box)
    loads = {r.display_name: r.assigned for r in wiz.the_plan.receivers if r.assigned}
    assert box.text().startswith(f"将把 {owned} 位客户转交给 {len(loads)} 人：")
    assert all(f"{name} {n} 位" in box.text() for name, n in loads.items())
    assert box.defaultButton().text() == "取消"
    box.defaultButton().click()
    assert wiz.stack.currentIndex() != 4
    assert Customer.select().where(Customer.owner == leaver.id).count() == owned
    qtbot.mouseClick(wiz.execute_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wiz.executed, timeout=20000):
        wiz.confirm.ok_button.click()
    assert wiz.stack.currentIndex() == 4
    assert f"{owned} 位客户已移交" in wiz.result_label.text()
    assert Customer.select().where(Customer.owner == leaver.id).count() == 0
    assert Customer.get(Customer.code == first_code).owner.username == "boss"
    pdf = tmp_path / "交接单.pdf"
    assert wiz.save_pdf(str(pdf))
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "客户档案交接单" in text and first_code in text
    wiz.grab().save(str(tmp_path / "result.png"))

    # the records list shows the handover waiting for confirmation
    records = feature.open_records()
    qtbot.waitExposed(records)
    settle(qtbot, window)
    assert records.model.rowCount() == 1
    assert records.model.record(0).status_label == "待接收确认"
    assert {r.username for r in records.detail_model.records} == {"agent02", "agent03", "boss"}

    # the receivers confirm; boss (a receiver too) uses the main window's menu
    for name in ("agent02", "agent03"):
        actor = auth.login(name, demo.DEMO_PASSWORD)
        dialog = PendingConfirmationsDialog(actor)
        qtbot.addWidget(dialog)
        dialog.show()
        n = dialog.model.rowCount()
        assert n > 0 and "待确认" in dialog.heading.text()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == "请先勾选已核对的客户"
        dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == n - 1
        dialog.model.set_all(True)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.heading.text() == "没有待您确认的交接。"
        dialog.close()
    announce(qtbot, window, Kind.HANDOVERS)   # they confirmed on their own PCs
    assert feature.pending_action.text() == "待确认的交接（1）"
    # the pending work stays in sight: a line on the 今日 page and a count on the menu
    assert feature.menu.title() == "交接 ·1(&T)"
    window.pages.setCurrentWidget(window.today_page)
    banner = feature.banner
    assert banner.isVisible() and banner.label.text().startswith("有 1 位交接给您的客户待确认接收")
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    pending = feature.pending
    qtbot.waitExposed(pending)
    settle(qtbot, window)
    pending.grab().save(str(tmp_path / "pending.png"))
    pending.model.set_all(True)
    qtbot.mouseClick(pending.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "交接已全部完成" in pending.message.text()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10000)
    assert feature.menu.title() == "交接(&T)"
    assert Staff.get_by_id(leaver.id).status == "departed"
    records.reload()
    settle(qtbot, window)
    assert records.model.record(0).status_label == "已完成"
    again = tmp_path / "again.pdf"
    assert records.print_to(str(again))
    assert "未确认" not in "".join(p.extract_text() for p in PdfReader(again).pages)


def test_agents_see_only_their_confirmations(qtbot, demo_archive):
    from ui.mainwindow import MainWindow

    agent = auth.login("agent02", demo.DEMO_PASSWORD)
    win = MainWindow(agent)
    qtbot.addWidget(win)
    actions = _menu_actions(win, "交接")
    assert not actions["发起离职交接…"].isVisible()
    assert actions["待确认的交接"].isVisible()
    dialog = win.handover_feature.open_pending()
    settle(qtbot, win)
    assert dialog.heading.text() == "没有待您确认的交接。"
    assert not dialog.confirm_button.isEnabled()


def test_an_admin_only_account_has_no_handover_menu(qtbot, demo_archive):
    from ui.mainwindow import MainWindow

    make_user(demo_archive, "it", "staff", is_admin=True, department="信息部")
    win = MainWindow(auth.login("it", PASSWORD))
    qtbot.addWidget(win)
    actions = _menu_actions(win, "交接")
    assert not any(a.isVisible() or a.isEnabled() for a in actions.values())
    assert "交接(&T)" not in [a.text() for a in win.menuBar().actions() if a.isVisible()]
    win.tasks.wait()


def test_a_started_handover_can_be_continued_from_the_records(qtbot, main_window):
    feature = main_window.handover_feature
    wiz = feature.open_wizard()
    qtbot.waitExposed(wiz)
    settle(qtbot, main_window)
    wiz.leaver_box.setCurrentIndex(wiz.leaver_box.findData("agent02"))
    qtbot.mouseClick(wiz.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    wiz.confirm.ok_button.click()
    settle(qtbot, main_window)
    wiz.reject()   # 稍后继续: the account stays frozen, the handover stays open
    assert Staff.get(Staff.username == "agent02").status == "frozen"
    records = feature.open_records()
    settle(qtbot, main_window)
    assert records.model.record(0).status_label == "待执行"
    assert records.continue_button.isEnabled()
    qtbot.mouseClick(records.continue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main_window)
    again = feature.wizard
    assert again is not wiz and again.stack.currentIndex() == 1
    assert again.inventory.leaver.username == "agent02"
    again._show_plan()
    settle(qtbot, main_window)
    again.split_single.setChecked(True)
    again.check_receivers(["agent03"])
    settle(qtbot, main_window)
    qtbot.mouseClick(again.execute_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.executed, timeout=20000):
        again.confirm.ok_button.click()
    assert Customer.select().where(Customer.owner == Staff.get(Staff.username == "agent02").id).count() == 0
    records.reload()
    settle(qtbot, main_window)
    assert records.model.record(0).status_label == "待接收确认"
    assert not records.continue_button.isEnabled()


def test_checkable_model_passes_modeltester(qtmodeltester):
    from models.handover.dto import HandoverItemInfo
    from ui.handover.common import CheckableModel, customer_columns

    model = CheckableModel(customer_columns(with_status=False))
    model.set_records([HandoverItemInfo(i, f"KH{i:06d}", f"客户{i}", "ABC"[i % 3], i, 0, 1, "li",
                                        "李客服", None, "") for i in range(1, 6)])
    qtmodeltester.check(model)
    model.setData(model.index(2, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert [r.code for r in model.checked_records()] == ["KH000003"]
    assert model.index(2, 3).data(Qt.ItemDataRole.UserRole) == 3   # contacts: sorts on the number
