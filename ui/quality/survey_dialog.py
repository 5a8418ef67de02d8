"""记录满意度调查: one customer's survey or return visit (回访) — questionnaire (its current
version), key person, channel, date, each question 1–5 (很不满意 … 很满意), the 0–10
recommendation when the questionnaire asks it, a comment. Saved by the core's one write path
(surveys.record_survey: the answers and the page-2 entry together).

A low score (at or below the manager's threshold) is offered a follow-up — 登记服务单 or
创建跟进待办 — after saving; the agent may decline. A questionnaire the manager marked
automatic creates the follow-up task itself, and the dialog says so."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.foundation.vocabulary import SURVEY_CHANNELS
from models.quality import surveys
from ui.operations import run_op, run_query
from ui.quality.common import error_text, problems_of, score_label, scores_text, to_date
from ui.service.common import label
from ui.widgets.form import ERROR_STYLE, ErrorForm

HINT_STYLE = "background: #fff4ce; border: 1px solid #e0c97a; padding: 4px;"


class SurveyDialog(QDialog):
    recorded = Signal(object)     # SurveyResult
    failed = Signal(object)
    followed_up = Signal(str)     # "service" | "task" | "none"

    def __init__(self, main, customer_id: int, *, service_number: str = "", task_id: int | None = None):
        super().__init__(main)
        self.main = main
        self.customer_id = customer_id
        self.task_id = task_id
        self.form_data: surveys.SurveyForm | None = None
        self.result: surveys.SurveyResult | None = None
        self.scores: dict[str, QButtonGroup] = {}
        self.busy = False
        self.setWindowTitle(self.tr("记录回访（服务单 %1）").replace("%1", service_number) if service_number
                            else self.tr("记录满意度调查"))
        self.heading = QLabel(self.tr("正在加载…"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.form = ErrorForm()
        self.template = QComboBox(self)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.person = QComboBox(self)
        self.channel = QComboBox(self)
        for c in SURVEY_CHANNELS:
            self.channel.addItem(label(c), c)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.service = QLineEdit(service_number, self)
        self.service.setPlaceholderText(self.tr("回访时填写服务单号（可不填）"))
        f = self.form
        f.add_field("template", self.tr("问卷"), self.template)
        f.add_field("person", self.tr("受访人"), self.person)
        f.add_field("channel", self.tr("渠道"), self.channel)
        f.add_field("date", self.tr("调查日期"), self.date)
        f.add_field("service", self.tr("服务单号"), self.service)
        self.questions = QWidget(self)
        self.grid = QGridLayout(self.questions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        scroll.setMinimumHeight(200)
        self.nps_label = QLabel(self)
        self.nps_label.setWordWrap(True)
        self.nps = QComboBox(self)
        self.nps.addItem(self.tr("（未回答）"), None)
        for n in range(11):
            self.nps.addItem(str(n), n)
        nps_row = QHBoxLayout()
        nps_row.addWidget(self.nps_label, 1)
        nps_row.addWidget(self.nps)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("客户意见（可不填）"))
        self.comment.setFixedHeight(60)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("保存"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # after saving a low score: the offer (not forced)
        self.offer = QWidget(self)
        self.offer_text = QLabel(self.offer)
        self.offer_text.setWordWrap(True)
        self.offer_text.setStyleSheet(HINT_STYLE)
        self.offer_service = QPushButton(self.tr("登记服务单…"), self.offer)
        self.offer_task = QPushButton(self.tr("创建跟进待办"), self.offer)
        self.offer_none = QPushButton(self.tr("不需要"), self.offer)
        self.offer_service.clicked.connect(self.follow_with_service)
        self.offer_task.clicked.connect(self.follow_with_task)
        self.offer_none.clicked.connect(lambda: self._followed("none"))
        ol = QVBoxLayout(self.offer)
        ol.addWidget(self.offer_text)
        row = QHBoxLayout()
        for b in (self.offer_service, self.offer_task, self.offer_none):
            row.addWidget(b)
        row.addStretch(1)
        ol.addLayout(row)
        self.offer.hide()

        self.body = QWidget(self)
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        top = QWidget(self.body)
        top.setLayout(self.form)
        bl.addWidget(top)
        bl.addWidget(QLabel(self.tr("评分（1 很不满意 … 5 很满意；不适用的问题可不选）"), self.body))
        bl.addWidget(scroll, 1)
        bl.addLayout(nps_row)
        bl.addWidget(self.comment)
        bl.addWidget(self.hint)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.offer)
        lay.addWidget(self.buttons)
        self.body.setEnabled(False)
        self.resize(720, 640)
        run_query(self, surveys.survey_form, main.actor, customer_id, success=self._loaded,
                  failure=self._load_failed)

    # ---- loading -------------------------------------------------------------------------
    def _loaded(self, data: surveys.SurveyForm) -> None:
        self.form_data = data
        self.heading.setText(self.tr("客户：%1 %2").replace("%1", data.code).replace("%2", data.name))
        if not data.may_record:
            self._say(data.reason)
            return
        if not data.templates:
            self._say(self.tr("还没有问卷：请客服主管在“满意度 → 问卷与指标”中新建问卷"))
            return
        self.person.addItem(self.tr("（不指定）"), "")
        for name in data.people:
            self.person.addItem(name, name)
        self.template.blockSignals(True)
        for t in data.templates:
            self.template.addItem(self.tr("%1（第 %2 版）").replace("%1", t.name).replace("%2", str(t.version)),
                                  t.name)
        self.template.blockSignals(False)
        self.body.setEnabled(True)
        self.ok.setEnabled(True)
        self._template_changed()

    def _load_failed(self, exc) -> None:
        self.heading.setText("")
        self._say(error_text(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def current_template(self):
        if self.form_data is None or self.template.currentIndex() < 0:
            return None
        return self.form_data.templates[self.template.currentIndex()]

    def _template_changed(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.scores = {}
        tpl = self.current_template()
        if tpl is None:
            return
        for r, (text, indicator) in enumerate(tpl.questions):
            q = QLabel(f"{r + 1}. {text}（{indicator}）", self.questions)
            q.setWordWrap(True)
            self.grid.addWidget(q, r, 0)
            group = QButtonGroup(self.questions)
            group.setExclusive(True)
            for score in range(1, 6):
                b = QRadioButton(score_label(score), self.questions)
                group.addButton(b, score)
                self.grid.addWidget(b, r, score)
            group.idClicked.connect(lambda _id: self._update_hint())
            self.scores[indicator] = group
        self.grid.setColumnStretch(0, 1)
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(len(tpl.questions), 1)      # the questions stay at the top
        self.nps_label.setText(self.tr("推荐意愿（0–10）：%1").replace("%1", tpl.nps_question))
        self.nps_label.setVisible(bool(tpl.nps_question))
        self.nps.setVisible(bool(tpl.nps_question))
        self.nps.setCurrentIndex(0)
        self._update_hint()

    def answers(self) -> dict[str, int]:
        return {i: g.checkedId() for i, g in self.scores.items() if g.checkedId() > 0}

    def low_answers(self) -> list[tuple[str, int]]:
        threshold = self.form_data.low_threshold if self.form_data else 2
        return [(i, s) for i, s in self.answers().items() if s <= threshold]

    def _update_hint(self) -> None:
        low, tpl = self.low_answers(), self.current_template()
        if not low or tpl is None:
            self.hint.hide()
            return
        what = scores_text(low)
        if tpl.auto_followup:
            text = self.tr("低分：%1。此问卷设为自动跟进，保存时将为负责客服创建跟进待办。").replace("%1", what)
        else:
            text = self.tr("低分：%1。保存后可以登记服务单或创建跟进待办（由您决定）。").replace("%1", what)
        self.hint.setText(text)
        self.hint.show()

    # ---- saving --------------------------------------------------------------------------
    def submit(self) -> None:
        tpl = self.current_template()
        if self.busy or tpl is None:
            return
        self.form.clear_errors()
        self._say("")
        if not self.answers():
            self._say(self.tr("请至少为一个问题评分"))
            return
        self.busy = True
        self.ok.setEnabled(False)
        run_op(self, surveys.record_survey, self.main.actor, self.customer_id, template=tpl.name,
               channel=self.channel.currentData(), answers=self.answers(), nps=self.nps.currentData(),
               comment=self.comment.toPlainText(), date=to_date(self.date.date()),
               person=self.person.currentData() or "", service_number=self.service.text().strip(),
               task_id=self.task_id, success=self._done, failure=self._error)

    def _done(self, result: surveys.SurveyResult) -> None:
        self.busy = False
        self.result = result
        self.recorded.emit(result)
        what = scores_text(result.low)
        if result.low and result.task_id is None:
            self.body.setEnabled(False)
            self.buttons.hide()
            self.offer_text.setText(self.tr("已保存。本次调查有低分（%1）：要跟进吗？").replace("%1", what))
            self.offer.show()
            self.offer_service.setFocus()
            return
        if result.task_id is not None:
            self.main.status(self.tr("已保存调查；低分（%1）已自动创建跟进待办").replace("%1", what))
        else:
            self.main.status(self.tr("已保存满意度调查"))
        self.accept()

    def _error(self, exc) -> None:
        self.busy = False
        self.ok.setEnabled(True)
        problems = problems_of(exc)
        rest = self.form.show_problems(problems) if problems else [error_text(exc)]
        self._say("\n".join(rest))
        self.failed.emit(exc)

    # ---- the follow-up -------------------------------------------------------------------
    def _low_text(self) -> str:
        return scores_text(self.result.low) if self.result else ""

    def follow_with_service(self):
        """A complaint registered for the customer, its fields pre-filled from the survey."""
        feature = getattr(self.main, "service_feature", None)
        if feature is None or self.form_data is None:
            return None
        dlg = feature.open_new(self.customer_id, code=self.form_data.code)
        dlg.title_edit.setText(self.tr("满意度调查低分：%1").replace("%1", self._low_text()))
        dlg.content.setPlainText(self.comment.toPlainText())
        self._followed("service")
        return dlg

    def follow_with_task(self) -> None:
        if self.result is None:
            return
        self.offer_task.setEnabled(False)
        run_op(self, surveys.low_score_task, self.main.actor, self.customer_id, self.result.low,
               to_date(self.date.date()), source_event_id=self.result.event_id,
               success=lambda _t: (self.main.status(self.tr("已创建跟进待办")), self._followed("task")),
               failure=lambda exc: (self.offer_task.setEnabled(True), self._say(error_text(exc))))

    def _followed(self, how: str) -> None:
        self.followed_up.emit(how)
        self.accept()

