"""The handover wizard's five pages (leaver, inventory, receivers & preview, run, result).

Each builder makes one page of `HandoverWizard` and keeps its widgets as attributes of the
wizard (`wiz.leaver_box`, `wiz.plan_model`, …), where the steps in ui/handover/wizard.py and
the tests reach them; the buttons call the wizard's steps.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.handover.common import customer_columns, local_text, make_table, tr
from ui.itemmodels.record_table import Column, RecordTableModel

if TYPE_CHECKING:
    from ui.handover.wizard import HandoverWizard

LEAVER, INVENTORY, PLAN, RUN, RESULT = range(5)   # the pages' places in the wizard's stack


def leaver_page(wiz: HandoverWizard) -> QWidget:
    page = QWidget(wiz)
    wiz.leaver_box = QComboBox(page)   # filled in the background (see __init__)
    wiz.notes = QLineEdit(page)
    wiz.notes.setPlaceholderText(tr("例如：调往华南分公司，最后工作日 6 月 30 日"))
    wiz.start_button = QPushButton(tr("开始交接并冻结账号"), page)
    wiz.start_button.clicked.connect(wiz.start)
    form = QFormLayout()
    form.addRow(tr("离职人员："), wiz.leaver_box)
    form.addRow(tr("备注："), wiz.notes)
    hint = QLabel(tr("开始后该账号立即冻结：不能再登录或导出，正在使用的会话在下一次操作时停止；"
                     "其待审批的查阅申请取消，持有的查阅授权撤销。"), page)
    hint.setWordWrap(True)
    lay = QVBoxLayout(page)
    lay.addWidget(QLabel(tr("<b>第 1 步：选择离职人员</b>"), page))
    lay.addLayout(form)
    lay.addWidget(hint)
    lay.addStretch(1)
    lay.addLayout(button_row(cancel_button(wiz, page), wiz.start_button))
    return page


def inventory_page(wiz: HandoverWizard) -> QWidget:
    page = QWidget(wiz)
    wiz.inventory_label = QLabel(page)
    wiz.inventory_label.setWordWrap(True)
    wiz.inventory_model = RecordTableModel(customer_columns(with_follow_ups=True), page)
    wiz.inventory_view = make_table(wiz.inventory_model, page, widths=(90, 260, 50, 60, 60, 70, 70))
    wiz.grants_model = RecordTableModel([
        Column(tr("方向"), lambda g: tr("持有") if g.direction == "held" else tr("授予他人")),
        Column(tr("客户"), lambda g: f"{g.customer_code} {g.customer_name}"),
        Column(tr("被授权人"), lambda g: g.grantee), Column(tr("授权人"), lambda g: g.granted_by),
        Column(tr("范围"), lambda g: g.scopes),
        Column(tr("到期"), lambda g: local_text(g.expires_at)),
        Column(tr("状态"), lambda g: tr("有效") if g.active else tr("已撤销/已过期")),
    ], page)
    wiz.follow_model = RecordTableModel([
        Column(tr("客户"), lambda f: f"{f.customer_code} {f.customer_name}"),
        Column(tr("跟进事项"), lambda f: f.title),
        Column(tr("到期日"), lambda f: f.due_on.isoformat() if f.due_on else ""),
    ], page)
    tabs = QTabWidget(page)
    tabs.addTab(wiz.inventory_view, tr("负责的客户"))
    tabs.addTab(make_table(wiz.grants_model, page), tr("查阅授权"))
    tabs.addTab(make_table(wiz.follow_model, page), tr("未办跟进事项"))
    wiz.tabs = tabs
    next_button = QPushButton(tr("下一步：分配接收人"), page)
    next_button.clicked.connect(wiz._show_plan)
    lay = QVBoxLayout(page)
    lay.addWidget(QLabel(tr("<b>第 2 步：清点移交内容</b>"), page))
    lay.addWidget(wiz.inventory_label)
    lay.addWidget(tabs, 1)
    lay.addLayout(button_row(cancel_button(wiz, page, tr("稍后继续")), next_button))
    return page


def plan_page(wiz: HandoverWizard) -> QWidget:
    page = QWidget(wiz)
    wiz.receiver_list = QListWidget(page)
    wiz.receiver_list.setMaximumHeight(140)
    wiz.receiver_list.itemChanged.connect(lambda _i: wiz.preview())
    wiz.split_even = QRadioButton(tr("平均分配（按各人现有负责客户数均衡）"), page)
    wiz.split_single = QRadioButton(tr("全部交给一人"), page)
    wiz.split_even.setChecked(True)
    group = QButtonGroup(page)
    group.addButton(wiz.split_even)
    group.addButton(wiz.split_single)
    wiz.split_even.toggled.connect(lambda _c: wiz.preview())
    wiz.load_label = QLabel(page)
    wiz.load_label.setWordWrap(True)
    wiz.plan_model = RecordTableModel([
        Column(tr("客户编号"), lambda p: p.code), Column(tr("客户名称"), lambda p: p.name),
        Column(tr("分类"), lambda p: p.cls),
        Column(tr("接收人"), lambda p: p.receiver_name + (tr("（指定）") if p.overridden else "")),
    ], page)
    wiz.plan_view = make_table(wiz.plan_model, page, widths=(90, 300, 50))
    wiz.reassign_box = QComboBox(page)
    wiz.reassign_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    wiz.reassign_button = QPushButton(tr("所选客户改交给"), page)
    wiz.reassign_button.clicked.connect(wiz.reassign_selected)
    wiz.execute_button = QPushButton(tr("执行交接"), page)
    wiz.execute_button.clicked.connect(wiz.execute)
    back = QPushButton(tr("上一步"), page)
    back.clicked.connect(lambda: wiz.stack.setCurrentIndex(INVENTORY))
    split_row = QHBoxLayout()
    split_row.addWidget(wiz.split_even)
    split_row.addWidget(wiz.split_single)
    split_row.addStretch(1)
    adjust = QHBoxLayout()
    adjust.addWidget(wiz.reassign_button)
    adjust.addWidget(wiz.reassign_box)
    adjust.addStretch(1)
    lay = QVBoxLayout(page)
    lay.addWidget(QLabel(tr("<b>第 3 步：选择接收人，预览分配</b>（执行前不会改动任何数据）"), page))
    lay.addWidget(wiz.receiver_list)
    lay.addLayout(split_row)
    lay.addWidget(wiz.load_label)
    lay.addWidget(wiz.plan_view, 1)
    lay.addLayout(adjust)
    lay.addLayout(button_row(back, wiz.execute_button))
    return page


def run_page(wiz: HandoverWizard) -> QWidget:
    page = QWidget(wiz)
    wiz.progress = QProgressBar(page)
    wiz.run_label = QLabel(tr("正在执行交接……"), page)
    wiz.stop_button = QPushButton(tr("取消"), page)
    wiz.stop_button.clicked.connect(wiz.cancel_run)
    lay = QVBoxLayout(page)
    lay.addStretch(1)
    lay.addWidget(wiz.run_label)
    lay.addWidget(wiz.progress)
    lay.addLayout(button_row(wiz.stop_button))
    lay.addStretch(1)
    return page


def result_page(wiz: HandoverWizard) -> QWidget:
    page = QWidget(wiz)
    wiz.result_label = QLabel(page)
    wiz.result_label.setWordWrap(True)
    wiz.result_label.setTextFormat(Qt.TextFormat.RichText)
    wiz.save_button = QPushButton(tr("保存/打印交接单 PDF…"), page)
    wiz.save_button.clicked.connect(wiz.ask_save_pdf)
    close = QPushButton(tr("完成"), page)
    close.clicked.connect(wiz.accept)
    lay = QVBoxLayout(page)
    lay.addWidget(QLabel(tr("<b>交接已执行</b>"), page))
    lay.addWidget(wiz.result_label)
    lay.addStretch(1)
    lay.addLayout(button_row(wiz.save_button, close))
    return page


def cancel_button(wiz: HandoverWizard, page: QWidget, text: str | None = None) -> QPushButton:
    b = QPushButton(text or tr("取消"), page)
    b.clicked.connect(wiz.reject)
    return b


def button_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


# in stack order (LEAVER … RESULT)
BUILDERS = (leaver_page, inventory_page, plan_page, run_page, result_page)
