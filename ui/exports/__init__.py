"""The 导出 menu: Excel export, printing customer cards (preview, printer, PDF) and Excel import.

Long work runs in window.tasks with a progress dialog and a cancel button; a cancelled export
leaves no file (models/exporting.py writes to a temporary file and renames on success).
File choosers are module-level functions so tests can answer them without a modal dialog.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog

if TYPE_CHECKING:   # the export service and the options dialog load on first use (start-up time)
    from ui.exports.options import ExportOptions, Scope


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def ask_save_path(parent, title: str, suggested: str, pattern: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path


def ask_open_path(parent, title: str, pattern: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return path


def ask_options(parent, kind: str, scopes: list[Scope], actor) -> ExportOptions | None:
    from ui.exports.options import ExportOptionsDialog

    dialog = ExportOptionsDialog(parent, kind, scopes, actor)
    return dialog.options() if dialog.exec() == ExportOptionsDialog.DialogCode.Accepted else None


class ExportsFeature(QObject):
    """Owns the menu actions and the running export (one at a time)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self.task = None
        self.last_result = None
        self.preview = None
        self.import_dialog = None
        menu = window.menu(tr("导出"))
        self.excel_action = QAction(tr("导出 Excel…"), self)
        self.excel_action.triggered.connect(self.export_excel)
        self.preview_action = QAction(tr("打印预览…"), self)
        self.preview_action.triggered.connect(lambda: self.print_cards("preview"))
        self.print_action = QAction(tr("打印客户卡…"), self)
        self.print_action.triggered.connect(lambda: self.print_cards("print"))
        self.pdf_action = QAction(tr("保存 PDF…"), self)
        self.pdf_action.triggered.connect(lambda: self.print_cards("pdf"))
        self.import_action = QAction(tr("导入 Excel…"), self)
        self.import_action.triggered.connect(self.import_excel)
        # an import creates cards: greyed, with the reason, for those who may not create them
        from models.rules import access
        refused = access.denial_reason(window.actor, access.CREATE)
        self.import_action.setEnabled(not refused)
        if refused:
            self.import_action.setToolTip(refused)
            self.import_action.setStatusTip(refused)
            self.import_action.setText(tr("导入 Excel…（%1）").replace("%1", refused))
        for a in (self.excel_action, None, self.preview_action, self.print_action, self.pdf_action,
                  None, self.import_action):
            menu.addSeparator() if a is None else menu.addAction(a)

    # ---- what to export or print ---------------------------------------------------------
    def scopes(self, kind: str) -> list[Scope]:
        """The choices for the options dialog: this card, the selected rows, the whole list."""
        from models.transfer.exporting import Selection
        from ui.exports.options import Scope

        window = self.window
        out = []
        current = window.current_customer_id()
        if current is not None:
            row = window.model.row_data(window.model.row_of(current))
            label = f"{row.code} {row.name}" if row is not None else ""
            out.append(Scope(tr("当前客户 %1").replace("%1", label).strip(), Selection(customers=(current,)), 1))
        ids = window.selected_customer_ids()
        if len(ids) > 1:
            out.insert(0, Scope(tr("选中的客户"), Selection(customers=tuple(ids)), len(ids)))
        query = window.current_query()
        listed = Scope(tr("当前列表的全部客户：%1").replace("%1", Selection(query=query).describe_zh()),
                       Selection(query=query), window.model.total)
        if kind == "excel" and not ids:   # nothing selected: a workbook is usually the whole list
            out.insert(0, listed)
        else:                               # the selection first (issue 12), the whole list last
            out.append(listed)
        return out

    # ---- running in the background ---------------------------------------------------------
    def _start(self, label: str, fn, *args, on_done, **kwargs) -> None:
        if self.task is not None:
            self.window.status(tr("另一项导出正在进行"))
            return
        dlg = QProgressDialog(label, tr("取消"), 0, 0, self.window)
        dlg.setWindowTitle(tr("请稍候"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self.progress = dlg
        dlg.canceled.connect(self.cancel)

        def done(result):
            self._finish()
            on_done(result)

        def failed(exc):
            self._finish()
            self.window.show_error(exc)

        def progressed(value, total):
            if self.progress is not None and total:
                self.progress.setMaximum(total)
                self.progress.setValue(value)
        self.task = self.window.tasks.run(fn, *args, on_done=done, on_error=failed,
                                          on_progress=progressed, **kwargs)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.window.status(tr("已取消，未生成文件"))
        self._finish()

    def _finish(self) -> None:
        self.task = None
        if self.progress is not None:
            dlg, self.progress = self.progress, None
            dlg.canceled.disconnect(self.cancel)
            dlg.reset()
            dlg.deleteLater()

    # ---- actions -----------------------------------------------------------------------------
    def export_excel(self) -> None:
        options = ask_options(self.window, "excel", self.scopes("excel"), self.window.actor)
        if options is None:
            return
        path = ask_save_path(self.window, tr("导出 Excel"), tr("客户档案.xlsx"), tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from models.transfer import exporting

        self._start(tr("正在导出 Excel…"), exporting.export_excel, self.window.actor, path, options.selection,
                    include_sensitive=options.include_sensitive, on_done=self._exported)

    def _exported(self, result) -> None:
        self.last_result = result
        # k: a sheet name of the (Chinese) workbook, shown as the file has it
        rows = tr("，").join(tr("%1 %2 行").replace("%1", k).replace("%2", str(v))
                            for k, v in result.counts.items())
        self.window.status(tr("已导出到 %1（%2）").replace("%1", str(result.path)).replace("%2", rows))

    def print_cards(self, mode: str) -> None:
        options = ask_options(self.window, "pdf", self.scopes("pdf"), self.window.actor)
        if options is None:
            return
        if mode == "pdf":
            path = ask_save_path(self.window, tr("保存 PDF"), tr("客户资料信息卡.pdf"), tr("PDF 文件 (*.pdf)"))
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        else:
            folder = Path(tempfile.mkdtemp(prefix="client-archive-print-"))
            path = str(folder / "客户资料信息卡.pdf")

        def done(result):
            self.last_result = result
            if mode == "pdf":
                self.window.status(tr("已保存 %1（%2 页）").replace("%1", str(result.path))
                                   .replace("%2", str(result.counts["页数"])))
                return
            from ui.exports.preview import PdfPreviewDialog

            self.preview = PdfPreviewDialog(result.path, self.window, temporary=True)
            self.preview.show()
            if mode == "print":
                self.preview.print_pages()
        from models.transfer import exporting

        self._start(tr("正在生成客户资料信息卡…"), exporting.export_pdf, self.window.actor, path,
                    options.selection, watermark=options.watermark,
                    include_sensitive=options.include_sensitive, template=options.template,
                    duplex=options.duplex, newest_first=options.newest_first, on_done=done)

    def import_excel(self) -> None:
        path = ask_open_path(self.window, tr("导入 Excel"), tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        from ui.exports.import_dialog import ImportDialog

        try:
            self.import_dialog = ImportDialog(self.window, path)
        except Exception as exc:  # noqa: BLE001 - ArchiveError for a bad file; shown to the user
            self.window.show_error(exc)
            return
        self.import_dialog.open()


def install(window) -> ExportsFeature:
    window.exports_feature = ExportsFeature(window)
    return window.exports_feature
