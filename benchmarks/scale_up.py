"""A 1,000,000-card SQLite archive for the search, list and audit benchmarks, made from the
100,000-card demo archive in minutes instead of the generator's hours (issue 13).

The demo archive's cards and their key people are copied nine more times with new ids and
codes (KH + the id, as the app numbers them); each copy's search column is the original's
with its code replaced, and the gram index is built from it by the app's own function. The
audit log is extended to as many view entries as cards with the app's chained writer. Pages
2 (events), projects and reminder dates are not copied: the 今日 page and exports are measured
at 100,000. Names repeat ten times over, as twelve 巨奥传媒有限公司 did in the field.

    .venv/bin/python benchmarks/scale_up.py            # -> benchmarks/.data/archive-1000000-scaled.db
    .venv/bin/python benchmarks/scale_up.py --postgres postgresql://…/bench   # -> database bench_x10
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def scale_up(source: Path, target: Path, copies: int) -> Path:
    from models.archive import search_text

    if target.exists():
        return target
    tmp = target.with_suffix(".building.db")
    for p in tmp.parent.glob(tmp.name + "*"):
        p.unlink()
    src = sqlite3.connect(str(source))
    src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src.close()
    shutil.copyfile(source, tmp)
    head = Path(str(source) + ".audit-head")
    con = sqlite3.connect(str(tmp), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.create_function("fts_doc", 1, search_text._fts_document, deterministic=True)
    span = con.execute("SELECT max(id) FROM customer").fetchone()[0]
    # a copy's grams are its code's and the original's other parts' (the code is the first
    # part of the search column): the expensive part is computed once, not once per copy
    sep = search_text.SEPARATOR
    assert con.execute("SELECT count(*) FROM customer WHERE substr(search_text, 1, instr(search_text, ?) - 1) "
                       "<> lower(code)", (sep,)).fetchone()[0] == 0, "the code is not the first part"
    con.create_function("fts_rest", 1, lambda text: search_text._fts_document(text.split(sep, 1)[1]),
                        deterministic=True)
    con.execute("CREATE TEMP TABLE rest_doc (id INTEGER PRIMARY KEY, doc TEXT)")
    con.execute("INSERT INTO rest_doc SELECT id, fts_rest(search_text) FROM customer")
    print("grams of the originals computed", flush=True)
    cust_cols = [r[1] for r in con.execute("PRAGMA table_info(customer)") if r[1] not in ("id", "code", "search_text")]
    contact_cols = [r[1] for r in con.execute("PRAGMA table_info(contact)") if r[1] not in ("id", "customer_id")]
    t0 = time.perf_counter()
    for k in range(1, copies):
        shift = k * span
        con.execute("BEGIN")
        con.execute(
            f"INSERT INTO customer (id, code, search_text, {', '.join(cust_cols)}) "
            f"SELECT id + ?, printf('KH%06d', id + ?), "
            f"lower(printf('KH%06d', id + ?)) || substr(search_text, instr(search_text, char(31))), "
            f"{', '.join(cust_cols)} FROM customer WHERE id <= ?", (shift, shift, shift, span))
        con.execute(
            f"INSERT INTO contact (customer_id, {', '.join(contact_cols)}) "
            f"SELECT customer_id + ?, {', '.join(contact_cols)} FROM contact WHERE customer_id <= ?", (shift, span))
        con.execute("INSERT INTO customer_search (rowid, grams) SELECT c.id, r.doc || ' ' || fts_doc(lower(c.code)) "
                    "FROM customer c JOIN rest_doc r ON r.id = c.id - ? WHERE c.id > ? AND c.id <= ?",
                    (shift, shift, shift + span))
        con.execute("COMMIT")
        print(f"copy {k}/{copies - 1}: {time.perf_counter() - t0:.0f} s", flush=True)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    if head.exists():
        shutil.copyfile(head, Path(str(tmp) + ".audit-head"))
    _extend_audit(tmp, span)
    for suffix in ("", ".audit-head"):
        side = Path(str(tmp) + suffix)
        if side.exists():
            side.rename(Path(str(target) + suffix))
    print(f"done: {target} ({time.perf_counter() - t0:.0f} s)", flush=True)
    return target


def _extend_audit(path: Path, span: int) -> None:
    """One chained view entry per copied card (the demo archive has one per card), written
    by the app's own bulk writer."""
    from models.foundation import db
    from models.foundation.schema import Customer, Staff
    from models.maintenance import opening
    from models.rules import audit
    from models.rules.access import Actor

    opening.open_archive(str(path))
    boss = Actor.from_staff(Staff.get(Staff.username == "boss"))
    rows = Customer.select(Customer.id, Customer.code).where(Customer.id > span).order_by(Customer.id).tuples()
    batch: list[dict] = []
    for cid, code in rows.iterator():
        batch.append({"target_type": "customer", "target_id": cid, "target_label": code})
        if len(batch) == 20_000:
            with db.write_transaction():
                audit.record_many(boss, "view_card", batch)
            batch = []
    if batch:
        with db.write_transaction():
            audit.record_many(boss, "view_card", batch)
    db.database.execute_sql("ANALYZE")
    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close_database()


