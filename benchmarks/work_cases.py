"""The daily-work cases of benchmarks/run.py: the 今日 page and a departing agent's handover.

  * 今日 page for one agent (agent01, a tenth of the archive in custody), 7 days ahead, with
    the service and quality wings' sources registered as in the app, vs the floor: the bare
    indexed range query on reminder_date joined to the agent's customers. The reminder index
    is built once beforehand (a one-off after an upgrade; then each open refreshes what
    changed).
  * handover of agent01's cards to agent02 and agent03 (execute: custody, one page-2 entry,
    one handover item and one chained audit entry per card, the checked safety copy first),
    on a copy of the archive, vs the same work in bare sqlite3 on another copy: the checked
    safety copy (sqlite3's backup + quick_check), the UPDATE, the INSERTs and the SHA-256 chain in one transaction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import time
from pathlib import Path

from query_cases import BENCH_DAY, REPEAT, _actor, _summary, _timed

LEAVER, RECEIVERS = "agent01", ("agent02", "agent03")


def _open_with_desk(db_path):
    import models.quality  # noqa: F401 - as in the app: their 今日 lines (surveys, service records)
    import models.service  # noqa: F401
    from models.desk import index
    from models.maintenance import opening

    opening.open_archive(str(db_path))
    index.refresh(BENCH_DAY)   # built once per archive (minutes at 100,000), then what changed


def today_ours(db_path, out, n_cards):
    from models.desk import today

    _open_with_desk(db_path)
    agent = _actor(LEAVER)
    today.today_page(agent, today=BENCH_DAY, days=7, per_kind=50)   # caches, connection
    return _summary(_timed(lambda: today.today_page(agent, today=BENCH_DAY, days=7, per_kind=50),
                           repeat=max(REPEAT, 7)))


def today_bare(db_path, out, n_cards):
    from models.foundation.schema import Customer, ReminderDate

    _open_with_desk(db_path)
    agent = _actor(LEAVER)
    end = BENCH_DAY + dt.timedelta(days=7)

    def floor():
        return list(ReminderDate.select(ReminderDate.id, Customer.code)
                    .join(Customer, on=(ReminderDate.customer == Customer.id))
                    .where((Customer.owner == agent.id) & (ReminderDate.next_on >= BENCH_DAY)
                           & (ReminderDate.next_on <= end)).tuples())
    floor()
    return _summary(_timed(floor, repeat=max(REPEAT, 7)))


def _remove(target: Path) -> None:
    """A case's copy, its side files and the app's safety copies beside it (~0.5 GB each at
    100,000 cards)."""
    for p in [*target.parent.glob(target.name + "*"), *target.parent.glob("backups/*"),
              *target.parent.glob(target.stem + "-safety.db")]:
        if p.is_file():
            p.unlink()


def _copy(db_path, out) -> Path:
    """A private copy of the archive (and its audit head) for a case that writes."""
    target = Path(out).with_suffix(".db")
    _remove(target)
    src = sqlite3.connect(str(db_path))
    src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src.close()
    shutil.copyfile(db_path, target)
    head = Path(str(db_path) + ".audit-head")
    if head.exists():
        shutil.copyfile(head, Path(str(target) + ".audit-head"))
    return target


def handover_ours(db_path, out, n_cards):
    from models.foundation import db
    from models.handover import service as handover
    from models.maintenance import opening

    copy = _copy(db_path, out)
    opening.open_archive(str(copy))
    boss = _actor("boss")
    hid = handover.start_handover(boss, LEAVER)
    the_plan = handover.plan(boss, hid, list(RECEIVERS), "even")
    t0 = time.perf_counter()
    summary = handover.execute(boss, hid, the_plan)
    seconds = time.perf_counter() - t0
    assert summary.moved == len(the_plan.lines) > 0
    db.close_database()
    _remove(copy)
    return {"seconds": seconds, "moved": summary.moved}


def handover_bare(db_path, out, n_cards):
    """The same work with sqlite3: a checked copy of the archive (sqlite3's backup and quick_check,
    as the app's safety copy), then custody and version, one page-2 entry, one item and one chained audit entry
    per card, in one transaction."""
    copy = _copy(db_path, Path(out).with_name("bare-handover"))
    con = sqlite3.connect(str(copy), isolation_level=None)
    ids = {name: con.execute("SELECT id FROM staff WHERE username = ?", (name,)).fetchone()[0]
           for name in ("boss", LEAVER, *RECEIVERS)}
    t0 = time.perf_counter()
    safety = sqlite3.connect(str(copy.with_name("bare-handover-safety.db")))
    con.backup(safety)   # the checked copy the app takes before a large write (backups/)
    assert safety.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    safety.close()
    con.execute("BEGIN IMMEDIATE")
    cards = con.execute("SELECT id, code FROM customer WHERE owner_id = ? ORDER BY code",
                        (ids[LEAVER],)).fetchall()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    prev = con.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
    con.execute("INSERT INTO handover (leaver_id, manager_id, status, created_at, executed_at, notes) "
                "VALUES (?, ?, 'executed', ?, ?, '')", (ids[LEAVER], ids["boss"], now, now))
    hid = con.execute("SELECT last_insert_rowid()").fetchone()[0]
    events, items, audits = [], [], []
    for i, (cid, code) in enumerate(cards):
        to = RECEIVERS[i % len(RECEIVERS)]
        con.execute("UPDATE customer SET owner_id = ?, version = version + 1, updated_at = ?, updated_by_id = ? "
                    "WHERE id = ?", (ids[to], now, ids["boss"], cid))
        events.append((cid, now.date(), "其他", f"离职交接：由 {LEAVER} 移交给 {to}",
                       f"交接单 JJ-{hid}：本客户移交给 {to} 负责", "", ids["boss"], now, False, 1))
        items.append((hid, cid, ids[to]))
        details = json.dumps({"handover": f"JJ-{hid}", "from": LEAVER, "to": to,
                              "changes": {"owner": [LEAVER, to]}}, ensure_ascii=False, sort_keys=True)
        payload = json.dumps([prev, now.strftime("%Y-%m-%dT%H:%M:%S"), ids["boss"], "boss", "bench",
                              "handover_execute", "customer", cid, code, "allowed", details],
                             ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        audits.append((now, ids["boss"], "boss", "bench", "handover_execute", "customer", cid, code, "allowed",
                       details, prev, digest))
        prev = digest
    con.executemany("INSERT INTO event (customer_id, event_date, category, title, content, source_department, "
                    "recorded_by_id, recorded_at, is_report, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    con.executemany("INSERT INTO handover_item (handover_id, customer_id, receiver_id) VALUES (?, ?, ?)", items)
    con.executemany("INSERT INTO audit_entry (at, actor_id, actor_name, machine, action, target_type, target_id, "
                    "target_label, outcome, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    audits)
    con.execute("COMMIT")
    seconds = time.perf_counter() - t0
    con.close()
    _remove(copy)
    return {"seconds": seconds, "moved": len(cards)}


CASES = {name: fn for name, fn in globals().items()
         if callable(fn) and name.endswith(("_ours", "_bare")) and not name.startswith("_")}
