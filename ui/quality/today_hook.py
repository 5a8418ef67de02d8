"""The 今日 page's 记录调查… button (one hook in ui/desk/today_page.py): for a survey-plan line
(满意度调查) and for a return-visit task (回访：服务单号 …); a return visit is recorded against its
service record and completes its task in the same transaction."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QPushButton

from models.quality.plan import return_visit_number


def _what(item) -> tuple[bool, str, int | None]:
    """(may record, service number, task id) for a 今日 line."""
    if item is None or not item.customer_id:
        return False, "", None
    if item.kind == "survey":
        return True, "", None
    if item.kind == "task":
        number = return_visit_number(item.text)
        if number:
            return True, number, item.task_id
    return False, "", None


def add_to_today(page, buttons: QBoxLayout) -> QPushButton:
    """The button is shown once the 满意度 feature is installed (ui.desk installs first)."""
    button = QPushButton(page.tr("记录调查…"), page)
    button.setToolTip(page.tr("为所选的满意度调查或回访事项记录客户的评分"))
    buttons.insertWidget(max(0, buttons.count() - 1), button)     # before the stretch
    button.setVisible(getattr(page.window, "quality_feature", None) is not None)

    def sync() -> None:
        button.setEnabled(_what(page.selected_item())[0])

    def record():
        item = page.selected_item()
        ok, number, task_id = _what(item)
        feature = getattr(page.window, "quality_feature", None)
        if not ok or feature is None:
            return None
        dlg = feature.record(item.customer_id, service_number=number, task_id=task_id)
        dlg.finished.connect(lambda _r: page.reload())
        return dlg

    button.clicked.connect(record)
    page.tree.currentItemChanged.connect(lambda *_a: sync())
    page.record_survey = record
    page.survey_button = button
    sync()
    return button
