"""The 导出 menu in the main window: export with progress/cancel, print preview, import dialog."""
from __future__ import annotations

import os

from openpyxl import Workbook, load_workbook

from models.foundation.schema import Customer
from ui import exports
from ui.exports.options import ExportOptionsDialog


def _feature(win):
    return win.exports_feature


def answer_options(monkeypatch, seen=None, *, scope=None, mask=False, watermark=False):
    """Answer the options dialog as a user would: the real dialog, a few clicks, 确定."""
    def answer(parent, kind, scopes, actor):
        dlg = ExportOptionsDialog(parent, kind, scopes, actor)
        if seen is not None:
            seen.append(dlg)
        if scope is not None:
            button = dlg.scope_buttons[scope]
            assert button.isEnabled(), button.toolTip()
            button.click()
        dlg.mask.setChecked(mask)
        dlg.watermark.setChecked(watermark)
        return dlg.options()
    monkeypatch.setattr(exports, "ask_options", answer)


def test_menu_and_excel_export_of_current_filter(qtbot, main_window, tmp_path, monkeypatch):
    win = main_window
    titles = [a.text() for a in win.menu("导出").actions() if a.text()]
    assert titles == ["导出 Excel…", "打印预览…", "打印客户卡…", "保存 PDF…", "导入 Excel…"]
    target = tmp_path / "out" / "archive"
    target.parent.mkdir()   # a missing folder is refused, never created (test below)
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(target))
    seen = []
    answer_options(monkeypatch, seen)
    feat = _feature(win)
    feat.excel_action.trigger()
    qtbot.waitUntil(lambda: feat.task is None and feat.last_result is not None, timeout=20000)
    # a manager's default is the whole filtered list
    assert seen[0].scope_group.checkedButton().text().startswith("当前列表的全部客户")
    assert "50 位客户" in seen[0].scope_group.checkedButton().text()
    wb = load_workbook(str(target) + ".xlsx")
    assert wb["客户"].max_row == 51
    assert "已导出到" in win.statusBar().currentMessage()


def test_cancelled_export_leaves_no_file(qtbot, main_window, tmp_path, monkeypatch):
    win = main_window
    folder = tmp_path / "cancel"
    folder.mkdir()
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(folder / "x.xlsx"))
    answer_options(monkeypatch)
    from models.transfer import exporting

    started = []
    original = exporting.export_excel

    def slow(*args, is_cancelled=None, progress=None, **kw):
        started.append(1)
        import time
        while not is_cancelled():
            time.sleep(0.01)
        return original(*args, is_cancelled=is_cancelled, progress=progress, **kw)
    monkeypatch.setattr(exporting, "export_excel", slow)
    feat = _feature(win)
    feat.export_excel()
    qtbot.waitUntil(lambda: bool(started))
    assert feat.progress is not None
    from PySide6.QtWidgets import QPushButton
    feat.progress.findChild(QPushButton).click()   # the dialog's 取消 button
    assert feat.task is None and feat.progress is None
    win.tasks.wait(5000)
    assert os.listdir(folder) == []
    assert "已取消" in win.statusBar().currentMessage()


def test_print_preview_of_selection_renders_pages(qtbot, main_window, tmp_path, monkeypatch):
    win = main_window
    seen = []
    answer_options(monkeypatch, seen)
    win.table.selectRow(0)
    from PySide6.QtCore import QItemSelectionModel
    win.table.selectionModel().select(win.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    feat = _feature(win)
    feat.preview_action.trigger()
    qtbot.waitUntil(lambda: feat.preview is not None, timeout=20000)
    # with two rows selected, the selection is what the dialog proposes
    assert seen[0].scope_group.checkedButton().text() == "选中的客户（2 位客户）"
    assert feat.last_result.counts["客户"] == 2
    dlg = feat.preview
    qtbot.addWidget(dlg)
    assert dlg.pages.count >= 4 and dlg.pages.render(0, 1.0).width() > 500   # rendered when shown
    dlg.grab().save(str(tmp_path / "preview.png"))
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dlg.printed):
        assert dlg.print_to(printer) == dlg.pages.count
    assert (tmp_path / "printed.pdf").stat().st_size > 10000
    pdf_dir = dlg.pdf_path.parent
    dlg.close()
    assert not pdf_dir.exists()


