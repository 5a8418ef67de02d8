"""The first page for a user who holds no customers of their own (业务人员): what they can
do here, each with a button, instead of an empty list or an empty 今日 page.

`install(window)` is called by the main window (FEATURE_MODULES, after the feature modules
whose dialogs the buttons open). Whether the page is shown is asked of
models.rules.access.capabilities: an account that may not hold custody (the staff role)
has no customers of its own to list.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.rules import access


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffHome", text)


class StaffHomePage(QWidget):
    """Four things a staff user does, each a sentence and a button."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        caps = window.capabilities
        title = QLabel(tr("您好，%1").replace("%1", window.actor.display_name), self)
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        intro = QLabel(tr("您的账号不负责客户，客户档案需申请后查阅。在这里您可以："), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        rows = [
            ("report", tr("报告重要事项…"),
             tr("客户来电、投诉线索或商机：找到客户后报告，负责客服会收到通知（您不必能查看该客户）。"),
             self.open_request, True),
            ("service", tr("新建投诉/售后服务单…"),
             tr("登记客户的投诉或售后需求，交给负责客服处理。"),
             self.open_service, getattr(window, "service_feature", None) is not None),
            ("directory", tr("查找负责客服…"),
             tr("在客户目录中按名称或编号找到客户，看到由哪位客服负责。"),
             self.open_request, True),
            ("request", tr("申请查阅…"),
             tr("需要查看客户档案时提出申请，客服主管批准后即可在客户档案页打开。"),
             self.open_request, caps.can_request_access),
        ]
        for row, (key, label, text, slot, allowed) in enumerate(rows):
            button = QPushButton(label, self)
            button.setMinimumWidth(200)
            button.clicked.connect(slot)
            button.setEnabled(allowed)
            what = QLabel(text, self)
            what.setWordWrap(True)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, row, 1)
            self.buttons[key] = button
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 24, 32, 24)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addSpacing(8)
        lay.addLayout(grid)
        lay.addStretch(1)

    def open_request(self):
        feature = getattr(self.window, "access_feature", None)
        if feature is None:
            return None
        dialog = feature.open_request()
        dialog.search.setFocus()
        return dialog

    def open_service(self):
        feature = getattr(self.window, "service_feature", None)
        return feature.open_new(None) if feature is not None else None


def shows_staff_home(actor) -> bool:
    """No customers of one's own to list or be reminded of: the staff home comes first."""
    return not access.capabilities_of(actor).can_receive_handover


def install(window) -> StaffHomePage | None:
    if not shows_staff_home(window.actor):
        return None
    window.staff_home = StaffHomePage(window)
    window.add_page(window.staff_home, tr("首页"), first=True)
    return window.staff_home
