"""Print preview and printing of a PDF of any size, with flat memory.

The PDF stays on disk: pypdfium2 opens it once and renders one page when it is shown, at the
zoom shown (fit width, fit page or a percentage), so 7,000 pages cost what one page costs.
Printing goes page by page (QPainter on the QPrinter, one page rendered at a time, at most
PRINT_DPI), with a progress dialog whose cancel stops between pages and aborts the job, so
nothing half-printed is sent. A page range can be given in the print dialog.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
)

PRINT_DPI = 300   # enough for text on paper; a 1200-dpi A4 page would be 400 MB of pixels
ZOOMS = ("fit_width", "fit_page", 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


class PdfPages:
    """An open PDF that renders one page at a time (scale 1.0 = 72 dpi)."""

    def __init__(self, path):
        import pypdfium2 as pdfium

        self.doc = pdfium.PdfDocument(str(path))
        self.count = len(self.doc)

    def size(self, index: int) -> tuple[float, float]:
        page = self.doc[index]
        try:
            return page.get_size()
        finally:
            page.close()

    def render(self, index: int, scale: float) -> QImage:
        page = self.doc[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB bytes
            img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                         QImage.Format.Format_RGB888)
            out = img.copy()   # detach from pdfium's buffer before it is freed
            bitmap.close()
            return out
        finally:
            page.close()

    def close(self) -> None:
        self.doc.close()


def print_pdf(pages: PdfPages, device, first: int, last: int, *, dpi: float = PRINT_DPI,
              new_page: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None,
              should_stop: Callable[[], bool] | None = None,
              abort: Callable[[], object] | None = None) -> int:
    """Paint pages first..last (1-based, inclusive) onto `device` (a QPrinter, a QPdfWriter or
    any paint device with `new_page`), one rendered page at a time. Returns the pages painted;
    stops between pages when `should_stop()` says so, and then calls `abort()` (QPrinter.abort)
    while the job is still open — ending the painter first would send the pages so far."""
    new_page = new_page or device.newPage
    painter = QPainter()
    if not painter.begin(device):
        return 0
    done = 0
    try:
        for n in range(first, last + 1):
            if should_stop and should_stop():
                if abort:
                    abort()
                break
            if done:
                new_page()
            area = painter.viewport()
            w_pt, _ = pages.size(n - 1)
            scale = min(dpi / 72, area.width() / w_pt) if w_pt else dpi / 72
            img = pages.render(n - 1, scale)
            size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), img)
            del img
            done += 1
            if progress:
                progress(done, last - first + 1)
    finally:
        painter.end()
    return done


class PdfPreviewDialog(QDialog):
    printed = Signal(int)   # pages sent to the printer

    def __init__(self, pdf_path, parent=None, *, temporary: bool = False):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.temporary = temporary
        self.setWindowTitle(tr("打印预览 — 客户资料信息卡"))
        self.resize(860, 900)
        self.pages = PdfPages(self.pdf_path)
        self.current = 0
        self.zoom: object = "fit_width"

        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setStyleSheet("background: white; border: 1px solid #9aa4b2;")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.page_label)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #5b6577; }")

        self.first_button = QPushButton(tr("首页"))
        self.prev_button = QPushButton(tr("上一页"))
        self.next_button = QPushButton(tr("下一页"))
        self.last_button = QPushButton(tr("末页"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.pages.count))
        self.page_box.setKeyboardTracking(False)
        self.info = QLabel(tr("共 %1 页").replace("%1", f"{self.pages.count:,}"))
        self.zoom_box = QComboBox()
        fits = {"fit_width": tr("适合宽度"), "fit_page": tr("适合页面")}
        for value in ZOOMS:
            self.zoom_box.addItem(fits.get(value) or f"{value:.0%}", value)
        self.first_button.clicked.connect(lambda: self.go_to(0))
        self.prev_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.last_button.clicked.connect(lambda: self.go_to(self.pages.count - 1))
        self.page_box.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.zoom_box.currentIndexChanged.connect(lambda i: self.set_zoom(self.zoom_box.itemData(i)))

        self.print_button = QPushButton(tr("打印…"))
        self.print_button.clicked.connect(self.print_pages)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.close)
        nav = QHBoxLayout()
        for w in (self.first_button, self.prev_button, QLabel(tr("第")), self.page_box, self.info,
                  self.next_button, self.last_button):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(QLabel(tr("缩放")))
        nav.addWidget(self.zoom_box)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.print_dialog = None
        self.print_dpi: float = PRINT_DPI
        self.progress: QProgressDialog | None = None
        self._show_page()

    # ---- showing one page ---------------------------------------------------------------
    def scale(self) -> float:
        """The render scale (1.0 = 72 dpi) for the current zoom and viewport."""
        if not self.pages.count:
            return 1.0
        w_pt, h_pt = self.pages.size(self.current)
        view = self.scroll.viewport().size()
        if self.zoom == "fit_width":
            return max(0.1, (view.width() - 24) / w_pt)
        if self.zoom == "fit_page":
            return max(0.1, min((view.width() - 24) / w_pt, (view.height() - 24) / h_pt))
        return float(self.zoom) * self.logicalDpiX() / 72

    def _show_page(self) -> None:
        count = self.pages.count
        for b, ok in ((self.first_button, self.current > 0), (self.prev_button, self.current > 0),
                      (self.next_button, self.current < count - 1), (self.last_button, self.current < count - 1)):
            b.setEnabled(ok)
        if not count:
            return
        self.page_box.blockSignals(True)
        self.page_box.setValue(self.current + 1)
        self.page_box.blockSignals(False)
        pixmap = QPixmap.fromImage(self.pages.render(self.current, self.scale()))
        self.page_label.setPixmap(pixmap)
        self.page_label.resize(pixmap.size())

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.pages.count - 1))
        if index != self.current:
            self.current = index
            self._show_page()

    def set_zoom(self, zoom) -> None:
        self.zoom = zoom
        self._show_page()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom in ("fit_width", "fit_page"):
            self._show_page()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        moves = {Qt.Key.Key_PageDown: self.current + 1, Qt.Key.Key_PageUp: self.current - 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: self.pages.count - 1}
        if key in moves:
            self.go_to(moves[key])
        else:
            super().keyPressEvent(event)

    # ---- printing -------------------------------------------------------------------------
    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(1, max(1, self.pages.count))
        self.print_dialog = QPrintDialog(printer, self)
        self.print_dialog.setMinMax(1, max(1, self.pages.count))
        self.print_dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        self.print_dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog.open()

    def page_range(self, printer: QPrinter) -> tuple[int, int]:
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return printer.fromPage(), min(printer.toPage() or self.pages.count, self.pages.count)
        return 1, self.pages.count

    def print_to(self, printer: QPrinter, first: int | None = None, last: int | None = None) -> int:
        """Print pages first..last (default: the printer's range, else all) page by page."""
        lo, hi = self.page_range(printer)
        first, last = first or lo, last or hi
        dlg = QProgressDialog(tr("正在打印…"), tr("取消"), 0, last - first + 1, self)
        dlg.setWindowTitle(tr("打印"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(500)
        self.progress = dlg

        def progressed(done, total):
            dlg.setValue(done)
            dlg.setLabelText(tr("正在打印第 %1 / %2 页…").replace("%1", str(done)).replace("%2", str(total)))
            QCoreApplication.processEvents()   # the cancel button answers between pages

        done = print_pdf(self.pages, printer, first, last, dpi=self.print_dpi, progress=progressed,
                         should_stop=dlg.wasCanceled, abort=printer.abort)
        cancelled = dlg.wasCanceled()
        dlg.reset()
        dlg.deleteLater()
        self.progress = None
        if cancelled:   # the job was aborted before it closed: nothing half-sent
            out = printer.outputFileName()
            if out:
                Path(out).unlink(missing_ok=True)
            return 0
        self.printed.emit(done)
        return done

    def closeEvent(self, event) -> None:
        self.pages.close()
        self.pages.count = 0
        if self.temporary:
            shutil.rmtree(self.pdf_path.parent, ignore_errors=True)
        super().closeEvent(event)
