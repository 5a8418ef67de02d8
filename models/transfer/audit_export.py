"""The audit log to Excel for a signed-in user: read (permission-checked), write, audit.

The workbook goes through `produce_file`: the format writes a temporary file, the
export's own audit entry (rows, SHA-256, filters) commits, and only then is the file put
in place — so the log never misses an export that reached the disk.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exports.audit_xlsx import write_audit_xlsx
from models.foundation.files import produce_file
from models.rules import audit, audit_log
from models.rules.audit_details import details_text


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    sha256: str


def export_audit(actor, path, *, progress=None, is_cancelled=None, **filters) -> ExportResult:
    """The viewer's "导出 Excel": the filtered log to `path`, the export itself audited."""
    total = audit_log.count(actor, **filters)   # checks AUDIT_READ before anything is written
    target = Path(path)

    def write(tmp: Path) -> int:
        return write_audit_xlsx(audit_log.iter_entries(actor, **filters), tmp, total=total,
                                describe=details_text, progress=progress, is_cancelled=is_cancelled)

    def entry(rows: int, digest: str) -> None:
        audit.record(actor, "export_excel", target_type="audit_log", target_label="审计日志",
                     details={"what": "audit_log", "rows": rows, "sha256": digest,
                              "file": target.name,
                              "filters": {k: str(v) for k, v in filters.items() if v}})

    rows, digest = produce_file(target, write, entry)
    return ExportResult(str(target), rows, digest)
