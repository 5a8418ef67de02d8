"""Peak RSS of the print preview and of printing a big PDF (issue 17), offscreen.

    QT_QPA_PLATFORM=offscreen python benchmarks/print_memory.py CARDS.pdf --pages 7000 [--print-pages N]

Repeats the pages of CARDS.pdf (any exported card PDF) up to --pages, opens the preview,
shows every page (or every 50th with --step), then prints --print-pages pages to a QImage
sink (a PDF QPrinter with --to-pdf), and reports the peak RSS after each phase.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--pages", type=int, default=7000)
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--print-pages", type=int, default=0, help="0: all")
    ap.add_argument("--to-pdf", action="store_true")
    a = ap.parse_args()
    from pypdf import PdfReader, PdfWriter

    src = PdfReader(a.source)
    w = PdfWriter()
    while len(w.pages) < a.pages:
        w.append(src, pages=(0, min(len(src.pages), a.pages - len(w.pages))))
    big = Path(tempfile.mkdtemp()) / "big.pdf"
    w.write(str(big))
    del w, src
    print(f"built {a.pages} pages ({big.stat().st_size / 1e6:.0f} MB), peak {peak_mb():.0f} MB")

    from PySide6.QtGui import QImage, QPainter  # noqa: F401
    from PySide6.QtWidgets import QApplication

    from ui.exports.preview import PdfPreviewDialog, print_pdf

    app = QApplication.instance() or QApplication([])
    t = time.time()
    dlg = PdfPreviewDialog(big)
    dlg.show()
    for i in range(0, dlg.pages.count, a.step):
        dlg.go_to(i)
        app.processEvents()
    print(f"preview: {dlg.pages.count} pages shown every {a.step} in {time.time() - t:.0f} s, peak {peak_mb():.0f} MB")
    n = a.print_pages or dlg.pages.count
    t = time.time()
    if a.to_pdf:
        from PySide6.QtPrintSupport import QPrinter

        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(big.with_name("printed.pdf")))
        done = print_pdf(dlg.pages, device, 1, n, dpi=150)
    else:
        sink = QImage(1240, 1754, QImage.Format.Format_RGB32)   # A4 at 150 dpi
        done = print_pdf(dlg.pages, sink, 1, n, dpi=150, new_page=lambda: sink.fill(0xFFFFFF) or True)
    print(f"print: {done} pages in {time.time() - t:.0f} s, peak {peak_mb():.0f} MB")
    dlg.close()


if __name__ == "__main__":
    main()
