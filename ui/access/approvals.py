"""审批: pending requests (approve with an expiry of 1–90 days, or reject with a reason),
the grants in force (revoke), and a direct grant. Managers only; each service checks again."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from models.access_requests import requests
from models.accounts import staff
from models.foundation.errors import ArchiveError
from models.foundation.vocabulary import REQUEST_STATUS_LABELS, SCOPE_LABELS, SCOPES
from models.rules import access
from ui.access.common import (
    Column,
    RecordTableModel,
    local_text,
    message_label,
    selected_record,
    table_view,
    tr,
)
from ui.operations import run_op, run_query
from ui.vocabulary_tr import core_label


def _days_box(parent) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, requests.MAX_DAYS)
    box.setValue(requests.DEFAULT_DAYS)
    box.setSuffix(tr(" 天"))
    return box


def requests_and_grants(actor, pending_only: bool):
    return requests.list_requests(actor, pending_only=pending_only), requests.list_grants(actor)


class ApprovalPanel(QDialog):
    """Decisions run through run_op: every screen hears of them from their Changes."""

    changed = Signal()      # a decision was stored (the panel reloads itself)

    def __init__(self, actor, parent=None):
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(tr("审批与授权"))
        self.resize(900, 620)
        self.requests_model = RecordTableModel([
            Column(tr("编号"), lambda r: r.id, raw=lambda r: r.id),
            Column(tr("客户"), lambda r: f"{r.customer_code} {r.customer_name}"),
            Column(tr("申请人"), lambda r: r.requester_name),
            Column(tr("范围"), lambda r: r.scopes_text),
            Column(tr("申请时间"), lambda r: local_text(r.created_at)),
            Column(tr("状态"), lambda r: core_label(REQUEST_STATUS_LABELS.get(r.status, r.status))),
            Column(tr("理由"), lambda r: r.reason)], self)
        self.requests_view = table_view(self.requests_model, self)
        self.days = _days_box(self)
        self.approve_button = QPushButton(tr("批准"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_reason = QLineEdit(self)
        self.reject_reason.setPlaceholderText(tr("拒绝理由（拒绝时必填）"))
        self.reject_button = QPushButton(tr("拒绝"), self)
        self.reject_button.clicked.connect(self.reject_selected)
        self.show_all = QCheckBox(tr("显示已处理的申请"), self)
        self.show_all.toggled.connect(self.reload)

        self.grants_model = RecordTableModel([
            Column(tr("编号"), lambda g: g.id, raw=lambda g: g.id),
            Column(tr("客户"), lambda g: f"{g.customer_code} {g.customer_name}"),
            Column(tr("被授权人"), lambda g: g.grantee_name),
            Column(tr("范围"), lambda g: g.scopes_text),
            Column(tr("到期"), lambda g: local_text(g.expires_at), raw=lambda g: g.expires_at),
            Column(tr("授权人"), lambda g: g.granted_by)], self)
        self.grants_view = table_view(self.grants_model, self)
        self.revoke_button = QPushButton(tr("撤销授权"), self)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.grant_button = QPushButton(tr("直接授权…"), self)
        self.grant_button.clicked.connect(self.open_grant_dialog)
        self.message = message_label(self)
        self.grant_dialog = None

        req_box = QGroupBox(tr("查阅申请"), self)
        rl = QVBoxLayout(req_box)
        rl.addWidget(self.show_all)
        rl.addWidget(self.requests_view)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("有效期"), self))
        row.addWidget(self.days)
        row.addWidget(self.approve_button)
        row.addSpacing(24)
        row.addWidget(self.reject_reason, 1)
        row.addWidget(self.reject_button)
        rl.addLayout(row)
        grant_box = QGroupBox(tr("有效授权"), self)
        gl = QVBoxLayout(grant_box)
        gl.addWidget(self.grants_view)
        row = QHBoxLayout()
        row.addWidget(self.grant_button)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        gl.addLayout(row)
        lay = QVBoxLayout(self)
        lay.addWidget(req_box, 3)
        lay.addWidget(grant_box, 2)
        lay.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        run_query(self, requests_and_grants, self.actor, not self.show_all.isChecked(),
                  success=self._show, failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def _show(self, found) -> None:
        reqs, grants = found
        self.requests_model.set_records(reqs)
        self.grants_model.set_records(grants)
        for view in (self.requests_view, self.grants_view):
            view.resizeColumnsToContents()
        if self.requests_model.rowCount():
            self.requests_view.selectRow(0)

    def _run(self, fn, *args, then=None) -> None:
        self.message.clear()

        def done(_value):
            if then is not None:
                then()
            self.changed.emit()   # the panel reloads from the operation's changes
        run_op(self, fn, *args, success=done, failure=self._failed)

    def approve_selected(self) -> None:
        req = selected_record(self.requests_view)
        if req is None:
            self.message.setText(tr("请先选中一条申请"))
            return
        self._run(requests.approve, self.actor, req.id, self.days.value())

    def reject_selected(self) -> None:
        req = selected_record(self.requests_view)
        if req is None:
            self.message.setText(tr("请先选中一条申请"))
            return
        self._run(requests.reject, self.actor, req.id, self.reject_reason.text(),
                  then=self.reject_reason.clear)

    def revoke_selected(self) -> None:
        g = selected_record(self.grants_view)
        if g is None:
            self.message.setText(tr("请先选中一条授权"))
            return
        self._run(requests.revoke, self.actor, g.id)

    def open_grant_dialog(self) -> None:
        self.grant_dialog = GrantDialog(self.actor, self)
        self.grant_dialog.granted.connect(lambda _gid: self.changed.emit())
        self.grant_dialog.open()


class GrantDialog(QDialog):
    """直接授权: customer code, user, scopes, days."""

    granted = Signal(int)

    def __init__(self, actor, parent=None, code: str = ""):
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(tr("直接授权"))
        self.code = QLineEdit(code, self)
        self.code.setPlaceholderText(tr("客户编号，如 KH000123"))
        self.user = QComboBox(self)
        self.user.setEnabled(False)   # until the staff list arrives (loaded off the UI thread)
        self.scope_boxes = {}
        scopes = QHBoxLayout()
        for s in SCOPES:
            box = QCheckBox(core_label(SCOPE_LABELS[s]), self)
            box.setChecked(s == "view")
            box.setEnabled(s != "view")
            scopes.addWidget(box)
            self.scope_boxes[s] = box
        self.days = _days_box(self)
        self.message = message_label(self)
        ok = QPushButton(tr("授权"), self)
        ok.clicked.connect(self.submit)
        self.ok_button = ok
        cancel = QPushButton(tr("取消"), self)
        cancel.clicked.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("客户编号"), self.code)
        form.addRow(tr("授权给"), self.user)
        form.addRow(tr("范围"), scopes)
        form.addRow(tr("有效期"), self.days)
        form.addRow(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(ok)
        row.addWidget(cancel)
        form.addRow(row)
        ok.setEnabled(False)
        run_query(self, staff.list_users, actor, include_departed=False,
                  success=self._set_people, failure=self._refused)

    def _set_people(self, people) -> None:
        for s in people:
            if access.may_hold_grants(s):
                self.user.addItem(f"{s.display_name}（{s.username}）", s.username)
        self.user.setEnabled(True)
        self.ok_button.setEnabled(True)

    def submit(self) -> None:
        scopes = [s for s, b in self.scope_boxes.items() if b.isChecked()]
        self.ok_button.setEnabled(False)
        run_op(self, requests.grant, self.actor, self.code.text(), self.user.currentData() or "",
               scopes, self.days.value(), success=self._granted, failure=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(exc.message if isinstance(exc, ArchiveError) else str(exc))

    def _granted(self, gid: int) -> None:
        self.granted.emit(gid)
        self.accept()
