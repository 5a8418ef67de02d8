"""Printing the 交接单 (handover record): plan, write through the format, audit — one path.

The wizard, the 交接记录 window and the command line all call `print_record`; none of them
writes the PDF or the audit entry itself. Who may print: whoever runs handovers (a manager
or an admin), as for every other handover step — a receiver confirms in the app but does
not print the record.
"""
from __future__ import annotations

from pathlib import Path

from models.accounts import staff
from models.foundation.files import PathArg, produce_file
from models.handover.dto import handover_number
from models.handover.queries import _info, _require_runner
from models.rules import audit
from models.rules.access import Actor


def print_record(actor: Actor, handover_id: int, path: PathArg) -> Path:
    """Write handover `handover_id`'s 交接单 as a PDF to `path` (audited: export_pdf)."""
    from exports import handover_pdf

    actor = _require_runner(actor)
    info = _info(handover_id)          # NotFound before any file is touched
    company = staff.company_name()
    target = Path(path)

    def entry(_written: Path, digest: str) -> None:
        audit.record(actor, "export_pdf", target_type="handover", target_id=info.id,
                     target_label=handover_number(info.id),
                     details={"what": "交接单", "file": str(target), "sha256": digest})

    produce_file(target, lambda tmp: handover_pdf.write_pdf(info, tmp, company=company), entry)
    return target
