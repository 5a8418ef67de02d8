"""The handover command line: one-go handover, confirm in both option orders, list, print."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent.parent


def _setup(cli, monkeypatch, customers=4):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    for name, role, dept in (("li", "agent", "客服部"), ("zhao", "agent", "客服部"),
                             ("wu", "agent", "客服部"), ("sales", "staff", "销售部")):
        assert cli("--user", "boss", "user", "add", name, "--role", role, "--dept", dept,
                   "--display-name", {"li": "李客服", "zhao": "赵客服", "wu": "吴客服",
                                      "sales": "孙业务"}[name]).code == 0
    codes = []
    for i in range(customers):
        res = cli("--user", "boss", "customer", "add", "--name", f"李客服的客户{i}", "--owner", "li")
        assert res.code == 0, res
        codes.append(res.out.strip())
    return codes


def test_handover_in_one_go_then_confirm_in_both_orders(cli, monkeypatch, tmp_path):
    codes = _setup(cli, monkeypatch)
    out_pdf = tmp_path / "交接单.pdf"
    res = cli("--user", "boss", "handover", "--from", "li", "--to", "zhao,wu", "--record", str(out_pdf))
    assert res.code == 0, res
    assert "JJ000001" in res.out and "4 位客户已移交" in res.out
    lines = [line.split("\t") for line in res.out.splitlines() if line.startswith("  ")]
    assert {(cols[0].strip(), cols[2]) for cols in lines} == {("zhao", "2"), ("wu", "2")}
    text = "".join(page.extract_text() for page in PdfReader(out_pdf).pages)
    assert "客户档案交接单" in text and "JJ000001" in text and codes[0] in text

    # the leaver is locked out
    res = cli("--user", "li", "search", "客户")
    assert res.code == 4 and "冻结" in res.err

    # a stranger cannot confirm; receivers confirm with --user before or after the command
    assert cli("--user", "sales", "handover", "confirm", "1").code == 3
    res = cli("handover", "confirm", "1", "--user", "zhao")
    assert res.code == 0, res
    assert "您已确认 2 / 2" in res.out and "待接收确认" in res.out
    res = cli("handovers", "--open", "--user", "boss")
    assert res.code == 0 and "2/4" in res.out and "JJ000001" in res.out
    wu_code = next(c for c in codes if c not in _owned(cli, "zhao"))
    res = cli("--user", "wu", "handover", "confirm", "JJ000001", "--customer", wu_code)
    assert res.code == 0 and "您已确认 1 / 2" in res.out
    res = cli("--user", "wu", "handover", "confirm", "1")
    assert res.code == 0 and "交接完成" in res.out and "已标记为离职" in res.out
    assert cli("--user", "boss", "handovers", "--open").out.strip() == "没有未完成的交接"
    users = cli("--user", "boss", "user", "list").out
    assert any(row.startswith("li\t") and "离职" in row for row in users.splitlines())

    # re-print reflects the confirmations
    again = tmp_path / "again.pdf"
    assert cli("--user", "boss", "handover", "print", "1", "--record", str(again)).code == 0
    text = "".join(page.extract_text() for page in PdfReader(again).pages)
    assert "已完成" in text and "未确认" not in text


def _owned(cli, user):
    return {line.split("\t")[0] for line in cli("--user", user, "search", "客户").out.splitlines()}


def test_bad_arguments_and_bad_receivers_change_nothing(cli, monkeypatch):
    _setup(cli, monkeypatch, customers=2)
    assert cli("--user", "boss", "handover").code == 2
    assert cli("--user", "boss", "handover", "confirm", "abc").code == 2
    res = cli("--user", "boss", "handover", "--from", "li", "--to", "sales")
    assert res.code == 1 and "不能接收客户" in res.err
    res = cli("--user", "boss", "handover", "--from", "li", "--to", "zhao,wu", "--split", "single")
    assert res.code == 1 and "只能选择一位" in res.err
    # nothing was started: li still works, no handover exists
    assert cli("--user", "li", "search", "客户").code == 0
    assert cli("--user", "boss", "handovers").out.strip() == "没有交接记录"
    assert cli("--user", "li", "handover", "--from", "zhao", "--to", "wu").code == 3


def test_an_admin_only_account_runs_no_handover_step(cli, monkeypatch):
    _setup(cli, monkeypatch, customers=1)
    assert cli("--user", "boss", "user", "add", "it", "--role", "staff", "--admin", "--dept", "信息部").code == 0
    res = cli("--user", "it", "handover", "--from", "li", "--to", "zhao")
    assert res.code == 3 and "客服主管" in res.err
    assert cli("--user", "li", "search", "客户").code == 0          # nothing was started
    assert cli("--user", "boss", "handover", "--from", "li", "--to", "zhao").code == 0
    assert cli("--user", "it", "handovers").code == 3
    assert cli("--user", "it", "handover", "print", "1", "--record", "x.pdf").code == 3


def test_staff_leaver_completes_at_once(cli, monkeypatch):
    _setup(cli, monkeypatch, customers=0)
    res = cli("--user", "boss", "handover", "--from", "sales", "--to", "zhao")
    assert res.code == 0, res
    assert "0 位客户已移交" in res.out and "账号已标记为离职" in res.out
    assert cli("--user", "sales", "search", "x").code == 4


def test_handover_runs_as_a_separate_process(tmp_path):
    env = {**os.environ, "CLIENT_ARCHIVE_PASSWORD": PASSWORD, "CLIENT_ARCHIVE_NEW_PASSWORD": PASSWORD,
           "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    db = str(tmp_path / "a.db")

    def run(*argv):
        # main.py with the tests' cheap hashing: this run creates three accounts
        fast_main = ROOT / "tests" / "helpers" / "fast_main.py"
        return subprocess.run([sys.executable, str(fast_main), "--db", db, *argv],
                              capture_output=True, text=True, env=env, timeout=120)

    assert run("init", "--admin", "boss").returncode == 0
    for name in ("li", "zhao"):
        assert run("--user", "boss", "user", "add", name, "--role", "agent", "--dept", "客服部").returncode == 0
    assert run("--user", "boss", "customer", "add", "--name", "测试客户", "--owner", "li").returncode == 0
    res = run("--user", "boss", "handover", "--from", "li", "--to", "zhao")
    assert res.returncode == 0, res.stderr
    assert "zhao" in res.stdout and "1 位客户已移交" in res.stdout
