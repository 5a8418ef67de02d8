"""The audit log to Excel for a signed-in user: read (permission-checked), write, audit.

The workbook goes through `produce_file`: the format writes a temporary file, the
export's own audit entry (rows, SHA-256, filters, checkpoint) commits, and only then is
the file put in place — so the log never misses an export that reached the disk.

Every workbook carries a checkpoint (models/rules/audit_checkpoint.py) on its 检查点 sheet:
the log's head when the export began, whether the chain was intact, and the one line an
auditor keeps to check the log later. The exported entries stop at that head, so the
workbook and its checkpoint describe the same log.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.audit_xlsx import write_audit_xlsx
from models.foundation.checkpoint import AuditCheckpoint
from models.foundation.files import PathArg, produce_file
from models.rules import audit, audit_checkpoint, audit_log
from models.rules.access import Actor
from models.rules.audit_details import details_text


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    sha256: str
    checkpoint: AuditCheckpoint | None = None   # the head the export stopped at


def export_audit(actor: Actor, path: PathArg, *, progress: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None, **filters: Any) -> ExportResult:
    """The viewer's "导出 Excel": the filtered log to `path`, the export itself audited."""
    checked, cp = audit_checkpoint.snapshot(actor)   # checks AUDIT_READ before anything is written
    up_to = cp.entry_id if cp is not None else 0
    total = audit_log.count(actor, up_to=up_to, **filters)
    chain = (f"链条完整（共 {checked.checked} 条记录）" if checked.ok
             else f"未通过：{checked.problem}")
    shown_filters = {k: str(v) for k, v in filters.items() if v}
    target = Path(path)

    def write(tmp: Path) -> int:
        return write_audit_xlsx(audit_log.iter_entries(actor, up_to=up_to, **filters), tmp, total=total,
                                describe=details_text, progress=progress, is_cancelled=is_cancelled,
                                checkpoint=cp, chain_state=chain, filters=shown_filters)

    def entry(rows: int, digest: str) -> None:
        details = {"what": "audit_log", "rows": rows, "sha256": digest, "file": target.name,
                   "filters": shown_filters}
        if cp is not None:
            details["checkpoint"] = cp.details()
        if not checked.ok:
            details["chain_ok"] = False
        audit.record(actor, "export_excel", target_type="audit_log", target_label="审计日志",
                     details=details)

    rows, digest = produce_file(target, write, entry)
    return ExportResult(str(target), rows, digest, cp)
