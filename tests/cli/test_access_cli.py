"""The access commands' contract: directory, request/approve/reject/grant/revoke, report,
audit verify/list/export — output formats and exit codes (3 = denied, and audited)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def office(cli, monkeypatch):
    """boss (manager/admin), li (agent, custodian of one customer), sales (staff), it (admin)."""
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    for name, role, dept, extra in (("li", "agent", "客服部", []), ("sales", "staff", "销售部", []),
                                    ("it", "staff", "信息部", ["--admin"])):
        assert cli("--user", "boss", "user", "add", name, "--role", role, "--dept", dept,
                   "--display-name", name.upper(), *extra).code == 0
    res = cli("--user", "boss", "customer", "add", "--name", "杭州张记贸易有限公司", "--owner", "li",
              "--class", "A")
    assert res.code == 0, res
    return res.out.strip()


def test_request_approve_show_revoke(cli, office):
    code = office
    res = cli("--user", "sales", "directory", "张记")
    assert res.out.splitlines() == [f"{code}\t杭州张记贸易有限公司\tA\tLI"]
    assert cli("--user", "sales", "show", code).code == 3
    res = cli("--user", "sales", "request", code, "--reason", "下周拜访", "--scope", "view,sensitive")
    assert res.code == 0, res
    rid = res.out.strip()
    assert rid.isdigit()
    res = cli("--user", "sales", "request", code, "--reason", "再来一次")
    assert res.code == 1 and "待审批" in res.err
    pending = cli("--user", "boss", "requests", "--pending").out.splitlines()
    assert len(pending) == 1 and pending[0].split("\t")[:5] == [rid, code, "sales", "view,sensitive", "待审批"]
    assert cli("--user", "sales", "approve", rid, "--days", "3").code == 3
    res = cli("--user", "boss", "approve", rid, "--days", "91")
    assert res.code == 1 and "1 到 90" in res.err
    res = cli("--user", "boss", "approve", rid, "--days", "3")
    assert res.code == 0 and "grant" in res.out
    assert cli("--user", "boss", "requests", "--pending").out == ""
    shown = cli("--user", "sales", "show", code, "--reveal")
    assert shown.code == 0 and "杭州张记贸易有限公司" in shown.out
    assert cli("--user", "sales", "search", "张记").out.startswith(code)
    grants = cli("--user", "boss", "grants").out.splitlines()
    gid = grants[0].split("\t")[0]
    assert grants[0].split("\t")[1:4] == [code, "sales", "view,sensitive"]
    assert cli("--user", "boss", "revoke", gid).code == 0
    assert cli("--user", "sales", "show", code).code == 3
    assert cli("--user", "sales", "search", "张记").out == ""
    listed = cli("--user", "boss", "audit", "list", "--customer", code, "--user", "sales").out
    actions = [line.split("\t")[3] for line in listed.splitlines()]
    assert actions.count("access_denied") == 3 and "request_access" in actions


def test_reject_and_grant(cli, office):
    code = office
    rid = cli("--user", "sales", "request", code, "--reason", "了解一下").out.strip()
    res = cli("--user", "boss", "reject", rid, "--reason", "")
    assert res.code == 1 and "拒绝理由" in res.err
    assert cli("--user", "boss", "reject", rid, "--reason", "无业务往来").code == 0
    line = cli("--user", "sales", "requests").out.splitlines()[0]
    assert "已拒绝" in line
    res = cli("--user", "boss", "grant", code, "--to", "sales", "--scope", "edit", "--days", "7")
    assert res.code == 0 and res.out.strip().isdigit()
    res = cli("--user", "boss", "grant", code, "--to", "sales", "--scope", "delete", "--days", "7")
    assert res.code == 1 and "未知的权限范围" in res.err
    assert cli("--user", "li", "grant", code, "--to", "sales", "--days", "7").code == 3
    assert cli("--user", "sales", "grant", code, "--to", "sales", "--days", "7").code == 3
    assert cli("--user", "boss", "revoke", "0").code == 2
    assert cli("--user", "boss", "revoke", "999").code == 1


def test_report_is_write_only(cli, office):
    code = office
    res = cli("--user", "sales", "report", code, "--date", "2026-03-01", "--category", "合作契机",
              "--title", "对方计划开分店", "--content", "三月在成都")
    assert res.code == 0 and res.out.strip().isdigit()
    assert cli("--user", "sales", "show", code).code == 3
    assert "对方计划开分店" in cli("--user", "li", "show", code).out
    assert cli("--user", "it", "report", code, "--date", "2026-03-01", "--category", "其他",
               "--title", "x").code == 0   # the IT account is a staff member too


def test_audit_needs_manager_or_admin(cli, office):
    for who in ("li", "sales"):
        assert cli("--user", who, "audit", "verify").code == 3
        assert cli("--user", who, "audit", "list").code == 3
    assert cli("--user", "it", "audit", "verify").code == 0
    res = cli("--user", "boss", "audit", "list", "--action", "拒绝访问")
    assert res.code == 0
    assert [line.split("\t")[2] for line in res.out.splitlines()] == ["sales", "sales", "li", "li"]
    assert cli("--user", "boss", "audit", "list", "--since", "2000-01-01", "--limit", "2").out.count("\n") == 2
    assert cli("--user", "boss", "audit", "list", "--until", "2000-01-01").out == ""
    assert cli("--user", "boss", "audit", "list", "--since", "昨天").code == 1


def test_audit_export(cli, office, tmp_path):
    path = tmp_path / "log.xlsx"
    res = cli("--user", "boss", "audit", "export", str(path), "--user", "boss")
    assert res.code == 0 and path.exists() and "sha256" in res.out


def test_audit_verify_subprocess_names_the_changed_entry(cli, office, db_url, tmp_path):
    if db_url.startswith("postgres"):
        db_path = None
    else:
        db_path = db_url
    env = {**os.environ, "CLIENT_ARCHIVE_PASSWORD": PASSWORD,
           "XDG_CONFIG_HOME": os.environ.get("XDG_CONFIG_HOME", ""),
           "XDG_DATA_HOME": os.environ.get("XDG_DATA_HOME", "")}
    cmd = [sys.executable, str(ROOT / "main.py"), "--db", db_url, "--user", "boss", "audit", "verify"]
    ok = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert ok.returncode == 0 and "chain intact" in ok.stdout, ok
    if db_path is None:
        return   # PostgreSQL refuses the change itself (tests/unit/test_audit.py)
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER audit_entry_no_update")
    with con:
        con.execute("UPDATE audit_entry SET outcome='allowed' WHERE action='login' AND id=5")
        con.execute("UPDATE audit_entry SET actor_name='nobody' WHERE id=5")
    con.close()
    bad = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert bad.returncode == 1 and bad.stdout.startswith("bad entry 5:"), bad


CHECKPOINT_PREFIX = "client-archive-checkpoint v1 "


def test_audit_checkpoint_and_verify_against_it(cli, office, tmp_path):
    path = tmp_path / "检查点-1.txt"
    res = cli("--user", "boss", "audit", "checkpoint", "--out", str(path))
    assert res.code == 0, res
    lines = res.out.splitlines()
    assert lines[0] == "审计日志检查点" and lines[-1].startswith(CHECKPOINT_PREFIX)
    assert sum(line.startswith(CHECKPOINT_PREFIX) for line in lines) == 1
    assert path.read_text(encoding="utf-8").splitlines()[-1] == lines[-1]
    again = cli("--user", "boss", "audit", "checkpoint", "--out", str(path))
    assert again.code == 1 and "已存在" in again.err                  # an earlier anchor is kept
    assert cli("--user", "boss", "report", office, "--date", "2026-03-01", "--category", "其他",
               "--title", "之后的事项").code == 0
    res = cli("--user", "it", "audit", "verify", "--checkpoint", str(path))
    assert res.code == 0 and "chain intact" in res.out and "checkpoint" in res.out, res
    for args in (("checkpoint",), ("verify", "--checkpoint", str(path))):
        assert cli("--user", "li", "audit", *args).code == 3
    listed = cli("--user", "boss", "audit", "list", "--action", "audit_checkpoint").out.splitlines()
    assert len(listed) == 1 and listed[0].split("\t")[2] == "boss"
    res = cli("--user", "boss", "audit", "checkpoint")               # printing alone is fine
    assert res.code == 0 and res.out.splitlines()[-1].startswith(CHECKPOINT_PREFIX)


def test_malformed_checkpoint_file_is_one_line_not_a_traceback(cli, office, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(CHECKPOINT_PREFIX + "id=twelve entries=1", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path in (bad, empty, tmp_path / "missing.txt", tmp_path):
        res = cli("--user", "boss", "audit", "verify", "--checkpoint", str(path))
        assert res.code == 1 and res.out == "", res
        assert res.err.startswith("error: 检查点") and len(res.err.splitlines()) == 1, res


def test_audit_export_prints_its_checkpoint(cli, office, tmp_path):
    path = tmp_path / "log.xlsx"
    res = cli("--user", "boss", "audit", "export", str(path))
    assert res.code == 0, res
    line = res.out.splitlines()[-1]
    assert line.startswith(CHECKPOINT_PREFIX)
    saved = tmp_path / "from-export.txt"
    saved.write_text(line + "\n", encoding="utf-8")
    assert cli("--user", "boss", "audit", "verify", "--checkpoint", str(saved)).code == 0


def _sqlite_only(db_url):
    if db_url.startswith("postgres"):
        pytest.skip("works on the SQLite file; PostgreSQL is covered in tests/unit/test_audit_checkpoint.py")


def test_rollback_with_its_head_is_caught_only_with_a_checkpoint(cli, office, db_url, tmp_path):
    _sqlite_only(db_url)
    import shutil

    db_file, head_file = Path(db_url), Path(db_url + ".audit-head")
    shutil.copyfile(db_file, tmp_path / "old.db")
    shutil.copyfile(head_file, tmp_path / "old.head")
    for i in range(3):
        assert cli("--user", "boss", "customer", "add", "--name", f"回滚前客户{i}").code == 0
    cp = tmp_path / "cp.txt"
    assert cli("--user", "boss", "audit", "checkpoint", "--out", str(cp)).code == 0
    shutil.copyfile(tmp_path / "old.db", db_file)         # yesterday's copy, with its head
    shutil.copyfile(tmp_path / "old.head", head_file)
    assert cli("--user", "boss", "audit", "verify").code == 0       # the chain alone cannot tell
    res = cli("--user", "boss", "audit", "verify", "--checkpoint", str(cp))
    assert res.code == 1 and "数据库可能被回滚" in res.out, res


def test_init_over_an_old_head_sets_it_aside_and_logs_it(cli, office, db_url, tmp_path):
    _sqlite_only(db_url)
    db_file = Path(db_url)
    old_head = Path(db_url + ".audit-head").read_text(encoding="ascii")
    for suffix in ("", "-wal", "-shm"):
        Path(db_url + suffix).unlink(missing_ok=True)
    res = cli("init", "--admin", "wang")
    assert res.code == 0, res
    assert res.err.startswith("warning: ") and len(res.err.splitlines()) == 1
    aside = list(tmp_path.glob(db_file.name + ".audit-head.old-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="ascii") == old_head
    assert aside[0].name in res.err and f"第 {old_head.split()[0]} 条" in res.err
    assert cli("--user", "wang", "audit", "verify").code == 0
    listed = cli("--user", "wang", "audit", "list", "--action", "audit_head_reset").out.splitlines()
    assert len(listed) == 1 and aside[0].name in listed[0]
    assert cli("init", "--admin", "wang").code == 1                  # once initialised, init refuses
