"""The card's sub-record edits: key people, projects, page-2 entries, archive and restore.

Each dialog submits through `ui.operations.run_op` (a worker thread); the operation's
Changes name this customer, so the card reloads itself from them (CardWindow._on_changed),
and so do the list and any other screen that shows the customer.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from models.archive import contacts, customers, events
from models.foundation.errors import LoginFailed
from ui.operations import run_op


class CardEditing:
    """Mixed into CardWindow (which provides actor, customer_id, card, main, _staff)."""

    def _track(self, dlg) -> None:
        self.dialogs.append(dlg)
        dlg.finished.connect(lambda _r, d=dlg: self.dialogs.remove(d) if d in self.dialogs else None)
        if hasattr(dlg, "failed"):
            dlg.failed.connect(self._dialog_failed)

    def _dialog_failed(self, exc) -> None:
        if isinstance(exc, LoginFailed):
            self.main.show_error(exc)

    def edit_contact(self, contact) -> None:
        from ui.dialogs.contact import ContactDialog

        actor, cid = self.actor, self.customer_id
        if contact is None:
            def submit(data):
                return contacts.add_contact(actor, cid, data)
        else:
            def submit(data):
                return contacts.update_contact(actor, contact.id, contact.version, data)
        dlg = ContactDialog(submit, self, contact=contact,
                            sensitive_allowed=self.card.permissions.sensitive)
        if contact is not None:
            dlg.reveal_requested.connect(lambda: self._reveal_then_edit(dlg, contact.id))
        self._track(dlg)
        dlg.open()
        self.contact_dialog = dlg

    def _reveal_then_edit(self, dlg, contact_id: int) -> None:
        """查看敏感信息 from the contact dialog: reveal the card (audited), then reopen the
        dialog on the revealed contact."""
        dlg.reject()

        def reopen():
            self.loaded.disconnect(reopen)
            contact = next((c for c in self.card.contacts if c.id == contact_id), None)
            if contact is not None:
                self.edit_contact(contact)
        self.loaded.connect(reopen)
        self.reveal()

    def edit_project(self, project) -> None:
        from ui.dialogs.project import ProjectDialog

        actor, cid = self.actor, self.customer_id
        if project is None:
            def submit(data):
                return contacts.add_project(actor, cid, data)
        else:
            def submit(data):
                return contacts.update_project(actor, project.id, project.version, data)
        dlg = ProjectDialog(submit, self, project=project)
        self._track(dlg)
        dlg.open()
        self.project_dialog = dlg

    def edit_event(self, event) -> None:
        from ui.dialogs.event import EventDialog

        actor, cid = self.actor, self.customer_id
        if event is None:
            def submit(data):
                return events.add_event(actor, cid, data)
        else:
            def submit(data):
                return events.edit_event(actor, event.id, event.version, data)
        dept = next((s.department for s in self._staff if s.id == actor.id), "")
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

    def _write(self, fn, *args) -> None:
        """A write without a dialog; the card reloads from the operation's changes."""
        run_op(self, fn, *args, failure=self.main.show_error)

    def remove_contact(self, contact) -> None:
        self._confirm(self.tr("删除联系人“%1”？").replace("%1", contact.name), lambda: self._write(
            contacts.remove_contact, self.actor, contact.id, contact.version))

    def remove_project(self, project) -> None:
        self._confirm(self.tr("删除合作项目“%1”？").replace("%1", project.name), lambda: self._write(
            contacts.remove_project, self.actor, project.id, project.version))

    def ask_archive(self) -> None:
        from ui.dialogs.small import ArchiveDialog

        actor, cid, version = self.actor, self.customer_id, self.card.version
        dlg = ArchiveDialog(lambda data: customers.archive_customer(actor, cid, version, data["reason"]),
                            f"{self.card.code} {self.card.name}", self)
        self._track(dlg)
        dlg.open()
        self.archive_dialog = dlg

    def restore(self) -> None:
        self._write(customers.restore_customer, self.actor, self.customer_id, self.card.version)
