"""Bad input gets words, never a traceback: exit codes, crash reports, ids, text, output files."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import PASSWORD

BIG = "99999999999999999999999"


def _clean(res):
    """No traceback and no raw exception name on stderr, whatever happened."""
    for raw in ("Traceback", "Error:", "Exception ignored", "OverflowError", "IsADirectoryError"):
        assert raw not in res.err, res
    return res


def _agent_with_customer(cli, monkeypatch, name="甲公司"):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    cli("--user", "boss", "user", "add", "li", "--role", "agent", "--dept", "客服部")
    return cli("--user", "li", "customer", "add", "--name", name).out.strip()


def test_missing_user_is_a_usage_error(cli):
    res = _clean(cli("search", "x"))
    assert res.code == 2 and "--user" in res.err and res.err.count("\n") == 1


@pytest.mark.parametrize("argv", [
    ["cancel", BIG], ["revoke", BIG], ["approve", BIG], ["reject", BIG, "--reason", "x"],
    ["handover", "confirm", BIG], ["handover", "print", BIG, "--record", "x.pdf"],
    ["audit", "list", "--limit", BIG], ["search", "x", "--limit", BIG],
    ["demo", "--customers", BIG],
])
def test_numbers_beyond_64_bits_are_usage_errors(cli, argv):
    res = _clean(cli("--user", "boss", *argv))
    assert res.code == 2, res


def test_a_bug_writes_a_crash_report_and_says_where(cli, monkeypatch, tmp_path):
    from models.archive import customers

    def broken(*_a, **_k):
        return 1 / 0
    monkeypatch.setattr(customers, "search", broken)
    res = _clean(cli("--user", "boss", "search", "x"))
    assert res.code == 70 and res.err.count("\n") == 1
    assert "程序出错，已写入错误报告：" in res.err
    report = Path(res.err.split("错误报告：", 1)[1].strip())
    assert report.is_file() and report.is_relative_to(tmp_path / "state")
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError" in text and "search" in text
    assert PASSWORD not in text


def test_user_errors_are_not_crash_reports(cli, tmp_path):
    assert cli("--user", "boss", "show", "KH999999").code == 1
    assert cli("--user", "boss", "audit", "list", "--since", "2026-13-45").code == 1
    assert not (tmp_path / "state").exists()


def test_search_text_is_limited_and_cleaned(cli, monkeypatch):
    code = _agent_with_customer(cli, monkeypatch, "甲公司")
    cli("--user", "li", "customer", "add", "--name", "乙公司")
    res = _clean(cli("--user", "li", "search", "x" * 50_000))
    assert res.code == 1 and "200" in res.err and len(res.err) < 300
    # a NUL once matched every visible card on SQLite and raised DataError on PostgreSQL
    res = _clean(cli("--user", "li", "search", "甲\x00"))
    assert res.code == 0 and res.out.splitlines() == [f"{code}\t甲公司\tC\tli"]
    res = _clean(cli("--user", "li", "search", "\x00"))
    assert res.code == 1 and res.out == ""
    assert _clean(cli("--user", "li", "directory", "甲\x00")).out.startswith(code)


def test_a_newline_in_a_name_cannot_forge_a_line(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    code = cli("--user", "boss", "customer", "add", "--name",
               "甲公司\nKH999999\t伪造公司\tA\tboss\n").out.strip()
    res = cli("--user", "boss", "search", "甲公司")
    assert res.out.splitlines() == [f"{code}\t甲公司 KH999999 伪造公司 A boss\tC\tboss"]
    shown = cli("--user", "boss", "show", code).out
    assert "客户名称：甲公司 KH999999 伪造公司 A boss\n" in shown


def test_rows_escape_what_is_already_stored(cli, db_url, monkeypatch):
    """Values stored before names were cleaned still cannot break a row or a column."""
    from models.foundation import db
    from models.foundation.schema import Customer
    from models.maintenance import opening

    code = _agent_with_customer(cli, monkeypatch)
    opening.open_archive(db_url)
    Customer.update(name="甲\n公\t司\\\u202e").where(Customer.code == code).execute()
    db.close_database()
    res = cli("--user", "li", "search", "甲")
    assert res.out.splitlines() == [f"{code}\t甲\\n公\\t司\\\\\\u202e\tC\tli"]
    lines = cli("--user", "li", "show", code).out.splitlines()
    assert "  客户名称：甲" in lines and "    公\\t司\\\\u202e" in lines


def test_dates_that_do_not_exist(cli, monkeypatch):
    code = _agent_with_customer(cli, monkeypatch)
    for argv in (["event", "add", code, "--date", "2026-13-45", "--category", "回访", "--title", "t"],
                 ["report", code, "--date", "2026-13-45", "--category", "回访", "--title", "t"],
                 ["audit", "list", "--since", "2026-13-45"]):
        res = _clean(cli("--user", "boss", *argv))
        assert res.code == 1 and "2026-13-45" in res.err, res


def _output_cases(tmp_path, code, hid):
    return {
        "export excel": lambda out, *f: ["export", "excel", out, *f],
        "export pdf": lambda out, *f: ["export", "pdf", out, "--customer", code, *f],
        "audit export": lambda out, *f: ["audit", "export", out, *f],
        "handover print": lambda out, *f: ["handover", "print", str(hid), "--record", out, *f],
        "backup": lambda out, *f: ["backup", out, *f],
    }


@pytest.fixture
def with_handover(cli, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    for name in ("li", "zhao"):
        cli("--user", "boss", "user", "add", name, "--role", "agent", "--dept", "客服部")
    code = cli("--user", "li", "customer", "add", "--name", "甲公司").out.strip()
    res = cli("--user", "boss", "handover", "--from", "li", "--to", "zhao")
    assert res.code == 0, res
    return code, 1


@pytest.mark.parametrize("command", ["export excel", "export pdf", "audit export", "handover print",
                                     "backup"])
def test_output_files_are_never_overwritten_without_force(cli, with_handover, tmp_path, command,
                                                         db_url):
    argv = _output_cases(tmp_path, *with_handover)[command]
    if command == "backup" and db_url.startswith("postgres"):   # whatever the path: pg_dump
        res = _clean(cli("--user", "boss", *argv(str(tmp_path))))
        assert res.code == 1 and "pg_dump" in res.err
        return
    target = tmp_path / "existing.out"
    target.write_bytes(b"keep me")
    res = _clean(cli("--user", "boss", *argv(str(target))))
    assert res.code == 1 and "已存在" in res.err and "--force" in res.err
    assert target.read_bytes() == b"keep me"
    res = _clean(cli("--user", "boss", *argv(str(target), "--force")))
    assert res.code == 0, res
    assert target.read_bytes() != b"keep me"
    # a folder is not a file, and a missing folder is refused, never created
    res = _clean(cli("--user", "boss", *argv(str(tmp_path))))
    assert res.code == 1 and "文件夹" in res.err and str(tmp_path) in res.err
    missing = tmp_path / "no" / "such" / "folder" / "x.out"
    res = _clean(cli("--user", "boss", *argv(str(missing), "--force")))
    assert res.code == 1 and "文件夹不存在" in res.err
    assert not (tmp_path / "no").exists()


def test_handover_record_is_checked_before_the_handover_runs(cli, monkeypatch, tmp_path):
    code = _agent_with_customer(cli, monkeypatch)
    cli("--user", "boss", "user", "add", "zhao", "--role", "agent", "--dept", "客服部")
    res = _clean(cli("--user", "boss", "handover", "--from", "li", "--to", "zhao",
                     "--record", str(tmp_path / "missing" / "h.pdf")))
    assert res.code == 1 and "文件夹不存在" in res.err
    assert "li" in cli("--user", "boss", "show", code).out   # nothing was handed over


def _sheet_with_a_problem(path):
    wb = Workbook()
    wb.active.title = "客户"
    wb.active.append(["客户名称", "电话"])
    wb.active.append(["甲公司", "not a phone"])
    wb.save(path)
    return path


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_problems_file_that_cannot_be_written(cli, tmp_path, where, capfd):
    book = _sheet_with_a_problem(tmp_path / "in.xlsx")
    target = tmp_path / "nope" / "p.xlsx" if where == "missing folder" else tmp_path
    res = _clean(cli("--user", "boss", "import", str(book), "--problems", str(target)))
    assert res.code == 1 and "文件夹" in res.err
    assert "Exception ignored" not in capfd.readouterr().err   # openpyxl's temp-file noise


@pytest.mark.parametrize("what", ["missing", "folder", "not xlsx", "empty path"])
def test_import_of_what_is_not_a_workbook(cli, tmp_path, what):
    path = {"missing": tmp_path / "none.xlsx", "folder": tmp_path, "empty path": "",
            "not xlsx": tmp_path / "x.xlsx"}[what]
    if what == "not xlsx":
        path.write_text("just text")
    res = _clean(cli("--user", "boss", "import", str(path)))
    assert res.code in (1, 2) and res.err.count("\n") == 1, res


def test_db_that_is_a_folder(tmp_path, monkeypatch):
    from ui.cli import run

    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    err = io.StringIO()
    assert run(["--db", str(tmp_path), "--user", "boss", "search", "x"], stdout=io.StringIO(),
               stderr=err) == 1
    assert "文件夹" in err.getvalue() and "Traceback" not in err.getvalue()


def test_an_interrupt_is_one_line(cli, monkeypatch):
    from models.archive import customers

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt
    monkeypatch.setattr(customers, "search", interrupted)
    res = cli("--user", "boss", "search", "x")
    assert res.code == 1 and res.err.count("\n") == 1 and "Traceback" not in res.err
