"""Producing a file: written beside the target, audited, then renamed — never a file without
its audit entry, never a half-written file (both databases)."""
from __future__ import annotations

import hashlib
import json

import pytest

from models.archive import customers
from models.foundation.errors import PermissionDenied
from models.foundation.files import produce_file
from models.foundation.schema import AuditEntry
from models.handover import service as handover
from models.rules import audit
from models.transfer import exporting
from models.transfer.audit_export import export_audit
from models.transfer.exporting import Selection


class AuditDown(RuntimeError):
    """Stands in for a database that refuses the audit entry (locked, server gone, disk full)."""


def _entries() -> int:
    return AuditEntry.select().count()


def _folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_success_puts_the_file_in_place_with_an_entry_holding_its_sha256(archive, tmp_path):
    out = _folder(tmp_path)
    target = out / "报表.txt"

    def write(tmp):
        tmp.write_bytes("客户档案".encode())
        return 4

    def entry(n, digest):
        assert not target.exists()                  # not in place before the entry is written
        audit.record(archive, "export_excel", target_label=target.name,
                     details={"file": target.name, "sha256": digest, "n": n})

    assert produce_file(target, write, entry) == (4, hashlib.sha256("客户档案".encode()).hexdigest())
    assert [p.name for p in out.iterdir()] == ["报表.txt"]
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    details = json.loads(last.details)
    assert details["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert (last.action, details["n"]) == ("export_excel", 4)
    assert audit.verify().ok


def test_a_failed_audit_entry_leaves_no_file_no_temporary_file_and_no_entry(archive, tmp_path):
    out = _folder(tmp_path)
    before = _entries()

    def entry(_result, digest):
        audit.record(archive, "export_excel", details={"sha256": digest})   # written, then ...
        raise AuditDown("audit log unavailable")                           # ... rolled back

    with pytest.raises(AuditDown):
        produce_file(out / "x.xlsx", lambda tmp: tmp.write_bytes(b"data"), entry)
    assert list(out.iterdir()) == []
    assert _entries() == before
    assert audit.verify().ok


def test_a_failed_write_leaves_no_file_and_no_entry_and_keeps_the_previous_file(archive, tmp_path):
    out = _folder(tmp_path)
    (out / "x.pdf").write_bytes(b"last week's copy")
    before = _entries()
    called = []

    def write(tmp):
        tmp.write_bytes(b"half a PDF")
        raise OSError("disk full")

    with pytest.raises(OSError):
        produce_file(out / "x.pdf", write, lambda *a: called.append(a))
    assert called == [] and _entries() == before
    assert [p.name for p in out.iterdir()] == ["x.pdf"]
    assert (out / "x.pdf").read_bytes() == b"last week's copy"


# ---- every service that writes a file: an audit failure leaves no file ---------------------

def _fail_on(monkeypatch, action: str):
    real = audit.record

    def record(actor, act, **kw):
        if act == action:
            raise AuditDown("audit log unavailable")
        return real(actor, act, **kw)

    monkeypatch.setattr(audit, "record", record)


@pytest.mark.parametrize("what", ["excel", "pdf"])
def test_card_exports_leave_no_file_when_the_audit_entry_fails(people, tmp_path, monkeypatch, what):
    boss = people["boss"]
    customers.create_customer(boss, {"name": "导出审计公司"}, owner="li")
    customers.create_customer(boss, {"name": "导出审计二号"}, owner="zhao")
    out = _folder(tmp_path)
    before = _entries()
    _fail_on(monkeypatch, f"export_{what}")
    export = exporting.export_excel if what == "excel" else exporting.export_pdf
    with pytest.raises(AuditDown):
        export(boss, out / f"archive.{'xlsx' if what == 'excel' else 'pdf'}", Selection())
    assert list(out.iterdir()) == []
    assert _entries() == before


def test_audit_log_workbook_leaves_no_file_when_its_entry_fails(people, tmp_path, monkeypatch):
    out = _folder(tmp_path)
    _fail_on(monkeypatch, "export_excel")
    with pytest.raises(AuditDown):
        export_audit(people["boss"], out / "审计.xlsx")
    assert list(out.iterdir()) == []


def _handover(people):
    boss = people["boss"]
    customers.create_customer(boss, {"name": "交接审计公司"}, owner="li")
    hid = handover.start_handover(boss, "li")
    handover.execute(boss, hid, handover.plan(boss, hid, ["zhao"]))
    return hid


def test_handover_record_is_written_and_audited_with_its_sha256(people, tmp_path):
    hid = _handover(people)
    out = _folder(tmp_path)
    path = handover.print_record(people["boss"], hid, out / "交接单.pdf")
    assert [p.name for p in out.iterdir()] == ["交接单.pdf"]
    assert path.read_bytes().startswith(b"%PDF")
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    details = json.loads(last.details)
    assert (last.action, last.target_type, last.target_label) == ("export_pdf", "handover",
                                                                  handover.handover_number(hid))
    assert details["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert details["what"] == "交接单"


def test_handover_record_leaves_no_file_when_its_entry_fails(people, tmp_path, monkeypatch):
    hid = _handover(people)
    out = _folder(tmp_path)
    _fail_on(monkeypatch, "export_pdf")
    with pytest.raises(AuditDown):
        handover.print_record(people["boss"], hid, out / "交接单.pdf")
    assert list(out.iterdir()) == []


def test_only_those_who_run_handovers_print_the_record(people, tmp_path):
    hid = _handover(people)
    out = _folder(tmp_path)
    for who in ("zhao", "sales", "it"):    # the receiver, a staff member, an admin-only account
        with pytest.raises(PermissionDenied):
            handover.print_record(people[who], hid, out / "交接单.pdf")
    assert list(out.iterdir()) == []
    handover.print_record(people["boss"], hid, out / "交接单.pdf")   # managers run handovers
    assert [p.name for p in out.iterdir()] == ["交接单.pdf"]
