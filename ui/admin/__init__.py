"""The 管理 menu: 账号管理 and 备份档案… (accounts with the admin capability; 备份档案 is
greyed, with the reason, unless the account is also a manager: a backup holds every
customer's file), and 文件 › 修改密码… for everyone.

`install(window)` is called by the main window (FEATURE_MODULES). The menu is courtesy:
every service in models/accounts.py and models/staff.py checks permission again.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from models.foundation.errors import ArchiveError, LoginFailed
from models.rules import access
from ui.operations import run_op


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def ask_backup_path(parent, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, tr("备份档案"), suggested, tr("档案备份 (*.db)"))
    return path


class AdminFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.accounts_dialog = None
        self.password_dialog = None
        self.can_admin = window.capabilities.can_admin
        menu = window.menu(tr("管理"))
        self.accounts_action = QAction(tr("账号管理"), window)
        self.accounts_action.triggered.connect(self.open_accounts)
        self.accounts_action.setVisible(self.can_admin)
        self.accounts_action.setEnabled(self.can_admin)
        menu.addAction(self.accounts_action)
        self.backup_action = QAction(tr("备份档案…"), window)
        backup_refused = access.denial_reason(window.actor, access.BACKUP)
        self.backup_action.setToolTip(tr(backup_refused) if backup_refused else
                                      tr("把档案文件（连同审计日志校验信息）复制一份，工作中也可以备份"))
        self.backup_action.triggered.connect(self.backup)
        self.backup_action.setVisible(self.can_admin)
        self.backup_action.setEnabled(not backup_refused)
        menu.setToolTipsVisible(True)   # the greyed 备份档案… says why
        menu.addAction(self.backup_action)
        menu.menuAction().setVisible(self.can_admin)   # no empty 管理 menu for everyone else

        self.password_action = QAction(tr("修改密码…"), window)
        self.password_action.triggered.connect(self.open_password)
        file_menu = window.menu(tr("文件"))
        lock = getattr(window, "lock_action", None)
        if lock is not None and lock in file_menu.actions():
            file_menu.insertAction(lock, self.password_action)   # next to 设置… and 锁定
        else:
            file_menu.addAction(self.password_action)

    def actor(self):
        return self.window.actor   # the window may re-sign-in after the idle lock

    def open_accounts(self):
        from ui.admin.accounts import AccountsDialog

        if not access.can(self.actor(), access.ADMIN):
            self.window.show_error(ArchiveError(tr("只有管理员可以管理账号")))
            return None
        if self.accounts_dialog is None:
            self.accounts_dialog = AccountsDialog(self.window)   # reloads from Changes itself
        else:
            self.accounts_dialog.reload()
        self.accounts_dialog.show()
        self.accounts_dialog.raise_()
        self.accounts_dialog.activateWindow()
        return self.accounts_dialog

    def backup(self):
        """Copy the archive in the background; the result (or the reason) in the status bar."""
        import datetime as dt

        from models.maintenance.backup import backup_archive

        refused = access.denial_reason(self.actor(), access.BACKUP)
        if refused:                      # reached some other way than the greyed menu
            self.window.show_error(ArchiveError(tr(refused)))
            return None
        from models.maintenance import backups

        archive = backups.archive_file()
        suggested = tr("客户档案备份-%1.db").replace("%1", f"{dt.date.today():%Y%m%d}")
        if archive is not None:   # by default a manual copy in the backups folder (listed, restorable)
            suggested = str(backups.folder_for(archive) / f"{archive.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}-manual.db")
        path = ask_backup_path(self.window, suggested)
        if not path:
            return None
        if not path.lower().endswith(".db"):
            path += ".db"
        if archive is not None and Path(path) == Path(suggested):
            path = None           # backup_archive names it (a second in the same second gets -2)

        def done(result):
            self.window.status(tr("已备份到 %1（%2 MB）").replace("%1", str(result.path))
                               .replace("%2", f"{result.size / 1048576:.1f}"))
        self.window.status(tr("正在备份…"))
        return run_op(self.window, backup_archive, self.actor(), path, success=done)

    def open_password(self):
        from ui.admin.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.actor(), self.window)
        dialog.saved.connect(lambda _r: self.window.status(tr("密码已修改，下次登录请使用新密码")))
        dialog.failed.connect(self._failed)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def _failed(self, exc) -> None:
        if isinstance(exc, LoginFailed):   # the account was stopped meanwhile: back to login
            self.window.show_error(exc)


def install(window) -> AdminFeature:
    window.admin_feature = AdminFeature(window)
    return window.admin_feature
