"""Add or edit a key person (负责人/联系人), including birthday and the sensitive fields."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
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
    """Month-day with an optional year and a 农历 (lunar) checkbox."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.month = QComboBox(self)
        self.month.addItem(self.tr("（未填写）"), 0)
        for m in range(1, 13):
            self.month.addItem(self.tr("%1月").replace("%1", str(m)), m)
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.day.setSuffix(self.tr("日"))
        self.year = QLineEdit(self)
        self.year.setPlaceholderText(self.tr("年份（可不填）"))
        self.year.setMaximumWidth(110)
        self.lunar = QCheckBox(self.tr("农历"), self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.month, self.day, self.year, self.lunar):
            lay.addWidget(w)
        lay.addStretch(1)
        self.month.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self, *_a) -> None:
        has = bool(self.month.currentData())
        for w in (self.day, self.year, self.lunar):
            w.setEnabled(has and self.isEnabled())

    def set_value(self, month=None, day=None, year=None, lunar=False) -> None:
        self.month.setCurrentIndex(self.month.findData(month or 0))
        self.day.setValue(day or 1)
        self.year.setText(str(year) if year else "")
        self.lunar.setChecked(bool(lunar))
        self._sync()

    def value(self):
        """None, or (month, day, year|None, lunar); a non-numeric year raises ValueError."""
        month = self.month.currentData()
        if not month:
            return None
        year_text = self.year.text().strip()
        if year_text and not year_text.isdigit():
            raise ValueError(self.tr("生日：年份需为数字，如 1975"))
        return month, self.day.value(), int(year_text) if year_text else None, self.lunar.isChecked()


class ContactDialog(RecordDialog):
    def __init__(self, submit, parent=None, *, contact: ContactInfo | None = None,
                 sensitive_allowed: bool = True):
        title = self.tr("编辑联系人") if contact else self.tr("添加联系人")
        super().__init__(title, submit, parent)
        self.contact = contact
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
            for key in SENSITIVE_FIELDS:
                w = self.edits[key]
                w.setEnabled(False)
                w.setToolTip(core_label(MASK_HINT))
                if isinstance(w, QPlainTextEdit):
                    w.setPlainText(MASK)
            note = QLabel(self.tr("敏感信息（生日、家庭、性格、爱好、人际关系）：权限不足，无法查看或修改"), self)
            note.setWordWrap(True)
            self.main_layout.insertWidget(1, note)
        self.setMinimumWidth(560)

    def _load(self, c: ContactInfo) -> None:
        for key in TEXT_FIELDS:
            self.edits[key].setText(getattr(c, key))
        for key in LONG_FIELDS:
            self.edits[key].setPlainText(getattr(c, key))
        self.primary.setChecked(c.is_primary)
        if c.birthday and not c.sensitive_masked:
            b = c.birthday
            self.edits["birthday"].set_value(b.month, b.day, b.year, b.lunar)

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
