"""服务设置 (managers): the response and resolution limits per severity, the working hours and
the days to the return visit. Saved in one go by the core (all or nothing); its problems show
under their fields."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from models.foundation.vocabulary import SEVERITIES
from models.service import setup
from models.service.settings import UNITS
from ui.service.common import label
from ui.service.form_dialog import FormDialog


class LimitEdit(QWidget):
    """An amount and its unit (工作小时 / 工作日)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(1)
        self.amount.setRange(0.5, 500)
        self.unit = QComboBox(self)
        for key, text in UNITS.items():
            self.unit.addItem(label(text), key)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.amount)
        lay.addWidget(self.unit)
        lay.addStretch(1)
        self.setFocusProxy(self.amount)

    def set_value(self, amount: float, unit: str) -> None:
        self.amount.setValue(float(amount))
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))

    def value(self) -> tuple[float, str]:
        return self.amount.value(), self.unit.currentData()


class SettingsDialog(FormDialog):
    saved = Signal(object)       # the ServiceSetup now in force

    def __init__(self, main):
        super().__init__(main, self.tr("服务设置"), self.tr("保存"))
        self.main = main
        self.limits: dict[tuple[str, str], LimitEdit] = {}
        for severity in SEVERITIES:
            for which, text in (("respond", self.tr("%1 响应期限")), ("resolve", self.tr("%1 解决期限"))):
                edit = LimitEdit(self)
                self.limits[(severity, which)] = edit
                self.form.add_field(f"{severity}.{which}", text.replace("%1", label(severity)), edit)
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText("09:00-12:00,13:00-18:00")
        self.form.add_field("hours", self.tr("工作时间"), self.hours)
        self.visit = QSpinBox(self)
        self.visit.setRange(0, 30)
        self.visit.setSuffix(self.tr(" 个工作日"))
        self.visit.setSpecialValueText(self.tr("不自动安排"))
        self.form.add_field("days", self.tr("解决后回访"), self.visit)
        self.ok.setEnabled(False)
        main.tasks.run(setup.current, main.actor, on_done=self.show_setup, on_error=self.show_error)

    def show_setup(self, now) -> None:
        for (severity, which), edit in self.limits.items():
            edit.set_value(*now.limits[severity][which])
        self.hours.setText(now.hours_text)
        self.visit.setValue(now.return_visit_days)
        self.ok.setEnabled(now.can_change)

    def values(self) -> dict:
        return {"limits": [(sev, which, *edit.value()) for (sev, which), edit in self.limits.items()],
                "hours": self.hours.text(), "return_visit_days": self.visit.value()}

    def submit(self) -> None:
        if not self.begin():
            return
        self.call(self.main.tasks, self.saved, setup.change, self.main.actor, **self.values())
