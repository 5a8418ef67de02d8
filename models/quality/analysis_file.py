"""满意度分析 to Excel: the same figures the window shows (the user's visible cards only),
written through produce_file with its audit entry."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from models.foundation.files import PathArg, produce_file
from models.quality import analysis
from models.rules import audit
from models.rules.access import Actor

GROUP_LABELS = {"indicator": "指标", "class": "客户分类", "custodian": "负责客服", "industry": "行业",
                "month": "月份"}


def export_analysis(actor: Actor, date_from: dt.date, date_to: dt.date, by: str, out: PathArg) -> str:
    from exports.satisfaction_xlsx import write_analysis

    result = analysis.satisfaction(actor, date_from, date_to, by=by)
    trend = analysis.satisfaction(actor, date_from, date_to, by="month")
    target = Path(out)

    def as_tuple(r: Any) -> tuple[Any, ...]:   # an analysis row (group, responses, average, csat, nps)
        return (r.group, r.responses, r.average, r.csat, r.nps)

    def write(tmp: Path) -> Any:
        return write_analysis(tmp, title=f"满意度分析 {date_from} — {date_to}", group_label=GROUP_LABELS[by],
                              rows=[as_tuple(r) for r in result.rows], total=as_tuple(result.total),
                              nps=result.nps, trend=[as_tuple(r) for r in trend.rows], lowest=result.lowest)

    def entry(rows: Any, digest: str) -> None:
        audit.record(actor, "export_excel", target_type="report", target_label=f"满意度分析·{date_from}—{date_to}",
                     details={"file": target.name, "sha256": digest, "by": by, "rows": rows})

    produce_file(target, write, entry)
    return str(target)
