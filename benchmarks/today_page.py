"""The 今日 page at scale (issue #11 §9): not a timed test, a measurement.

    .venv/bin/python benchmarks/today_page.py              # 100,000 customers, 300,000 key people
    .venv/bin/python benchmarks/today_page.py --customers 20000
    .venv/bin/python benchmarks/today_page.py --build-into postgresql://…/empty_db   # then --db URL
    .venv/bin/python benchmarks/today_page.py --db /tmp/bench.db                   # reuse a build

Builds an archive (SQLite file or an empty PostgreSQL database) with bulk inserts (10 agents;
every key person with a birthday, a quarter of them lunar; founding dates; a project per
customer; a page-2 entry per customer), then measures, in this process, with the 今日 sources
of the service and quality wings registered as in the app:
  * the first refresh of the reminder index (a one-off after an upgrade),
  * an incremental refresh after one card changed (what every later page open pays),
  * the 今日 page for one agent (~10,000 customers in custody), 7 and 30 days ahead,
  * a manager's department view (every agent's counts),
against a floor: the bare indexed range query on reminder_date joined to the agent's
customers, in the same run. Median of 7 runs after one warm-up (3 for the department view),
wall-clock and this process's CPU time (the machine is shared; PostgreSQL's own work shows
only in wall time). On PostgreSQL the archive is vacuumed first (index-only scans need the
visibility map, which autovacuum keeps on a live archive).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(path: str, n: int, agents: int = 10) -> None:
    from models.accounts import staff
    from models.foundation.db import database
    from models.foundation.schema import Contact, Customer, Event, Project, Staff, utcnow
    from models.maintenance import opening

    opening.open_archive(path)
    boss = staff.create_first_manager("boss", "bench-pass-1", "王主管")
    ids = [staff.add_user(boss, f"agent{i:02d}", "bench-pass-1", "agent", department="客服部",
                          display_name=f"客服{i:02d}").id for i in range(1, agents + 1)]
    rng = random.Random(7)
    now = utcnow()
    with database.atomic():
        rows = []
        for i in range(1, n + 1):
            created = now - dt.timedelta(days=rng.randint(30, 3000))
            rows.append({"code": f"KH{i:06d}", "name": f"测试客户{i}有限公司", "classification": rng.choice("AABBBCCCCC"),
                         "owner": ids[i % agents], "founded_on": dt.date(rng.randint(1990, 2020), rng.randint(1, 12),
                                                                          rng.randint(1, 28)),
                         "created_at": created, "updated_at": created, "page1_at": created, "search_text": ""})
            if len(rows) == 500:
                Customer.insert_many(rows).execute()
                rows = []
        if rows:
            Customer.insert_many(rows).execute()
        batch = []
        for cid in range(1, n + 1):
            for k in range(3):
                lunar = rng.random() < 0.25
                batch.append({"customer": cid, "name": f"联系人{cid}-{k}", "birthday_month": rng.randint(1, 12),
                              "birthday_day": rng.randint(1, 28), "birthday_lunar": lunar, "position": k,
                              "is_primary": k == 0})
            if len(batch) >= 900:
                Contact.insert_many(batch).execute()
                batch = []
        if batch:
            Contact.insert_many(batch).execute()
        for start in range(1, n + 1, 2000):
            span = range(start, min(n, start + 1999) + 1)
            Project.insert_many([{"customer": cid, "name": "合作项目",
                                  "started_on": dt.date(2015 + cid % 10, 1 + cid % 12, 1 + cid % 28),
                                  "amount": 10000} for cid in span]).execute()
            Event.insert_many([{"customer": cid, "event_date": dt.date(2026, 1 + cid % 11, 1 + cid % 28),
                                "category": "回访", "title": "电话回访", "recorded_by": ids[cid % agents],
                                "recorded_at": now} for cid in span]).execute()
    del Staff


def median_ms(fn, runs: int = 7) -> tuple[float, float, float]:
    """Median wall-clock and CPU milliseconds, and the best wall-clock run (the machine is
    shared: the CPU time and the best run are the steadier figures; PostgreSQL's own work
    runs in the server process and shows only in wall time)."""
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu), min(wall)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--db", help="reuse an archive (SQLite path or postgresql:// URL) built by an earlier run")
    ap.add_argument("--build-into", help="build into this SQLite path or empty PostgreSQL database URL "
                                         "(kept afterwards, for --db)")
    args = ap.parse_args()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    path = args.db or args.build_into or str(Path(tempfile.mkdtemp()) / "bench.db")
    t0 = time.perf_counter()
    if args.db:
        from models.maintenance import opening
        opening.open_archive(path)
    else:
        build(path, args.customers)
    print(f"built {args.customers:,} customers / {args.customers * 3:,} key people in {time.perf_counter() - t0:.1f} s")

    import models.quality  # noqa: F401 - as in the app: their 今日 lines (surveys, service records)
    import models.service  # noqa: F401
    from models.desk import index, today
    from models.foundation.db import database
    from models.foundation.schema import Customer, ReminderDate, Staff
    from models.rules.access import Actor

    day = dt.date(2026, 12, 1)
    t0 = time.perf_counter()
    index.refresh(day)
    print(f"first refresh (builds {ReminderDate.select().count():,} reminder dates): {time.perf_counter() - t0:.1f} s")
    from models.foundation.db import is_postgres
    # statistics for the planner; on PostgreSQL also the visibility map, without which no
    # index-only scan skips the heap (autovacuum does it on a live archive, later)
    database.execute_sql("VACUUM ANALYZE" if is_postgres() else "ANALYZE")
    agent = Actor.from_staff(Staff.get(Staff.username == "agent01"))
    boss = Actor.from_staff(Staff.get(Staff.username == "boss"))

    def touch_one():
        Customer.update(updated_at=Customer.updated_at).where(Customer.id == 5).execute()
        from models.foundation.schema import utcnow
        Customer.update(updated_at=utcnow()).where(Customer.id == 5).execute()
        index.refresh(day)

    def floor(days):
        end = day + dt.timedelta(days=days)
        return lambda: list(ReminderDate.select(ReminderDate.id, Customer.code)
                            .join(Customer, on=(ReminderDate.customer == Customer.id))
                            .where((Customer.owner == agent.id) & (ReminderDate.next_on >= day)
                                   & (ReminderDate.next_on <= end)).tuples())

    results = [
        ("incremental refresh (one card changed)", median_ms(touch_one), None),
        ("今日 page, agent, 7 days", median_ms(lambda: today.today_page(agent, today=day, days=7, per_kind=50),
                                              runs=15), median_ms(floor(7), runs=15)),
        ("今日 page, agent, 30 days", median_ms(lambda: today.today_page(agent, today=day, days=30, per_kind=50)),
         median_ms(floor(30))),
        ("department view (manager, 11 people)", median_ms(lambda: today.department(boss, today=day), runs=3), None),
    ]
    page = today.today_page(agent, today=day, days=7, per_kind=50)
    print(f"agent01's page: {len(page.items)} items")
    print(f"database: {'PostgreSQL' if path.startswith('postgres') else 'SQLite'}")
    print("| case | ours wall (ms) | ours CPU (ms) | ours best (ms) | floor wall (ms) | floor CPU (ms) "
          "| floor best (ms) | ratio (wall) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, (ours, ours_cpu, ours_best), bare in results:
        floor = "| | |" if bare is None else f"| {bare[0]:.1f} | {bare[1]:.1f} | {bare[2]:.1f} |"
        ratio = "" if bare is None else f"{ours / bare[0]:.1f}"
        print(f"| {name} | {ours:.1f} | {ours_cpu:.1f} | {ours_best:.1f} {floor} {ratio} |")


if __name__ == "__main__":
    main()
