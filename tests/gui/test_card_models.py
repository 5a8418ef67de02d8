"""The card's table models pass pytest-qt's model tester and show masked cells as masked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.archive import customers
from models.foundation.dto import MASK
from ui.card.history_page import history_columns, history_lines
from ui.card.sections import contact_columns, event_columns, project_columns
from ui.itemmodels.record_table import RecordTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def rich_card(demo_archive):
    for row in customers.list_customers(demo_archive, limit=50):
        card = customers.get_card(demo_archive, row.id, audit_view=False)
        if card.contacts and card.projects and card.events:
            return card
    raise AssertionError("demo data has no full card")


@pytest.mark.parametrize("columns,attr", [(contact_columns, "contacts"), (project_columns, "projects"),
                                          (event_columns, "events")])
def test_record_models_pass_modeltester(qtmodeltester, rich_card, columns, attr):
    model = RecordTableModel(columns())
    model.set_records(getattr(rich_card, attr))
    assert model.rowCount() == len(getattr(rich_card, attr)) > 0
    qtmodeltester.check(model)


def test_history_model_passes_modeltester(qtmodeltester, demo_archive, rich_card):
    from models.archive import events

    customers.update_customer(demo_archive, rich_card.id, rich_card.version, {"fax": "0571-1234567"})
    model = RecordTableModel(history_columns())
    model.set_records(history_lines(events.change_history(demo_archive, rich_card.id)))
    qtmodeltester.check(model)
    assert model.index(0, 3).data().startswith("传真：") and model.index(0, 3).data().endswith("0571-1234567")
    assert model.index(0, 1).data() == "王主管"   # the display name, not the user name


def test_masked_cells_are_masked_and_raw_values_sort(rich_card):
    model = RecordTableModel(contact_columns())
    model.set_records(rich_card.contacts)
    assert rich_card.contacts[0].sensitive_masked
    hobbies = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("兴趣爱好")
    assert model.index(0, hobbies).data() == MASK
    assert model.index(0, hobbies).data(Qt.ItemDataRole.ForegroundRole) is not None   # greyed
    emodel = RecordTableModel(event_columns())
    emodel.set_records(rich_card.events)
    assert emodel.index(0, 0).data(Qt.ItemDataRole.UserRole) == rich_card.events[0].event_date
