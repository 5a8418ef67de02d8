"""Shared pieces of the access screens: translation, time text, a read-only table view."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from models.foundation.localtime import local_text  # noqa: F401 - re-exported
from ui.itemmodels.record_table import Column, RecordTableModel  # noqa: F401 - re-exported


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def table_view(model, parent=None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(64)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def selected_record(view: QTableView):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        idx = view.currentIndex()
        if not idx.isValid():
            return None
        return view.model().record(idx.row())
    return view.model().record(rows[0].row())


def message_label(parent=None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label
