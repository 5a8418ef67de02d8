"""export excel / export pdf / import on the command line."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook

from models.archive import customers
from models.foundation import db
from models.foundation.schema import AuditEntry
from models.maintenance import opening
from tests.conftest import PASSWORD, make_user
from ui.cli import run

ROOT = Path(__file__).resolve().parents[2]


def _cli(url, *argv, user="boss"):
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", url, "--user", user, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _setup(url):
    from models.accounts import staff

    opening.open_archive(url)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管", company_name="示例贸易有限公司")
    li = make_user(boss, "li", "agent", display_name="李客服")
    a = customers.create_customer(li, {"name": "甲公司", "cls": "A"})
    b = customers.create_customer(boss, {"name": "乙公司", "cls": "B"})
    db.close_database()
    return a.code, b.code


def test_export_excel_pdf_and_denied_exit_code(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    a, b = _setup(db_url)
    code, out, err = _cli(db_url, "export", "excel", str(tmp_path / "a.xlsx"), "--class", "A")
    assert code == 0, err
    assert "客户 1" in out
    assert [r[0] for r in load_workbook(tmp_path / "a.xlsx")["客户"].iter_rows(min_row=2, values_only=True)] == [a]
    code, out, err = _cli(db_url, "export", "excel", str(tmp_path / "li.xlsx"), "--owner", "li")
    assert code == 0 and "客户 1" in out
    code, out, err = _cli(db_url, "export", "pdf", str(tmp_path / "c.pdf"), "--customer", a, b, "--watermark")
    assert code == 0 and "2 cards" in out and (tmp_path / "c.pdf").read_bytes()[:5] == b"%PDF-"
    code, out, err = _cli(db_url, "export", "pdf", str(tmp_path / "mine.pdf"), "--customer", a, user="li")
    assert code == 0, err
    code, out, err = _cli(db_url, "export", "pdf", str(tmp_path / "x.pdf"), "--customer", a, b, user="li")
    assert code == 3 and "权限不足" in err and not (tmp_path / "x.pdf").exists()
    code, out, err = _cli(db_url, "export", "pdf", str(tmp_path / "y.pdf"), "--customer", "KH999999")
    assert code == 1 and "找不到客户" in err
    opening.open_archive(db_url)
    try:
        assert AuditEntry.select().where(AuditEntry.action == "access_denied").count() == 1
        assert AuditEntry.select().where(AuditEntry.action.in_(["export_excel", "export_pdf"])).count() == 4
    finally:
        db.close_database()


def test_import_dry_run_problems_and_write(sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    _setup(sqlite_url)
    wb = Workbook()
    wb.active.append(["客户名称", "邮箱", "公司全称"])
    wb.active.append(["丙公司", "bad", ""])
    wb.save(tmp_path / "in.xlsx")
    code, out, err = _cli(sqlite_url, "import", str(tmp_path / "in.xlsx"), "--problems", str(tmp_path / "p.xlsx"))
    assert code == 1 and "未导入任何数据" in out and "bad" in err and (tmp_path / "p.xlsx").exists()
    wb.active["B2"] = "ok@example.com"
    wb.save(tmp_path / "in.xlsx")
    code, out, err = _cli(sqlite_url, "import", str(tmp_path / "in.xlsx"), "--dry-run", "--map", "公司全称=")
    assert code == 0 and "可导入新客户 1 位" in out
    code, out, err = _cli(sqlite_url, "import", str(tmp_path / "in.xlsx"), "--owner", "li")
    assert code == 0 and "已导入新客户 1 位" in out
    code, out, err = _cli(sqlite_url, "import", str(tmp_path / "in.xlsx"), "--on-duplicate", "fail")
    assert code == 1 and "重复" in err
    (tmp_path / "t.xlsx").write_text("not excel")
    code, out, err = _cli(sqlite_url, "import", str(tmp_path / "t.xlsx"))
    assert code == 1 and "不是有效的 Excel（.xlsx）文件" in err


def test_export_in_a_real_process(sqlite_url, tmp_path):
    _setup(sqlite_url)
    env = {**os.environ, "CLIENT_ARCHIVE_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "--user", "boss",
                           "export", "excel", str(tmp_path / "p.xlsx"), "--status", "all"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert load_workbook(tmp_path / "p.xlsx").sheetnames[-1] == "导出说明"


def test_export_pdf_template_and_duplex_options(tmp_path, monkeypatch):
    from pypdf import PdfReader

    url = str(tmp_path / "a.db")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    a, b = _setup(url)
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    code, out, err = _cli(url, "export", "pdf", str(tmp_path / "s.pdf"), "--customer", a, b,
                          "--template", "summary", "--no-duplex")
    assert code == 0 and len(PdfReader(str(tmp_path / "s.pdf")).pages) == 2, err
    code, out, err = _cli(url, "export", "pdf", str(tmp_path / "d.pdf"), "--customer", a, b,
                          "--template", "summary")   # duplex by default for a batch: a blank verso
    assert code == 0 and len(PdfReader(str(tmp_path / "d.pdf")).pages) == 3
    code, out, err = _cli(url, "export", "pdf", str(tmp_path / "x.pdf"), "--all", "--template", "fancy")
    assert code == 2 and not (tmp_path / "x.pdf").exists()