def test_import_dialog_mapping_problems_and_import(qtbot, main_window, tmp_path, monkeypatch):
    win = main_window
    wb = Workbook()
    wb.active.append(["公司全称", "电话", "邮箱"])
    wb.active.append(["导入甲公司", "021-66668888", "bad-email"])
    wb.save(tmp_path / "in.xlsx")
    monkeypatch.setattr(exports, "ask_open_path", lambda *a: str(tmp_path / "in.xlsx"))
    feat = _feature(win)
    feat.import_action.trigger()
    dlg = feat.import_dialog
    qtbot.addWidget(dlg)
    assert dlg.combos["电话"].currentData() == "phone" and dlg.combos["公司全称"].currentData() == ""
    dlg.combos["公司全称"].setCurrentIndex(dlg.combos["公司全称"].findData("name"))
    dlg.next_button.click()
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 1 and dlg.task is None, timeout=10000)
    assert dlg.problems.rowCount() == 1 and dlg.problems.item(0, 2).text() == "邮箱"
    assert not dlg.next_button.isEnabled()
    saved = tmp_path / "problems.xlsx"
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(saved))
    dlg.save_problems_button.click()
    assert load_workbook(saved)["问题清单"].max_row == 2
    dlg.grab().save(str(tmp_path / "import.png"))
    wb.active["C2"] = "ok@example.com"
    wb.save(tmp_path / "in.xlsx")
    dlg.back_button.click()
    dlg.next_button.click()
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 1 and dlg.task is None
                    and dlg.report.ok, timeout=10000)
    dlg.next_button.click()   # 开始导入 checks again and says what it will write
    qtbot.waitUntil(lambda: getattr(dlg, "confirm", None) is not None and dlg.confirm.isVisible(),
                    timeout=10000)
    assert dlg.confirm.text().startswith("将导入 1 行：新建 1 位客户，更新 0 位，跳过 0 位")
    assert dlg.confirm.defaultButton() is dlg.confirm.cancel_button
    dlg.confirm.cancel_button.click()
    assert not Customer.select().where(Customer.name == "导入甲公司").exists()
    dlg.next_button.click()
    qtbot.waitUntil(lambda: dlg.confirm.isVisible() and dlg.task is None, timeout=10000)
    with qtbot.waitSignal(dlg.finished_import, timeout=10000) as blocker:
        dlg.confirm.ok_button.click()
    assert blocker.args[0].created == 1
    assert Customer.get(Customer.name == "导入甲公司").phone == "021-66668888"


def test_bad_file_is_refused_with_a_message(qtbot, main_window, tmp_path, monkeypatch):
    (tmp_path / "x.xlsx").write_text("nope")
    monkeypatch.setattr(exports, "ask_open_path", lambda *a: str(tmp_path / "x.xlsx"))
    main_window.exports_feature.import_excel()
    assert "不是有效的 Excel" in main_window.message_boxes[-1].text()


def _select_rows(win, *rows):
    from PySide6.QtCore import QItemSelectionModel
    win.table.selectRow(rows[0])
    for r in rows[1:]:
        win.table.selectionModel().select(win.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                          | QItemSelectionModel.SelectionFlag.Rows)


