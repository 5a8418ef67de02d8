"""Print preview: the same PDF rendered with pypdfium2 into page images; print them with QPrinter."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def render_pages(path, scale: float = 1.0) -> list[QImage]:
    """Every page of the PDF as a QImage (scale 1.0 = 72 dpi)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        images = []
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=scale, rev_byteorder=True)  # RGB bytes
            data = bytes(bitmap.buffer)
            img = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(img.copy())
        return images
    finally:
        doc.close()


class PdfPreviewDialog(QDialog):
    printed = Signal(int)   # pages sent to the printer

    def __init__(self, pdf_path, parent=None, *, temporary: bool = False, scale: float = 1.3):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.temporary = temporary
        self.setWindowTitle(tr("打印预览 — 客户资料信息卡"))
        self.resize(860, 900)
        self.pages = render_pages(self.pdf_path, scale)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setSpacing(14)
        self.page_labels = []
        for img in self.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setStyleSheet("background: white; border: 1px solid #9aa4b2;")
            col.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #5b6577; }")
        self.info = QLabel(tr("共 %1 页").replace("%1", str(len(self.pages))))
        self.print_button = QPushButton(tr("打印…"))
        self.print_button.clicked.connect(self.print_pages)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.info)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.print_dialog = None

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog = QPrintDialog(printer, self)
        self.print_dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog.open()

    def print_to(self, printer: QPrinter) -> int:
        """Draw each page image, scaled to the printable area (renders at 200 dpi for print)."""
        pages = render_pages(self.pdf_path, scale=200 / 72)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for i, img in enumerate(pages):
                if i:
                    printer.newPage()
                area = painter.viewport()
                size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), img)
        finally:
            painter.end()
        self.printed.emit(len(pages))
        return len(pages)

    def closeEvent(self, event) -> None:
        if self.temporary:
            shutil.rmtree(self.pdf_path.parent, ignore_errors=True)
        super().closeEvent(event)
