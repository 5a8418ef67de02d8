"""Automatic copies of a SQLite archive (issue 18): kinds, retention over a month of days,
the day's copy once per day, a copy before a large import; the PostgreSQL reminder."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from models.foundation import db
from models.foundation.errors import ArchiveError, PermissionDenied
from models.foundation.schema import AuditEntry
from models.maintenance import backup, backups, opening
from models.transfer import importing


def _archive() -> Path:
    return backups.archive_file()


def _kept(archive: Path) -> dict[str, list[str]]:
    kept: dict[str, list[str]] = {}
    for c in backups.list_copies(archive):
        kept.setdefault(c.kind, []).append(f"{c.taken:%m-%d}")
    return kept


def _at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, 0))


def test_a_month_of_office_days_keeps_7_daily_and_4_weekly_copies(sqlite_archive):
    """Weekdays from Monday 2 Nov to Wednesday 2 Dec 2026, Monday 16 Nov a holiday (Tuesday
    then takes the week's copy), two openings on 3 Nov; a manual and a pre-upgrade copy
    are never deleted."""
    archive = _archive()
    day, last = dt.date(2026, 11, 2), dt.date(2026, 12, 2)
    taken = []
    while day <= last:
        if day.weekday() < 5 and day != dt.date(2026, 11, 16):
            copy = backups.take_daily_if_due(db.current_url(), _at(day.isoformat()))
            taken.append((f"{day:%m-%d}", copy.kind))
            if day == dt.date(2026, 11, 3):
                assert backups.take_daily_if_due(db.current_url(), _at("2026-11-03", 15)) is None
                backups.take_copy(archive, "manual", _at("2026-11-03", 16))
                backups.take_copy(archive, "pre-upgrade", _at("2026-11-03", 17))
        day += dt.timedelta(days=1)
    assert [d for d, kind in taken if kind == "weekly"] == ["11-02", "11-09", "11-17", "11-23", "11-30"]
    assert _kept(archive) == {
        "daily": ["12-02", "12-01", "11-27", "11-26", "11-25", "11-24", "11-20"],
        "weekly": ["11-30", "11-23", "11-17", "11-09"],
        "pre-upgrade": ["11-03"], "manual": ["11-03"]}
    folder = archive.parent / "backups"
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 * 13   # each kept copy has its audit head beside it, nothing else
    assert all(n.endswith((".db", ".db.audit-head")) for n in names)


def test_retention_is_set_by_a_manager_with_the_admin_capability(people):
    if db.is_postgres():
        pytest.skip("a PostgreSQL archive has no copies in a folder")
    boss = people["boss"]
    with pytest.raises(PermissionDenied):
        backups.set_retention(people["it"], 3, 2)
    assert backups.retention() == (7, 4)
    assert backups.set_retention(boss, 3, None) == (3, 4)
    assert backups.set_retention(boss, None, 1) == (3, 1)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "settings" and "keep_weekly" in entry.details
    archive = _archive()
    for i in range(10):
        backups.take_daily_if_due(db.current_url(), _at("2026-11-02") + dt.timedelta(days=i))
    assert {k: len(v) for k, v in _kept(archive).items()} == {"daily": 3, "weekly": 1}
    backups.set_retention(boss, 1, None)      # fewer: the older copies go at once
    assert {k: len(v) for k, v in _kept(archive).items()} == {"daily": 1, "weekly": 1}
    backups.set_retention(boss, 0, 0)         # automatic copies off
    assert backups.take_daily_if_due(db.current_url(), _at("2026-11-20")) is None


def test_the_days_copy_is_taken_at_the_first_opening_of_the_day(sqlite_archive):
    url = db.current_url()
    archive = _archive()
    assert backups.list_copies(archive) == []   # a new archive: nothing to keep yet
    db.close_database()
    opening.open_archive(url)
    first = backups.list_copies(archive)
    assert [c.kind for c in first] == ["weekly"] and first[0].taken.date() == dt.date.today()
    db.close_database()
    opening.open_archive(url)
    assert backups.list_copies(archive) == first
    status = backups.status()
    assert status.last == first[0] and not status.postgres


def test_a_failed_daily_copy_does_not_stop_the_opening(sqlite_archive, monkeypatch):
    url = db.current_url()
    db.close_database()

    def disk_full(*_a):
        raise ArchiveError("备份失败：No space left on device")
    monkeypatch.setattr(backup, "copy_sqlite_archive", disk_full)
    said = []
    opening.open_archive(url, notice=said.append)
    assert said == ["注意：今天的自动备份没有完成（备份失败：No space left on device）"]
    assert backups.status().failure == "备份失败：No space left on device"
    assert backups.list_copies(_archive()) == []


def test_the_daily_check_is_one_cheap_listing(sqlite_archive):
    import time

    url = db.current_url()
    backups.take_daily_if_due(url)
    for i in range(20):   # a folder with a year's worth of other copies
        backups.take_copy(_archive(), "manual", _at("2026-01-05") + dt.timedelta(days=i))
    start = time.perf_counter()
    for _ in range(100):
        assert backups.take_daily_if_due(url) is None
    per_check = (time.perf_counter() - start) / 100
    assert per_check < 0.005, per_check   # measured ~0.1 ms


def _names_xlsx(path: Path, n: int) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称"])
    for i in range(n):
        ws.append([f"{path.stem}导入测试{i:03d}有限公司"])
    wb.save(path)
    return path


def test_an_import_of_101_rows_takes_a_pre_import_copy_and_100_does_not(sqlite_archive, tmp_path):
    boss = sqlite_archive
    archive = _archive()
    importing.import_xlsx(boss, _names_xlsx(tmp_path / "a.xlsx", 100))
    assert [c.kind for c in backups.list_copies(archive)] == []
    report = importing.import_xlsx(boss, _names_xlsx(tmp_path / "b.xlsx", 101))
    assert report.written and report.created == 101
    copies = backups.list_copies(archive)
    assert [c.kind for c in copies] == ["pre-import"]
    import sqlite3
    con = sqlite3.connect(copies[0].path)   # the copy is the archive before the 101 rows
    try:
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 100
    finally:
        con.close()


def test_an_import_is_refused_when_its_copy_cannot_be_taken(sqlite_archive, tmp_path, monkeypatch):
    from models.foundation.schema import Customer

    def disk_full(*_a):
        raise ArchiveError("备份失败：No space left on device")
    monkeypatch.setattr(backup, "copy_sqlite_archive", disk_full)
    with pytest.raises(ArchiveError, match="自动备份失败，未写入任何数据"):
        importing.import_xlsx(sqlite_archive, _names_xlsx(tmp_path / "b.xlsx", 101))
    assert Customer.select().count() == 0


def test_pre_import_copies_keep_the_newest_ten(sqlite_archive):
    archive = _archive()
    for i in range(12):
        backups.take_copy(archive, "pre-import", _at("2026-11-02") + dt.timedelta(hours=i))
    backups.prune(archive, 7, 4)
    kept = [c.taken.hour for c in backups.list_copies(archive)]
    assert kept == list(range(20, 10, -1))   # 09:00 and 10:00 went


def test_postgres_archive_is_not_copied_and_reminds_after_7_days(people):
    if not db.is_postgres():
        pytest.skip("the reminder is for a PostgreSQL archive")
    boss = people["boss"]
    assert backups.take_daily_if_due(db.current_url()) is None
    assert backups.status().overdue and backups.status().recorded_on is None
    with pytest.raises(PermissionDenied):
        backups.record_server_backup(people["it"])
    today = dt.date.today()
    backups.record_server_backup(boss, today - dt.timedelta(days=6))
    assert not backups.status().overdue
    assert backups.status(today + dt.timedelta(days=1)).overdue          # 7 days without
    assert backups.record_server_backup(boss) == today
    assert not backups.status(today + dt.timedelta(days=6)).overdue
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "backup" and today.isoformat() in entry.details
    with pytest.raises(ArchiveError, match="pg_dump --format=custom"):
        backup.backup_archive(boss)


def _customers_in(path) -> int:
    import sqlite3
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM customer WHERE status = 'active'").fetchone()[0]
    finally:
        con.close()


def test_a_merge_moving_more_than_100_rows_takes_a_copy_first(sqlite_archive, tmp_path):
    from models.archive import customers, events
    from models.value import merge
    boss = sqlite_archive
    small = customers.create_customer(boss, {"name": "小合并甲"})
    events.add_event(boss, small.id, {"event_date": "2026-11-02", "category": "其他", "title": "一条"})
    customers.create_customer(boss, {"name": "小合并乙"})
    merge.merge(boss, small.code, customers.search(boss, "小合并乙")[0].code)
    assert backups.list_copies(_archive()) == []          # 1 row moved: no copy
    big = customers.create_customer(boss, {"name": "大合并甲"})
    for i in range(101):
        events.add_event(boss, big.id, {"event_date": "2026-11-02", "category": "其他", "title": f"第{i}条"})
    into = customers.create_customer(boss, {"name": "大合并乙"})
    merge.merge(boss, big.code, into.code)
    copies = backups.list_copies(_archive())
    assert [c.kind for c in copies] == ["pre-import"]
    assert _customers_in(copies[0].path) == 3              # taken before the absorbed card was archived


def test_a_handover_of_more_than_100_customers_takes_a_copy_first(sqlite_archive):
    from models.archive import customers
    from models.foundation.schema import Customer, Staff
    from models.handover import service as handover
    from tests.conftest import make_user
    boss = sqlite_archive
    make_user(boss, "li", "agent", display_name="李客服")
    make_user(boss, "zhao", "agent", display_name="赵客服")
    first = Customer.get_by_id(customers.create_customer(boss, {"name": "交接样板"}, owner="li").id)
    for i in range(100):   # 101 customers in li's custody
        Customer.insert(code=f"KH9{i:05d}", name=f"交接客户{i}", owner=first.owner_id,
                        created_at=first.created_at, updated_at=first.updated_at,
                        created_by=first.created_by_id, updated_by=first.updated_by_id).execute()
    hid = handover.start_handover(boss, "li")
    handover.execute(boss, hid, handover.plan(boss, hid, ["zhao"], split="single"))
    copies = backups.list_copies(_archive())
    assert [c.kind for c in copies] == ["pre-import"]
    import sqlite3
    con = sqlite3.connect(copies[0].path)   # taken before custody moved
    try:
        assert con.execute("SELECT COUNT(*) FROM customer c JOIN staff s ON s.id = c.owner_id "
                           "WHERE s.username = 'li'").fetchone()[0] == 101
    finally:
        con.close()
    assert Customer.select().where(Customer.owner == Staff.get(Staff.username == "zhao").id).count() == 101
