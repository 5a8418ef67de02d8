"""Peak RSS and wall time of the print preview and of printing a big PDF (issue 17), offscreen.

    QT_QPA_PLATFORM=offscreen python benchmarks/print_memory.py CARDS.pdf [--pages 7000]
                                             [--dpi 300] [--print-pages N] [--phases floor,preview,print]

CARDS.pdf is any exported card PDF (`main.py export pdf OUT.pdf --all` over a generated
archive); its pages are repeated up to --pages in a separate process, so building the big file
never counts. Each phase then runs in its own fresh process and reports its own peak RSS:

- floor:   the bare process — QApplication, the PDF opened, ONE page rendered and shown in
           the preview dialog, one page printed; what any preview costs;
- preview: the preview dialog showing every page in turn (go_to each page at fit width);
- print:   PdfPreviewDialog.print_to, the app's own path (progress dialog, page by page,
           cancel between pages), onto a PDF QPrinter at --dpi — the same raster path a real
           printer gets; --print-pages limits the range (default: every page).

Why print is slow: each page is a raster image Qt's PDF engine compresses (~0.7 s a page at
300 dpi on this machine, ~0.3 s at 150 dpi); memory stays one page deep whatever the count.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(source: str, pages: int, out: Path) -> int:
    from pypdf import PdfReader, PdfWriter

    src = PdfReader(source)
    w = PdfWriter()
    while len(w.pages) < pages:
        w.append(src, pages=(0, min(len(src.pages), pages - len(w.pages))))
    w.write(str(out))
    return len(w.pages)


def phase(name: str, big: Path, dpi: float, print_pages: int) -> dict:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ui import pyside_compat
    from ui.exports import preview

    # as the app does at start-up (ui.app): without it, PySide6 6.12 on Python 3.11 drops a
    # reference to None per call and the process aborts ("none_dealloc") after a few
    # thousand pages — why the print phase of the earlier run ended without a result
    pyside_compat.install()
    app = QApplication.instance() or QApplication([])
    before = peak_mb()
    t = time.perf_counter()
    dlg = preview.PdfPreviewDialog(big)
    dlg.show()
    app.processEvents()
    out = big.with_name(f"printed-{name}.pdf")

    def printer() -> QPrinter:
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(out))
        return device

    done = 0
    if name == "floor":
        done = preview.print_pdf(dlg.pages, printer(), 1, 1, dpi=dpi)
    elif name == "preview":
        for i in range(dlg.pages.count):
            dlg.go_to(i)
            app.processEvents()
        done = dlg.current + 1
    elif name == "print":
        dlg.print_dpi = dpi
        done = dlg.print_to(printer(), 1, min(print_pages or dlg.pages.count, dlg.pages.count))
    seconds = time.perf_counter() - t
    dlg.close()
    dlg.deleteLater()
    app.processEvents()   # dialogs gone before the interpreter tears Qt down
    size = out.stat().st_size if out.exists() else 0
    out.unlink(missing_ok=True)
    return {"phase": name, "pages": done, "seconds": round(seconds, 1), "peak_mb": round(peak_mb()),
            "qt_loaded_mb": round(before), "dpi": dpi, "output_mb": round(size / 1e6)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source", help="a card PDF, or the big PDF itself with --phase")
    ap.add_argument("--pages", type=int, default=7000)
    ap.add_argument("--dpi", type=float, default=300)
    ap.add_argument("--print-pages", type=int, default=0, help="0: every page")
    ap.add_argument("--phases", default="floor,preview,print")
    ap.add_argument("--phase", help=argparse.SUPPRESS)   # internal: run one phase in this process
    a = ap.parse_args()
    if a.phase:
        print(json.dumps(phase(a.phase, Path(a.source), a.dpi, a.print_pages)), flush=True)
        return
    big = Path(tempfile.mkdtemp()) / "big.pdf"
    n = build(a.source, a.pages, big)
    print(f"built {n:,} pages ({big.stat().st_size / 1e6:.0f} MB) from {a.source}", flush=True)
    results = []
    for name in a.phases.split(","):
        run = subprocess.run([sys.executable, __file__, str(big), "--phase", name, "--dpi", str(a.dpi),
                              "--print-pages", str(a.print_pages)], capture_output=True, text=True)
        lines = [x for x in run.stdout.splitlines() if x.startswith("{")]
        if run.returncode:   # a crash is reported, never hidden
            print(f"{name}: exit {run.returncode}{' after its result' if lines else ''}\n{run.stderr[-2000:]}",
                  flush=True)
        if not lines:
            continue
        r = json.loads(lines[-1])
        r["exit"] = run.returncode
        results.append(r)
        print(json.dumps(r), flush=True)
    big.unlink()
    for r in results:
        print(f"| {r['phase']}: {r['pages']:,} pages | {r['seconds']:,} s | {r['peak_mb']} MB |"
              f" (Qt + dialog class loaded: {r['qt_loaded_mb']} MB; {r['dpi']:.0f} dpi) |")


if __name__ == "__main__":
    main()
