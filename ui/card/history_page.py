"""变更记录: the card's history, one line per change, grouped per save.

The core words every line (models.archive.history); this page groups them: the time, the
person and what they did stand on a save's first line only, so each save reads as a block."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.foundation.dto import ChangeEntry
from models.foundation.localtime import SECONDS, local_text
from ui.i18n import tr
from ui.itemmodels.record_table import Column, RecordTableModel


@dataclass(frozen=True)
class HistoryLine:
    entry: ChangeEntry
    first: bool   # the first line of its save: it carries the time, the person and the action


def history_columns() -> list[Column]:
    def head(text):
        return lambda h: text(h.entry) if h.first else ""
    return [
        Column(tr("时间"), head(lambda e: local_text(e.at, SECONDS)), raw=lambda h: (h.entry.at, h.entry.save)),
        Column(tr("操作人"), head(lambda e: e.who)),
        Column(tr("操作"), head(lambda e: e.action)),
        Column(tr("修改内容"), lambda h: h.entry.text, tooltip=lambda h: h.entry.text or None),
    ]


def history_lines(entries: list[ChangeEntry]) -> list[HistoryLine]:
    out, previous = [], None
    for e in entries:
        out.append(HistoryLine(e, e.save != previous))
        previous = e.save
    return out


class HistoryPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        from ui.card.sections import make_table

        self.model = RecordTableModel(history_columns(), self)
        self.view = make_table(self.model, self)
        self.view.setAlternatingRowColors(False)   # the blocks, not the rows, should stand out
        self.view.setWordWrap(True)
        for i, w in enumerate((150, 90, 130)):
            self.view.setColumnWidth(i, w)
        self.empty = QLabel(self.tr("还没有修改记录。"), self)
        self.empty.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.view)

    def set_entries(self, entries: list[ChangeEntry]) -> None:
        self.model.set_records(history_lines(entries))
        self.empty.setVisible(not entries)

    def texts(self) -> list[str]:
        """Every line's words (for tests and copying)."""
        return [h.entry.text for h in self.model.records]
