"""The card's 服务单 tab: the customer's service records (open ones first, as the core lists
them), loaded off the UI thread, with a button to register a new one for this customer."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.foundation.changes import Kind
from models.service import reading
from ui.card.sections import make_table
from ui.service.common import error_text
from ui.service.list_model import ServiceTableModel


class CardServiceTab(QWidget):
    loaded = Signal()

    def __init__(self, card):
        super().__init__(card)
        self.card = card
        self.model = ServiceTableModel(self)
        self.table = make_table(self.model, self)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 200, 60, 70, 70, 90, 130)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._open_row)
        self.summary = QLabel(self)
        self.new_button = QPushButton(self.tr("新建服务单…"), self)
        self.new_button.clicked.connect(self.new_record)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        card.main.app_events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        main = self.card.main
        main.tasks.run(reading.list_records, main.actor, customer_id=self.card.customer_id,
                       on_done=self._loaded, on_error=lambda exc: self.summary.setText(error_text(exc)))

    def _loaded(self, rows) -> None:
        self.model.set_records(rows)
        n_open = sum(1 for r in rows if r.is_open)
        self.summary.setText(self.tr("共 %1 张服务单，未结 %2 张").replace("%1", str(len(rows)))
                             .replace("%2", str(n_open)))
        tabs = self.card.tabs
        i = tabs.indexOf(self)
        if i >= 0:
            tabs.setTabText(i, self.tr("服务单（%1）").replace("%1", str(n_open)) if n_open else self.tr("服务单"))
        self.loaded.emit()

    def _on_changed(self, changes, _initiator=None) -> None:
        if any(changes.touches(k) for k in (Kind.SERVICE, Kind.HANDOVERS, Kind.GRANTS)):
            self.reload()

    def _open_row(self, index) -> None:
        rec = self.model.record(index.row())
        if rec is not None:
            self.card.main.service_feature.open_record(rec.number)

    def new_record(self):
        return self.card.main.service_feature.open_new(self.card.customer_id, code=self.card.card.code)


def add_to_card(card) -> CardServiceTab | None:
    """The card's one hook: a 服务单 tab when the service feature is installed."""
    if getattr(card.main, "service_feature", None) is None:
        return None
    card.service_tab = CardServiceTab(card)
    card.tabs.addTab(card.service_tab, card.service_tab.tr("服务单"))
    return card.service_tab
