"""The daily desk's command-line contract (issue #11): columns, options and exit codes."""
from __future__ import annotations

import pytest

from tests.conftest import PASSWORD


@pytest.fixture
def agent(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    for name in ("li", "zhao"):
        assert cli("--user", "boss", "user", "add", name, "--role", "agent", "--dept", "客服部").code == 0
    code = cli("--user", "li", "customer", "add", "--name", "杭州明达贸易有限公司", "--class", "A").out.strip()
    return code


def test_today_lists_birthdays_anniversaries_festivals_and_tasks(cli, agent):
    code = agent
    res = cli("--user", "li", "contact", "add", code, "--name", "张伟", "--primary", "--title", "总经理",
              "--mobile", "13800138000", "--birthday", "农历冬月初五", "--family", "已婚")
    assert res.code == 0 and res.out.strip().isdigit(), res
    assert cli("--user", "li", "contact", "add", code, "--name", "王五", "--birthday", "闰四月初八").code == 0
    res = cli("--user", "li", "project", "add", code, "--name", "仓储系统", "--start", "2021-12-10",
              "--amount", "86000")
    assert res.code == 0 and res.out.strip().isdigit(), res
    res = cli("--user", "li", "task", "add", code, "--title", "回访新店", "--due", "2026-11-28")
    task_id = res.out.strip()
    assert res.code == 0 and task_id.isdigit(), res
    res = cli("--user", "li", "today", "--date", "2026-12-01", "--days", "30")
    assert res.code == 0, res
    lines = [line.split("\t") for line in res.out.splitlines()]
    assert all(len(cols) == 5 for cols in lines)
    assert ["2026-11-28", "task", code, "杭州明达贸易有限公司", "回访新店（逾期 3 天）"] in lines
    assert ["2026-12-10", "anniversary", code, "杭州明达贸易有限公司", "合作纪念日：首次合作纪念日"] in lines
    assert ["2026-12-13", "birthday", code, "杭州明达贸易有限公司", "张伟 生日（农历冬月初五），12月13日"] in lines
    assert ["2026-12-22", "festival", "", "", "冬至：需问候 1 位客户（A 1）"] in lines
    assert "2027 年的法定节假日安排尚未录入" in res.err
    # the other agent sees none of it
    assert cli("--user", "zhao", "today", "--date", "2026-12-01", "--days", "30").out == ""
    res = cli("--user", "li", "show", code, "--reveal")
    assert "农历冬月初五" in res.out and "农历闰四月初八" in res.out


def test_tasks_and_done(cli, agent):
    code = agent
    task_id = cli("--user", "li", "task", "add", code, "--title", "寄样品", "--due", "2026-11-28",
                  "--note", "两箱").out.strip()
    res = cli("--user", "li", "tasks", "--open", "--date", "2026-12-01")
    assert res.out.splitlines() == [f"{task_id}\t2026-11-28\t{code}\t杭州明达贸易有限公司\tli\t寄样品\toverdue"]
    assert cli("--user", "li", "tasks", "--overdue", "--date", "2026-11-27").out == ""
    res = cli("--user", "li", "task", "done", task_id, "--outcome", "已寄出")
    assert res.code == 0, res
    assert cli("--user", "li", "tasks", "--open").out == ""
    assert cli("--user", "li", "tasks").out.split("\t")[-1].strip() == "done"
    assert "完成待办：寄样品" in cli("--user", "li", "show", code).out
    res = cli("--user", "li", "task", "done", task_id, "--outcome", "again")
    assert res.code == 1 and "已经处理过" in res.err
    res = cli("--user", "zhao", "task", "add", code, "--title", "x", "--due", "2026-12-01")
    assert res.code == 3
    res = cli("--user", "li", "task", "add", code, "--title", "x", "--due", "2026-13-45")
    assert res.code == 1 and "到期日" in res.err and "Traceback" not in res.err


def test_greet_lists_and_marks_sent(cli, agent):
    code = agent
    cli("--user", "li", "contact", "add", code, "--name", "张伟", "--primary")
    res = cli("--user", "li", "greet", "春节", "--year", "2027")
    assert res.out.splitlines() == [f"{code}\t杭州明达贸易有限公司\tA\t张伟"]
    res = cli("--user", "li", "greet", "春节", "--year", "2027", "--mark-sent", "--channel", "微信", code)
    assert res.code == 0, res
    assert cli("--user", "li", "greet", "春节", "--year", "2027").out == ""
    assert "春节问候（2027）" in cli("--user", "li", "show", code).out
    assert cli("--user", "li", "greet", "春节", "--mark-sent", code).code == 2       # no channel
    assert cli("--user", "li", "greet", "光棍节").code == 1


def test_cadence_show_and_set(cli, agent):
    assert cli("--user", "li", "cadence").out.splitlines() == ["A\t30", "B\t60", "C\t120"]
    assert cli("--user", "li", "cadence", "--class", "A", "--days", "20").code == 3
    assert cli("--user", "boss", "cadence", "--class", "A", "--days", "20").out.splitlines()[0] == "A\t20"
    assert cli("--user", "boss", "cadence", "--class", "A").code == 2


def test_verify_card_and_activities(cli, agent):
    code = agent
    res = cli("--user", "li", "verify-card", code)
    assert res.code == 0 and res.out.startswith(f"已核实 {code}")
    res = cli("--user", "boss", "activity", "add", "--title", "2027 客户联谊会", "--date", "2027-01-15",
              "--kind", "客户联谊会", "--place", "西湖国宾馆")
    activity_id = res.out.strip()
    assert res.code == 0 and activity_id.isdigit(), res
    assert cli("--user", "li", "activity", "add", "--title", "x", "--date", "2027-01-01").code == 3
    assert cli("--user", "boss", "activity", "invite", activity_id, code).code == 0
    assert cli("--user", "li", "activity", "show", activity_id).out == f"{code}\t杭州明达贸易有限公司\tinvited\n"
    assert cli("--user", "li", "activity", "reply", activity_id, code, "--status", "attended").code == 0
    assert cli("--user", "li", "activity", "show", activity_id).out.endswith("\tattended\n")
    assert cli("--user", "zhao", "activity", "show", activity_id).out == ""


def test_a_newline_in_a_value_never_breaks_a_line(cli, agent):
    code = agent
    cli("--user", "li", "task", "add", code, "--title", "第一行\n第二行\t列", "--due", "2026-12-02")
    lines = cli("--user", "li", "tasks").out.splitlines()
    assert len(lines) == 1 and len(lines[0].split("\t")) == 7
