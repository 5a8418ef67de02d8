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


def test_cancel_mid_way_aborts_the_job_before_it_is_sent(qtbot, pdf, tmp_path):
    """Cancel on the progress dialog after page 3 of 12: printing stops between pages, the job
    is aborted while it is still open (a finished job would already be on its way to the
    printer), and nothing is left: no file, no `printed` signal. (Before: abort came after
    the painter had ended, i.e. after the job was sent.)"""
    dlg = PdfPreviewDialog(pdf)
    qtbot.addWidget(dlg)
    dlg.show()
    rendered = []
    render = dlg.pages.render

    def counting(index, scale):
        rendered.append(index)
        if len(rendered) == 3:
            dlg.progress.cancel()   # the user presses 取消 while page 3 is being printed
        return render(index, scale)

    dlg.pages.render = counting
    states = []
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "cancelled.pdf"
    printer.setOutputFileName(str(out))
    abort = printer.abort

    def watched_abort():
        states.append(printer.printerState())   # still Active: the job is not closed yet
        aborted = abort()
        states.append((aborted, printer.printerState()))
        return aborted

    printer.abort = watched_abort
    with qtbot.assertNotEmitted(dlg.printed):
        assert dlg.print_to(printer) == 0
    assert rendered == [0, 1, 2]                 # stopped between pages
    # abort() is asked while the job is open; Qt's PDF engine (file output, and CUPS on Linux,
    # which submits its PDF when the job ends) cannot abort and says so; Windows' can
    assert states[0] == QPrinter.PrinterState.Active and states[1] == (False, QPrinter.PrinterState.Active)
    assert not out.exists()
    dlg.close()
