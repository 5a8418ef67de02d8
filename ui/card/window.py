"""The customer card: one non-modal window per customer, with three tabs.

第一页 基本资料 (company form, key people, projects), 第二页 重要事项记录, 变更记录.
The form's values are compared with the card as loaded, so a save sends only what the
user changed, and a stale save can re-apply exactly those changes on the fresh version.

Every database call (load, reload, reveal, save, history) runs on the task runner: the
window opens at once with a busy line and fills in when the card arrives. The card listens
to AppEvents: a change made on this PC that touches this customer reloads it (keeping what
the user typed); a change made on another PC (PostgreSQL's NOTIFY) is checked against the
card shown and, if the card really changed, a banner says 已被他人修改 and offers 重新加载.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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
from models.archive import customers, events
from models.foundation.changes import Changes, Kind
from models.foundation.dto import MASK_HINT
from models.foundation.errors import ConflictError, PermissionDenied, ValidationError
from models.foundation.localtime import local_text
from models.foundation.vocabulary import CLASS_LABELS, CUSTOMER_STATUS_LABELS
from ui import settings
from ui.card.banner import ChangedBanner, fingerprint
from ui.card.company_form import CompanyForm, card_values
from ui.card.editing import CardEditing
from ui.card.geometry import fit_to_screen, fits
from ui.card.history_page import HistoryPage
from ui.card.keys import first_focus, install_keys
from ui.card.sections import EventsPage, TableSection, contact_columns, project_columns
from ui.card.status_line import StatusLine
from ui.operations import run_op, run_query
from ui.vocabulary_tr import core_label
from ui.widgets.form import ERROR_STYLE

FIELD_NAMES = {"cls": QT_TRANSLATE_NOOP("CardWindow", "客户分类"),
               "owner": QT_TRANSLATE_NOOP("CardWindow", "负责客服")}
BUSY_STYLE = "color: #555;"


def load_card(actor, customer_id: int):
    """The first load (audited as a view) and the staff list for the custodian box."""
    return customers.get_card(actor, customer_id), staff.list_users(actor)


def save_card(actor, customer_id: int, version: int, changes: dict, owner, reveal: bool):
    card = customers.update_customer(actor, customer_id, version, changes, owner=owner)
    if reveal:   # the update returns the masked card; show what the user had revealed
        card = customers.get_card(actor, customer_id, audit_view=False, reveal_sensitive=True)
    return card


class CardWindow(CardEditing, QWidget):
    loaded = Signal()          # the card is shown (after the first load and every reload)
    saved = Signal(object)     # page 1 was saved: the new card

    def __init__(self, main, customer_id: int):
        super().__init__(main, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.main = main
        self.customer_id = customer_id
        self.dialogs: list = []
        self._force = False
        self.card = None
        self._staff: list = []
        self._loads = 0            # reloads under way; the newest one's answer is shown
        self._loads_ticket = None
        self._saving = None
        self._save_marker = object()   # the initiator of this card's own saves
        self._build()
        self.restore_button.hide()   # until the card says whether it is archived
        self._set_busy(self.tr("正在加载客户卡…"))
        self.setWindowTitle(self.tr("客户资料信息卡 — 正在加载…"))
        geometry = settings.get("state/card_geometry")
        if not (geometry and self.restoreGeometry(geometry) and fits(self)):
            fit_to_screen(self)   # what the screen has room for (a 1366×768 laptop too)
        main.app_events.changed.connect(self._on_changed)
        run_query(self, load_card, main.actor, customer_id, success=self._first_load,
                  failure=self._first_load_failed)

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
        for label in (self.heading, self.subheading):   # wrap rather than widen the window
            label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.revert_button = QPushButton(self.tr("撤销修改"), self)
        self.reveal_button = QPushButton(self.tr("查看敏感信息"), self)
        self.archive_button = QPushButton(self.tr("归档"), self)
        self.restore_button = QPushButton(self.tr("恢复"), self)
        self.verify_button = QPushButton(self.tr("核实"), self)
        self.verify_button.setToolTip(self.tr("确认第一页资料仍然准确（记录核实人和时间）"))
        self.verify_button.clicked.connect(self.verify)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(lambda: self.reload(keep_edits=False))
        self.reveal_button.clicked.connect(self.reveal)
        self.archive_button.clicked.connect(self.ask_archive)
        self.restore_button.clicked.connect(self.restore)
        top = self.top_buttons = QHBoxLayout()   # feature modules add their buttons here
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)
        for b in (self.reveal_button, self.verify_button, self.archive_button, self.restore_button,
                  self.revert_button, self.save_button):
            top.addWidget(b)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setStyleSheet(BUSY_STYLE)
        self.busy_label.hide()
        self.banner = ChangedBanner(self)
        self.banner.reload_clicked.connect(self.reload_after_banner)
        self.status_line = StatusLine(self)   # 已归档 / 经授权查看 · 至 … (issue 12)

        self.form = CompanyForm(self)
        self.form.edited.connect(self._update_dirty)
        self.contacts = TableSection(self.tr("负责人 / 联系人"), contact_columns(self._masked_hint),
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
        from ui.value.card_tab import add_to_card as add_value_tab
        add_value_tab(self)   # class history, nurturing plans, the merge pointer (issue 16)
        from ui.desk.card_tasks import add_to_card as add_tasks
        add_tasks(self)     # the 待办 tab, 新建待办…, 由此建待办 on page 2 (issue 11.4)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.status_line)
        lay.addWidget(self.busy_label)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs)
        from ui.quality.card_hook import add_to_card as add_survey_button
        add_survey_button(self)   # 记录满意度调查… beside 核实 (issue 15)
        install_keys(self)   # Ctrl+S, Esc, Ctrl+Tab, Ctrl+E 记一笔, the Tab order (issue 12)

    def _masked_hint(self) -> str:
        """Hidden is not missing: a masked cell says how to see it, or that the right is lacking."""
        if self.card is not None and self.card.permissions.sensitive:
            return self.tr("已隐藏 · 点击“查看敏感信息”查看")
        return core_label(MASK_HINT)

    # ---- loading and showing ------------------------------------------------------------
    @property
    def is_loading(self) -> bool:
        return self.card is None or self._loads > 0

    def _set_busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.busy_label.setVisible(bool(text))
        if self.card is None:   # nothing to act on yet
            for b in (self.save_button, self.revert_button, self.reveal_button, self.archive_button,
                      self.restore_button):
                b.setEnabled(False)
            self.tabs.setEnabled(not text)

    def _first_load(self, result) -> None:
        card, people = result
        self._staff = people
        self.tabs.setEnabled(True)
        self._set_busy("")
        self._show_card(card)
        first_focus(self)
        self.loaded.emit()

    def _first_load_failed(self, exc: BaseException) -> None:
        self.main.show_error(exc)
        self.force_close()

    def _show_card(self, card, overlay: dict | None = None) -> None:
        self.card = card
        perms = card.permissions
        self.form.set_staff(self._staff, card.custodian)
        self.form.set_values(card_values(card))
        if overlay:
            self.form.set_values(overlay)
        archived = card.status == "archived"
        editable = perms.edit and not archived   # an archived card is read until 恢复
        self.form.set_editable(editable, perms.manage and not archived)
        self.contacts.set_records(card.contacts)
        self.projects.set_records(card.projects)
        self.page2.set_events(card.events)
        for section in (self.contacts, self.projects, self.page2):
            section.set_editable(editable)
        self.status_line.show_card(card)
        self.heading.setText(f"{card.code}　{card.name}")
        self.subheading.setText(self.tr("%1 · %2 · 负责客服：%3 · 最后更新：%4（%5）")
                                .replace("%1", core_label(CLASS_LABELS.get(card.cls, card.cls)))
                                .replace("%2", core_label(CUSTOMER_STATUS_LABELS.get(card.status, card.status))
                                         + (f"（{card.archived_reason}）" if archived else ""))
                                .replace("%3", card.custodian_name or "—")
                                .replace("%4", local_text(card.updated_at))
                                .replace("%5", card.updated_by or "—")
                                + self.tr(" · 上次核实：%1").replace(
                                    "%1", f"{local_text(card.verified_at)}（{card.verified_by}）"
                                    if card.verified_at else self.tr("从未核实")))
        self.verify_button.setVisible(not archived)
        self.verify_button.setEnabled(perms.edit)
        self.reveal_button.setEnabled(perms.sensitive and not card.sensitive_revealed)
        self.reveal_button.setToolTip("" if perms.sensitive else self.tr("权限不足"))
        self.archive_button.setVisible(not archived)
        self.archive_button.setEnabled(perms.edit)
        self.restore_button.setVisible(archived)
        self.restore_button.setEnabled(perms.edit)
        for b in (self.save_button, self.revert_button):
            b.setVisible(editable)
        self._update_dirty()
        if self.tabs.currentWidget() is self.history:
            self._load_history()

    def verify(self) -> None:
        """核实: the user confirms page 1 is current (audited); the card re-reads."""
        from models.desk import upkeep

        if self.card is None:
            return
        run_op(self, upkeep.verify_card, self.main.actor, self.card.id,
               success=lambda _at: self.reload(keep_edits=True), failure=self.main.show_error)

    def my_changes(self) -> dict[str, str]:
        if self.card is None:
            return {}
        base = card_values(self.card)
        return {k: v for k, v in self.form.values().items() if v != base.get(k)}

    def _update_dirty(self) -> None:
        if self.card is None:
            return
        dirty = bool(self.my_changes()) and self._saving is None
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.setWindowTitle(("* " if dirty else "") + self.tr("客户资料信息卡 — %1 %2")
                            .replace("%1", self.card.code).replace("%2", self.card.name))

    def _tab_changed(self, _i: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self._load_history()

    def _load_history(self) -> None:
        run_query(self, events.change_history, self.actor, self.customer_id,
                  success=self.history.set_entries, failure=self.main.show_error)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fetch(self, success, *, audit_view: bool = False, reveal: bool | None = None) -> None:
        """Read the card again in the background; only the newest answer is shown."""
        self._loads += 1
        ticket = self._loads_ticket = object()
        reveal = self.card.sensitive_revealed if reveal is None else reveal
        self._set_busy(self.tr("正在读取…"))

        def done(card):
            self._loads -= 1
            if ticket is self._loads_ticket:
                self._set_busy("")
                success(card)

        def failed(exc):
            self._loads -= 1
            if ticket is self._loads_ticket:
                self._set_busy("")
            if isinstance(exc, PermissionDenied):   # the grant ended or custody moved away
                self.main.show_error(exc)
                self.force_close()
            elif ticket is self._loads_ticket:
                self.main.show_error(exc)
        run_query(self, customers.get_card, self.actor, self.customer_id, audit_view=audit_view,
                  reveal_sensitive=reveal, success=done, failure=failed)

    def reload(self, keep_edits: bool = True) -> None:
        def show(card):
            mine = self.my_changes() if keep_edits else {}   # typed until the answer came
            self.form.clear_errors()
            self.set_message("")
            self.banner.hide()
            self._show_card(card, overlay=mine)
            self.loaded.emit()
        self._fetch(show)

    def reveal(self) -> None:
        def show(card):
            self._show_card(card, overlay=self.my_changes())
            self.loaded.emit()
        self._fetch(show, audit_view=True, reveal=True)   # revealing is audited

    # ---- changes from this PC and from others ---------------------------------------------
    def _on_changed(self, changes: Changes, initiator=None) -> None:
        if self.card is None or not changes.touches(Kind.CARD, self.customer_id):
            return
        if changes.elsewhere:
            self._check_elsewhere()
        elif initiator is not self._save_marker:   # our own save already shows its result
            self.reload(keep_edits=True)

    def _check_elsewhere(self) -> None:
        """Another PC wrote (maybe to this card): show the banner only if the card differs."""
        shown = fingerprint(self.card)

        def compare(card):
            if self.card is not None and fingerprint(card) != shown:
                self.banner.show()
        run_query(self, customers.get_card, self.actor, self.customer_id, audit_view=False,
                  reveal_sensitive=False, success=compare, failure=lambda _exc: None)

    def reload_after_banner(self) -> None:
        """重新加载: with unsaved edits, the conflict dialog lets the user keep or drop them."""
        self.banner.hide()
        if self.my_changes():
            self._conflict()
        else:
            self.reload(keep_edits=False)

    # ---- saving page 1 ---------------------------------------------------------------------
    def save(self, on_saved=None) -> bool:
        """Send what the user changed (in the background). Returns False if nothing was sent."""
        if self._saving is not None or self.card is None:
            return False
        changes = self.my_changes()
        if not changes:
            if on_saved is not None:
                on_saved()
            return False
        submitted = self.form.values()
        owner = changes.pop("owner", None)
        self.form.clear_errors()
        self.set_message("")
        self._saving = run_op(self, save_card, self.actor, self.customer_id, self.card.version,
                              changes, int(owner) if owner else None, self.card.sensitive_revealed,
                              initiator=self._save_marker,
                              success=lambda card: self._saved(card, submitted, on_saved),
                              failure=self._save_failed)
        self._set_busy(self.tr("正在保存…"))
        self._update_dirty()
        return True

    def _saved(self, card, submitted: dict, on_saved) -> None:
        self._saving = None
        self._set_busy("")
        # anything typed while the save was on its way stays in the form
        later = {k: v for k, v in self.form.values().items() if v != submitted.get(k)}
        self.banner.hide()
        self._show_card(card, overlay=later)
        self.main.status(self.tr("已保存 %1").replace("%1", card.code))
        self.saved.emit(card)
        if on_saved is not None:
            on_saved()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = None
        self._set_busy("")
        self._update_dirty()
        if isinstance(exc, ValidationError):
            rest = self.form.show_problems(exc.problems)
            self.set_message("\n".join(rest) or self.tr("请修改标红的字段后再保存"))
            self.tabs.setCurrentIndex(0)
        elif isinstance(exc, ConflictError):
            self._conflict()
        else:
            self.main.show_error(exc)

    def _conflict(self) -> None:
        from ui.dialogs.conflict import ConflictDialog

        base = card_values(self.card)

        def ask(fresh):
            mine = self.my_changes()
            new = card_values(fresh)
            theirs = [k for k in new if new[k] != base.get(k)]

            def label(k):
                if k in FIELD_NAMES:
                    return self.tr(FIELD_NAMES[k])
                return core_label(customers.FIELD_LABELS.get(k, k))

            dlg = ConflictDialog(fresh.updated_by, [label(k) for k in theirs], [label(k) for k in mine],
                                 self)
            dlg.reload_chosen.connect(lambda: self._after_conflict(fresh, {}))
            dlg.reapply_chosen.connect(lambda: self._after_conflict(fresh, mine, save=True))
            self._track(dlg)
            dlg.open()
            self.conflict_dialog = dlg
        self._fetch(ask)

    def _after_conflict(self, fresh, mine: dict, save: bool = False) -> None:
        self.banner.hide()
        self._show_card(fresh, overlay=mine)
        self.loaded.emit()
        if save:
            self.save()

    # ---- closing ---------------------------------------------------------------------------
    def force_close(self) -> None:
        self._force = True
        self.close()

    def closeEvent(self, event) -> None:
        if not self._force and self.card is not None and self.card.permissions.edit and self.my_changes():
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
        try:
            self.main.app_events.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        for d in list(self.dialogs):
            d.close()
        super().closeEvent(event)

    def _close_answer(self, box: QMessageBox) -> None:
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        if button == QMessageBox.StandardButton.Save:
            self.save(on_saved=self.force_close)   # closes once the save succeeded
        elif button == QMessageBox.StandardButton.Discard:
            self.force_close()
