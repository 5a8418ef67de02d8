"""The 导出 menu in the main window: export with progress/cancel, print preview, import dialog."""
from __future__ import annotations

import os

from openpyxl import Workbook, load_workbook

from models.schema import Customer
from ui import exports


def _feature(win):
    return win.exports_feature


def test_menu_and_excel_export_of_current_filter(qtbot, main_window, tmp_path, monkeypatch):
    win = main_window
    titles = [a.text() for a in win.menu("导出").actions() if a.text()]
    assert titles == ["导出 Excel…", "打印预览…", "打印客户卡…", "保存 PDF…", "导入 Excel…"]
    target = tmp_path / "out" / "archive"
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(target))
    feat = _feature(win)
    feat.excel_action.trigger()
    qtbot.waitUntil(lambda: feat.task is None and feat.last_result is not None, timeout=20000)
    wb = load_workbook(str(target) + ".xlsx")
    assert wb["客户"].max_row == 51
    assert "已导出到" in win.statusBar().currentMessage()


def test_cancelled_export_leaves_no_file(qtbot, main_window, tmp_path, monkeypatch):
    win = main_window
    folder = tmp_path / "cancel"
    folder.mkdir()
    monkeypatch.setattr(exports, "ask_save_path", lambda *a: str(folder / "x.xlsx"))
    from models import exporting

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


def test_print_preview_of_selection_renders_pages(qtbot, main_window, tmp_path):
    win = main_window
    win.table.selectRow(0)
    from PySide6.QtCore import QItemSelectionModel
    win.table.selectionModel().select(win.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    feat = _feature(win)
    assert len(feat.selection().customers) == 2
    feat.preview_action.trigger()
    qtbot.waitUntil(lambda: feat.preview is not None, timeout=20000)
    dlg = feat.preview
    qtbot.addWidget(dlg)
    assert len(dlg.pages) >= 4 and dlg.pages[0].width() > 700
    dlg.grab().save(str(tmp_path / "preview.png"))
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dlg.printed):
        assert dlg.print_to(printer) == len(dlg.pages)
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
    with qtbot.waitSignal(dlg.finished_import, timeout=10000) as blocker:
        dlg.next_button.click()
    assert blocker.args[0].created == 1
    assert Customer.get(Customer.name == "导入甲公司").phone == "021-66668888"


def test_bad_file_is_refused_with_a_message(qtbot, main_window, tmp_path, monkeypatch):
    (tmp_path / "x.xlsx").write_text("nope")
    monkeypatch.setattr(exports, "ask_open_path", lambda *a: str(tmp_path / "x.xlsx"))
    main_window.exports_feature.import_excel()
    assert "不是有效的 Excel" in main_window.message_boxes[-1].text()
