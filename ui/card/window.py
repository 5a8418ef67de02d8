"""The customer card: one non-modal window per customer, with three tabs.

第一页 基本资料 (company form, key people, projects), 第二页 重要事项记录, 变更记录.
The form's values are compared with the card as loaded, so a save sends only what the
user changed, and a stale save can re-apply exactly those changes on the fresh version.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.accounts import staff
from models.archive import contacts, customers, events
from models.foundation.errors import ArchiveError, ConflictError, PermissionDenied, ValidationError
from models.foundation.localtime import local_text
from models.foundation.vocabulary import CLASS_LABELS, CUSTOMER_STATUS_LABELS
from ui import settings
from ui.card.company_form import CompanyForm, card_values
from ui.card.sections import EventsPage, HistoryPage, TableSection, contact_columns, project_columns
from ui.vocabulary_tr import core_label
from ui.widgets.form import ERROR_STYLE

FIELD_NAMES = {"cls": QT_TRANSLATE_NOOP("CardWindow", "客户分类"),
               "owner": QT_TRANSLATE_NOOP("CardWindow", "负责客服")}


class CardWindow(QWidget):
    def __init__(self, main, customer_id: int):
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main = main
        self.customer_id = customer_id
        self.dialogs: list = []
        self._force = False
        self.card = customers.get_card(main.actor, customer_id)
        self._build()
        self._staff = staff.list_users(main.actor)
        self._show_card(self.card)
        geometry = settings.get("state/card_geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1120, 780)

    @property
    def actor(self):
        return self.main.actor

    # ---- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: #555")
        self.save_button = QPushButton(self.tr("保存"), self)
        self.revert_button = QPushButton(self.tr("撤销修改"), self)
        self.reveal_button = QPushButton(self.tr("查看敏感信息"), self)
        self.archive_button = QPushButton(self.tr("归档"), self)
        self.restore_button = QPushButton(self.tr("恢复"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.reload(keep_edits=False))
        self.reveal_button.clicked.connect(self.reveal)
        self.archive_button.clicked.connect(self.ask_archive)
        self.restore_button.clicked.connect(self.restore)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)
        for b in (self.reveal_button, self.archive_button, self.restore_button, self.revert_button,
                  self.save_button):
            top.addWidget(b)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        self.form = CompanyForm(self)
        self.form.edited.connect(self._update_dirty)
        self.contacts = TableSection(self.tr("负责人 / 联系人"), contact_columns(),
                                     [28, 80, 90, 140, 110, 110, 160, 100, 110, 120, 120, 120], self)
        self.projects = TableSection(self.tr("合作项目"), project_columns(),
                                     [220, 95, 95, 120, 70], self)
        self.contacts.add_clicked.connect(lambda: self.edit_contact(None))
        self.contacts.edit_clicked.connect(self.edit_contact)
        self.contacts.remove_clicked.connect(self.remove_contact)
        self.projects.add_clicked.connect(lambda: self.edit_project(None))
        self.projects.edit_clicked.connect(self.edit_project)
        self.projects.remove_clicked.connect(self.remove_project)
        page1 = QWidget()
        p1 = QVBoxLayout(page1)
        p1.addWidget(self.form)
        p1.addWidget(self.contacts)
        p1.addWidget(self.projects)
        p1.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page1)
        self.page2 = EventsPage(self)
        self.page2.add_clicked.connect(lambda: self.edit_event(None))
        self.page2.correct_clicked.connect(self.edit_event)
        self.history = HistoryPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("第一页 基本资料"))
        self.tabs.addTab(self.page2, self.tr("第二页 重要事项记录"))
        self.tabs.addTab(self.history, self.tr("变更记录"))
        self.tabs.currentChanged.connect(self._tab_changed)
        from ui.service.card_tab import add_to_card
        add_to_card(self)   # the customer's service records (issue 14), loaded in the background
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs)

    # ---- showing ---------------------------------------------------------------------------
    def _show_card(self, card, overlay: dict | None = None) -> None:
        self.card = card
        perms = card.permissions
        self.form.set_staff(self._staff if hasattr(self, "_staff") else [], card.custodian)
        self.form.set_values(card_values(card))
        if overlay:
            self.form.set_values(overlay)
        self.form.set_editable(perms.edit, perms.manage)
        self.contacts.set_records(card.contacts)
        self.projects.set_records(card.projects)
        self.page2.set_events(card.events)
        for section in (self.contacts, self.projects, self.page2):
            section.set_editable(perms.edit)
        archived = card.status == "archived"
        self.heading.setText(f"{card.code}　{card.name}")
        self.subheading.setText(self.tr("%1 · %2 · 负责客服：%3 · 最后更新：%4（%5）")
                                .replace("%1", core_label(CLASS_LABELS.get(card.cls, card.cls)))
                                .replace("%2", core_label(CUSTOMER_STATUS_LABELS.get(card.status, card.status))
                                         + (f"（{card.archived_reason}）" if archived else ""))
                                .replace("%3", card.custodian_name or "—")
                                .replace("%4", local_text(card.updated_at))
                                .replace("%5", card.updated_by or "—"))
        self.reveal_button.setEnabled(perms.sensitive and not card.sensitive_revealed)
        self.reveal_button.setToolTip("" if perms.sensitive else self.tr("权限不足"))
        self.archive_button.setVisible(not archived)
        self.archive_button.setEnabled(perms.edit)
        self.restore_button.setVisible(archived)
        self.restore_button.setEnabled(perms.edit)
        for b in (self.save_button, self.revert_button):
            b.setVisible(perms.edit)
        self._update_dirty()
        if self.tabs.currentWidget() is self.history:
            self._load_history()

    def my_changes(self) -> dict[str, str]:
        base = card_values(self.card)
        return {k: v for k, v in self.form.values().items() if v != base.get(k)}

    def _update_dirty(self) -> None:
        dirty = bool(self.my_changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.setWindowTitle(("* " if dirty else "") + self.tr("客户资料信息卡 — %1 %2")
                            .replace("%1", self.card.code).replace("%2", self.card.name))

    def _tab_changed(self, _i: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self._load_history()

    def _load_history(self) -> None:
        try:
            self.history.set_entries(events.change_history(self.actor, self.customer_id))
        except ArchiveError as exc:
            self.main.show_error(exc)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reload(self, keep_edits: bool = True) -> None:
        mine = self.my_changes() if keep_edits else {}
        try:
            card = customers.get_card(self.actor, self.customer_id, audit_view=False,
                                      reveal_sensitive=self.card.sensitive_revealed)
        except PermissionDenied as exc:
            self.main.show_error(exc)
            self.force_close()
            return
        except ArchiveError as exc:
            self.main.show_error(exc)
            return
        self.form.clear_errors()
        self.set_message("")
        self._show_card(card, overlay=mine)

    def reveal(self) -> None:
        mine = self.my_changes()
        try:
            card = customers.get_card(self.actor, self.customer_id, reveal_sensitive=True)
        except ArchiveError as exc:
            self.main.show_error(exc)
            return
        self._show_card(card, overlay=mine)

    def _written(self) -> None:
        """After any write: refresh this card (keeping typed edits) and the list."""
        self.reload(keep_edits=True)
        self.main.app_events.changed.emit("customers")

    # ---- saving page 1 ---------------------------------------------------------------------
    def save(self) -> bool:
        changes = self.my_changes()
        if not changes:
            return True
        owner = changes.pop("owner", None)
        self.form.clear_errors()
        self.set_message("")
        try:
            card = customers.update_customer(self.actor, self.customer_id, self.card.version, changes,
                                             owner=int(owner) if owner else None)
        except ValidationError as exc:
            rest = self.form.show_problems(exc.problems)
            self.set_message("\n".join(rest) or self.tr("请修改标红的字段后再保存"))
            self.tabs.setCurrentIndex(0)
            return False
        except ConflictError:
            self._conflict()
            return False
        except ArchiveError as exc:
            self.main.show_error(exc)
            return False
        self._show_card(customers.get_card(self.actor, self.customer_id, audit_view=False,
                                           reveal_sensitive=self.card.sensitive_revealed)
                        if self.card.sensitive_revealed else card)
        self.main.app_events.changed.emit("customers")
        self.main.status(self.tr("已保存 %1").replace("%1", card.code))
        return True

    def _conflict(self) -> None:
        from ui.dialogs.conflict import ConflictDialog

        mine = self.my_changes()
        try:
            fresh = customers.get_card(self.actor, self.customer_id, audit_view=False,
                                       reveal_sensitive=self.card.sensitive_revealed)
        except ArchiveError as exc:
            self.main.show_error(exc)
            return
        base, new = card_values(self.card), card_values(fresh)
        theirs = [k for k in new if new[k] != base.get(k)]

        def label(k):
            if k in FIELD_NAMES:
                return self.tr(FIELD_NAMES[k])
            return core_label(customers.FIELD_LABELS.get(k, k))

        dlg = ConflictDialog(fresh.updated_by, [label(k) for k in theirs], [label(k) for k in mine], self)
        dlg.reload_chosen.connect(lambda: self._after_conflict(fresh, {}))
        dlg.reapply_chosen.connect(lambda: self._after_conflict(fresh, mine, save=True))
        self._track(dlg)
        dlg.open()
        self.conflict_dialog = dlg

    def _after_conflict(self, fresh, mine: dict, save: bool = False) -> None:
        self._show_card(fresh, overlay=mine)
        if save:
            self.save()

    # ---- sub-records -----------------------------------------------------------------------
    def _track(self, dlg) -> None:
        self.dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)
        if hasattr(dlg, "saved"):
            dlg.saved.connect(lambda _r: self._written())
        if hasattr(dlg, "failed"):
            dlg.failed.connect(self._dialog_failed)

    def _dialog_failed(self, exc) -> None:
        from models.foundation.errors import LoginFailed

        if isinstance(exc, LoginFailed):
            self.main.show_error(exc)

    def edit_contact(self, contact) -> None:
        from ui.dialogs.contact import ContactDialog

        if contact is None:
            def submit(data):
                return contacts.add_contact(self.actor, self.customer_id, data)
        else:
            def submit(data):
                return contacts.update_contact(self.actor, contact.id, contact.version, data)
        dlg = ContactDialog(submit, self, contact=contact,
                            sensitive_allowed=self.card.permissions.sensitive)
        self._track(dlg)
        dlg.open()
        self.contact_dialog = dlg

    def edit_project(self, project) -> None:
        from ui.dialogs.project import ProjectDialog

        if project is None:
            def submit(data):
                return contacts.add_project(self.actor, self.customer_id, data)
        else:
            def submit(data):
                return contacts.update_project(self.actor, project.id, project.version, data)
        dlg = ProjectDialog(submit, self, project=project)
        self._track(dlg)
        dlg.open()
        self.project_dialog = dlg

    def edit_event(self, event) -> None:
        from ui.dialogs.event import EventDialog

        if event is None:
            def submit(data):
                return events.add_event(self.actor, self.customer_id, data)
        else:
            def submit(data):
                return events.edit_event(self.actor, event.id, event.version, data)
        dept = ""
        try:
            dept = next((s.department for s in self._staff if s.id == self.actor.id), "")
        except AttributeError:
            pass
        dlg = EventDialog(submit, self, event=event, default_department=dept)
        self._track(dlg)
        dlg.open()
        self.event_dialog = dlg

    def _confirm(self, text: str, action) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("请确认"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("删除"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.accepted.connect(action)
        self.confirm_box = box
        box.open()
        return box

    def _write(self, fn) -> None:
        try:
            fn()
        except ArchiveError as exc:
            self.main.show_error(exc)
            return
        self._written()

    def remove_contact(self, contact) -> None:
        self._confirm(self.tr("删除联系人“%1”？").replace("%1", contact.name), lambda: self._write(
            lambda: contacts.remove_contact(self.actor, contact.id, contact.version)))

    def remove_project(self, project) -> None:
        self._confirm(self.tr("删除合作项目“%1”？").replace("%1", project.name), lambda: self._write(
            lambda: contacts.remove_project(self.actor, project.id, project.version)))

    # ---- archive / restore -----------------------------------------------------------------
    def ask_archive(self) -> None:
        from ui.dialogs.small import ArchiveDialog

        dlg = ArchiveDialog(lambda data: customers.archive_customer(
            self.actor, self.customer_id, self.card.version, data["reason"]),
            f"{self.card.code} {self.card.name}", self)
        self._track(dlg)
        dlg.open()
        self.archive_dialog = dlg

    def restore(self) -> None:
        self._write(lambda: customers.restore_customer(self.actor, self.customer_id, self.card.version))

    # ---- closing ---------------------------------------------------------------------------
    def force_close(self) -> None:
        self._force = True
        self.close()

    def closeEvent(self, event) -> None:
        if not self._force and self.card.permissions.edit and self.my_changes():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("未保存的修改"),
                              self.tr("这张客户卡有未保存的修改。要保存吗？"),
                              QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Cancel, self)
            box.button(QMessageBox.StandardButton.Save).setText(self.tr("保存"))
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("不保存"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))
            box.finished.connect(lambda _r, b=box: self._close_answer(b))
            self.close_box = box
            box.open()
            event.ignore()
            return
        settings.set("state/card_geometry", self.saveGeometry().data())
        for d in list(self.dialogs):
            d.close()
        super().closeEvent(event)

    def _close_answer(self, box: QMessageBox) -> None:
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if button == QMessageBox.StandardButton.Save:
            if self.save():
                self.force_close()
        elif button == QMessageBox.StandardButton.Discard:
            self.force_close()
