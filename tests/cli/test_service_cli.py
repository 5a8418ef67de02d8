"""The service records' command-line contract (issue #14): names, columns, exit codes."""
from __future__ import annotations

import pytest

from tests.conftest import PASSWORD


@pytest.fixture
def code(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部").code == 0
    assert cli("--user", "boss", "user", "add", "sales", "--role", "staff", "--dept", "销售部").code == 0
    return cli("--user", "li", "customer", "add", "--name", "杭州明达贸易有限公司", "--class", "A").out.strip()


def test_ticket_lifecycle(cli, code, tmp_path):
    res = cli("--user", "sales", "ticket", "open", code, "--kind", "投诉", "--title", "送货迟到",
              "--severity", "重大", "--channel", "电话", "--complainant", "张伟", "--at", "2025-09-30 17:00")
    assert res.code == 0, res
    number = res.out.strip()
    assert number == "TS2025-000001"
    assert cli("--user", "sales", "show", code).code == 3            # a record is not the card
    assert cli("--user", "sales", "ticket", "step", number, "--status", "处理中", "--note", "x").code == 3
    res = cli("--user", "li", "ticket", "show", number)
    assert res.code == 0 and "响应期限：2025-10-09 12:00" in res.out, res
    assert "解决期限：2025-10-14 17:00" in res.out                  # 5 working days, 10-11 worked
    res = cli("--user", "li", "ticket", "judge", number, "--verdict", "partly", "--reason", "承运商延误",
              "--at", "2025-09-29 09:00")
    assert res.code == 1 and "早于上一步" in res.err, res
    assert cli("--user", "li", "ticket", "judge", number, "--verdict", "partly", "--reason", "承运商延误",
               "--category", "配送", "--dept", "物流部", "--at", "2025-10-09 09:30").code == 0
    assert "2025-10-09 09:30  判断" in cli("--user", "li", "ticket", "show", number).out
    assert cli("--user", "li", "ticket", "step", number, "--status", "已解决", "--note", "已补发").code == 0
    res = cli("--user", "li", "ticket", "close", number)
    assert res.code == 1 and "回访" in res.err and "Traceback" not in res.err
    assert cli("--user", "li", "ticket", "feedback", number, "--told", "已补发", "--satisfaction", "4").code == 0
    assert cli("--user", "li", "ticket", "close", number).code == 0
    res = cli("--user", "li", "tickets")
    cols = res.out.splitlines()[0].split("\t")
    assert cols[:7] == [number, code, "杭州明达贸易有限公司", "投诉", "重大", "已关闭", "li"] and len(cols) == 8
    assert cli("--user", "li", "tickets", "--open").out == ""
    assert cli("--user", "li", "tickets", "--date", "2025-09-30").out.startswith(number)
    assert cli("--user", "li", "ticket", "reopen", number, "--reason", "少一箱").code == 0
    out = tmp_path / "form.pdf"
    assert cli("--user", "li", "ticket", "print", number, "--out", str(out)).code == 0 and out.exists()
    blank = tmp_path / "blank.pdf"
    assert cli("--user", "sales", "ticket", "print", "--blank", "--kind", "维修", "--out", str(blank)).code == 0
    res = cli("--user", "boss", "service-report", "--from", "2025-09-01", "--to", "2025-10-31",
              "--out", str(tmp_path / "r.xlsx"))
    assert res.code == 0 and "服务单：1" in res.out and "有效投诉占比：100.0%" in res.out, res
    assert cli("--user", "li", "service-report", "--from", "2025-09-01", "--to", "2025-10-31").code == 3


def test_usage_and_unknown(cli, code):
    assert cli("--user", "li", "ticket", "open", code, "--kind", "吃饭", "--title", "x").code == 2
    assert cli("--user", "li", "ticket", "print", "--out", "x.pdf").code == 2
    res = cli("--user", "li", "ticket", "show", "TS2026-999999")
    assert res.code == 1 and "Traceback" not in res.err
    res = cli("--user", "li", "ticket", "open", code, "--kind", "投诉", "--title", "x", "--at", "昨天")
    assert res.code == 1 and "YYYY-MM-DD HH:MM" in res.err


def test_tickets_out_writes_the_listed_records_to_a_workbook(cli, code, tmp_path):
    from tests.unit.test_service_export import read_sheet

    for kind, title in (("投诉", "送货迟到"), ("维修", "空调不制冷")):
        assert cli("--user", "li", "ticket", "open", code, "--kind", kind, "--title", title).code == 0
    listed = cli("--user", "li", "tickets", "--kind", "维修").out
    out = tmp_path / "repairs.xlsx"
    res = cli("--user", "li", "tickets", "--kind", "维修", "--out", str(out))
    assert res.code == 0 and res.out.strip() == f"wrote {out}: 1 records", res
    rows, _setup = read_sheet(out)
    assert [v for v, _ in rows[1]][:3] == [listed.split("\t")[0], f"{code} 杭州明达贸易有限公司", "维修"]
    assert cli("--user", "sales", "tickets", "--out", str(tmp_path / "none.xlsx")).out.strip().endswith(": 0 records")
    res = cli("--user", "li", "tickets", "--out", str(tmp_path / "x.csv"))
    assert res.code == 2 and ".xlsx" in res.err and not (tmp_path / "x.csv").exists()


def test_service_settings_shown_to_all_changed_by_managers_all_or_nothing(cli, code):
    res = cli("--user", "li", "service-settings")
    assert res.code == 0 and res.out.splitlines() == [
        "一般\t响应 1 工作日\t解决 3 工作日", "重大\t响应 4 工作小时\t解决 5 工作日",
        "紧急\t响应 2 工作小时\t解决 1 工作日", "工作时间\t09:00-18:00", "回访\t解决后 3 个工作日"], res
    assert cli("--user", "li", "service-settings", "--hours", "08:30-17:30").code == 3
    res = cli("--user", "boss", "service-settings", "--limit", "重大", "respond", "2h", "--hours",
              "08:30-12:00,13:00-17:30", "--return-visit-days", "0")
    assert res.code == 0 and "重大\t响应 2 工作小时\t解决 5 工作日" in res.out, res
    assert "工作时间\t08:30-12:00,13:00-17:30" in res.out and "回访\t不自动安排" in res.out
    # a bad value anywhere: nothing changes
    res = cli("--user", "boss", "service-settings", "--limit", "一般", "resolve", "9d", "--hours", "25:00-26:00")
    assert res.code == 1 and "Traceback" not in res.err
    assert "一般\t响应 1 工作日\t解决 3 工作日" in cli("--user", "li", "service-settings").out
    assert cli("--user", "boss", "service-settings", "--limit", "一般", "resolve", "3x").code == 2


def test_tickets_lists_every_record_not_only_the_windows_first_ones(cli, code, monkeypatch):
    from models.service import reading

    for title in ("一", "二", "三"):
        assert cli("--user", "li", "ticket", "open", code, "--kind", "咨询", "--title", title).code == 0
    # as if the window's limit were 2: the command asks for no limit
    monkeypatch.setattr(reading, "LIST_LIMIT", 2)
    monkeypatch.setattr(reading.list_records, "__kwdefaults__",
                        {**reading.list_records.__kwdefaults__, "limit": 2})
    assert len(cli("--user", "li", "tickets").out.splitlines()) == 3
