"""Shared pieces of the satisfaction screens: number text, the score labels, dates from
Qt's date edits, and the file dialogs the app uses (opened with open(), reporting by signal)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QWidget

from models.foundation.vocabulary import SATISFACTION_LABELS
from ui.service.common import error_text, problems_of, tr  # noqa: F401 - re-exported for ui/quality
from ui.vocabulary_tr import core_label


def num(v, suffix: str = "") -> str:
    return "—" if v is None else f"{v:.1f}{suffix}"


def score_label(score: int) -> str:
    return f"{score} {core_label(SATISFACTION_LABELS[score])}"


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def month_text(q: QDate) -> str:
    return f"{q.year():04d}-{q.month():02d}"


def save_dialog(parent: QWidget, title: str, name: str, filters: str, on_file) -> QFileDialog:
    """The app's save-file pattern: a non-blocking dialog; `on_file(path)` once chosen."""
    dlg = QFileDialog(parent, title, name, filters)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.fileSelected.connect(on_file)
    parent.file_dialog = dlg
    dlg.open()
    return dlg


def open_dialog(parent: QWidget, title: str, filters: str, on_file) -> QFileDialog:
    dlg = QFileDialog(parent, title, "", filters)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
    dlg.fileSelected.connect(on_file)
    parent.file_dialog = dlg
    dlg.open()
    return dlg


def scores_text(pairs) -> str:
    """(indicator, score) pairs as "服务质量 2 分、价格 1 分"."""
    return "、".join(tr("%1 %2 分").replace("%1", i).replace("%2", str(s)) for i, s in pairs)
