"""Shared pieces of the service screens: translation, labels of the core's values, time text,
and running a core call on the task runner with its errors routed to the right place."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from models.foundation.errors import ArchiveError, ValidationError
from models.foundation.vocabulary import (
    AFTER_SALES_KINDS,
    SATISFACTION_LABELS,
    SERVICE_KINDS,
    SERVICE_STATUSES,
    VERDICT_LABELS,
    WARRANTY_LABELS,
)
from ui.vocabulary_tr import core_label


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)   # where lupdate files a bare tr() (ui/i18n.py)


def moment_text(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def label(text: str) -> str:
    """A core value shown as is in Chinese (kinds, severities, statuses are their own labels)."""
    return core_label(text) if text else ""


def verdict_label(verdict: str) -> str:
    return core_label(VERDICT_LABELS[verdict]) if verdict in VERDICT_LABELS else ""


def satisfaction_label(score: int | None) -> str:
    if not score:
        return ""
    return f"{score} {core_label(SATISFACTION_LABELS.get(score, ''))}"


def warranty_label(value: str) -> str:
    return core_label(WARRANTY_LABELS.get(value, "")) if value else ""


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ArchiveError):
        return exc.message
    return tr("发生了意外错误：%1").replace("%1", str(exc) or type(exc).__name__)


def problems_of(exc: BaseException):
    return exc.problems if isinstance(exc, ValidationError) else None


# the core's values the screens compare with (named once, so no Chinese literal decides anything)
COMPLAINT = SERVICE_KINDS[0]                      # 投诉
EXCHANGE = AFTER_SALES_KINDS[2]                   # 退换
ACCEPTED, HANDLING, WAITING, SOLVED, VISITED, CLOSED = SERVICE_STATUSES
STEP_STATUSES = (HANDLING, WAITING, SOLVED)
