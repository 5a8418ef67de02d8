"""The audit log: tamper evidence (as an attacker with the SQLite file would try), the
database refusing changes, no secrets in the log, the viewer's query and the Excel export."""
from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import zipfile

import peewee
import pytest
from openpyxl import load_workbook

from models.accounts import staff
from models.archive import contacts, customers, events
from models.foundation import db
from models.foundation.dto import AuditInfo
from models.foundation.errors import LoginFailed, PermissionDenied
from models.foundation.schema import AuditEntry
from models.maintenance import opening
from models.rules import audit, audit_checkpoint, audit_log, auth
from models.transfer.audit_export import export_audit
from tests.conftest import PASSWORD, make_user

COLUMNS = ("at", "actor_id", "actor_name", "machine", "action", "target_type", "target_id",
           "target_label", "outcome", "details", "prev_hash", "hash")


def _some_history(boss, n=4):
    for i in range(n):
        c = customers.create_customer(boss, {"name": f"测试客户{i}"})
        events.add_event(boss, c.code, {"event_date": "2026-01-05", "category": "回访", "title": f"回访{i}"})


@pytest.fixture
def tampered(sqlite_archive, sqlite_url):
    """(boss, sqlite3 connection with the append-only triggers dropped, ids in order)."""
    _some_history(sqlite_archive)
    assert audit.verify().ok
    con = sqlite3.connect(sqlite_url)
    con.execute("DROP TRIGGER audit_entry_no_update")
    con.execute("DROP TRIGGER audit_entry_no_delete")
    ids = [r[0] for r in con.execute("SELECT id FROM audit_entry ORDER BY id")]
    assert len(ids) >= 9
    yield sqlite_archive, con, ids
    con.close()


def cli_verify(db_url):
    from ui.cli import run
    out, err = io.StringIO(), io.StringIO()
    import os
    os.environ["CLIENT_ARCHIVE_PASSWORD"] = PASSWORD
    try:
        code = run(["--db", db_url, "--user", "boss", "audit", "verify"], stdout=out, stderr=err)
    finally:
        del os.environ["CLIENT_ARCHIVE_PASSWORD"]
        opening.open_archive(db_url)  # the CLI closes the connection it used
    return code, out.getvalue()


def assert_caught(sqlite_url, entry_id, words):
    res = audit.verify()
    assert not res.ok and res.bad_entry_id == entry_id, res
    assert words in res.problem
    code, out = cli_verify(sqlite_url)
    assert code == 1 and f"bad entry {entry_id}:" in out, out


def test_intact_chain_verifies(sqlite_archive, sqlite_url):
    _some_history(sqlite_archive)
    res = audit.verify()
    assert res.ok and res.checked == AuditEntry.select().count()
    code, out = cli_verify(sqlite_url)
    assert code == 0 and "chain intact" in out


def test_changed_field_is_named(tampered, sqlite_url):
    _, con, ids = tampered
    victim = ids[4]
    with con:
        con.execute("UPDATE audit_entry SET actor_name='someone' WHERE id=?", (victim,))
    assert_caught(sqlite_url, victim, "内容被修改")


def test_changed_outcome_in_details_is_named(tampered, sqlite_url):
    _, con, ids = tampered
    with con:
        con.execute("UPDATE audit_entry SET details='{}' WHERE id=?", (ids[3],))
    assert_caught(sqlite_url, ids[3], "内容被修改")


def test_deleted_entry_is_named_by_its_successor(tampered, sqlite_url):
    _, con, ids = tampered
    with con:
        con.execute("DELETE FROM audit_entry WHERE id=?", (ids[5],))
    assert_caught(sqlite_url, ids[6], "衔接不上")


def test_swapped_entries_are_caught(tampered, sqlite_url):
    _, con, ids = tampered
    a, b = ids[2], ids[6]
    cols = ", ".join(COLUMNS)
    row_a = con.execute(f"SELECT {cols} FROM audit_entry WHERE id=?", (a,)).fetchone()
    row_b = con.execute(f"SELECT {cols} FROM audit_entry WHERE id=?", (b,)).fetchone()
    sets = ", ".join(f"{c}=?" for c in COLUMNS)
    with con:
        con.execute("UPDATE audit_entry SET hash='x' WHERE id=?", (a,))  # unique column
        con.execute(f"UPDATE audit_entry SET {sets} WHERE id=?", (*row_a, b))
        con.execute(f"UPDATE audit_entry SET {sets} WHERE id=?", (*row_b, a))
    assert_caught(sqlite_url, a, "衔接不上")


