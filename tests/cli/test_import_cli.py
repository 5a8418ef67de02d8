"""`import` on the command line: the card form's rights, an audited dry run, the row limit."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from models.access_requests import requests
from models.archive import contacts, customers
from models.foundation import db
from models.foundation.schema import AuditEntry, Contact, Customer
from models.maintenance import opening
from tests.conftest import PASSWORD, make_user
from ui.cli import run

ROOT = Path(__file__).resolve().parents[2]


def _cli(url, *argv, user="boss"):
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", url, "--user", user, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _setup(url):
    """li's customer with a key person; zhao holds an edit grant (not sensitive) on it."""
    from models.accounts import staff

    opening.open_archive(url)
    boss = staff.create_first_manager("boss", PASSWORD, "王主管")
    li = make_user(boss, "li", "agent", display_name="李客服")
    make_user(boss, "zhao", "agent", display_name="赵客服")
    card = customers.create_customer(li, {"name": "甲贸易有限公司"})
    contacts.add_contact(li, card.id, {"name": "张总", "family": "已婚，一子", "hobbies": "高尔夫"})
    requests.grant(boss, card.code, "zhao", "edit", 7)
    db.close_database()
    return card.code


def _snapshot(url):
    opening.open_archive(url)
    try:
        return ([(c.name, c.version, c.industry) for c in Customer.select().order_by(Customer.id)],
                [(c.name, c.family, c.hobbies) for c in Contact.select().order_by(Contact.id)],
                AuditEntry.select().where(AuditEntry.action.in_(["import", "update_contact", "add_contact",
                                                                 "update_customer"])).count(),
                AuditEntry.select().where(AuditEntry.action == "access_denied").count())
    finally:
        db.close_database()


def _export_like(path, code):
    wb = Workbook()
    wb.active.title = "客户"
    wb.active.append(["客户编号", "客户名称", "行业"])
    wb.active.append([code, "甲贸易有限公司", "制造业"])
    ws = wb.create_sheet("联系人")
    ws.append(["客户编号", "姓名", "家庭", "兴趣爱好"])
    ws.append([code, "张总", "离异", "钓鱼"])
    ws.append([code, "李秘书", "家在宁波", ""])
    wb.save(path)
    return path


def test_an_edit_grant_is_refused_sensitive_columns_with_exit_3(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    code = _setup(db_url)
    path = _export_like(tmp_path / "in.xlsx", code)
    customers_before, people_before, entries_before, denied_before = _snapshot(db_url)
    rc, out, err = _cli(db_url, "import", str(path), "--on-duplicate", "update", user="zhao")
    assert rc == 3, (out, err)
    assert "权限不足" in err and "Traceback" not in err
    customers_after, people_after, entries_after, denied_after = _snapshot(db_url)
    assert (customers_after, people_after, entries_after) == (customers_before, people_before, entries_before)
    assert denied_after == denied_before + 1
    rc, out, err = _cli(db_url, "import", str(path), "--on-duplicate", "update", "--dry-run", user="zhao")
    assert rc == 3


def test_dry_run_is_audited_and_limit_is_an_admin_setting(sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    _setup(sqlite_url)
    rc, out, err = _cli(sqlite_url, "import-limit")
    assert rc == 0 and "100000" in out.replace(",", "")
    rc, out, err = _cli(sqlite_url, "import-limit", "2", user="li")
    assert rc == 3
    rc, out, err = _cli(sqlite_url, "import-limit", "2")
    assert rc == 0, err
    wb = Workbook()
    for r in (["客户名称"], ["一"], ["二"], ["三"]):
        wb.active.append(r)
    wb.save(tmp_path / "three.xlsx")
    rc, out, err = _cli(sqlite_url, "import", str(tmp_path / "three.xlsx"), "--dry-run", user="li")
    assert rc == 1 and "2" in err and "行" in err and "Traceback" not in err
    rc, out, err = _cli(sqlite_url, "import-limit", "3")
    rc, out, err = _cli(sqlite_url, "import", str(tmp_path / "three.xlsx"), "--dry-run", user="li")
    assert rc == 0 and "可导入新客户 3 位" in out
    opening.open_archive(sqlite_url)
    try:
        assert AuditEntry.select().where(AuditEntry.action == "import_dry_run").count() == 1
        assert Customer.select().count() == 1
    finally:
        db.close_database()


def test_refusal_in_a_real_process(sqlite_url, tmp_path):
    import os

    code = _setup(sqlite_url)
    path = _export_like(tmp_path / "in.xlsx", code)
    env = {**os.environ, "CLIENT_ARCHIVE_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "--user", "zhao",
                           "import", str(path), "--on-duplicate", "update"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "权限不足" in proc.stderr and "Traceback" not in proc.stderr
