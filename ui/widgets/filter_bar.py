"""The filter bar above the archive list: search box (debounced), class, custodian, status,
and 待核实 (the desk's stale-card rule, models.desk.upkeep)."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.archive.customers import ListQuery
from models.desk import upkeep  # noqa: F401 - registers the "stale" list filter
from models.foundation.dto import StaffInfo
from models.rules import access

DEBOUNCE_MS = 250


class FilterBar(QWidget):
    """Emits `changed()` when the query the user set up changes (typing is debounced)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索：名称、编号、联系人、电话、拼音首字母、信用代码"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.cls = QComboBox(self)
        self.cls.addItem(self.tr("全部"), None)
        for c in ("A", "B", "C"):
            self.cls.addItem(c, c)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("全部"), None)
        self.owner.setMinimumContentsLength(10)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("正常"), "active")
        self.status.addItem(self.tr("已归档"), "archived")
        self.status.addItem(self.tr("全部"), None)
        self.stale = QCheckBox(self.tr("待核实"), self)
        self.stale.setToolTip(self.tr("只显示资料久未核实的客户（与“今日”页的待核实规则相同）"))

        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 2)
        lay.addWidget(QLabel(self.tr("搜索"), self))
        lay.addWidget(self.search, 3)
        for label, combo in ((self.tr("分类"), self.cls), (self.tr("负责客服"), self.owner),
                             (self.tr("状态"), self.status)):
            lay.addSpacing(8)
            lay.addWidget(QLabel(label, self))
            lay.addWidget(combo)
        lay.addSpacing(8)
        lay.addWidget(self.stale)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.cls, self.owner, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.stale.toggled.connect(lambda _on: self.changed.emit())

    def set_staff(self, staff: list[StaffInfo]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("全部"), None)
        for s in staff:
            if access.may_hold_custody(s):
                self.owner.addItem(s.label, s.id)
        idx = self.owner.findData(current)
        self.owner.setCurrentIndex(max(idx, 0))
        self.owner.blockSignals(False)

    def flush(self) -> None:
        """Apply a pending debounced search now (Enter in the box)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def apply_to(self, base: ListQuery) -> ListQuery:
        from dataclasses import replace

        return replace(base, text=self.search.text().strip(), cls=self.cls.currentData(),
                       owner_id=self.owner.currentData(), status=self.status.currentData(),
                       only="stale" if self.stale.isChecked() else None)
