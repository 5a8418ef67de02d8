"""What the Pareto exports are given (plain data: exports/ never reads tables)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ParetoRow:
    rank: int
    code: str
    name: str
    amount: Decimal
    cumulative_pct: float     # share of the total up to and including this row, 0–100


@dataclass(frozen=True)
class ParetoView:
    headline: str
    date_from: dt.date        # exclusive
    date_to: dt.date          # inclusive
    months: int
    scope: str                # 全部门 | the custodian's name | 我可查看的客户
    customers: int            # active customers in the view, with or without an amount
    total: Decimal
    head_count: int           # customers needed to reach 80%
    rows: tuple[ParetoRow, ...] = ()
