"""House rule 1: the core, the file formats and the command line never import Qt."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_QT_DIRS = ("models", "exports", "ui/cli")


def qt_imports(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__"
              and node.args and isinstance(node.args[0], ast.Constant)):
            names = [str(node.args[0].value)]
        found += [f"{path.relative_to(root).as_posix()}:{node.lineno} {n}" for n in names
                  if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")
                  or n == "ui" or (n.startswith("ui.") and not n.startswith("ui.cli"))]
    return found


@pytest.mark.parametrize("folder", NO_QT_DIRS)
def test_no_qt_import_in(folder):
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"{folder} has no modules"
    offenders = [hit for f in files for hit in qt_imports(f)]
    assert offenders == []


def test_the_scan_catches_imports(tmp_path):
    bad = tmp_path / "models" / "probe.py"
    bad.parent.mkdir()
    bad.write_text("import os\ndef f():\n    from PySide6.QtCore import QObject\n"
                   "import ui.mainwindow\nimport ui.cli.render\n", encoding="utf-8")
    assert sorted(qt_imports(bad, tmp_path)) == ["models/probe.py:3 PySide6.QtCore",
                                         "models/probe.py:4 ui.mainwindow"]


def _loads_qt(code: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_cli_help_and_core_imports_do_not_load_qt():
    probe = ("import sys, runpy\n"
             "sys.argv = ['main.py', '--help']\n"
             "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
             "except SystemExit as e:\n    assert e.code in (0, None), e.code\n"
             "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
             "print('QT:', bad, file=sys.stderr)\n")
    result = _loads_qt(probe)
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout.lower() or "用法" in result.stdout
    assert "QT: []" in result.stderr

    result = _loads_qt("import sys, models.archive.customers, models.archive.events, ui.cli\n"
                       "import exports.fonts\n"
                       "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
