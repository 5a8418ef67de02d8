"""帮助 → 关于: what IT asks first — the version, the archive's location and schema version, and
where the log and the crash reports are — with a button to open that folder and one to copy
the details for a support e-mail.

The facts come from models/maintenance/about.py (the `version` command prints the same) and
are read on the window's task runner (ui.operations.run_query): the dialog opens at once and
says 正在读取… until they arrive, so a lost PostgreSQL server cannot freeze it. The copied text
is plain `key: value` lines in English keys so IT can paste it anywhere; it names no customer
and no password (a PostgreSQL URL is shown without its password).
"""
from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from models.accounts import staff
from models.maintenance import about
from ui.app_icon import ICON_PATH
from ui.operations import run_query
from ui.widgets.form import ERROR_STYLE


def gather() -> tuple[about.AboutFacts, str]:
    """Worker thread: the facts and the company's name (decoration: "" when unreadable)."""
    facts = about.facts_of_open_archive()
    try:
        company = staff.company_name()
    except Exception:  # noqa: BLE001 - the name is decoration only
        company = ""
    return facts, company


def details_text(facts: about.AboutFacts) -> str:
    """The lines 复制详细信息 puts on the clipboard."""
    frozen = " (frozen build)" if getattr(sys, "frozen", False) else ""
    return "\n".join([
        f"Client Archive {facts.program_version}{frozen}",
        f"archive: {facts.archive}",
        f"archive schema: {facts.archive_schema if facts.archive_schema is not None else '-'}"
        f" (program schema {facts.program_schema})",
        f"log folder: {facts.log_dir}",
        f"python: {sys.version.split()[0]}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"system: {platform.platform()}",
    ]) + "\n"


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于客户档案管家"))
        self.facts: about.AboutFacts | None = None
        self.heading = QLabel(self.tr("<h3>客户档案管家</h3>"), self)
        blurb = QLabel(self.tr("客户资料信息卡（基本资料 + 重要事项记录）、查阅权限、交接与导出。"), self)
        blurb.setWordWrap(True)
        self.company = QLabel("", self)
        self.archive = self._value_label()
        self.schema = self._value_label()
        self.logs = self._value_label()
        self.message = QLabel(self.tr("正在读取…"), self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("本档案："), self.company)
        form.addRow(self.tr("档案位置："), self.archive)
        form.addRow(self.tr("档案版本："), self.schema)
        form.addRow(self.tr("日志与错误报告："), self.logs)
        font_note = QLabel(self.tr("界面字体：Droid Sans Fallback（Apache-2.0）。"), self)
        font_note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(self)
        self.open_logs_button = QPushButton(self.tr("打开日志文件夹"), self)
        self.copy_button = QPushButton(self.tr("复制详细信息"), self)
        for b in (self.open_logs_button, self.copy_button):
            b.setEnabled(False)
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.open_logs_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_details)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(ICON_PATH)).scaledToHeight(
            56, Qt.TransformationMode.SmoothTransformation))
        top.addWidget(icon)
        top.addWidget(self.heading, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(blurb)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(font_note)
        lay.addWidget(buttons)
        self.setMinimumWidth(560)
        run_query(self, gather, success=self._show, failure=self._failed)

    def _value_label(self) -> QLabel:
        label = QLabel("…", self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show(self, result: tuple[about.AboutFacts, str]) -> None:
        facts, company = result
        self.facts = facts
        self.heading.setText(self.tr("<h3>客户档案管家 %1</h3>").replace("%1", facts.program_version))
        self.company.setText(company or "—")
        self.archive.setText(facts.archive or "—")
        schema = "—" if facts.archive_schema is None else str(facts.archive_schema)
        if facts.state == "current":
            self.schema.setText(self.tr("第 %1 版（与本程序一致）").replace("%1", schema))
        else:
            self.schema.setText(self.tr("第 %1 版（本程序为第 %2 版）").replace("%1", schema)
                                .replace("%2", str(facts.program_schema)))
        self.logs.setText(str(facts.log_dir))
        self.message.setText(self.tr("联系 IT 时，请点“复制详细信息”，把内容粘贴到邮件里。"))
        self.message.setStyleSheet("color: #555;")
        self.open_logs_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from ui.crash_dialog import exception_text

        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("读取档案信息失败：%1").replace("%1", exception_text(exc, "about box")))

    def copy_details(self) -> str:
        text = details_text(self.facts) if self.facts is not None else ""
        QGuiApplication.clipboard().setText(text)
        self.message.setText(self.tr("已复制到剪贴板。"))
        return text

    def open_log_folder(self) -> bool:
        if self.facts is None:
            return False
        folder = self.facts.log_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)   # nothing logged yet on a fresh PC
        except OSError:
            pass
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self.message.setText(self.tr("无法打开文件夹，请手动打开：%1").replace("%1", str(folder)))
        return opened
