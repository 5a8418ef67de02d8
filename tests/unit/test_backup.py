"""备份档案: a consistent, verifiable copy of a SQLite archive; refused where it cannot be one."""
from __future__ import annotations

import pytest

from models.archive import customers
from models.foundation import db
from models.foundation.errors import ArchiveError, PermissionDenied
from models.foundation.schema import AuditEntry, Customer
from models.maintenance import backup, opening
from models.rules import audit
from tests.conftest import make_user


def test_backup_is_for_sqlite_files_and_managers_with_the_admin_capability(people, tmp_path):
    """A backup is the whole database, every sensitive field included: the admin capability
    alone (IT) may not take it, nor a manager without it; the first account (both) may."""
    mgr = make_user(people["boss"], "mgr2", "manager")
    for who in ("li", "it"):
        with pytest.raises(PermissionDenied):
            backup.backup_archive(people[who], tmp_path / "x.db")
    with pytest.raises(PermissionDenied, match="同时拥有管理员权限的客服主管"):
        backup.backup_archive(people["it"], tmp_path / "x.db")
    with pytest.raises(PermissionDenied, match="同时拥有管理员权限的客服主管"):
        backup.backup_archive(mgr, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()
    denied = AuditEntry.select().where(AuditEntry.action == "access_denied").order_by(AuditEntry.id.desc()).first()
    assert denied.actor_name == "mgr2" and "backup" in denied.details
    if db.is_postgres():
        with pytest.raises(ArchiveError, match="pg_dump"):
            backup.backup_archive(people["boss"], tmp_path / "b.db")
        assert not (tmp_path / "b.db").exists()
    else:
        assert backup.backup_archive(people["boss"], tmp_path / "b.db").size > 0


def test_backup_copies_data_and_audit_head_and_verifies(sqlite_archive, tmp_path):
    boss = sqlite_archive
    make_user(boss, "li", "agent")
    for i in range(3):
        customers.create_customer(boss, {"name": f"备份测试{i}号公司"}, owner="li")
    result = backup.backup_archive(boss, tmp_path / "copy.db")
    assert result.path == (tmp_path / "copy.db").resolve() and result.size > 0
    assert (tmp_path / "copy.db.audit-head").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []   # no temp files left
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "backup" and result.sha256 in entry.details
    live = db.current_url()
    db.close_database()
    try:
        opening.open_archive(str(tmp_path / "copy.db"))
        assert Customer.select().where(Customer.name.startswith("备份测试")).count() == 3
        assert audit.verify().ok
    finally:
        db.close_database()
        opening.open_archive(live)


def test_backup_refuses_bad_targets_and_leaves_the_archive_alone(sqlite_archive, tmp_path):
    boss = sqlite_archive
    customers.create_customer(boss, {"name": "不受影响的客户"})
    with pytest.raises(ArchiveError, match="文件夹不存在"):
        backup.backup_archive(boss, tmp_path / "missing" / "b.db")
    with pytest.raises(ArchiveError, match="自己"):
        backup.backup_archive(boss, db.sqlite_path(db.current_url()))
    assert [c.name for c in customers.list_customers(boss)] == ["不受影响的客户"]
    assert audit.verify().ok
