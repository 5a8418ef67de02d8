"""The audit log to Excel for a signed-in user: read (permission-checked), write, audit.

Every workbook carries a checkpoint (models/rules/audit_checkpoint.py) on its 检查点 sheet:
the log's head when the export began, whether the chain was intact, and the one line an
auditor keeps to check the log later. The exported entries stop at that head, so the
workbook and its checkpoint describe the same log."""
from __future__ import annotations

from pathlib import Path

from exports.audit_xlsx import ExportResult, write_audit_xlsx
from models.rules import audit, audit_checkpoint, audit_log
from models.rules.audit_details import details_text


def export_audit(actor, path, *, progress=None, is_cancelled=None, **filters) -> ExportResult:
    """The viewer's "导出 Excel": the filtered log to `path`, the export itself audited."""
    checked, cp = audit_checkpoint.snapshot(actor)
    up_to = cp.entry_id if cp is not None else 0
    total = audit_log.count(actor, up_to=up_to, **filters)
    chain = (f"链条完整（共 {checked.checked} 条记录）" if checked.ok
             else f"未通过：{checked.problem}")
    result = write_audit_xlsx(audit_log.iter_entries(actor, up_to=up_to, **filters), path, total=total,
                              describe=details_text, progress=progress, is_cancelled=is_cancelled,
                              checkpoint=cp, chain_state=chain,
                              filters={k: str(v) for k, v in filters.items() if v})
    details = {"what": "audit_log", "rows": result.rows, "sha256": result.sha256,
               "file": Path(result.path).name,
               "filters": {k: str(v) for k, v in filters.items() if v}}
    if cp is not None:
        details["checkpoint"] = cp.details()
    if not checked.ok:
        details["chain_ok"] = False
    audit.record(actor, "export_excel", target_type="audit_log", target_label="审计日志", details=details)
    return result
