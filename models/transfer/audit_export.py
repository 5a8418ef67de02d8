"""The audit log to Excel for a signed-in user: read (permission-checked), write, audit."""
from __future__ import annotations

from pathlib import Path

from exports.audit_xlsx import ExportResult, write_audit_xlsx
from models.rules import audit, audit_log
from models.rules.audit_details import details_text


def export_audit(actor, path, *, progress=None, is_cancelled=None, **filters) -> ExportResult:
    """The viewer's "导出 Excel": the filtered log to `path`, the export itself audited."""
    total = audit_log.count(actor, **filters)
    result = write_audit_xlsx(audit_log.iter_entries(actor, **filters), path, total=total,
                              describe=details_text, progress=progress, is_cancelled=is_cancelled)
    audit.record(actor, "export_excel", target_type="audit_log", target_label="审计日志",
                 details={"what": "audit_log", "rows": result.rows, "sha256": result.sha256,
                          "file": Path(result.path).name,
                          "filters": {k: str(v) for k, v in filters.items() if v}})
    return result
