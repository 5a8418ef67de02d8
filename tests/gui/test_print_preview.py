"""The print preview: one page rendered at a time, zoom, navigation, page-by-page printing."""
from __future__ import annotations

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtPrintSupport import QPrinter

from ui.exports.preview import PdfPreviewDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def pdf(tmp_path):
    w = PdfWriter()
    for _ in range(12):
        w.add_blank_page(595, 842)
    path = tmp_path / "p.pdf"
    w.write(str(path))
    return path


def test_navigation_zoom_and_printed_range(qtbot, pdf, tmp_path):
    dlg = PdfPreviewDialog(pdf)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.current == 0 and not dlg.prev_button.isEnabled() and "12" in dlg.info.text()
    dlg.next_button.click()
    assert dlg.current == 1 and dlg.page_box.value() == 2
    dlg.last_button.click()
    assert dlg.current == 11 and not dlg.next_button.isEnabled()
    dlg.page_box.setValue(5)
    assert dlg.current == 4
    dlg.first_button.click()
    assert dlg.current == 0
    dlg.zoom_box.setCurrentIndex(dlg.zoom_box.findData(2.0))
    big = dlg.page_label.pixmap().width()
    dlg.zoom_box.setCurrentIndex(dlg.zoom_box.findData(0.5))
    assert dlg.page_label.pixmap().width() * 3 < big
    dlg.zoom_box.setCurrentIndex(dlg.zoom_box.findData("fit_page"))
    assert dlg.page_label.pixmap().height() <= dlg.scroll.viewport().height()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    with qtbot.waitSignal(dlg.printed) as sig:
        assert dlg.print_to(printer, 3, 7) == 5
    assert sig.args == [5] and len(PdfReader(str(tmp_path / "out.pdf")).pages) == 5
    dlg.close()
