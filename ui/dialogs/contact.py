"""Add or edit a key person (负责人/联系人), including birthday and the sensitive fields."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from models.foundation.dto import MASK, MASK_HINT, ContactInfo
from models.foundation.errors import FieldProblem
from models.foundation.vocabulary import CONTACT_LABELS, SENSITIVE_FIELDS
from ui.dialogs.record_dialog import RecordDialog
from ui.vocabulary_tr import core_label

TEXT_FIELDS = ("name", "title", "phone", "mobile", "email", "wechat")
LONG_FIELDS = ("role_in_org", "family", "personality", "hobbies", "relationships")


class BirthdayEdit(QWidget):
    """A birthday as people give it: 公历 month-day, or 农历 with the lunar month names
    (正月 … 冬月 腊月) and 闰; days limited to the month (30 for lunar months; a 三十 that a
    short month lacks falls on 廿九, as the calendar decides); the year is optional."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lunar = QCheckBox(self.tr("农历"), self)
        self.month = QComboBox(self)
        self.leap = QCheckBox(self.tr("闰月"), self)
        self.leap.setToolTip(self.tr("农历闰月出生（如闰四月）；没有该闰月的年份按四月提醒"))
        self.day = QComboBox(self)
        self.year = QLineEdit(self)
        self.year.setPlaceholderText(self.tr("年份（可不填）"))
        self.year.setMaximumWidth(110)
        self.hint = QLabel(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.lunar, self.month, self.leap, self.day, self.year, self.hint):
            lay.addWidget(w)
        lay.addStretch(1)
        self._fill_months()
        self.lunar.toggled.connect(self._calendar_changed)
        self.month.currentIndexChanged.connect(self._sync)
        self.year.textChanged.connect(self._sync)
        self._sync()

    def _fill_months(self) -> None:
        from models.calendar.lunar import lunar_month_name

        current = self.month.currentData() or 0
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("（未填写）"), 0)
        for m in range(1, 13):
            label = lunar_month_name(m) if self.lunar.isChecked() else self.tr("%1月").replace("%1", str(m))
            self.month.addItem(label, m)
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)

    def _calendar_changed(self, _checked=False) -> None:
        self._fill_months()
        self._sync()

    def _days_in(self, month: int) -> int:
        if self.lunar.isChecked():
            return 30
        import calendar

        text = self.year.text().strip()
        year = int(text) if text.isdigit() and 1 <= int(text) <= 9999 else 2000   # 2000: 2月 has 29
        return calendar.monthrange(year, month)[1]

    def _fill_days(self, month: int) -> None:
        from models.calendar.lunar import lunar_day_name

        current = self.day.currentData() or 1
        self.day.blockSignals(True)
        self.day.clear()
        for d in range(1, (self._days_in(month) if month else (30 if self.lunar.isChecked() else 31)) + 1):
            label = lunar_day_name(d) if self.lunar.isChecked() else self.tr("%1日").replace("%1", str(d))
            self.day.addItem(label, d)
        self.day.setCurrentIndex(max(0, self.day.findData(min(current, self.day.count()))))
        self.day.blockSignals(False)

    def _sync(self, *_a) -> None:
        month = self.month.currentData() or 0
        self._fill_days(month)
        has = bool(month)
        for w in (self.day, self.year, self.lunar):
            w.setEnabled(has and self.isEnabled())
        self.lunar.setEnabled(self.isEnabled())
        self.leap.setVisible(self.lunar.isChecked())
        self.leap.setEnabled(has and self.isEnabled())
        self.hint.setText(self._hint())

    def _hint(self) -> str:
        """This year's solar date of a lunar birthday (今年 4月18日)."""
        import datetime as dt

        try:
            value = self.value()
        except ValueError:
            return ""
        if not value or not value[3]:
            return ""
        from models.foundation.dto import Birthday

        month, day, year, lunar, leap = value
        try:
            return Birthday(month, day, year, lunar, leap).hint(dt.date.today())
        except Exception:  # noqa: BLE001 - a date the calendar cannot place shows no hint
            return ""

    def set_value(self, month=None, day=None, year=None, lunar=False, leap=False) -> None:
        self.lunar.setChecked(bool(lunar))
        self._fill_months()
        self.month.setCurrentIndex(max(0, self.month.findData(month or 0)))
        self.year.setText(str(year) if year else "")
        self._fill_days(month or 0)
        self.day.setCurrentIndex(max(0, self.day.findData(day or 1)))
        self.leap.setChecked(bool(leap) and bool(lunar))
        self._sync()

    def value(self):
        """None, or (month, day, year|None, lunar, leap); a non-numeric year raises ValueError."""
        month = self.month.currentData()
        if not month:
            return None
        year_text = self.year.text().strip()
        if year_text and not year_text.isdigit():
            raise ValueError(self.tr("生日：年份需为数字，如 1975"))
        lunar = self.lunar.isChecked()
        return (month, self.day.currentData() or 1, int(year_text) if year_text else None, lunar,
                lunar and self.leap.isChecked())


