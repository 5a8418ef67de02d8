"""The options asked before an export or a print: which customers, masking, watermark.

The choices offered follow the rules in models/access.py: more than one card is a bulk
export (managers only), so for anyone else the wider choices are shown but disabled with the
reason on hover. The dialog only collects; models.exporting checks again when it runs.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from models.rules import access
from models.transfer.exporting import Selection


@dataclass(frozen=True)
class ExportOptions:
    selection: Selection
    include_sensitive: bool = True
    watermark: bool = False


@dataclass(frozen=True)
class Scope:
    label: str
    selection: Selection
    count: int


class ExportOptionsDialog(QDialog):
    """kind "excel" or "pdf"; scopes in the order shown; the first enabled one is checked."""

    def __init__(self, parent, kind: str, scopes: list[Scope], actor, *, default_watermark: bool = False):
        super().__init__(parent)
        self.kind = kind
        self.scopes = scopes
        self.setWindowTitle(self.tr("导出 Excel") if kind == "excel" else self.tr("打印客户资料信息卡"))
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("范围"), self)
        box_layout = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        bulk_allowed = access.can(actor, access.BULK_EXPORT)
        self.scope_buttons: list[QRadioButton] = []
        for i, scope in enumerate(scopes):
            text = self.tr("%1（%2 位客户）").replace("%1", scope.label).replace("%2", f"{scope.count:,}")
            button = QRadioButton(text, box)
            if scope.count == 0 or (scope.count != 1 and not bulk_allowed):
                button.setEnabled(False)
                button.setToolTip(self.tr("列表中没有客户") if scope.count == 0
                                  else self.tr("批量打印/导出仅限客服主管；可逐张打印自己负责的客户卡"))
            self.scope_group.addButton(button, i)
            self.scope_buttons.append(button)
            box_layout.addWidget(button)
        for button in self.scope_buttons:
            if button.isEnabled():
                button.setChecked(True)
                break
        layout.addWidget(box)

        self.mask = QCheckBox(self.tr("遮盖敏感个人信息（生日、家庭、性格、爱好、人际关系）"), self)
        self.mask.setToolTip(self.tr("不勾选时，您有权查看的客户的敏感信息将包含在文件中，其余仍以 ●●●● 遮盖"))
        layout.addWidget(self.mask)
        self.watermark = QCheckBox(self.tr("加浅色水印（打印人姓名）"), self)
        self.watermark.setChecked(default_watermark)
        self.watermark.setVisible(kind == "pdf")
        layout.addWidget(self.watermark)
        note = QLabel(self.tr("导出和打印均记录在审计日志中。内部资料，注意保密。"), self)
        note.setWordWrap(True)
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("导出") if kind == "excel" else self.tr("继续"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.scope_group.checkedId() >= 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def options(self) -> ExportOptions:
        scope = self.scopes[self.scope_group.checkedId()]
        return ExportOptions(selection=scope.selection, include_sensitive=not self.mask.isChecked(),
                             watermark=self.kind == "pdf" and self.watermark.isChecked())
