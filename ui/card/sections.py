"""Page 1's tables (key people, cooperation projects) and page 2's entries and the history."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.foundation.dto import MASK, MASK_HINT, ContactInfo, EventInfo, ProjectInfo
from models.foundation.localtime import local_text
from models.foundation.vocabulary import (
    CONTACT_LABELS,
    PROJECT_LABELS,
    SENSITIVE_FIELDS,
)
from ui.i18n import tr
from ui.itemmodels.record_table import Column, RecordTableModel
from ui.vocabulary_tr import core_label


def _sensitive(key: str, header: str, masked_hint) -> Column:
    def display(c: ContactInfo) -> str:
        if c.sensitive_masked:
            return MASK
        return c.birthday_text if key == "birthday" else getattr(c, key)

    return Column(header, display,
                  tooltip=lambda c: masked_hint() if c.sensitive_masked else (display(c) or None),
                  dim=lambda c: c.sensitive_masked)


MAX_COLUMN = 240   # a wider value (a long e-mail, a 农历 birthday) is cut with its tooltip


def _full(text_of):
    """The cell's whole text as its tooltip, so nothing is cut off without a way to read it."""
    return lambda r: text_of(r) or None


def contact_columns(masked_hint=lambda: core_label(MASK_HINT)) -> list[Column]:
    """`masked_hint`: what a masked cell's tooltip says (hidden until 查看敏感信息, or no right)."""
    cols = [Column("", lambda c: "★" if c.is_primary else "", raw=lambda c: c.is_primary,
                   tooltip=lambda c: tr("主要联系人") if c.is_primary else None)]
    for key in ("name", "title", "role_in_org", "phone", "mobile", "email", "wechat"):
        cols.append(Column(core_label(CONTACT_LABELS[key]), lambda c, k=key: getattr(c, k),
                           tooltip=_full(lambda c, k=key: getattr(c, k))))
    for key in SENSITIVE_FIELDS:
        cols.append(_sensitive(key, core_label(CONTACT_LABELS[key]), masked_hint))
    return cols


def _amount(p: ProjectInfo) -> str:
    return "" if p.amount is None else f"{p.amount:,.2f}"


def project_columns() -> list[Column]:
    return [
        Column(core_label(PROJECT_LABELS["name"]), lambda p: p.name, tooltip=_full(lambda p: p.name)),
        Column(core_label(PROJECT_LABELS["started_on"]), lambda p: p.started_on.isoformat() if p.started_on else "",
               raw=lambda p: p.started_on),
        Column(core_label(PROJECT_LABELS["ended_on"]), lambda p: p.ended_on.isoformat() if p.ended_on else "",
               raw=lambda p: p.ended_on),
        Column(core_label(PROJECT_LABELS["amount"]) + tr("（元）"), _amount, raw=lambda p: p.amount),
        Column(core_label(PROJECT_LABELS["status"]), lambda p: p.status),
        Column(core_label(PROJECT_LABELS["notes"]), lambda p: p.notes, tooltip=_full(lambda p: p.notes)),
    ]


def event_columns() -> list[Column]:
    return [
        Column(tr("日期"), lambda e: e.event_date.isoformat(), raw=lambda e: e.event_date),
        Column(tr("类别"), lambda e: e.category),
        Column(tr("标题"), lambda e: e.title + (tr("（已更正）") if e.revisions else "")),
        Column(tr("内容"), lambda e: e.content),
        Column(tr("来源部门"), lambda e: e.source_department),
        Column(tr("记录人"), lambda e: e.recorded_by + (tr("（报告）") if e.is_report else "")),
        Column(tr("记录时间"), lambda e: local_text(e.recorded_at), raw=lambda e: e.recorded_at),
    ]


