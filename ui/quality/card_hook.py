"""The card's 记录满意度调查… button (one hook in ui/card/window.py): beside 核实 in the card's
button row, enabled when the core says the user may record on this card (a survey is a
page-2 entry: the card's editors — access.SURVEY_RECORD), else greyed with the reason."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton

from models.rules import access


def _layout_holding(layout: QLayout | None, widget) -> QBoxLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout if isinstance(layout, QBoxLayout) else None
    for i in range(layout.count()):
        found = _layout_holding(layout.itemAt(i).layout(), widget)
        if found is not None:
            return found
    return None


def add_to_card(card) -> QPushButton | None:
    feature = getattr(card.main, "quality_feature", None)
    if feature is None:
        return None
    button = QPushButton(card.tr("记录满意度调查…"), card)
    button.setEnabled(False)
    button.setMinimumWidth(button.sizeHint().width())     # the row is tight: never cut the text
    row = _layout_holding(card.layout(), card.verify_button)
    if row is not None:
        row.insertWidget(row.indexOf(card.verify_button), button)

    def update() -> None:
        allowed = card.card is not None and card.card.permissions.edit
        button.setEnabled(allowed)
        button.setToolTip("" if allowed else access.DENIAL_REASONS[access.SURVEY_RECORD])

    button.clicked.connect(lambda: feature.record(card.customer_id))
    card.loaded.connect(update)
    card.survey_button = button
    return button
