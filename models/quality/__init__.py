"""Satisfaction evaluation and continuous improvement (issue 15): indicators and
questionnaires with versions, surveys and return visits (回访) on the card, the metrics,
service goals measured from the archive, the periodic survey plan on 今日, the monthly
service report. Builds on models.service (medians, deadlines) and models.desk (tasks,
cadence)."""
from __future__ import annotations

from models.quality import plan as _plan  # noqa: E402,F401 - registers the 今日 lines
