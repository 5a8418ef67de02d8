"""The customer-value command-line contract (issue #16): names, columns, exit codes."""
from __future__ import annotations

import datetime as dt

import openpyxl

from tests.conftest import PASSWORD


def _setup(cli, monkeypatch, db_url):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部").code == 0
    big = cli("--user", "li", "customer", "add", "--name", "杭州明达贸易有限公司", "--phone", "0571-88886666",
              "--credit-code", "91350100M000100Y43").out.strip()
    small = cli("--user", "boss", "customer", "add", "--name", "宁波小店").out.strip()
    from models.archive import contacts
    from models.foundation import db
    from models.foundation.schema import Customer
    from models.maintenance import opening
    from models.rules import auth

    opening.open_archive(db_url)
    boss = auth.login("boss", PASSWORD)
    recent = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    contacts.add_project(boss, Customer.get(Customer.code == big).id, {"name": "仓储系统", "started_on": recent, "amount": "860000"})
    contacts.add_project(boss, Customer.get(Customer.code == small).id, {"name": "小单", "started_on": recent, "amount": "1000"})
    db.close_database()
    return big, small


def test_credit_code_is_checked_and_duplicates_warned(cli, monkeypatch, db_url):
    big, _ = _setup(cli, monkeypatch, db_url)
    res = cli("--user", "boss", "customer", "add", "--name", "坏代码", "--credit-code", "91350100M000100Y44")
    assert res.code == 1 and "校验位不符" in res.err and "Traceback" not in res.err
    res = cli("--user", "boss", "customer", "add", "--name", "杭州明达贸易（分公司）")
    assert res.code == 0 and f"可能与已有客户重复（名称相同）：{big}" in res.err
    dup = res.out.strip()
    assert "统一社会信用代码：91350100M000100Y43" in cli("--user", "li", "show", big).out
    res = cli("--user", "boss", "duplicates")
    assert res.out.startswith("名称相同：杭州明达贸易") and big in res.out and dup in res.out
    assert cli("--user", "li", "merge", dup, "--into", big).code == 3
    res = cli("--user", "boss", "merge", dup, "--into", big)
    assert res.code == 0, res
    assert "已合并到" in cli("--user", "boss", "show", dup).out
    assert f"合并客户 {dup}" in cli("--user", "boss", "show", big).out
    assert cli("--user", "boss", "duplicates").out == ""


def test_classify_and_pareto(cli, monkeypatch, tmp_path, db_url):
    big, small = _setup(cli, monkeypatch, db_url)
    res = cli("--user", "boss", "classify", "suggest")
    assert res.code == 0, res
    lines = [line.split("\t") for line in res.out.splitlines()]
    assert lines[0][:3] == [big, "C", "A"] and lines[0][3].startswith("近12个月合作金额 ¥86.0万")
    assert cli("--user", "li", "classify", "suggest").code == 3
    assert cli("--user", "boss", "classify", "suggest", "--apply").code == 0
    assert cli("--user", "boss", "classify", "suggest").out == ""
    assert cli("--user", "li", "classify", "set", big, "--class", "B", "--reason", "x").code == 3
    assert cli("--user", "boss", "classify", "set", big, "--class", "B", "--reason", "观察").code == 0
    hist = [line.split("\t") for line in cli("--user", "li", "classify", "history", big).out.splitlines()]
    assert [h[1:] for h in hist][-1] == ["A", "B", "boss", "观察"]
    res = cli("--user", "boss", "pareto")
    out = res.out.splitlines()
    assert out[0] == "前 50% 的客户贡献了 99% 的合作金额", out   # 1 of 2 active customers
    assert out[1].split("\t") == ["1", big, "杭州明达贸易有限公司", "860000.00", "99.9"]
    res = cli("--user", "li", "pareto")                  # li sees only her own card
    assert res.out.splitlines()[1:] == [f"1\t{big}\t杭州明达贸易有限公司\t860000.00\t100.0"]
    xlsx = tmp_path / "p.xlsx"
    assert cli("--user", "boss", "pareto", "--out", str(xlsx)).code == 0
    ws = openpyxl.load_workbook(xlsx)["二八分析"]
    assert len(ws._charts) == 1 and ws["A1"].value == out[0]
    pdf = tmp_path / "p.pdf"
    assert cli("--user", "boss", "pareto", "--out", str(pdf)).code == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_plans(cli, monkeypatch, db_url):
    big, small = _setup(cli, monkeypatch, db_url)
    plan = cli("--user", "li", "plan", "add", big, "--goal", "成为长期合作客户").out.strip()
    assert plan.isdigit()
    res = cli("--user", "li", "plan", "step", plan, "--title", "拜访总经理", "--due", "2020-01-02",
              "--channel", "拜访")
    assert res.code == 0, res
    rows = cli("--user", "li", "plans", "--overdue").out.splitlines()
    assert rows == [f"{plan}\t{big}\t杭州明达贸易有限公司\tC\t成为长期合作客户\t1\t1\t1"]
    assert "【培育·拜访】拜访总经理" in cli("--user", "li", "tasks").out
