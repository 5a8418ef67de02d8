"""The account commands: user set/disable/enable/reset-password/unlock, passwd, company."""
from __future__ import annotations

from tests.conftest import PASSWORD


def _add(cli, monkeypatch, name, role="agent"):
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", PASSWORD)
    assert cli("--user", "boss", "user", "add", name, "--role", role, "--dept", "客服部").code == 0


def test_set_disable_enable_and_denials(cli, monkeypatch):
    _add(cli, monkeypatch, "li")
    res = cli("--user", "boss", "user", "set", "li", "--display-name", "李丽", "--dept", "客服二部")
    assert res.code == 0 and res.out.strip().split("\t") == ["li", "李丽", "agent", "-", "客服二部"]
    assert cli("--user", "li", "user", "disable", "boss").code == 3          # not an admin
    assert cli("--user", "boss", "user", "disable", "boss").code == 1       # never oneself
    assert cli("--user", "boss", "user", "disable", "li").out.strip() == "li\tdisabled"
    res = cli("--user", "li", "search", "x")
    assert res.code == 4 and "停用" in res.err
    assert cli("--user", "boss", "user", "enable", "li").code == 0
    assert cli("--user", "li", "search", "x").code == 0
    res = cli("--user", "boss", "user", "set", "boss", "--no-admin")
    assert res.code == 3 and "不能更改自己的角色或管理员权限" in res.err
    assert cli("--user", "boss", "user", "set", "nobody", "--role", "agent").code == 1


def test_lockout_unlock_reset_and_own_password(cli, monkeypatch):
    _add(cli, monkeypatch, "zhao")
    for _ in range(5):
        assert cli("--user", "zhao", "search", "x", password="wrong-pass-1").code == 4
    res = cli("--user", "boss", "user", "list")
    assert "locked until" in next(line for line in res.out.splitlines() if line.startswith("zhao\t"))
    assert cli("--user", "zhao", "search", "x").code == 4
    res = cli("--user", "boss", "user", "unlock", "zhao")
    assert res.code == 0 and "6 failed attempts cleared" in res.out
    assert cli("--user", "zhao", "search", "x").code == 0

    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", "reset-pass-2")
    assert cli("--user", "boss", "user", "reset-password", "zhao").code == 0
    assert cli("--user", "zhao", "search", "x").code == 4
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", "mine-pass-3")
    assert cli("--user", "zhao", "passwd", password="reset-pass-2").out.strip() == "password changed"
    assert cli("--user", "zhao", "search", "x", password="mine-pass-3").code == 0
    res = cli("--user", "zhao", "passwd", password="mine-pass-3")
    assert res.code == 0   # same new password again is allowed; a wrong old one is not:
    res = cli("--user", "zhao", "passwd", password="not-the-one-1")
    assert res.code == 4


def test_an_admin_only_account_reaches_no_customer_file(cli, monkeypatch, tmp_path):
    """The IT admin (staff + admin) cannot promote itself or anyone to manager, cannot take a
    backup, and a password it resets must be replaced by its owner at the next sign-in."""
    _add(cli, monkeypatch, "li")
    assert cli("--user", "boss", "user", "add", "it", "--role", "staff", "--admin", "--dept", "信息部").code == 0
    res = cli("--user", "it", "user", "set", "it", "--role", "manager")
    assert res.code == 3 and "不能更改自己的角色或管理员权限" in res.err
    res = cli("--user", "it", "user", "set", "li", "--role", "manager")
    assert res.code == 3 and "客服主管" in res.err
    res = cli("--user", "it", "user", "add", "m2", "--role", "manager", "--dept", "客服部")
    assert res.code == 3 and "客服主管" in res.err
    assert cli("--user", "it", "user", "set", "li", "--display-name", "李丽").code == 0   # the rest is IT's
    res = cli("--user", "it", "backup", str(tmp_path / "it.db"))
    assert res.code == 3 and "同时拥有管理员权限的客服主管" in res.err and not (tmp_path / "it.db").exists()

    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", "temp-pass-4")
    assert cli("--user", "it", "user", "reset-password", "li").code == 0
    assert cli("--user", "li", "search", "x").code == 4                       # li's own password is gone
    res = cli("--user", "li", "search", "x", password="temp-pass-4")
    assert res.code == 4 and "管理员已重置该账号的密码，请先用 passwd 设置新密码" in res.err
    res = cli("--user", "li", "passwd", password="temp-pass-4")               # new = the temporary one
    assert res.code == 1 and "临时密码" in res.err
    monkeypatch.setenv("CLIENT_ARCHIVE_NEW_PASSWORD", "li-own-pass-5")
    assert cli("--user", "li", "passwd", password="temp-pass-4").out.strip() == "password changed"
    assert cli("--user", "li", "search", "x", password="li-own-pass-5").code == 0
    res = cli("--user", "it", "user", "reset-password", "it")
    assert res.code == 3 and "修改密码" in res.err


def test_company_name(cli):
    assert cli("--user", "boss", "company", "华东贸易集团").out.strip() == "华东贸易集团"
    res = cli("--user", "boss", "company", " ")
    assert res.code == 1 and "公司名称" in res.err


def test_backup_command(cli, db_url, tmp_path):
    out = tmp_path / "nightly.db"
    res = cli("--user", "boss", "backup", str(out))
    if db_url.startswith("postgresql"):
        assert res.code == 1 and "pg_dump" in res.err and not out.exists()
        return
    assert res.code == 0 and res.out.split("\t")[0] == str(out.resolve())
    check = cli("--db", str(out), "--user", "boss", "audit", "verify")
    assert check.code == 0 and check.out.startswith("ok:")
