"""分级建议 (managers): the customers whose suggested class differs from their class, with the
current class, the suggestion and its reason. Accept one or the selected ones or all (a
confirmation says how many), or keep the current class with a reason (audited). Accepting
writes the class history and a page-2 entry per card (models.value.classify)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from models.foundation.changes import Kind
from models.foundation.errors import FieldProblem
from models.foundation.vocabulary import CLASS_LABELS
from models.value import classify
from ui.dialogs.record_dialog import RecordDialog
from ui.value.common import (
    ValueWindow,
    confirm,
    make_view,
    selected_rows,
    tr,
)
from ui.vocabulary_tr import core_label


def class_text(cls: str) -> str:
    return core_label(CLASS_LABELS.get(cls, cls)) if cls else ""


class KeepDialog(RecordDialog):
    """保留当前分类: the reason is required and goes to the audit log."""

    def __init__(self, actor, suggestion, parent=None):
        super().__init__(tr("保留当前分类"), lambda data: classify.keep(actor, suggestion.code, data["reason"]),
                         parent)
        intro = QLabel(tr("%1 %2：当前 %3，建议 %4。\n%5").replace("%1", suggestion.code)
                       .replace("%2", suggestion.name).replace("%3", class_text(suggestion.current))
                       .replace("%4", class_text(suggestion.suggested)).replace("%5", suggestion.reason), self)
        intro.setWordWrap(True)
        self.main_layout.insertWidget(0, intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.form.add_field("reason", tr("保留理由"), self.reason)
        self.setMinimumWidth(460)

    def collect(self):
        reason = self.reason.toPlainText().strip()
        return {"reason": reason}, ([] if reason else [FieldProblem("reason", tr("请填写保留当前分类的理由"))])


class SuggestionsWindow(ValueWindow):
    KINDS = (Kind.CUSTOMERS,)

    def __init__(self, main):
        super().__init__(main, tr("分级建议"))
        self.rows: list[classify.Suggestion] = []
        self.show_kept = QCheckBox(tr("也显示已保留当前分类的客户"), self)
        self.show_kept.toggled.connect(self.reload)
        self.intro = QLabel(tr("按合作项目的金额和年限计算的建议分类与当前分类不同的客户。"
                               "采纳后记录分类历史，并写入客户卡第二页。"), self)
        self.intro.setWordWrap(True)
        self.table, self.model = make_view([tr("客户编号"), tr("客户名称"), tr("当前分类"), tr("建议分类"),
                                            tr("理由")], self, multi=True)
        for col, width in enumerate((100, 240, 90, 90)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda idx: self.open_card(idx.row()))
        self.accept_button = QPushButton(tr("采纳所选"), self)
        self.accept_button.clicked.connect(self.ask_accept_selected)
        self.accept_all_button = QPushButton(tr("全部采纳"), self)
        self.accept_all_button.clicked.connect(self.ask_accept_all)
        self.keep_button = QPushButton(tr("保留当前分类…"), self)
        self.keep_button.clicked.connect(self.ask_keep)
        self.card_button = QPushButton(tr("打开客户卡"), self)
        self.card_button.clicked.connect(lambda: self.open_card(self.table.currentIndex().row()))
        self.refresh_button = QPushButton(tr("刷新"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.show_kept)
        bar.addWidget(self.message, 1)
        for b in (self.refresh_button, self.card_button, self.keep_button, self.accept_button,
                  self.accept_all_button):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        self.resize(1100, 620)
        self.confirm_box = None
        self.keep_dialog = None
        self.reload()

    def reload(self) -> None:
        self.set_message(tr("正在计算建议…"))
        self.query(classify.suggestions, self.actor, include_kept=self.show_kept.isChecked(), success=self._show)

    def _show(self, rows) -> None:
        self.rows = list(rows)
        self.model.set_rows([[s.code, s.name, class_text(s.current), class_text(s.suggested),
                              s.reason + (tr("（已保留当前分类：%1）").replace("%1", s.kept) if s.kept else "")]
                             for s in self.rows], self.rows)
        self.set_message(tr("共 %1 位客户的建议与当前分类不同").replace("%1", str(len(self.rows)))
                         if self.rows else tr("所有客户的分类都与建议一致"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(selected_rows(self.table))
        self.accept_button.setEnabled(chosen)
        self.card_button.setEnabled(chosen)
        self.keep_button.setEnabled(len(selected_rows(self.table)) == 1)
        self.accept_all_button.setEnabled(bool(self.rows))

    def selected(self) -> list[classify.Suggestion]:
        return [self.model.objects[r] for r in selected_rows(self.table)]

    def ask_accept_selected(self):
        return self._ask_accept(self.selected())

    def ask_accept_all(self):
        return self._ask_accept(list(self.rows))

    def _ask_accept(self, chosen):
        if not chosen:
            return None
        if len(chosen) == 1:
            s = chosen[0]
            text = (tr("将 %1 %2 的分类由 %3 调整为 %4。确定吗？").replace("%1", s.code).replace("%2", s.name)
                    .replace("%3", class_text(s.current)).replace("%4", class_text(s.suggested)))
        else:
            text = tr("将采纳 %1 位客户的分类建议，并为每位客户记录分类历史。确定吗？").replace("%1", str(len(chosen)))
        codes = [s.code for s in chosen]
        self.confirm_box = confirm(self, tr("采纳分类建议"), text, tr("采纳"), lambda: self.accept_codes(codes))
        return self.confirm_box

    def accept_codes(self, codes: list[str]) -> None:
        self.set_message(tr("正在采纳…"))
        self.act(classify.accept, self.actor, codes,
                 success=lambda done: self.main.status(tr("已采纳 %1 条分类建议").replace("%1", str(len(done)))))

    def ask_keep(self):
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        s = chosen[0]
        dlg = KeepDialog(self.actor, s, self)
        dlg.saved.connect(lambda _r, code=s.code: self._kept(code))
        self.keep_dialog = dlg
        dlg.open()
        return dlg

    def _kept(self, code: str) -> None:
        self.main.status(tr("已保留 %1 的当前分类").replace("%1", code))
        self.reload()

    def open_card(self, row: int) -> None:
        s = self.model.objects[row] if 0 <= row < len(self.model.objects) else None
        if s is not None:
            self.main.open_card(s.customer_id)
