"""The archive core's command-line contract: output formats and exit codes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent.parent


def test_init_twice_is_refused(cli):
    res = cli("init", "--admin", "other")
    assert res.code == 1 and "already initialised" in res.out


def test_customer_add_show_event_search(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部",
               "--display-name", "李客服").code == 0
    res = cli("--user", "li", "customer", "add", "--name", "杭州张记贸易有限公司", "--class", "A",
              "--industry", "贸易", "--phone", "0571-8888 1234")
    assert res.code == 0, res
    code = res.out.strip()
    assert code.startswith("KH")
    res = cli("--user", "li", "event", "add", code, "--date", "2024-05-01", "--category", "分店成立",
              "--title", "杭州分店开业", "--content", "邀请参加开业典礼")
    assert res.code == 0, res
    shown = cli("--user", "li", "show", code).out
    page1, page2 = shown.split("第二页")
    assert "杭州张记贸易有限公司" in page1 and "A 重要客户" in page1 and "李客服" in page1
    assert "杭州分店开业" in page2 and "[分店成立]" in page2 and "记录人：李客服" in page2
    res = cli("--user", "li", "search", "贸易")
    assert res.out.splitlines() == [f"{code}\t杭州张记贸易有限公司\tA\t李客服"]
    assert cli("--user", "li", "search", "张").out.startswith(code)


def test_exit_codes(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部")
    cli("--user", "boss", "user", "add", "zhao", "--role", "agent", "--dept", "客服部")
    code = cli("--user", "li", "customer", "add", "--name", "甲公司").out.strip()
    # 3: permission denied (another agent's card), and it is audited
    res = cli("--user", "zhao", "show", code)
    assert res.code == 3 and "权限不足" in res.err
    # 4: wrong password
    assert cli("--user", "zhao", "show", code, password="wrong-pass-1").code == 4
    # 2: usage
    assert cli("--user", "li", "event", "add", code, "--date", "2024-01-01").code == 2
    # 1: bad input, with a one-line reason, nothing written
    res = cli("--user", "li", "event", "add", code, "--date", "2024-02-30", "--category", "回访",
              "--title", "x")
    assert res.code == 1 and res.err.count("\n") == 1 and "不是有效日期" in res.err
    assert "（暂无记录）" in cli("--user", "li", "show", code).out
    # 1: unknown customer
    assert cli("--user", "li", "show", "KH999999").code == 1
    # staff accounts cannot add customers
    cli("--user", "boss", "user", "add", "sales", "--role", "staff", "--dept", "销售部")
    assert cli("--user", "sales", "customer", "add", "--name", "乙公司").code == 3


def test_user_add_needs_admin_and_list_shows_roles(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部").code == 0
    assert cli("--user", "li", "user", "add", "x2", "--role", "agent", "--dept", "客服部").code == 3
    res = cli("--user", "boss", "user", "list")
    lines = [line.split("\t") for line in res.out.splitlines()]
    # an admin also sees custody and lockouts, in columns appended after the six
    assert ["boss", "boss", "客服主管", "admin", "客服部", "在职", "0 customers", "-"] in lines
    assert any(line[0] == "li" and line[2] == "客服专员" for line in lines)
    # weak password refused with a clear reason
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", "123")
    res = cli("--user", "boss", "user", "add", "weak", "--role", "agent", "--dept", "客服部")
    assert res.code == 1 and "密码" in res.err


def test_demo_is_reproducible_by_seed(cli, tmp_path):
    assert cli("--user", "boss", "demo", "--customers", "20", "--agents", "2", "--seed", "7").code == 0
    first = cli("--user", "boss", "search", "KH").out
    assert len(first.splitlines()) == 20
    import io

    from ui.cli import run

    other = str(tmp_path / "second.db")
    out = io.StringIO()
    run(["--db", other, "init", "--admin", "boss"], stdout=out, stderr=out)
    run(["--db", other, "--user", "boss", "demo", "--customers", "20", "--agents", "2", "--seed", "7"],
        stdout=out, stderr=out)
    second = io.StringIO()
    run(["--db", other, "--user", "boss", "search", "KH"], stdout=second, stderr=out)
    assert [line.split("\t")[1] for line in second.getvalue().splitlines()] == \
           [line.split("\t")[1] for line in first.splitlines()]


@pytest.mark.parametrize("argv, code", [(["--help"], 0), (["search"], 2), (["frobnicate"], 2)])
def test_command_line_needs_no_display_and_no_qt(tmp_path, argv, code):
    env = dict(os.environ, CLIENT_ARCHIVE_DB=str(tmp_path / "a.db"), QT_QPA_PLATFORM="none-such")
    proc = subprocess.run([sys.executable, "-X", "importtime", "main.py", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == code
    assert "PySide6" not in proc.stderr  # -X importtime lists every module imported


def test_missing_database_is_a_clear_error(tmp_path):
    env = dict(os.environ, CLIENT_ARCHIVE_PASSWORD=PASSWORD)
    proc = subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "none.db"), "--user", "boss",
                           "search", "x"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "这里还没有档案" in proc.stderr and "init" in proc.stderr
    assert not (tmp_path / "none.db").exists()
