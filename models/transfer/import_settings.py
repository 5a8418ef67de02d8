"""How many rows one import may take: a stored setting (ArchiveMeta) only admins change.

One limit for everybody, counted per sheet (客户, 联系人, 合作项目, 重要事项 each): it bounds
the time and memory one file can take from the archive, which is not a matter of trust (an
agent's import lands in their own custody anyway). The default, 100,000 data rows, takes a
whole department's list in one file (the benchmarked size) and refuses the 1,048,575-row
sheet that took 163 s and 1.28 GB; a bigger migration is split into files or the admin
raises the limit (`import-limit N`), up to what one Excel sheet can hold.
"""
from __future__ import annotations

from typing import Any

from models.foundation.db import write_transaction
from models.foundation.errors import FieldProblem, ValidationError
from models.foundation.schema import get_meta, set_meta
from models.rules import access, audit
from models.rules.access import Actor

META_KEY = "import_max_rows"
DEFAULT_ROW_LIMIT = 100_000
MAX_ROW_LIMIT = 1_048_575      # data rows under a header on one Excel sheet
LABEL = "导入行数上限"


def row_limit() -> int:
    try:
        value = int(get_meta(META_KEY) or DEFAULT_ROW_LIMIT)
    except ValueError:
        return DEFAULT_ROW_LIMIT
    return value if 0 < value <= MAX_ROW_LIMIT else DEFAULT_ROW_LIMIT


def set_row_limit(actor: Actor, value: Any) -> int:
    """Admins only; audited as a settings change."""
    actor = access.require(actor, access.ADMIN, label=LABEL)
    try:
        limit = int(str(value).replace(",", "").replace("，", "").strip())
    except ValueError:
        limit = 0
    if not 0 < limit <= MAX_ROW_LIMIT:
        raise ValidationError([FieldProblem(META_KEY, f"{LABEL}须为 1 到 {MAX_ROW_LIMIT:,} 之间的整数", value)])
    old = row_limit()
    if limit != old:
        with write_transaction():
            set_meta(META_KEY, str(limit))
            audit.record(actor, "settings", target_type="settings", target_label=LABEL,
                         details={"changes": {META_KEY: [old, limit]}})
    return limit
