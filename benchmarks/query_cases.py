"""The interactive cases of benchmarks/run.py: search, list paging, command start, audit verify.

Each function runs in run.py's child process and returns {"seconds": median, ...}: the
median of several timed repetitions (these operations take milliseconds, so one timing
would be noise on a shared machine). `bare` is the floor issue #13 names for each:
  * search (count + first page, as the desktop list asks): models.archive.customers'
    count_customers + list_customers vs a bare `LIKE` on the name column (for the agent
    with the owner filter), over 1–2-character Chinese, a name, pinyin, initials, a phone
    fragment, a code and a query matching nothing;
  * a list page (first, the middle row, the last) via list_customers vs the same
    `SELECT … ORDER BY … LIMIT … OFFSET` in bare sqlite3;
  * `python main.py search 华` wall time vs `python -c pass`;
  * `audit verify` vs a bare loop recomputing the hash chain from the rows.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("华", "科技", "张伟", "hengxin", "hx", "5678", "KH01234", "无此客户")
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))   # the smoke test runs each once
PAGE = 200
BENCH_PASSWORD = "bench-pass-1"
BENCH_DAY = dt.date(2026, 11, 20)     # the demo history ends here: the same archive on any day


def _summary(samples: list[float]) -> dict:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return {"seconds": statistics.median(samples), "p95": p95, "samples": len(samples)}


def _timed(fn, repeat=REPEAT) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _actor(username: str):
    from models.foundation.schema import Staff
    from models.rules.access import Actor

    return Actor.from_staff(Staff.get(Staff.username == username))


PG_URL = os.environ.get("BENCH_PG_URL", "")   # a PostgreSQL archive with the same demo data


def _search_ours(db_path, username):
    """What the user waits for: the first screen of results (the desktop list then counts up
    to 1,000 in the background; that count's median is reported too)."""
    from models.archive import customer_list, customers
    from models.archive.customers import ListQuery
    from models.maintenance import opening

    opening.open_archive(str(db_path))
    actor = _actor(username)
    customers.list_customers(actor, ListQuery(text="预热"), limit=PAGE)   # connection, caches
    samples, counts = [], []
    for q in QUERIES:
        query = ListQuery(text=q)
        samples += _timed(lambda query=query: customers.list_customers(actor, query, limit=PAGE))
        counts += _timed(lambda query=query: customer_list.count_upto(actor, query))
    return {**_summary(samples), "count_median": statistics.median(counts)}


def _connect(db_path):
    if str(db_path).startswith("postgresql"):
        import psycopg

        con = psycopg.connect(str(db_path), autocommit=True)
        return con, "%s", "strpos(name, %s) > 0"
    return sqlite3.connect(str(db_path)), "?", "instr(name, ?) > 0"


def _search_bare(db_path, username):
    """The floor: a substring test on the name column alone (first page), for the agent
    with the owner filter."""
    con, p, contains = _connect(db_path)
    owner = None
    if username != "boss":
        owner = con.execute(f"SELECT id FROM staff WHERE username = {p}", (username,)).fetchone()[0]
    where = f"{contains} AND status = 'active'" + (f" AND owner_id = {p}" if owner else "")
    samples = []
    for q in QUERIES:
        args = (q,) + ((owner,) if owner else ())
        samples += _timed(lambda args=args: con.execute(
            f"SELECT id, code, name, classification, industry, status, updated_at FROM customer "
            f"WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT {PAGE}", args).fetchall())
    return _summary(samples)


def search_manager_pg_ours(db_path, out, n_cards):
    return _search_ours(PG_URL, "boss")


def search_manager_pg_bare(db_path, out, n_cards):
    return _search_bare(PG_URL, "boss")


def search_agent_pg_ours(db_path, out, n_cards):
    return _search_ours(PG_URL, "agent01")


def search_agent_pg_bare(db_path, out, n_cards):
    return _search_bare(PG_URL, "agent01")


def search_manager_ours(db_path, out, n_cards):
    return _search_ours(db_path, "boss")


def search_manager_bare(db_path, out, n_cards):
    return _search_bare(db_path, "boss")


def search_agent_ours(db_path, out, n_cards):
    return _search_ours(db_path, "agent01")


def search_agent_bare(db_path, out, n_cards):
    return _search_bare(db_path, "agent01")


def _offset(db_path, where: str) -> int:
    total = sqlite3.connect(str(db_path)).execute(
        "SELECT count(*) FROM customer WHERE status = 'active'").fetchone()[0]
    return {"first": 0, "middle": min(50_000, total // 2), "last": max(0, total - PAGE)}[where]


# (ListQuery sort, descending) → the bare query's ORDER BY
ORDERS = {("updated_at", True): "c.updated_at DESC, c.id DESC",
          ("name", False): "c.name_sort, c.id", ("name", True): "c.name_sort DESC, c.id DESC"}


def _page_ours(db_path, where, sort=("updated_at", True)):
    """A keyset page, as the lazy list asks when scrolled there: the rows after the row at
    that position (its sort value and id, found once beforehand)."""
    from models.archive import customer_list, customers
    from models.archive.customers import ListQuery
    from models.maintenance import opening

    offset = _offset(db_path, where)
    opening.open_archive(str(db_path))
    actor = _actor("boss")
    q = ListQuery(sort=sort[0], descending=sort[1])
    after = None
    if offset:
        before = customers.list_customers(actor, q, offset=offset - 1, limit=1)
        after = customer_list.sort_key(before[0], q)
    rows = []
    samples = _timed(lambda: rows.append(customers.list_customers(actor, q, after=after, limit=PAGE)))
    assert rows[-1], "empty page"
    return _summary(samples)


def _page_bare(db_path, where, sort=("updated_at", True)):
    offset = _offset(db_path, where)
    con = sqlite3.connect(str(db_path))
    sql = ("SELECT c.id, c.code, c.name, c.classification, c.industry, c.status, c.updated_at, s.display_name, "
           "s.username FROM customer c LEFT JOIN staff s ON s.id = c.owner_id WHERE c.status = 'active' "
           f"ORDER BY {ORDERS[sort]} LIMIT {PAGE} OFFSET ?")
    return _summary(_timed(lambda: con.execute(sql, (offset,)).fetchall()))


def page_first_ours(db_path, out, n_cards):
    return _page_ours(db_path, "first")


def page_first_bare(db_path, out, n_cards):
    return _page_bare(db_path, "first")


def page_middle_ours(db_path, out, n_cards):
    return _page_ours(db_path, "middle")


def page_middle_bare(db_path, out, n_cards):
    return _page_bare(db_path, "middle")


def page_last_ours(db_path, out, n_cards):
    return _page_ours(db_path, "last")


def page_last_bare(db_path, out, n_cards):
    return _page_bare(db_path, "last")


def page_name_first_ours(db_path, out, n_cards):   # 客户名称 by pinyin (issue 12)
    return _page_ours(db_path, "first", ("name", False))


def page_name_first_bare(db_path, out, n_cards):
    return _page_bare(db_path, "first", ("name", False))


def page_name_middle_ours(db_path, out, n_cards):
    return _page_ours(db_path, "middle", ("name", False))


def page_name_middle_bare(db_path, out, n_cards):
    return _page_bare(db_path, "middle", ("name", False))


def page_name_middle_desc_ours(db_path, out, n_cards):
    return _page_ours(db_path, "middle", ("name", True))


def page_name_middle_desc_bare(db_path, out, n_cards):
    return _page_bare(db_path, "middle", ("name", True))


SORTS = ("code", "name", "cls", "industry", "custodian", "status", "updated_at")
SORT_SQL = {"code": "c.code", "name": "c.name_sort", "cls": "c.classification", "industry": "c.industry",
            "custodian": "s.display_name", "status": "c.status", "updated_at": "c.updated_at"}
DEEP = 20   # the sorted-list cases time the first page and the one after DEEP pages
SORT_CASES = list(itertools.product(SORTS, ("active", None), (False, True)))   # sort, status, descending


def _sorts_ours(url, who):
    """Every sort of the list x 正常 / 全部 x both directions: the first page and the page after
    DEEP pages (keyset, as the scrolled list asks), for one account."""
    from models.archive import customer_list, customers
    from models.archive.customers import ListQuery
    from models.maintenance import opening

    opening.open_archive(str(url))
    actor = _actor(who)
    samples = []
    for sort, status, descending in SORT_CASES:
        q = ListQuery(sort=sort, status=status, descending=descending)
        after = None
        for _ in range(DEEP):   # (a small archive ends sooner: its last page then)
            page = customers.list_customers(actor, q, after=after, limit=PAGE)
            if len(page) < PAGE:
                break
            after = customer_list.sort_key(page[-1], q)
        samples += _timed(lambda q=q: customers.list_customers(actor, q, limit=PAGE), repeat=3)
        samples += _timed(lambda q=q, a=after: customers.list_customers(actor, q, after=a, limit=PAGE),
                          repeat=3)
    return {**_summary(samples), "max": max(samples)}


def _sorts_bare(url, who):
    """The same pages the old way: one SELECT … ORDER BY column, id LIMIT … OFFSET over what
    the account sees (the agent: their own cards; grants aside)."""
    con, mark, _ = _connect(url)
    owner = con.execute(f"SELECT id FROM staff WHERE username = {mark}", (who,)).fetchone()[0]
    samples = []
    for sort, status, descending in SORT_CASES:
        where = [f"c.owner_id = {owner}"] if who != "boss" else []
        where += ["c.status = 'active'"] if status else []
        direction = " DESC" if descending else ""
        sql = ("SELECT c.id, c.code, c.name, c.classification, c.industry, c.status, c.updated_at, "
               "s.display_name, s.username FROM customer c LEFT JOIN staff s ON s.id = c.owner_id "
               + (f"WHERE {' AND '.join(where)} " if where else "")
               + f"ORDER BY {SORT_SQL[sort]}{direction}, c.id{direction} LIMIT {PAGE} OFFSET {mark}")
        for offset in (0, DEEP * PAGE):
            samples += _timed(lambda sql=sql, o=offset: con.execute(sql, (o,)).fetchall(), repeat=3)
    return {**_summary(samples), "max": max(samples)}


def sorts_manager_ours(db_path, out, n_cards):
    return _sorts_ours(db_path, "boss")


def sorts_manager_bare(db_path, out, n_cards):
    return _sorts_bare(db_path, "boss")


def sorts_agent_ours(db_path, out, n_cards):
    return _sorts_ours(db_path, "agent01")


def sorts_agent_bare(db_path, out, n_cards):
    return _sorts_bare(db_path, "agent01")


def sorts_manager_pg_ours(db_path, out, n_cards):
    return _sorts_ours(PG_URL, "boss")


def sorts_manager_pg_bare(db_path, out, n_cards):
    return _sorts_bare(PG_URL, "boss")


def sorts_agent_pg_ours(db_path, out, n_cards):
    return _sorts_ours(PG_URL, "agent01")


def sorts_agent_pg_bare(db_path, out, n_cards):
    return _sorts_bare(PG_URL, "agent01")


def _wall(argv, env) -> list[float]:
    def once():
        proc = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"{argv} exited {proc.returncode}: {proc.stderr[-2000:]}")
    once()   # warm the OS file cache and the .pyc files
    return _timed(once)


def _installed_env(**extra) -> dict:
    """An installed program's environment: its .pyc files exist (this machine's sessions set
    PYTHONDONTWRITEBYTECODE, which would make every run compile every module)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def command_start_ours(db_path, out, n_cards):
    env = _installed_env(CLIENT_ARCHIVE_PASSWORD=BENCH_PASSWORD)
    return _summary(_wall([sys.executable, "main.py", "--db", str(db_path), "--user", "boss", "search", "华",
                           "--limit", "20"], env))


def command_start_bare(db_path, out, n_cards):
    """The floor: a bare interpreter plus the login's one argon2 check (default parameters)."""
    from argon2 import PasswordHasher

    stored = PasswordHasher().hash(BENCH_PASSWORD)
    code = f"from argon2 import PasswordHasher; PasswordHasher().verify({stored!r}, {BENCH_PASSWORD!r})"
    return _summary(_wall([sys.executable, "-c", code], _installed_env()))


def audit_verify_ours(db_path, out, n_cards):
    from models.maintenance import opening
    from models.rules import audit

    opening.open_archive(str(db_path))
    result = []
    samples = _timed(lambda: result.append(audit.verify()), repeat=min(3, REPEAT))
    assert result[-1].ok, result[-1].problem
    return {**_summary(samples), "entries": result[-1].checked}


def audit_verify_bare(db_path, out, n_cards):
    """The chain recomputed straight from the rows: the same JSON payload, SHA-256, links."""
    con = sqlite3.connect(str(db_path))

    def once():
        prev = "0" * 64
        for (prev_hash, at, actor_id, actor_name, machine, action, target_type, target_id, target_label,
             outcome, details, digest) in con.execute(
                "SELECT prev_hash, at, actor_id, actor_name, machine, action, target_type, target_id, "
                "target_label, outcome, details, hash FROM audit_entry ORDER BY id"):
            payload = json.dumps([prev_hash, at[:19].replace(" ", "T"), actor_id, actor_name, machine, action,
                                  target_type, target_id, target_label, outcome, details],
                                 ensure_ascii=False, separators=(",", ":"))
            if prev_hash != prev or hashlib.sha256(payload.encode("utf-8")).hexdigest() != digest:
                raise AssertionError("the bare loop disagrees with the chain")
            prev = digest
    return _summary(_timed(once, repeat=min(3, REPEAT)))


CASES = {name: fn for name, fn in globals().items()
         if callable(fn) and name.endswith(("_ours", "_bare")) and not name.startswith("_")}


STARTUP = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from models.drivers import load_peewee_quietly
load_peewee_quietly()                  # as main.py does first
from ui.app import Session, create_application
from models.maintenance import opening
app = create_application()
opening.open_archive({db!r})
session = Session()
session.start()                        # the sign-in dialog, as ui.app.run_app shows it
app.processEvents()
dialog = time.perf_counter() - t0
session.dialog.username.setText("boss")   # typed at once: the preloader has had no time
session.dialog.password.setText({password!r})
session.dialog.submit()
while session.window is None or session.window.model.rowCount() == 0:
    app.processEvents()
print(f"dialog {{dialog:.3f}}", file=sys.stderr)
print(time.perf_counter() - t0)
session.tasks.cancel_all(); session.tasks.wait(5000)
"""

STARTUP_BARE = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from argon2 import PasswordHasher
app = QApplication([])
PasswordHasher().verify({stored!r}, {password!r})
win = QMainWindow(); win.setCentralWidget(QTableView()); win.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def _in_process_seconds(code: str) -> list[float]:
    env = _installed_env(QT_QPA_PLATFORM="offscreen")
    out = []
    for _ in range(max(2, min(REPEAT, 3)) + 1):
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                              check=False)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-2000:])
        out.append(float(proc.stdout.strip().splitlines()[-1]))
    return out[1:]   # the first warms the file cache


def startup_ours(db_path, out, n_cards):
    """Desktop start to a shown main window with the list's first page, through the app's own
    flow: the sign-in dialog, the password (typed in no time, so the window's modules load
    after it rather than while it waits), the login's hash, the 今日 page and every menu."""
    return _summary(_in_process_seconds(STARTUP.format(root=str(ROOT), db=str(db_path), password=BENCH_PASSWORD)))


def startup_bare(db_path, out, n_cards):
    from argon2 import PasswordHasher

    stored = PasswordHasher().hash(BENCH_PASSWORD)
    return _summary(_in_process_seconds(STARTUP_BARE.format(stored=stored, password=BENCH_PASSWORD)))


CASES = {name: fn for name, fn in globals().items()
         if callable(fn) and name.endswith(("_ours", "_bare")) and not name.startswith("_")}