def test_forged_entry_with_made_up_hash_is_caught(tampered, sqlite_url):
    _, con, ids = tampered
    last_hash = con.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
    with con:
        con.execute("INSERT INTO audit_entry (id, at, actor_id, actor_name, machine, action, target_type,"
                    " target_id, target_label, outcome, details, prev_hash, hash)"
                    " VALUES (?, '2026-01-01 00:00:00', 1, 'boss', 'pc', 'grant', 'customer', 1,"
                    " 'KH000001', 'allowed', '{}', ?, ?)", (ids[-1] + 1, last_hash, "f" * 64))
    assert_caught(sqlite_url, ids[-1] + 1, "内容被修改")


def test_forged_entry_with_correct_hash_inserted_in_the_middle_is_caught(tampered, sqlite_url):
    """An attacker who knows the algorithm shifts the later ids up and slips a well-hashed entry in."""
    _, con, ids = tampered
    k = ids[4]
    prev = con.execute("SELECT hash FROM audit_entry WHERE id=?", (k - 1,)).fetchone()[0]
    at = dt.datetime(2026, 1, 1, 8, 0, 0)
    fields = dict(at=at, actor_id=1, actor_name="boss", machine="pc", action="grant",
                  target_type="customer", target_id=1, target_label="KH000001", outcome="allowed",
                  details="{}")
    digest = audit._content_hash(prev, **fields)
    with con:
        for i in reversed(ids[3:]):
            if i >= k:
                con.execute("UPDATE audit_entry SET id=id+1 WHERE id=?", (i,))
        con.execute("INSERT INTO audit_entry (id, at, actor_id, actor_name, machine, action, target_type,"
                    " target_id, target_label, outcome, details, prev_hash, hash)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (k, at.strftime("%Y-%m-%d %H:%M:%S"), 1, "boss", "pc", "grant", "customer", 1,
                     "KH000001", "allowed", "{}", prev, digest))
    assert_caught(sqlite_url, k + 1, "衔接不上")


def test_truncated_tail_is_caught_even_after_new_entries_reuse_the_ids(tampered, sqlite_url):
    boss, con, ids = tampered
    head = audit.read_head()
    assert head[0] == ids[-1]
    with con:
        con.execute("DELETE FROM audit_entry WHERE id>=?", (ids[-3],))
    res = audit.verify()
    assert not res.ok and res.bad_entry_id == ids[-1] and "截断" in res.problem
    # the CLI's own login appends entries that reuse the cut ids: still caught, still named
    assert_caught(sqlite_url, ids[-1], "截断")
    _some_history(boss, 2)   # more writes must not move the external head past the break
    res = audit.verify()
    assert not res.ok and res.bad_entry_id == ids[-1]


def test_deleted_head_file_does_not_hide_a_truncation(tampered, sqlite_url):
    boss, con, ids = tampered
    with con:
        con.execute("DELETE FROM audit_entry WHERE id>=?", (ids[-2],))
    audit.head_path().unlink()
    _some_history(boss, 1)
    res = audit.verify()
    assert not res.ok and "摘要文件缺失" in res.problem
    assert res.bad_entry_id == AuditEntry.select(peewee.fn.MAX(AuditEntry.id)).scalar()
    code, out = cli_verify(sqlite_url)
    assert code == 1 and "摘要文件缺失" in out


def test_database_refuses_update_delete_truncate(archive):
    _some_history(archive, 1)
    n = AuditEntry.select().count()
    statements = ["UPDATE audit_entry SET actor_name = 'x'", "DELETE FROM audit_entry WHERE id = 1"]
    if db.is_postgres():
        statements.append("TRUNCATE audit_entry")
    for sql in statements:
        with pytest.raises(peewee.DatabaseError, match="append-only"), db.database.atomic():
            db.database.execute_sql(sql)
    assert AuditEntry.select().count() == n
    assert audit.verify().ok


