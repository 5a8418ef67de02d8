"""Workbook formats that must leave nothing behind when they fail: the import's problem list
(exports/problems_xlsx.py, which import_job.save_problems is to call once the import rewrite
lands) and the audit-log workbook (exports/audit_xlsx.py)."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook

from exports.problems_xlsx import write_problems


@dataclass(frozen=True)
class P:
    sheet: str
    row: int
    column: str
    value: str
    message: str


def test_problem_list_keeps_what_the_user_typed_as_text(tmp_path):
    problems = [P("客户", 3, "邮箱", "bad-email", "邮箱格式不对"),
                P("客户", 4, "客户名称", '=HYPERLINK("http://x","点我")', "公式不能作为名称"),
                P("联系人", 7, "", "", "缺少客户名称")]
    out = tmp_path / "问题.xlsx"
    assert write_problems(problems, out) == 3
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    rows = [[c.value for c in r] for r in load_workbook(out)["问题清单"].iter_rows()]
    assert rows == [["工作表", "行号", "列", "内容", "问题"],
                    ["客户", 3, "邮箱", "bad-email", "邮箱格式不对"],
                    ["客户", 4, "客户名称", '=HYPERLINK("http://x","点我")', "公式不能作为名称"],
                    ["联系人", 7, None, None, "缺少客户名称"]]


def test_a_failing_problem_list_leaves_nothing(tmp_path):
    def problems():
        yield P("客户", 2, "", "", "第一条")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_problems(problems(), tmp_path / "问题.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_audit_workbook_that_fails_or_is_cancelled_midway_leaves_nothing(tmp_path):
    import datetime as dt

    from exports.audit_xlsx import ExportCancelled, write_audit_xlsx
    from models.foundation.dto import AuditInfo

    def entries(fail_after=None):
        for i in range(1200):
            if i == fail_after:
                raise OSError("database connection lost")
            yield AuditInfo(i, dt.datetime(2026, 1, 1), "u", "m", "login", "登录", "", "", "allowed", "{}")

    with pytest.raises(OSError):
        write_audit_xlsx(entries(fail_after=700), tmp_path / "a.xlsx")
    with pytest.raises(ExportCancelled):
        write_audit_xlsx(entries(), tmp_path / "b.xlsx", is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    assert write_audit_xlsx(entries(), tmp_path / "c.xlsx") == 1200
    assert load_workbook(tmp_path / "c.xlsx")["审计日志"].max_row == 1201
