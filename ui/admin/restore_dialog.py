"""管理 › 从备份恢复… and the status bar's 上次备份 (issue 18).

The dialog lists the copies in the archive's backups folder (or any file chosen with
浏览…), checks the chosen one off the UI thread (models.maintenance.restore.inspect_backup:
integrity, version, audit chain and head) and shows what it holds and what will happen;
恢复 then runs the restore off the UI thread. Afterwards the accounts may differ, so the
session ends and the login dialog says what was done (and how to undo it).

While the app stays open, the day's automatic copy is checked every half hour (the check
is one directory listing; the copy runs on the task runner).

`install(window)` (FEATURE_MODULES) adds the menu item — shown to admins, enabled for a
manager with the admin capability, like 备份档案… — and a permanent status-bar label: when
the last copy was taken (SQLite), or for admins of a PostgreSQL archive when no server
dump has been recorded for 7 days.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.foundation import db
from models.foundation.changes import Kind
from models.foundation.errors import ArchiveError
from models.maintenance import backups
from models.rules import access
from ui.operations import run_op, run_query

DAILY_CHECK_MS = 30 * 60 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


KIND_TEXT = {"daily": QT_TRANSLATE_NOOP("RestoreDialog", "每日"),
             "weekly": QT_TRANSLATE_NOOP("RestoreDialog", "每周"),
             "pre-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "升级前"),
             "pre-import": QT_TRANSLATE_NOOP("RestoreDialog", "导入前"),
             "manual": QT_TRANSLATE_NOOP("RestoreDialog", "手动"),
             "pre-restore": QT_TRANSLATE_NOOP("RestoreDialog", "恢复前")}


def kind_text(kind: str) -> str:
    return tr(KIND_TEXT.get(kind, kind))


class RestoreDialog(QDialog):
    """Pick a copy → 检查 → what it holds and what will happen → 恢复."""

    restored = Signal(object)    # RestoreResult
    failed = Signal(object)      # the exception

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.info = None
        self.setWindowTitle(tr("从备份恢复"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("选择要恢复的备份（档案旁边 backups 文件夹里的副本，或用“浏览…”选择其他文件）："), self))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([tr("备份时间"), tr("类型"), tr("大小")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._picked)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.path_label = QLabel(self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        row.addWidget(self.path_label, 1)
        self.browse_button = QPushButton(tr("浏览…"), self)
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.report = QLabel(tr("选择一份备份后，程序会先检查它（完整性、版本、审计日志），再显示其中的内容。"), self)
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.report)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(tr("恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path: Path | None = None
        self.copies = []
        self.reload()

    def reload(self) -> None:
        archive = backups.archive_file()
        self.copies = backups.list_copies(archive) if archive is not None else []
        self.table.setRowCount(len(self.copies))
        for i, copy in enumerate(self.copies):
            for col, text in enumerate((f"{copy.taken:%Y-%m-%d %H:%M:%S}", kind_text(copy.kind),
                                        f"{copy.size / 1048576:.1f} MB")):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _picked(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if rows:
            self.choose(self.copies[min(rows)].path)

    def browse(self) -> None:
        archive = backups.archive_file()
        start = str(backups.folder_for(archive)) if archive is not None else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("选择备份文件"), start, tr("档案备份 (*.db)"))
        if path:
            self.table.clearSelection()
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        """Check `path` in the background; show what it holds."""
        from models.maintenance import restore

        self.path, self.info = Path(path), None
        self.path_label.setText(str(path))
        self.restore_button.setEnabled(False)
        self.report.setText(tr("正在检查备份…"))
        run_query(self, restore.inspect_backup, self.window_.actor, self.path,
                  success=lambda info, p=self.path: self._checked(p, info),
                  failure=lambda exc, p=self.path: self._refused(p, exc))

    def _checked(self, path: Path, info) -> None:
        from models.maintenance import restore

        if path != self.path:
            return   # another copy was chosen meanwhile
        self.info = info
        lines = restore.describe(info)
        archive = backups.archive_file()
        what = tr("恢复将：① 把当前档案另存为一份“恢复前”备份（在 %1，恢复它即可撤销）；"
                  "② 用这个备份替换当前档案；③ 恢复后请重新登录。").replace(
            "%1", str(backups.folder_for(archive)) if archive is not None else "")
        self.report.setText("\n".join([tr("检查通过。"), *lines, "", what]))
        self.restore_button.setEnabled(True)

    def _refused(self, path: Path, exc: BaseException) -> None:
        if path != self.path:
            return
        text = exc.message if isinstance(exc, ArchiveError) else str(exc)
        self.report.setText(tr("不能用这个备份恢复：%1").replace("%1", text))

    def restore(self) -> None:
        from models.maintenance import restore

        if self.info is None or self.path is None:
            return
        self.restore_button.setEnabled(False)
        self.table.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.report.setText(self.report.text() + "\n\n" + tr("正在恢复，请稍候…"))
        run_op(self, restore.restore_archive, self.window_.actor, self.path,
               success=self._done, failure=self._failed)

    def _done(self, result) -> None:
        self.restored.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.table.setEnabled(True)
        self.browse_button.setEnabled(True)
        text = exc.message if isinstance(exc, ArchiveError) else str(exc)
        self.report.setText(tr("恢复没有完成：%1").replace("%1", text))
        self.failed.emit(exc)


def status_text(status) -> str:
    """The status bar's words for a BackupStatus ('' when there is nothing to say)."""
    if status.postgres:
        if status.overdue:
            since = (tr("最近登记：%1").replace("%1", status.recorded_on.isoformat())
                     if status.recorded_on else tr("尚未登记"))
            return tr("提醒：服务器备份已超过 7 天未登记（%1）。pg_dump 后运行 backups --record").replace("%1", since)
        return tr("服务器备份登记于 %1").replace("%1", status.recorded_on.isoformat())
    if status.failure:
        return tr("自动备份失败：%1").replace("%1", status.failure)
    if status.last is None:
        return tr("尚无备份")
    return (tr("上次备份：%1（%2）").replace("%1", f"{status.last.taken:%Y-%m-%d %H:%M}")
            .replace("%2", kind_text(status.last.kind)))


class RestoreFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: RestoreDialog | None = None
        can_admin = window.capabilities.can_admin
        self.action = QAction(tr("从备份恢复…"), window)
        refused = access.denial_reason(window.actor, access.BACKUP)
        self.action.setToolTip(tr(refused) if refused else
                               tr("检查一份备份并用它替换当前档案（当前档案先另存为备份，可以撤销）"))
        self.action.setVisible(can_admin)
        self.action.setEnabled(not refused)
        self.action.triggered.connect(self.open)
        window.menu(tr("管理")).addAction(self.action)
        self.show_admin_reminder = can_admin
        self.label = QLabel(window)
        window.statusBar().addPermanentWidget(self.label)
        window.app_events.changed.connect(self._changed)
        # an office PC may keep the app open for days: the day's copy is checked every half hour
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.daily_check)
        if backups.archive_file() is not None:
            self.daily_timer.start()
        self.refresh()

    def daily_check(self) -> None:
        url = db.current_url()
        if url:
            run_query(self.window, backups.take_daily_if_due, url,
                      success=lambda _copy: self.refresh(), failure=lambda _exc: self.refresh())

    def refresh(self) -> None:
        run_query(self.window, backups.status, success=self._show)

    def _show(self, status) -> None:
        if status.postgres and not (self.show_admin_reminder and status.overdue):
            text = status_text(status) if self.show_admin_reminder else ""
        else:
            text = status_text(status)
        self.label.setText(text)
        self.label.setVisible(bool(text))
        warn = status.failure or (status.postgres and status.overdue)
        self.label.setStyleSheet("color: #b00020;" if warn else "")

    def _changed(self, changes, _initiator=None) -> None:
        if Kind.AUDIT in changes.kinds:   # a backup was taken (or recorded)
            self.refresh()

    def open(self) -> RestoreDialog | None:
        refused = access.denial_reason(self.window.actor, access.BACKUP)
        if refused:
            self.window.show_error(ArchiveError(tr(refused)))
            return None
        if backups.archive_file() is None:
            self.window.show_error(ArchiveError(tr(
                "部门共用的 PostgreSQL 档案请在数据库服务器上用 pg_restore 恢复")))
            return None
        self.dialog = RestoreDialog(self.window)
        self.dialog.restored.connect(self._restored)
        self.dialog.open()
        return self.dialog

    def _restored(self, result) -> None:
        self.window.end_session(tr("档案已从备份恢复（%1）。原档案另存为 %2，恢复它即可撤销。请重新登录。")
                                .replace("%1", result.info.path.name).replace("%2", str(result.set_aside)))


def install(window) -> RestoreFeature:
    window.restore_feature = RestoreFeature(window)
    return window.restore_feature
