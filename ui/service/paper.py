"""Paper from the service screens: a record's form, the blank forms, as the app's other PDFs
are offered — the core writes the PDF (through produce_file, audited) into a temporary
folder and the print preview shows it, with 打印… and 另存为 PDF… (which asks the core for
the form again at the chosen path, so the saved copy has its own audit entry)."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from ui import exports as export_ui
from ui.exports.preview import PdfPreviewDialog
from ui.service.common import error_text, tr


class FormPreview(PdfPreviewDialog):
    """The print preview of one form, with 另存为 PDF…."""

    saved = Signal(str)

    def __init__(self, pdf_path, parent, *, main, produce: Callable, file_name: str, title: str):
        super().__init__(pdf_path, parent, temporary=True)
        self.main, self.produce, self.file_name = main, produce, file_name
        self.setWindowTitle(tr("打印预览 — %1").replace("%1", title))
        self.save_button = QPushButton(tr("另存为 PDF…"), self)
        self.save_button.clicked.connect(self.ask_save)
        bar = self.print_button.parentWidget().layout()
        for i in range(bar.count()):                    # the bottom bar holds 打印… and 关闭
            row = bar.itemAt(i).layout()
            if row is not None and row.indexOf(self.print_button) >= 0:
                row.insertWidget(row.indexOf(self.print_button), self.save_button)

    def ask_save(self) -> None:
        path = export_ui.ask_save_path(self, tr("另存为 PDF"), self.file_name, tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def save_to(self, path: str) -> None:
        def done(target):
            self.main.status(tr("已保存 %1").replace("%1", str(target)))
            self.saved.emit(str(target))

        self.main.tasks.run(self.produce, path, on_done=done, on_error=self.main.show_error)


def preview_form(main, parent, produce: Callable, file_name: str, title: str,
                 on_shown: Callable | None = None, on_error: Callable | None = None) -> None:
    """`produce(path)` writes the form (a core call with its actor bound); when it is written
    the preview opens and `on_shown(preview)` is called."""
    target = Path(tempfile.mkdtemp(prefix="client-archive-service-")) / file_name

    def done(path):
        preview = FormPreview(path, parent, main=main, produce=produce, file_name=file_name, title=title)
        preview.show()
        if on_shown is not None:
            on_shown(preview)

    main.tasks.run(produce, target, on_done=done,
                   on_error=on_error or (lambda exc: main.status(error_text(exc))))
