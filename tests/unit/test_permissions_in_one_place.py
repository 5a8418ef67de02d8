"""House rule: every permission decision is asked of models/rules/access.py.

No module under ui/ or models/ (outside access.py) compares a role string or reads
`is_manager` / `is_admin`: services ask `access.require/can/allowed_ids/standing_access/
may_hold_*`, the UI asks `can()`, `permissions()` or `capabilities()`. What remains is
listed below with its reason — showing the role or the admin flag, editing it, and the
account invariants of the admin rules.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("models", "ui")
RULES = "models/rules/access.py"
ROLE_LITERALS = {"manager", "agent"}   # "staff" is also a change topic and a target type

# "path::qualified function" → why reading the role or the flag there decides nothing
ALLOWED = {
    "ui/mainwindow.py::MainWindow.role_text": "shows the signed-in role and admin flag (display)",
    "ui/admin/accounts.py::account_columns": "the accounts table's 管理员 column (display)",
    "ui/admin/accounts.py::AccountForm.add_account_fields": "the 管理员 check box (a widget named is_admin)",
    "ui/admin/accounts.py::AccountForm.account_data": "reads the check box to send what the admin chose",
    "ui/admin/accounts.py::EditAccountDialog.__init__": "fills the form from the account being edited",
    "ui/cli/account_cmds.py::cmd_user_list": "prints the admin flag in `user list`",
    "ui/cli/account_cmds.py::cmd_user_set": "prints the admin flag after `user set`",
    "models/accounts/staff.py::to_info": "copies the flag into the StaffInfo DTO",
    "models/accounts/admin.py::_others_remain":
        "account invariant (an active manager and an admin remain), not a permission; "
        "owned by the admin-rules work",
    "models/accounts/admin.py::update_account":
        "what changed on the account being edited (role, admin flag) and its invariants; "
        "owned by the admin-rules work",
    "models/accounts/admin.py::set_enabled": "account invariant before disabling (as above)",
    "models/accounts/admin.py::_appointment_notice": "words the notice about the account being appointed",
    "models/accounts/notices.py::notify_managers": "finds who to tell (every active manager), decides nothing",
    "models/accounts/staff.py::add_user":
        "the role of the account being created selects the APPOINT_MANAGER check and the notice",
}


def _hits_in(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, qualified name of the enclosing function or class, what) for each suspect node."""
    found: list[tuple[int, str, str]] = []

    def role_operand(node: ast.AST) -> bool:
        if isinstance(node, ast.Attribute) and node.attr == "role":
            return True
        if isinstance(node, ast.Constant) and node.value in ROLE_LITERALS:
            return True
        return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and any(
            isinstance(e, ast.Constant) and e.value in ROLE_LITERALS for e in node.elts)

    def visit(node: ast.AST, scope: list[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            scope = [*scope, node.name]
        where = ".".join(scope) or "<module>"
        if (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)
                and node.attr in ("is_manager", "is_admin")):
            found.append((node.lineno, where, f".{node.attr}"))
        if isinstance(node, ast.Compare) and any(
                role_operand(n) for n in (node.left, *node.comparators)):
            found.append((node.lineno, where, "role comparison"))
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    visit(tree, [])
    return found


def scan(root: Path = ROOT) -> list[str]:
    out = []
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if rel == RULES:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
            out += [f"{rel}::{where}:{line} {what}" for line, where, what in _hits_in(tree)]
    return out


def _key(hit: str) -> str:
    return hit.rsplit(":", 1)[0]


def test_no_permission_decision_outside_access_py():
    offenders = [h for h in scan() if _key(h) not in ALLOWED]
    assert offenders == [], "ask models/rules/access.py (can, capabilities, may_hold_*) instead"


def test_every_allowed_place_still_needs_its_exception():
    used = {_key(h) for h in scan()}
    assert sorted(set(ALLOWED) - used) == []


def test_the_scan_catches_role_tests(tmp_path):
    bad = tmp_path / "ui" / "probe.py"
    bad.parent.mkdir()
    bad.write_text(
        "class W:\n"
        "    def build(self, actor, s):\n"
        "        self.a.setEnabled(actor.role in ('agent', 'manager'))\n"
        "        if actor.is_manager:\n"
        "            pass\n"
        "        self.b.setVisible(actor.is_admin)\n"
        "        ok = 'manager' == who\n"
        "        self.is_admin = True\n"                      # a store decides nothing
        "        if role == Qt.ItemDataRole.DisplayRole:\n"   # Qt's item roles are not staff roles
        "            pass\n"
        "def topic(what):\n"
        "    return what in ('staff', 'handover')\n", encoding="utf-8")
    assert scan(tmp_path) == ["ui/probe.py::W.build:3 role comparison",
                              "ui/probe.py::W.build:4 .is_manager",
                              "ui/probe.py::W.build:6 .is_admin",
                              "ui/probe.py::W.build:7 role comparison"]
