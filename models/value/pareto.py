"""The 80/20 view: customers sorted by cooperation amount over a period, with the cumulative
share and the headline ("前 18% 的客户贡献了 80% 的合作金额").

The share of customers is taken over every active customer in the view — those without an
amount in the period are customers too (the 80/20 rule is about all of them); the rows list
only customers with an amount. An agent's view covers only the cards they may open
(access.visible_condition); per custodian (owner) narrows the same view."""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from pathlib import Path

from models.foundation.errors import FieldProblem, NotFound, ValidationError
from models.foundation.files import PathArg, produce_file
from models.foundation.schema import Customer, Staff
from models.rules import access, audit
from models.rules.access import Actor
from models.value.dto import ParetoRow, ParetoView
from models.value.figures import load_figures, months_before

HEAD_SHARE = 80


def pareto(actor: Actor, *, months: int = 12, owner: str | None = None,
           today: dt.date | None = None) -> ParetoView:
    if not 1 <= int(months) <= 240:
        raise ValidationError([FieldProblem("months", "月数应为 1–240", months)])
    today = today or dt.date.today()
    condition = access.visible_condition(actor)
    scope = "全部门" if access.sees_department_desk(access.refresh(actor)) else "我可查看的客户"
    if owner:
        staff = Staff.get_or_none(Staff.username == owner.strip())
        if staff is None:
            raise NotFound("负责客服", owner)
        condition &= Customer.owner == staff.id
        scope = f"负责客服：{staff.display_name}"
    since = months_before(today, months)
    figures = load_figures(condition, today)
    amounts = [(f, f.amount_since(since, today)) for f in figures]
    ranked = sorted(((f, a) for f, a in amounts if a > 0), key=lambda fa: (-fa[1], fa[0].code))
    total = sum((a for _, a in ranked), Decimal(0))
    rows, running, head = [], Decimal(0), 0
    for i, (f, a) in enumerate(ranked, 1):
        if running * 100 < total * HEAD_SHARE:
            head = i
        running += a
        rows.append(ParetoRow(i, f.code, f.name, a, float(running * 100 / total)))
    n = len(figures)
    if total <= 0:
        headline = f"近 {months} 个月没有合作金额"
    else:
        share = math.ceil(head * 100 / n)
        reached = rows[head - 1].cumulative_pct
        headline = f"前 {share}% 的客户贡献了 {math.floor(reached)}% 的合作金额"
    return ParetoView(headline, since, today, months, scope, n, total, head, tuple(rows))


def export_pareto(actor: Actor, path: PathArg, *, months: int = 12, owner: str | None = None,
                  today: dt.date | None = None) -> tuple[Path, ParetoView]:
    """The view as .xlsx (native Excel chart) or .pdf (one A4 page), through produce_file."""
    from exports import pareto_file

    view = pareto(actor, months=months, owner=owner, today=today)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError([FieldProblem("out", "导出文件须为 .xlsx 或 .pdf", str(target))])
    write = pareto_file.write_xlsx if suffix == ".xlsx" else pareto_file.write_pdf

    def entry(_result: object, digest: str) -> None:
        audit.record(actor, "export_pareto", target_type="", target_label="二八分析",
                     details={"months": months, "owner": owner or "", "customers": view.customers,
                              "rows": len(view.rows), "file": str(target), "sha256": digest})

    produce_file(target, lambda tmp: write(view, tmp), entry)
    return target, view
