"""疑似重复客户 and 合并 (managers): groups of likely duplicates (same credit code, phone or
normalised name) and the merge dialog. The dialog shows what the survivor will receive —
counts of key people, projects, page-2 entries, tasks, service records, grants, plans and
class history (models.value.merge.merge_preview) — and merges, in one transaction, only when
the manager confirms. The archived card keeps a pointer to the survivor (its 客户价值 tab)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from models.foundation.changes import Kind
from models.value import merge
from ui.operations import run_op, run_query
from ui.value.common import ValueWindow, error_text, fill_table, make_table, tr
from ui.vocabulary_tr import core_label
from ui.widgets.form import ERROR_STYLE


class MergeDialog(QDialog):
    """Choose which card survives; see what it receives; 确认合并."""

    merged = Signal(object)      # {table: rows moved}
    previewed = Signal(object)   # the MergePreview shown

    def __init__(self, main, members: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.main = main
        self.preview = None
        self.task = None
        self.setWindowTitle(tr("合并客户"))
        self.survivor = QComboBox(self)
        self.absorbed = QComboBox(self)
        for code, name in members:
            for box in (self.survivor, self.absorbed):
                box.addItem(f"{code}　{name}", code)
        self.absorbed.setCurrentIndex(1 if len(members) > 1 else 0)
        form = QFormLayout()
        form.addRow(tr("保留（存续）的客户卡"), self.survivor)
        form.addRow(tr("并入后归档的客户卡"), self.absorbed)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.counts = make_table([tr("内容"), tr("将转入"), tr("存续卡现有")], self)
        self.counts.setColumnWidth(0, 160)
        self.counts.setColumnWidth(1, 90)
        self.counts.setMinimumHeight(292)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("确认合并"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.buttons.accepted.connect(self.confirm_merge)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.explain)
        lay.addWidget(self.counts)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.survivor.currentIndexChanged.connect(self.load_preview)
        self.absorbed.currentIndexChanged.connect(self.load_preview)
        self.load_preview()

    def codes(self) -> tuple[str, str]:
        return self.absorbed.currentData(), self.survivor.currentData()

    def load_preview(self) -> None:
        self.preview = None
        self.ok.setEnabled(False)
        absorbed, survivor = self.codes()
        if absorbed == survivor:
            self.message.setText(tr("请选择两张不同的客户卡"))
            fill_table(self.counts, [])
            return
        self.message.setText("")
        self.explain.setText(tr("正在统计…"))
        run_query(self, merge.merge_preview, self.main.actor, absorbed, survivor, success=self._show,
                  failure=lambda exc: (self.explain.setText(""), self.message.setText(error_text(exc))))

    def _show(self, preview) -> None:
        if preview.absorbed[0] != self.codes()[0] or preview.survivor[0] != self.codes()[1]:
            return   # the choice changed meanwhile; its own answer follows
        self.preview = preview
        a, s = preview.absorbed, preview.survivor
        self.explain.setText(tr("%1 %2 的全部资料将转入 %3 %4，并在其第二页记录本次合并；%1 将归档，"
                                "并注明已合并到 %3。合并在一个事务中完成，并记入审计日志。")
                             .replace("%1", a[0]).replace("%2", a[1]).replace("%3", s[0]).replace("%4", s[1]))
        fill_table(self.counts, [[core_label(what), moved, have] for what, moved, have in preview.counts])
        self.ok.setEnabled(True)
        self.previewed.emit(preview)

    def confirm_merge(self) -> None:
        if self.preview is None or self.task is not None:
            return
        absorbed, survivor = self.codes()
        self.ok.setEnabled(False)
        self.explain.setText(tr("正在合并…"))
        self.task = run_op(self, merge.merge, self.main.actor, absorbed, survivor,
                           success=self._merged, failure=self._failed)

    def _merged(self, moved) -> None:
        self.task = None
        self.merged.emit(moved)
        self.accept()

    def _failed(self, exc) -> None:
        self.task = None
        self.explain.setText("")
        self.message.setText(error_text(exc))
        self.ok.setEnabled(self.preview is not None)


class DuplicatesWindow(ValueWindow):
    KINDS = (Kind.CUSTOMERS,)

    def __init__(self, main):
        super().__init__(main, tr("疑似重复客户"))
        self.groups: list = []
        self.merge_dialog = None
        intro = QLabel(tr("统一社会信用代码相同、电话相同，或去掉“有限公司”“股份”“（分公司）”和空格后名称相同的客户。"
                          "选中一组，点“合并…”。"), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("重复依据 / 客户编号"), tr("客户名称")])
        self.tree.setColumnWidth(0, 360)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.merge_button = QPushButton(tr("合并…"), self)
        self.merge_button.clicked.connect(self.open_merge)
        self.refresh_button = QPushButton(tr("刷新"), self)
        self.refresh_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.merge_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.tree, 1)
        lay.addLayout(bar)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        self.set_message(tr("正在查找…"))
        self.query(merge.duplicates, self.actor, success=self._show)

    def _show(self, groups) -> None:
        self.groups = list(groups)
        self.tree.clear()
        for i, g in enumerate(self.groups):
            top = QTreeWidgetItem([f"{g.why}：{g.key}", tr("%1 张客户卡").replace("%1", str(len(g.codes)))])
            top.setData(0, Qt.ItemDataRole.UserRole, i)
            for code, name in g.codes:
                child = QTreeWidgetItem([code, name])
                child.setData(0, Qt.ItemDataRole.UserRole, i)
                child.setData(1, Qt.ItemDataRole.UserRole, code)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.set_message(tr("共 %1 组疑似重复").replace("%1", str(len(self.groups))) if self.groups
                         else tr("没有发现疑似重复的客户"))
        self._update_buttons()

    def current_group(self):
        item = self.tree.currentItem()
        if item is None:
            return None
        i = item.data(0, Qt.ItemDataRole.UserRole)
        return self.groups[i] if i is not None and 0 <= i < len(self.groups) else None

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.current_group() is not None)

    def open_merge(self):
        group = self.current_group()
        if group is None:
            return None
        dlg = MergeDialog(self.main, list(group.codes), self)
        dlg.merged.connect(self._merged)
        self.merge_dialog = dlg
        dlg.open()
        return dlg

    def _merged(self, moved) -> None:
        self.main.status(tr("已合并：转入 %1 行资料").replace("%1", str(sum(moved.values()))))
        self.reload()

    def _open_item(self, item, _col) -> None:
        code = item.data(1, Qt.ItemDataRole.UserRole)
        if code:
            self.open_code(code)