def scale_up_postgres(source_url: str, copies: int) -> str:
    """The same for a PostgreSQL archive: a new database `<name>_x<copies>` made from the
    source as a template, its cards and key people copied `copies - 1` more times in SQL (the
    GIN index maintains itself); no audit entries are added. Returns its URL."""
    import psycopg

    base, name = source_url.rsplit("/", 1)
    target = f"{name}_x{copies}"
    with psycopg.connect(source_url, autocommit=True) as con:
        if con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target,)).fetchone():
            return f"{base}/{target}"
        con.execute(f'CREATE DATABASE "{target}.building" TEMPLATE "{name}"')
    url = f"{base}/{target}.building"
    t0 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as con:
        span = con.execute("SELECT max(id) FROM customer").fetchone()[0]
        columns = {t: [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
            (t,))] for t in ("customer", "contact")}
        cust = [c for c in columns["customer"] if c not in ("id", "code", "search_text")]
        contact = [c for c in columns["contact"] if c not in ("id", "customer_id")]
        code = "'KH' || CASE WHEN id + %(shift)s < 1000000 THEN lpad((id + %(shift)s)::text, 6, '0') " \
               "ELSE (id + %(shift)s)::text END"
        for k in range(1, copies):
            shift = k * span
            with con.transaction():
                con.execute(
                    f"INSERT INTO customer (id, code, search_text, {', '.join(cust)}) "
                    f"SELECT id + %(shift)s, {code}, lower({code}) || substr(search_text, strpos(search_text, chr(31))), "
                    f"{', '.join(cust)} FROM customer WHERE id <= %(span)s", {"shift": shift, "span": span})
                con.execute(
                    f"INSERT INTO contact (customer_id, {', '.join(contact)}) "
                    f"SELECT customer_id + %(shift)s, {', '.join(contact)} FROM contact WHERE customer_id <= %(span)s",
                    {"shift": shift, "span": span})
            print(f"copy {k}/{copies - 1}: {time.perf_counter() - t0:.0f} s", flush=True)
        con.execute("SELECT setval(pg_get_serial_sequence('customer', 'id'), (SELECT max(id) FROM customer))")
        con.execute("SELECT setval(pg_get_serial_sequence('contact', 'id'), (SELECT max(id) FROM contact))")
        con.execute("VACUUM ANALYZE")
    with psycopg.connect(source_url, autocommit=True) as con:
        con.execute(f'ALTER DATABASE "{target}.building" RENAME TO "{target}"')
    print(f"done: {target} ({time.perf_counter() - t0:.0f} s)", flush=True)
    return f"{base}/{target}"


def main(argv=None) -> int:
    import run

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from-customers", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--postgres", metavar="URL",
                        help="scale this PostgreSQL archive (the same demo data) instead, into <its name>_x<copies>")
    args = parser.parse_args(argv)
    if args.postgres:
        print(scale_up_postgres(args.postgres, args.copies))
        return 0
    source = run.archive(args.from_customers)
    n = args.from_customers * args.copies
    print(scale_up(source, run.DATA / f"archive-{n}-scaled.db", args.copies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
