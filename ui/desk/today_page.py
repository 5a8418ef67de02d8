"""The 今日 page: today's birthdays, anniversaries, festivals, tasks, customers to contact,
cards to confirm and company events — each line opens its card and can be done, snoozed
or dismissed. Loaded on the task runner (never on the UI thread)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.calendar.lunar import lunar_of_solar
from models.desk import greetings, tasks, today
from models.rules import access
from ui.desk.dialogs import GreetingDialog, OutcomeDialog

SECTIONS = (
    ("task", QT_TRANSLATE_NOOP("TodayPage", "待办")),
    ("survey", QT_TRANSLATE_NOOP("TodayPage", "满意度调查（按调查计划）")),
    ("birthday", QT_TRANSLATE_NOOP("TodayPage", "生日")),
    ("anniversary", QT_TRANSLATE_NOOP("TodayPage", "纪念日")),
    ("festival", QT_TRANSLATE_NOOP("TodayPage", "节日问候")),
    ("event", QT_TRANSLATE_NOOP("TodayPage", "公司活动")),
    ("cadence", QT_TRANSLATE_NOOP("TodayPage", "待联系（超过联系周期）")),
    ("stale", QT_TRANSLATE_NOOP("TodayPage", "待核实（资料久未更新）")),
)
WEEKDAYS = QT_TRANSLATE_NOOP("TodayPage", "一二三四五六日")
ITEM_ROLE = Qt.ItemDataRole.UserRole
PER_KIND = 50       # customers to contact / confirm shown; the rest are counted


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


class TodayPage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actor = window.actor
        self.page: today.TodayPage | None = None
        self.loading = False
        self._dialogs: list = []

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.days = QSpinBox(self)
        self.days.setRange(1, 60)
        self.days.setValue(7)
        self.days.setPrefix(self.tr("提前 "))
        self.days.setSuffix(self.tr(" 天"))
        self.days.setToolTip(self.tr("生日、纪念日、节日和待办提前多少天提醒"))
        self.days.valueChanged.connect(self.reload)
        self.reload_button = QPushButton(self.tr("刷新"), self)
        self.reload_button.clicked.connect(self.reload)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.days)
        head.addWidget(self.reload_button)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4ce; border: 1px solid #e0c97a; padding: 6px;")
        self.notice.hide()

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("日期"), self.tr("客户"), self.tr("事项")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(1, 280)
        self.tree.itemActivated.connect(lambda item, _c: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_a: self._sync_buttons())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.open_button = QPushButton(self.tr("打开客户卡"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self.tr("完成…"), self)
        self.done_button.clicked.connect(self.complete_selected)
        self.greet_button = QPushButton(self.tr("问候名单…"), self)
        self.greet_button.clicked.connect(self.greet_selected)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("推迟"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        snooze = QMenu(self.snooze_button)
        for days, label in ((1, self.tr("推迟到明天")), (3, self.tr("推迟 3 天")), (7, self.tr("推迟一周"))):
            snooze.addAction(label, lambda d=days: self.snooze_selected(d))
        self.snooze_button.setMenu(snooze)
        self.dismiss_button = QPushButton(self.tr("忽略"), self)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.done_button, self.greet_button, self.snooze_button,
                  self.dismiss_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        from ui.quality.today_hook import add_to_today
        add_to_today(self, buttons)   # 记录调查… for survey-plan lines and return visits (issue 15)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.notice)
        lay.addWidget(self.tree, 3)
        lay.addWidget(self.empty, 3)
        lay.addLayout(buttons)

        self.department = None
        if access.can(self.actor, access.MANAGE):
            lay.addWidget(QLabel(self.tr("部门概览（各客服今日事项）"), self))
            self.department = QTableWidget(0, 6, self)
            self.department.setHorizontalHeaderLabels([
                self.tr("客服"), self.tr("生日"), self.tr("待办"), self.tr("逾期待办"),
                self.tr("待联系"), self.tr("待核实")])
            self.department.verticalHeader().setVisible(False)
            self.department.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.department.horizontalHeader().setStretchLastSection(True)
            self.department.setMaximumHeight(180)
            lay.addWidget(self.department, 1)

        done = QAction(self.tr("完成所选事项"), self)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.triggered.connect(self.complete_selected)
        self.addAction(done)
        self._sync_buttons()
        self.reload()

    # ---- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.reload_button.setEnabled(False)
        self.window.tasks.run(today.today_page, self.actor, days=self.days.value(), per_kind=PER_KIND,
                              on_done=self._loaded, on_error=self._failed)


    def _failed(self, exc) -> None:
        self.loading = False
        self.reload_button.setEnabled(True)
        self.window.show_error(exc)

    def _loaded(self, page: today.TodayPage) -> None:
        self.loading = False
        self.reload_button.setEnabled(True)
        self.page = page
        if self.department is not None:
            self._load_department()
        d = page.today
        lunar = lunar_of_solar(d).name()
        self.title.setText(self.tr("今日  %1年%2月%3日 星期%4 · %5").replace("%1", str(d.year))
                           .replace("%2", str(d.month)).replace("%3", str(d.day))
                           .replace("%4", _tr(WEEKDAYS)[d.weekday()]).replace("%5", lunar))
        self.notice.setText("\n".join(page.notices))
        self.notice.setVisible(bool(page.notices))
        self.tree.clear()
        for kind, label in SECTIONS:
            items = [i for i in page.items if i.kind == kind]
            if not items:
                continue
            more = page.more.get(kind, 0)
            head = QTreeWidgetItem(self.tree, [f"{_tr(label)}（{len(items) + more}）"])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for item in items:
                row = QTreeWidgetItem(head, [self._day_text(item.date, d),
                                             f"{item.code}  {item.customer}".strip(), item.text])
                row.setData(0, ITEM_ROLE, item)
                row.setToolTip(2, item.text)
                if kind == "task" and item.date < d:
                    row.setForeground(2, Qt.GlobalColor.darkRed)
            if more:
                rest = QTreeWidgetItem(head, ["", "", self.tr("另有 %1 位客户未列出（已按超期时间列出最紧急的 %2 位）")
                                              .replace("%1", str(more)).replace("%2", str(len(items)))])
                rest.setForeground(2, Qt.GlobalColor.darkGray)
            head.setExpanded(kind not in ("cadence", "stale") or len(items) <= 10)
        has_items = bool(page.items)
        self.tree.setVisible(has_items)
        self.empty.setVisible(not has_items)
        if not has_items:
            self.empty.setText(self.tr("未来 %1 天没有需要处理的事项。\n"
                                       "可以到“客户档案”中查看客户，或在客户卡上添加待办。")
                               .replace("%1", str(page.days)))
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self._sync_buttons()

    def _load_department(self) -> None:
        """After the page itself (one refresh of the reminder index at a time)."""
        self.window.tasks.run(today.department, self.actor, on_done=self._department_loaded,
                              on_error=lambda exc: self.window.status(
                                  self.tr("部门概览加载失败：%1").replace("%1", str(exc))))

    def _department_loaded(self, rows) -> None:
        self.department.setRowCount(len(rows))
        for r, s in enumerate(rows):
            values = (s.display_name, s.birthdays, s.tasks_due, s.tasks_overdue, s.cadence, s.stale)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.department.setItem(r, c, cell)

    def _day_text(self, day: dt.date, today_: dt.date) -> str:
        delta = (day - today_).days
        when = {0: self.tr("今天"), 1: self.tr("明天"), 2: self.tr("后天")}.get(delta, "")
        text = (self.tr("%1月%2日 周%3").replace("%1", str(day.month)).replace("%2", str(day.day))
                .replace("%3", _tr(WEEKDAYS)[day.weekday()]))
        return f"{text}（{when}）" if when else text

    # ---- the selected line -------------------------------------------------------------
    def selected_item(self) -> today.DeskItem | None:
        row = self.tree.currentItem()
        return row.data(0, ITEM_ROLE) if row is not None else None

    def _sync_buttons(self) -> None:
        item = self.selected_item()
        self.open_button.setEnabled(bool(item and (item.customer_id or item.kind == "event")))
        self.open_button.setText(self.tr("打开公司活动") if item is not None and item.kind == "event"
                                 else self.tr("打开客户卡"))
        self.done_button.setEnabled(item is not None and item.kind != "festival")
        self.greet_button.setEnabled(bool(item and item.kind == "festival"))
        self.snooze_button.setEnabled(item is not None)
        self.dismiss_button.setEnabled(item is not None)

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.kind == "festival":
            self.greet_selected()
        elif item.kind == "event":
            self.open_event(item)
        elif item.customer_id:
            self.window.open_card(item.customer_id)

    def open_event(self, item: today.DeskItem):
        """An event line opens the company-events window at that event."""
        return self.window.desk_feature.open_activities(int(item.key.split(":")[1]))

    def complete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.kind == "task":
            dlg = OutcomeDialog(item.text, self)
            dlg.submitted.connect(lambda text, tid=item.task_id: self._run(
                tasks.complete_task, self.actor, tid, text))
            self._dialogs.append(dlg)
            dlg.open()
        elif item.kind == "festival":
            self.greet_selected()
        else:
            self._run(today.mark, self.actor, item.key, "done")

    def snooze_selected(self, days: int) -> None:
        item = self.selected_item()
        if item is not None and self.page is not None:
            self._run(today.mark, self.actor, item.key, "snoozed",
                      until=self.page.today + dt.timedelta(days=days))

    def dismiss_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._run(today.mark, self.actor, item.key, "dismissed")

    def greet_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.kind != "festival":
            return
        key, day = item.key.split(":")[1], dt.date.fromisoformat(item.key.split(":")[2])
        self.window.tasks.run(greetings.to_greet, self.actor, key, year=day.year, today=self.page.today,
                              on_done=self._show_greetings, on_error=self.window.show_error)

    def _show_greetings(self, result) -> None:
        info, on, lines = result
        dlg = GreetingDialog(info.name, self.tr("%1月%2日").replace("%1", str(on.month)).replace("%2", str(on.day)),
                             lines, self)
        dlg.submitted.connect(lambda codes, channel, key=info.key, year=on.year: self._run(
            greetings.mark_sent, self.actor, key, codes, channel=channel, year=year))
        dlg.export_requested.connect(lambda rows, name=info.name: self._export_greetings(name, rows))
        self._dialogs.append(dlg)
        dlg.open()

    def _export_greetings(self, name: str, lines) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("导出问候名单"),
                                               self.tr("%1问候名单.xlsx").replace("%1", name),
                                               self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            from exports.greetings_xlsx import write_greeting_list

            self._run(write_greeting_list, lines, path, name)

    def _run(self, fn, *args, **kwargs) -> None:
        self.window.tasks.run(fn, *args, on_done=lambda _r: self.reload(), on_error=self.window.show_error,
                              **kwargs)