def make_table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class TableSection(QGroupBox):
    """A titled table with 添加 / 编辑 / 删除 buttons (hidden when the card is read-only)."""

    add_clicked = Signal()
    edit_clicked = Signal(object)
    remove_clicked = Signal(object)

    def __init__(self, title: str, columns: list[Column], widths: list[int], parent=None):
        super().__init__(title, parent)
        self.model = RecordTableModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widths = list(widths)
        for i, w in enumerate(widths):
            self.view.setColumnWidth(i, w)
        self.add_button = QPushButton(self.tr("添加"), self)
        self.edit_button = QPushButton(self.tr("编辑"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.view)
        self.add_button.clicked.connect(self.add_clicked)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_clicked))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_clicked))
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_clicked))

    def current(self):
        idx = self.view.currentIndex()
        return self.model.record(idx.row()) if idx.isValid() else None

    def _emit(self, signal) -> None:
        rec = self.current()
        if rec is not None and self.add_button.isVisible():
            signal.emit(rec)

    def set_records(self, records) -> None:
        """The table grows with its rows (the page scrolls, not the table: no nested
        scrollbars); columns widen to their text up to MAX_COLUMN, the rest is in the tooltip."""
        self.model.set_records(records)
        view = self.view
        view.resizeColumnsToContents()
        for i in range(self.model.columnCount() - 1):
            view.setColumnWidth(i, min(max(view.columnWidth(i), self.widths[i] if i < len(self.widths) else 60),
                                       MAX_COLUMN))
        rows = max(len(records), 2)
        height = (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                  + 2 * view.frameWidth() + view.horizontalScrollBar().sizeHint().height())
        view.setFixedHeight(height)

    def set_editable(self, edit: bool) -> None:
        for b in (self.add_button, self.edit_button, self.remove_button):
            b.setVisible(edit)


class EventsPage(QWidget):
    """Page 2: entries newest first, the selected one in full with its earlier versions."""

    add_clicked = Signal()
    correct_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("添加记录"), self)
        self.correct_button = QPushButton(self.tr("更正"), self)
        self.model = RecordTableModel(event_columns(), self)
        self.view = make_table(self.model, self)
        for i, w in enumerate((95, 80, 220, 330, 90, 110, 130)):
            self.view.setColumnWidth(i, w)
        self.detail = QTextBrowser(self)
        self.detail.setMinimumHeight(150)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.view, 3)
        lay.addWidget(self.detail, 2)
        self.add_button.clicked.connect(self.add_clicked)
        self.correct_button.clicked.connect(self._correct)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))

    def set_events(self, events) -> None:
        current = self.view.currentIndex().row()
        self.model.set_records(sorted(events, key=lambda e: (e.event_date, e.recorded_at, e.id),
                                      reverse=True))
        if self.model.rowCount():
            row = min(max(current, 0), self.model.rowCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show(self.view.currentIndex().row())

    def _correct(self) -> None:
        rec = self.model.record(self.view.currentIndex().row())
        if rec is not None:
            self.correct_clicked.emit(rec)

    def _show(self, row: int) -> None:
        e: EventInfo | None = self.model.record(row)
        self.correct_button.setEnabled(e is not None)
        if e is None:
            self.detail.setPlainText(self.tr("还没有重要事项记录。") if not self.model.rowCount() else "")
            return
        from html import escape

        parts = [f"<p><b>{escape(e.event_date.isoformat())}　{escape(e.category)}　{escape(e.title)}</b></p>",
                 f"<p>{escape(e.content).replace(chr(10), '<br>')}</p>",
                 "<p style='color:#666'>" + escape(self.tr("来源部门：%1　记录人：%2　记录时间：%3")
                                                   .replace("%1", e.source_department or "—")
                                                   .replace("%2", e.recorded_by)
                                                   .replace("%3", local_text(e.recorded_at))) + "</p>"]
        if e.revisions:
            parts.append("<hr><p><b>" + escape(self.tr("更正前的内容")) + "</b></p>")
            for r in e.revisions:
                parts.append("<p style='color:#555'>" + escape(
                    self.tr("%1 由 %2 更正前：").replace("%1", local_text(r.edited_at))
                    .replace("%2", r.edited_by)) + "<br>"
                    + escape(f"{r.event_date.isoformat()}　{r.category}　{r.title}") + "<br>"
                    + escape(r.content).replace(chr(10), "<br>") + "</p>")
        self.detail.setHtml("".join(parts))

    def set_editable(self, edit: bool) -> None:
        self.add_button.setVisible(edit)
        self.correct_button.setVisible(edit)