def test_agent_is_offered_only_their_current_card(qtbot, demo_archive, tmp_path, monkeypatch):
    from models.archive import customers
    from models.demo.generator import DEMO_PASSWORD
    from models.rules.auth import login
    from tests.gui.conftest import close_window, open_window

    owner = customers.list_customers(demo_archive, limit=1)[0].custodian_username
    agent = login(owner, DEMO_PASSWORD)
    win = open_window(qtbot, agent)
    assert win.model.total > 2
    from PySide6.QtCore import QItemSelectionModel
    _select_rows(win, 0, 1)
    win.table.selectionModel().setCurrentIndex(win.model.index(1, 0),
                                               QItemSelectionModel.SelectionFlag.NoUpdate)
    row = win.model.row_data(1)
    dlg = ExportOptionsDialog(win, "pdf", _feature(win).scopes("pdf"), agent)
    qtbot.addWidget(dlg)
    texts = [b.text() for b in dlg.scope_buttons]
    enabled = [b.isEnabled() for b in dlg.scope_buttons]
    assert texts[0] == "选中的客户（2 位客户）" and not enabled[0]
    assert "仅限客服主管" in dlg.scope_buttons[0].toolTip()
    assert texts[1] == f"当前客户 {row.code} {row.name}（1 位客户）" and enabled[1]
    assert texts[2].startswith("当前列表的全部客户") and not enabled[2]
    assert dlg.scope_group.checkedButton() is dlg.scope_buttons[1]
    dlg.open()
    qtbot.waitExposed(dlg)
    # a PDF offers the watermark (off unless asked); an Excel file has nowhere to put one
    assert dlg.watermark.isVisible() and dlg.watermark.text() == "加浅色水印（打印人姓名）"
    assert not dlg.watermark.isChecked()
    dlg.reject()
    excel = ExportOptionsDialog(win, "excel", _feature(win).scopes("excel"), agent)
    qtbot.addWidget(excel)
    excel.open()
    qtbot.waitExposed(excel)
    assert excel.mask.isVisible() and not excel.watermark.isVisible()
    excel.reject()

    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(tmp_path / "mine"))
    answer_options(monkeypatch)
    feat = _feature(win)
    feat.pdf_action.trigger()
    qtbot.waitUntil(lambda: feat.task is None and feat.last_result is not None, timeout=20000)
    assert feat.last_result.counts["客户"] == 1
    assert (tmp_path / "mine.pdf").exists()
    close_window(win)


def test_manager_prints_whole_list_masked_with_watermark(qtbot, main_window, tmp_path, monkeypatch):
    import re

    from pypdf import PdfReader

    from models.foundation.schema import AuditEntry

    win = main_window
    _select_rows(win, 3)
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(tmp_path / "all.pdf"))
    seen = []
    answer_options(monkeypatch, seen, scope=-1, mask=True, watermark=True)
    feat = _feature(win)
    feat.pdf_action.trigger()
    qtbot.waitUntil(lambda: feat.task is None and feat.last_result is not None, timeout=60000)
    assert seen[0].scope_buttons[-1].text().startswith("当前列表的全部客户：正常客户（50 位客户）")
    assert feat.last_result.counts["客户"] == 50
    reader = PdfReader(str(tmp_path / "all.pdf"))
    text = "".join(re.sub(r"\s+", "", p.extract_text() or "") for p in reader.pages)
    codes = [c.code for c in Customer.select(Customer.code).where(Customer.status == "active")]
    assert all(code in text for code in codes)
    assert "\u2022" * 4 in text                         # sensitive fields masked
    from models.foundation.schema import Contact
    hobbies = {c.hobbies for c in Contact.select(Contact.hobbies) if c.hobbies}
    assert hobbies and not any(h in text for h in hobbies)
    watermark = win.actor.display_name + "内部资料注意保密"
    assert text.count(watermark) >= 3 * len(reader.pages)   # three diagonal lines on every page
    entry = AuditEntry.select().where(AuditEntry.action == "export_pdf").order_by(AuditEntry.id.desc()).get()
    assert '"sensitive": false' in entry.details and '"watermark": true' in entry.details


def test_excel_defaults_to_the_selection_and_bulk_exports_to_masked(qtbot, main_window):
    """Issue 12: with rows selected the export starts from them, not the whole list; a bulk
    export starts masked, one card unmasked; a choice the user made stays."""
    win = main_window
    _select_rows(win, 0, 1, 2)
    dlg = ExportOptionsDialog(win, "excel", _feature(win).scopes("excel"), win.actor)
    qtbot.addWidget(dlg)
    assert dlg.scope_group.checkedButton().text() == "选中的客户（3 位客户）"
    assert dlg.mask.isChecked()                       # 3 cards: a bulk export
    one = next(b for b in dlg.scope_buttons if b.text().startswith("当前客户"))
    one.click()
    assert not dlg.mask.isChecked()                   # one card: the whole card
    dlg.mask.click()                                  # the user ticks it: their own choice ...
    dlg.scope_buttons[0].click()
    one.click()
    assert dlg.mask.isChecked()                       # ... is kept
    win.table.clearSelection()
    nothing = ExportOptionsDialog(win, "excel", _feature(win).scopes("excel"), win.actor)
    qtbot.addWidget(nothing)
    assert nothing.scope_group.checkedButton().text().startswith("当前列表的全部客户")
    assert nothing.mask.isChecked()