def test_no_password_and_no_sensitive_value_reaches_the_log(people, tmp_path):
    boss, li = people["boss"], people["li"]
    planted_pw = "Planted-Pw-7731"
    make_user(boss, "wang", "agent")
    staff.change_password(li, PASSWORD, planted_pw)
    auth.login("li", planted_pw)
    with pytest.raises(LoginFailed):
        auth.login("li", "Planted-Wrong-4412")
    with pytest.raises(LoginFailed):
        auth.login("Planted-Wrong-4412", "x")  # a password typed into the name field is still a name
    c = customers.create_customer(li, {"name": "植入测试公司"})
    contact = contacts.add_contact(li, c.id, {
        "name": "张总", "birthday": (3, 14, 1957, False), "family": "PLANTED_FAMILY_两个孩子",
        "hobbies": "PLANTED_HOBBY_高尔夫", "personality": "PLANTED_PERS_谨慎",
        "relationships": "PLANTED_REL_商会"})
    contacts.update_contact(li, contact.id, contact.version, {
        "birthday": (4, 15, 1958, True), "hobbies": "PLANTED_HOBBY2_钓鱼"})
    customers.get_card(li, c.code, reveal_sensitive=True)
    export_audit(boss, tmp_path / "log.xlsx")
    text_cols = [AuditEntry.actor_name, AuditEntry.action, AuditEntry.target_label, AuditEntry.details]
    blob = "\n".join(" ".join(str(v) for v in row) for row in AuditEntry.select(*text_cols).tuples())
    for secret in (planted_pw, "Planted-Wrong", "PLANTED_", "1957", "1958", "03-14", "04-15",
                   '"month"', "高尔夫", "钓鱼"):
        assert secret not in blob, secret
    assert "未知账号 P…（18 字符）" in blob
    assert "login_failed" in blob and "update_contact" in blob and "reveal_sensitive" in blob


def test_query_filters_and_permission(people):
    boss, li = people["boss"], people["li"]
    c = customers.create_customer(li, {"name": "筛选测试"})
    with pytest.raises(PermissionDenied):
        customers.get_card(people["sales"], c.code)
    assert [e.action for e in audit_log.query(boss, customer_code=c.code)] == ["access_denied", "create_customer"]
    assert all(e.actor_name == "sales" for e in audit_log.query(boss, user="sales"))
    assert [e.target_label for e in audit_log.query(boss, action="拒绝访问")] == [c.code]
    today = dt.date.today()
    assert audit_log.count(boss, since=today) == AuditEntry.select().count()
    assert audit_log.count(boss, until=today - dt.timedelta(days=2)) == 0
    assert len(audit_log.query(people["it"], limit=3)) == 3       # the admin capability reads the log
    for who in ("li", "sales"):
        with pytest.raises(PermissionDenied):
            audit_log.query(people[who])
        with pytest.raises(PermissionDenied):
            audit_log.verify_as(people[who])


def test_excel_export_keeps_formula_like_text_as_text(people, tmp_path):
    boss = people["boss"]
    nasty = ['=HYPERLINK("http://evil/","x")', "@SUM(1+1)", "+1-2", "=cmd|' /C calc'!A0"]
    for i, code in enumerate(nasty):
        customers.create_customer(boss, {"name": f"=1+{i} 公司"}, code=code)
    minus = make_user(boss, "-34", "agent")
    customers.create_customer(minus, {"name": "负号用户的客户"})
    path = tmp_path / "审计.xlsx"
    result = export_audit(boss, path)
    assert result.rows == audit_log.count(boss) - 1   # the export's own entry comes after
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    ws = load_workbook(path).active
    values = [[cell.value for cell in row] for row in ws.iter_rows()]
    assert values[0][:3] == ["编号", "时间（UTC）", "用户"]
    assert set(nasty) <= {r[7] for r in values[1:]}
    assert "-34" in {r[2] for r in values[1:]}
    assert any('"name": "=1+0 公司"' in r[10] for r in values[1:])      # the raw JSON record
    assert any("名称：=1+0 公司" in r[9] for r in values[1:])             # and its reading
    last = audit_log.query(boss, limit=1)[0]
    assert last.action == "export_excel"
    assert json.loads(last.details)["sha256"] == result.sha256
    import hashlib
    assert hashlib.sha256(path.read_bytes()).hexdigest() == result.sha256


def test_excel_export_cancel_leaves_no_file(people, tmp_path):
    from exports.audit_xlsx import ExportCancelled, write_audit_xlsx
    (tmp_path / "out").mkdir()
    entries = [AuditInfo(i, dt.datetime(2026, 1, 1), "u", "m", "login", "登录", "", "", "allowed", "{}")
               for i in range(1200)]
    with pytest.raises(ExportCancelled):
        write_audit_xlsx(entries, tmp_path / "out" / "x.xlsx", is_cancelled=lambda: True)
    assert list((tmp_path / "out").iterdir()) == []


