"""What a staff departure handover does to service records (called by models.handover
inside its transaction): every record not yet closed that is assigned to the leaver goes to
the custodian its customer has after the handover. Each move is an `assign` step on the
record; its page-2 story is the handover's own entry on the customer (one per card), so no
second entry is written per record."""
from __future__ import annotations

from models.foundation.schema import Customer, ServiceRecord, ServiceStep, Staff, utcnow


def move_open_assignments(actor_id: int, leaver: Staff, number: str) -> int:
    moved = 0
    now = utcnow()
    rows = (ServiceRecord.select(ServiceRecord, Customer).join(Customer, on=(ServiceRecord.customer == Customer.id))
            .where((ServiceRecord.assignee == leaver.id) & (ServiceRecord.status != "已关闭")))
    names = {}
    for rec in rows:
        owner = rec.customer.owner_id
        if not owner or owner == leaver.id:
            continue
        if owner not in names:
            names[owner] = Staff.get_by_id(owner).display_name
        ServiceRecord.update(assignee=owner, version=ServiceRecord.version + 1).where(
            ServiceRecord.id == rec.id).execute()
        ServiceStep.create(record=rec.id, at=now, actor=actor_id, action="assign", status=rec.status,
                           note=f"离职交接 {number}：{leaver.display_name} → {names[owner]}")
        moved += 1
    return moved
