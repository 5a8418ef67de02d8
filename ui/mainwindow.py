"""The main window: the archive list, the menus, and the extension point for feature modules.

Feature modules listed in FEATURE_MODULES are imported at start-up and get `install(window)`.
They may use: window.actor, menu(title), add_toolbar_action(action), selected_customer_ids(),
current_query(), current_customer_id(), open_card(id), tasks (ui.tasks.TaskRunner),
app_events.changed(changes, initiator) (ui.operations), show_error(exc), status(text).
Service calls go through ui.operations.run_op (worker thread, changes announced).
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from models.accounts import staff
from models.archive.customers import ListQuery
from models.foundation.changes import Changes, Kind
from models.foundation.errors import (
    ArchiveError,
    LoginFailed,
)
from models.foundation.vocabulary import ROLE_LABELS
from models.rules import access
from models.rules.access import Actor
from ui import settings
from ui.cli import crash
from ui.crash_dialog import exception_text
from ui.menu_keys import mnemonic_of, with_mnemonic
from ui.operations import AppEvents, run_query
from ui.tasks import TaskRunner
from ui.vocabulary_tr import core_label
from ui.widgets.idle import IdleWatcher
from ui.widgets.lock_page import LockPage
from ui.window_lock import LockMixin

FEATURE_MODULES: list[str] = [
    "ui.desk",
    "ui.handover",
    "ui.access",
    "ui.exports",
    "ui.admin",
    "ui.admin.restore_dialog",   # 管理 › 从备份恢复…, the status bar's 上次备份
    "ui.service",
    "ui.value",
    "ui.quality",
    "ui.staff_home",             # an account without customers: what it can do, first
]

class MainWindow(LockMixin, QMainWindow):
    session_ended = Signal(str)   # a LoginFailed during the session: back to the login dialog

    def __init__(self, actor: Actor, parent=None, *, tasks: TaskRunner | None = None,
                 app_events: AppEvents | None = None, load_features: bool = True):
        super().__init__(parent)
        self.actor = actor
        # what the account may do, from the account just signed in (no database read): the
        # features build their menus from it; every service call checks again
        self.capabilities = access.capabilities_of(actor)
        self._own_tasks = tasks is None
        self.tasks = tasks or TaskRunner(self)
        self.app_events = app_events or AppEvents(self)
        self.card_windows: dict[int, QWidget] = {}
        self.message_boxes: list[QMessageBox] = []
        self._menus: dict[str, QMenu] = {}
        self._locked = False
        self._ended = False

        # the app's display name (ui/app.py) is appended by Qt: "李客服（客服专员） — 客户档案管家"
        self.setWindowTitle(self.tr("%1（%2）")
                            .replace("%1", actor.display_name)
                            .replace("%2", self.role_text()))
        if QApplication.windowIcon().isNull():   # ui/app.py sets it; a script may not have
            from ui.app_icon import ICON_PATH
            self.setWindowIcon(QIcon(str(ICON_PATH)))
        self._build_list_page()
        self.lock_page = LockPage(self)
        self.lock_page.unlock_requested.connect(self._try_unlock)
        self.pages = QTabWidget(self)      # 今日 (ui.desk) goes first; the archive list
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.list_page, self.tr("客户档案"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pages)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._build_status_bar()

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.set_idle_minutes(settings.get("prefs/idle_lock_minutes"))

        # other PCs' changes come in bursts (a colleague adding entries): one refresh per burst
        self._remote_refresh = QTimer(self)
        self._remote_refresh.setSingleShot(True)
        self._remote_refresh.setInterval(400)
        self._remote_refresh.timeout.connect(self.refresh)
        self.app_events.changed.connect(self._on_changed)
        self.restore_state()
        self.reload_staff()
        self.refresh()
        if load_features:
            self._install_features()

    # ---- building ------------------------------------------------------------------------
    def role_text(self) -> str:
        role = core_label(ROLE_LABELS.get(self.actor.role, self.actor.role))
        return role + (self.tr("·管理员") if self.actor.is_admin else "")

    def _build_list_page(self) -> None:
        """The 客户档案 page (ui/customer_list): its widgets stay reachable as list_page,
        filter_bar, table and model for the feature modules."""
        from ui.customer_list.view import CustomerListPage

        self.list_page = CustomerListPage(self)
        self.model, self.table, self.filter_bar = (self.list_page.model, self.list_page.table,
                                                   self.list_page.filter_bar)
        self.model.loaded.connect(self._after_load)
        self.model.counted.connect(self._update_count)   # the count follows the first page
        self.model.load_failed.connect(self.show_error)
        self.filter_bar.changed.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda idx: self.open_card(self.model.customer_id(idx.row())))
        self.table.activated.connect(lambda idx: self.open_card(self.model.customer_id(idx.row())))
        from ui import list_empty, list_ends, list_keys
        list_keys.install(self)   # Down from the search box into the results, Ctrl+E 记一笔 on a row
        list_ends.install(self)   # Ctrl+End / Ctrl+Home: the list's true last and first customer
        list_empty.install(self)  # an empty list says why and offers the next step

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self.tr("工具栏"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        file_menu = self.menu(self.tr("文件"))
        self.new_action = QAction(self.tr("新建客户"), self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_customer)
        refused = access.denial_reason(self.actor, access.CREATE)
        self.new_action.setEnabled(not refused)
        self.new_action.setToolTip(refused or self.tr("新建一张客户档案卡"))
        self.open_action = QAction(self.tr("打开"), self, shortcut=QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(lambda: self.open_card(self.current_customer_id()))
        self.refresh_action = QAction(self.tr("刷新"), self, shortcut=QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        for a in (self.new_action, self.open_action, self.refresh_action):
            file_menu.addAction(a)
            self.add_toolbar_action(a)
        self.find_action = QAction(self.tr("查找"), self, shortcut=QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: (self.show_list(),   # also from 今日
                                                    self.filter_bar.search.setFocus(),
                                                    self.filter_bar.search.selectAll()))
        self.addAction(self.find_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("设置…"), self)
        self.settings_action.triggered.connect(self.show_settings)
        self.lock_action = QAction(self.tr("锁定"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(idle=False))
        self.quit_action = QAction(self.tr("退出"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for a in (self.settings_action, self.lock_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menu(self.tr("视图")).addMenu(self.list_page.chooser.menu)   # 列: what the list shows
        self.about_action = QAction(self.tr("关于"), self)
        self.about_action.triggered.connect(self.show_about)
        self._help_menu = QMenu(self._with_mnemonic(self.tr("帮助")), self)
        self._help_menu.addAction(self.tr("快捷键"), self._show_shortcuts)
        self._help_menu.addAction(self.about_action)
        self.menuBar().addMenu(self._help_menu)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.user_label = QLabel(self.tr("当前用户：%1（%2）").replace("%1", self.actor.display_name)
                                 .replace("%2", self.role_text()), self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)

    def _install_features(self) -> None:
        for name in FEATURE_MODULES:
            try:
                importlib.import_module(name).install(self)
            except Exception as exc:  # noqa: BLE001 - one broken feature must not stop the app
                report = crash.write_report(exc, f"feature module {name}")
                self.status(self.tr("功能模块加载失败：%1，已写入错误报告：%2")
                            .replace("%1", name).replace("%2", str(report)))
        self.hide_empty_menus()

    def hide_empty_menus(self) -> None:
        """A role sees no top-level menu whose every entry it cannot use (all hidden)."""
        for m in self._menus.values():
            m.menuAction().setVisible(any(a.isVisible() and not a.isSeparator()
                                          for a in m.actions()))

    # ---- the extension interface ---------------------------------------------------------
    def menu(self, title: str) -> QMenu:
        if title not in self._menus:
            m = QMenu(self._with_mnemonic(title), self)
            m.setToolTipsVisible(True)   # a greyed entry says why on hover
            help_action = getattr(self, "_help_menu", None)
            if help_action is not None:
                self.menuBar().insertMenu(help_action.menuAction(), m)
            else:
                self.menuBar().addMenu(m)
            self._menus[title] = m
        return self._menus[title]

    def _show_shortcuts(self) -> None:
        from ui.shortcuts import show_shortcuts
        show_shortcuts(self)

    def _with_mnemonic(self, title: str) -> str:
        menus = [*self._menus.values(), *[m for m in [getattr(self, "_help_menu", None)] if m]]
        return with_mnemonic(title, {mnemonic_of(m.title()) for m in menus})

    def add_page(self, widget: QWidget, title: str, *, first: bool = False) -> None:
        """A feature's page beside the archive list (the 今日 page comes first)."""
        if first:
            self.pages.insertTab(0, widget, title)
            self.pages.setCurrentIndex(0)
        else:
            self.pages.addTab(widget, title)

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)

    def add_toolbar_action(self, action: QAction) -> None:
        from ui.toolbar_icons import TOOLBAR_ICONS, give_icon

        # the icon is chosen by the source text; a translated title maps back through tr()
        source = next((t for t in TOOLBAR_ICONS if self.tr(t) == action.text()
                       or QCoreApplication.translate("", t) == action.text()), action.text())
        give_icon(self, action, source)
        self.toolbar.addAction(action)

    def selected_customer_ids(self) -> list[int]:
        return self.list_page.selected_customer_ids()

    def current_query(self) -> ListQuery:
        return self.model.query

    def current_customer_id(self) -> int | None:
        return self.list_page.current_customer_id()

    def open_card(self, customer_id: int | None) -> QWidget | None:
        if customer_id is None or self._locked:
            return None
        win = self.card_windows.get(customer_id)
        if win is None:
            from ui.card.window import CardWindow

            try:
                win = CardWindow(self, customer_id)
            except ArchiveError as exc:
                self.show_error(exc)
                return None
            self.card_windows[customer_id] = win
            win.destroyed.connect(lambda _o=None, cid=customer_id: self.card_windows.pop(cid, None))
        win.show()
        win.raise_()
        win.activateWindow()
        return win

    def show_error(self, exc: BaseException) -> QMessageBox:
        # a known condition's sentence; for a bug a crash report is written and named
        text = exc.message if isinstance(exc, ArchiveError) else exception_text(exc, "main window")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("客户档案管家"), text,
                          QMessageBox.StandardButton.Ok, self)
        self.message_boxes.append(box)
        box.finished.connect(lambda _r, b=box: self.message_boxes.remove(b)
                             if b in self.message_boxes else None)
        box.open()
        if isinstance(exc, LoginFailed):
            self.end_session(text)
        return box

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ---- the list ------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.set_query(self.filter_bar.apply_to(self.model.query))

    def set_query(self, query: ListQuery) -> None:
        self.statusBar().showMessage(self.tr("正在查询…"))
        self._guarded(lambda: self.list_page.set_query(query))

    def refresh(self) -> None:
        """Re-read the list (in the background), keeping the selection and the current row."""
        self._guarded(self.list_page.refresh)

    def _after_load(self) -> None:
        self._update_count()
        if self.statusBar().currentMessage() == self.tr("正在查询…"):
            self.statusBar().clearMessage()

    def reload_staff(self) -> None:
        """The names in the 负责客服 filter (in the background, like every database call)."""
        run_query(self, staff.list_users, self.actor, success=self.filter_bar.set_staff)

    @property
    def refresh_pending(self) -> bool:
        """A refresh for other PCs' changes is about to run."""
        return self._remote_refresh.isActive()

    def _update_count(self) -> None:
        if self.model.total is None:
            self.count_label.setText(self.tr("正在计数…"))
        else:
            self.count_label.setText(self.tr("共 %1 位客户").replace("%1", self.model.count_text()))

    def _on_changed(self, changes: Changes, _initiator=None) -> None:
        # grants change which customers this user sees; a handover moves custody (CUSTOMERS)
        if changes.touches_any(Kind.CUSTOMERS, Kind.GRANTS):
            if changes.elsewhere:
                self._remote_refresh.start()
            else:
                self.refresh()
        if changes.touches(Kind.STAFF):
            self.reload_staff()

    def _guarded(self, fn) -> bool:
        try:
            fn()
            return True
        except ArchiveError as exc:
            self.show_error(exc)
            return False

    def new_customer(self) -> None:
        from ui.dialogs.small import NewCustomerDialog

        dlg = NewCustomerDialog(self)
        dlg.created.connect(self._customer_created)
        dlg.open()
        self._new_dialog = dlg

    def _customer_created(self, customer_id: int) -> None:
        self.open_card(customer_id)   # the list heard of it from the operation's changes

    def show_about(self) -> None:
        from ui.about import AboutDialog

        self._about = AboutDialog(self)   # reads its facts off the UI thread
        self._about.open()

    def show_settings(self) -> None:
        from ui.dialogs.small import SettingsDialog

        self._settings_dialog = SettingsDialog(self)
        self._settings_dialog.accepted.connect(
            lambda: self.set_idle_minutes(settings.get("prefs/idle_lock_minutes")))
        self._settings_dialog.open()

    # ---- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        from ui.card.geometry import fit_to_screen, fits
        geometry = settings.get("state/main_geometry")
        if geometry:
            self.restoreGeometry(geometry)
        if not geometry or (not self.isMaximized() and not fits(self)):   # first start, or a larger screen
            fit_to_screen(self, preferred=(1200, 760))
        self.list_page.restore_state()   # columns and sort per user

    def save_state(self) -> None:
        settings.set("state/main_geometry", self.saveGeometry().data())
        self.list_page.save_state()

    def closeEvent(self, event) -> None:
        self.save_state()
        for win in list(self.card_windows.values()):
            win.force_close()
        self.idle.detach()
        self.tasks.cancel_all()
        if self._own_tasks:
            self.tasks.wait(10000)   # the runner dies with this window: let its workers finish
        super().closeEvent(event)