def test_details_read_as_chinese(people):
    from models.rules.audit_details import details_text

    boss, li = people["boss"], people["li"]
    card = customers.create_customer(boss, {"name": "审计可读公司", "phone": "021-1234"}, owner="li")
    customers.update_customer(li, card.id, card.version, {"phone": "021-5678", "industry": ""})
    texts = {e.action: details_text(e.details) for e in audit_log.query(boss, customer_code=card.code)}
    assert texts["update_customer"] == "电话：021-1234 → 021-5678"
    raw = '{"reason": "拜访", "scopes": ["view", "export"], "days": 7, "sensitive": false}'
    assert details_text(raw) == "理由：拜访；范围：查看、打印/导出；天数：7；含敏感信息：否"
    assert details_text("not json") == "not json"


# ---- the limits of the chain alone, and the checkpoint that closes them (issue 9.7) ------

def _rechain(con, from_id):
    """What an attacker who knows the algorithm does after a change: recompute every hash
    from `from_id` on and rewrite the head file to match."""
    cols = ", ".join(COLUMNS[:10])
    before = con.execute("SELECT hash FROM audit_entry WHERE id<? ORDER BY id DESC LIMIT 1",
                         (from_id,)).fetchone()
    prev = before[0] if before else audit.GENESIS
    rows = con.execute(f"SELECT id, {cols} FROM audit_entry WHERE id>=? ORDER BY id", (from_id,)).fetchall()
    with con:
        for row in rows:
            at = dt.datetime.strptime(row[1][:19], "%Y-%m-%d %H:%M:%S")
            digest = audit._content_hash(prev, at, *row[2:])
            con.execute("UPDATE audit_entry SET prev_hash=?, hash=? WHERE id=?", (prev, digest, row[0]))
            prev = digest
    audit.head_path().write_text(f"{rows[-1][0]} {prev}\n", encoding="ascii")


def _checkpoint_caught(cp, words):
    res = audit_checkpoint.verify_against(cp)
    assert not res.ok and words in res.problem, res
    return res


def test_forged_entry_appended_with_a_recomputed_chain(tampered):
    """Not caught by the chain alone (documented limit); caught with a checkpoint when it
    claims a time before the checkpoint was taken."""
    boss, con, ids = tampered
    cp = audit_checkpoint.take(boss)
    last_id, last_hash = con.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    at = cp.taken_at - dt.timedelta(days=3)   # "the manager approved this last week"
    fields = dict(at=at, actor_id=boss.id, actor_name="boss", machine="pc", action="approve_request",
                  target_type="customer", target_id=1, target_label="KH000001", outcome="allowed",
                  details='{"grantee": "li"}')
    digest = audit._content_hash(last_hash, **fields)
    with con:
        con.execute(f"INSERT INTO audit_entry (id, {', '.join(COLUMNS)}) VALUES ({', '.join('?' * 13)})",
                    (last_id + 1, at.strftime("%Y-%m-%d %H:%M:%S"), *list(fields.values())[1:],
                     last_hash, digest))
    audit.head_path().write_text(f"{last_id + 1} {digest}\n", encoding="ascii")
    assert audit.verify().ok                                  # the limit of the chain alone
    res = _checkpoint_caught(cp, "时间却早于检查点")
    assert res.bad_entry_id == last_id + 1


def test_middle_entry_changed_with_the_chain_and_head_rewritten(tampered):
    boss, con, ids = tampered
    cp = audit_checkpoint.take(boss)
    with con:
        con.execute("UPDATE audit_entry SET actor_name='zhao' WHERE id=?", (ids[3],))
    _rechain(con, ids[3])
    assert audit.verify().ok                                  # the limit of the chain alone
    res = _checkpoint_caught(cp, f"检查点第 {cp.entry_id} 条记录的摘要与库中不符：该记录之前的日志已被改写")
    assert res.bad_entry_id == cp.entry_id


def test_database_rolled_back_together_with_its_head(tampered, sqlite_url, tmp_path):
    boss, con, ids = tampered
    old_db, old_head = tmp_path / "yesterday.db", audit.head_path().read_bytes()
    dst = sqlite3.connect(old_db)
    con.backup(dst)
    dst.close()
    _some_history(boss, 3)
    cp = audit_checkpoint.take(boss)
    db.close_database()
    con.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"archive.db{suffix}").unlink(missing_ok=True)
    old_db.replace(sqlite_url)
    audit_head = tmp_path / "archive.db.audit-head"
    audit_head.write_bytes(old_head)
    opening.open_archive(sqlite_url)
    assert audit.verify().ok                                  # the limit of the chain alone
    res = _checkpoint_caught(cp, f"日志只有 {len(ids)} 条，少于检查点记录的 {cp.entries} 条：数据库可能被回滚")
    assert res.bad_entry_id == cp.entry_id