class ContactDialog(RecordDialog):
    """`sensitive_allowed`: the user holds the sensitive right on this card; a masked contact
    with that right is hidden only until 查看敏感信息, which the dialog offers (reveal_requested)."""

    reveal_requested = Signal()

    def __init__(self, submit, parent=None, *, contact: ContactInfo | None = None,
                 sensitive_allowed: bool = True):
        title = self.tr("编辑联系人") if contact else self.tr("添加联系人")
        super().__init__(title, submit, parent)
        self.contact = contact
        self.reveal_button = None
        self.masked = bool(contact and contact.sensitive_masked) or not sensitive_allowed
        self.edits: dict[str, QWidget] = {}
        self.primary = QCheckBox(self.tr("主要联系人"), self)
        for key in ("name", "title", "role_in_org", "phone", "mobile", "email", "wechat",
                    "birthday", "family", "personality", "hobbies", "relationships"):
            if key == "birthday":
                w = BirthdayEdit(self)
            elif key in LONG_FIELDS:
                w = QPlainTextEdit(self)
                w.setTabChangesFocus(True)
                w.setFixedHeight(52)
            else:
                w = QLineEdit(self)
            self.edits[key] = w
            self.form.add_field(key, core_label(CONTACT_LABELS[key]), w)
            if key == "name":
                self.form.addRow("", self.primary)
        if contact is not None:
            self._load(contact)
        if self.masked:
            self._hide_sensitive(contact, sensitive_allowed)
        self.setMinimumWidth(560)

    def _hide_sensitive(self, contact: ContactInfo | None, allowed: bool) -> None:
        """Hidden is not missing: a recorded birthday reads 已隐藏, never （未填写）."""
        may_reveal = allowed and contact is not None
        hint = self.tr("已隐藏 · 点击“查看敏感信息”后可查看和修改") if may_reveal else core_label(MASK_HINT)
        for key in SENSITIVE_FIELDS:
            w = self.edits[key]
            w.setEnabled(False)
            w.setToolTip(hint)
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(MASK)
        birthday = self.edits["birthday"]
        birthday.month.setItemText(0, MASK + self.tr(" 已隐藏"))
        for w in (birthday.lunar, birthday.day, birthday.year):   # a "1日" would look recorded
            w.hide()
        if may_reveal:
            text = self.tr("敏感信息（生日、家庭、性格、爱好、人际关系）已隐藏，不是没有填写。")
        elif contact is None:
            text = self.tr("敏感信息（生日、家庭、性格、爱好、人际关系）需要“敏感信息”权限才能填写。")
        else:
            text = self.tr("敏感信息（生日、家庭、性格、爱好、人际关系）已隐藏：你没有查看这位客户敏感信息的权限。")
        note = QLabel(text, self)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        if may_reveal:
            # a click, not the default button: the reveal is audited
            self.reveal_button = QPushButton(self.tr("查看敏感信息"), self)
            self.reveal_button.setAutoDefault(False)
            self.reveal_button.clicked.connect(self.reveal_requested)
            row.addWidget(self.reveal_button)
        self.note = note
        self.main_layout.insertLayout(1, row)

    def _load(self, c: ContactInfo) -> None:
        for key in TEXT_FIELDS:
            self.edits[key].setText(getattr(c, key))
        for key in LONG_FIELDS:
            self.edits[key].setPlainText(getattr(c, key))
        self.primary.setChecked(c.is_primary)
        if c.birthday and not c.sensitive_masked:
            b = c.birthday
            self.edits["birthday"].set_value(b.month, b.day, b.year, b.lunar, b.leap)

    def collect(self):
        data: dict = {"is_primary": self.primary.isChecked()}
        problems = []
        for key in TEXT_FIELDS:
            data[key] = self.edits[key].text()
        for key in LONG_FIELDS:
            data[key] = self.edits[key].toPlainText()
        try:
            data["birthday"] = self.edits["birthday"].value()
        except ValueError as exc:
            problems.append(FieldProblem("birthday", str(exc)))
        if self.masked:
            for key in SENSITIVE_FIELDS:
                data.pop(key, None)
        return data, problems
