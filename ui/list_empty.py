"""What an empty archive list says (issue 12: no dead ends). Instead of a blank grid and
"共 0 位客户", a sentence over the table says why it is empty and offers the next step: a
search that finds nothing the user may open but matches cards in the customer directory
(code, name and custodian are anyone's to see) offers 申请查阅…, already filled in; an
agent's empty archive points to 新建客户; filters that match nothing say so."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from models.archive import customers
from ui.operations import run_query


class EmptyListHint(QWidget):
    def __init__(self, window):
        super().__init__(window.table.viewport())
        self.window = window
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("申请查阅…"), self)
        self.button.clicked.connect(self._request)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.label)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self._asked = ""
        self.caps = window.capabilities   # the signed-in account's rights (no database read)
        self.hide()
        # a reset comes when a query starts (hide) and when its first page is in (the model
        # clears first_page_pending before ending the reset); `loaded` would ask twice
        window.model.modelReset.connect(self.update_hint)
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window.table.viewport().rect())
        return False

    def update_hint(self) -> None:
        model = self.window.model
        if model.rowCount() > 0 or model.first_page_pending:
            self.hide()
            return
        text = self.window.filter_bar.search.text().strip()
        self.button.hide()
        if text:
            self._show(self.tr("没有找到与“%1”相符、您可查看的客户。").replace("%1", text))
            if self.caps.can_request_access:
                self._asked = text
                run_query(self, customers.directory, self.window.actor, text,
                          success=lambda lines, asked=text: self._directory(asked, lines))
        elif self.window.current_query().cls or self.window.current_query().only \
                or self.window.current_query().owner_id:
            self._show(self.tr("没有符合筛选条件的客户。"))
        elif self.caps.can_create_customer:
            self._show(self.tr("还没有您可查看的客户。点“新建客户”（Ctrl+N）建档，"
                               "或在“权限 → 申请查阅…”中查找其他客服负责的客户。"))
        else:
            self._show(self.tr("您不负责客户档案。可在“权限 → 申请查阅…”中按名称或编号查找客户并申请查阅。"))

    def _directory(self, asked: str, lines) -> None:
        if asked != self._asked or self.window.model.rowCount() > 0 or not lines:
            return
        n = len(lines)
        count = f"{n}+" if n >= 50 else str(n)
        self._show(self.tr("没有找到与“%1”相符、您可查看的客户。客户目录中有 %2 位相符的客户由其他客服负责，"
                           "可以申请查阅。").replace("%1", asked).replace("%2", count))
        self.button.show()

    def _show(self, text: str) -> None:
        self.label.setText(text)
        self.setGeometry(self.window.table.viewport().rect())
        self.show()
        self.raise_()

    def _request(self) -> None:
        dialog = self.window.access_feature.open_request()
        dialog.search.setText(self._asked)
        dialog.find()


def install(window) -> EmptyListHint:
    window.empty_hint = EmptyListHint(window)
    return window.empty_hint
