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
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from models.rules import access
from models.transfer.exporting import Selection
from ui import settings


@dataclass(frozen=True)
class ExportOptions:
    selection: Selection
    include_sensitive: bool = True
    watermark: bool = False
    template: str = "full"            # full | summary | public (exports/card_layout.py)
    duplex: bool | None = None        # None: on for more than one card
    newest_first: bool = True


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
        # a bulk export starts masked, one card not (issue 12); once the user ticks it themselves,
        # choosing another scope keeps their choice
        self._mask_chosen = False
        self.mask.clicked.connect(lambda _on: setattr(self, "_mask_chosen", True))
        self.scope_group.idToggled.connect(lambda _i, on: on and self._default_mask())
        self._default_mask()
        self.watermark = QCheckBox(self.tr("加浅色水印（打印人姓名）"), self)
        self.watermark.setChecked(default_watermark)
        self.watermark.setVisible(kind == "pdf")
        layout.addWidget(self.watermark)
        self.user = getattr(actor, "username", "")
        self.print_box = QGroupBox(self.tr("版式"), self)
        form = QFormLayout(self.print_box)
        self.template = QComboBox(self.print_box)
        for value, label in (("full", self.tr("完整客户卡（两页）")), ("summary", self.tr("摘要（每位客户一页，含最近 10 条事项）")),
                             ("public", self.tr("对外版（不含任何敏感个人信息）"))):
            self.template.addItem(label, value)
        self.template.setCurrentIndex(max(0, self.template.findData(settings.get("prefs/print_template", self.user))))
        form.addRow(self.tr("模板"), self.template)
        self.order = QComboBox(self.print_box)
        self.order.addItem(self.tr("从新到旧（与屏幕一致）"), True)
        self.order.addItem(self.tr("从旧到新"), False)
        self.order.setCurrentIndex(0 if settings.get("prefs/print_newest_first", self.user) else 1)
        form.addRow(self.tr("重要事项顺序"), self.order)
        self.duplex = QCheckBox(self.tr("双面打印：每位客户从右页（奇数页）开始"), self.print_box)
        self.duplex.setToolTip(self.tr("需要时插入空白页，打印后可按客户分开（仅多位客户时生效）"))
        self.duplex.setChecked(settings.get("prefs/print_duplex", self.user))
        form.addRow(self.duplex)
        self.print_box.setVisible(kind == "pdf")
        layout.addWidget(self.print_box)
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

    def _default_mask(self) -> None:
        checked = self.scope_group.checkedId()
        if not self._mask_chosen and checked >= 0:
            count = self.scopes[checked].count
            self.mask.setChecked(count is None or count > 1)

    def options(self) -> ExportOptions:
        scope = self.scopes[self.scope_group.checkedId()]
        template, newest = self.template.currentData(), bool(self.order.currentData())
        if self.kind == "pdf":   # remembered for this user's next print
            settings.set("prefs/print_template", template, self.user)
            settings.set("prefs/print_duplex", self.duplex.isChecked(), self.user)
            settings.set("prefs/print_newest_first", newest, self.user)
        return ExportOptions(selection=scope.selection, include_sensitive=not self.mask.isChecked(),
                             watermark=self.kind == "pdf" and self.watermark.isChecked(),
                             template=template, newest_first=newest,
                             duplex=self.duplex.isChecked() and scope.count > 1)
