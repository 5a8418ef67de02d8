"""The calendar is a leaf: stdlib and lunar-python only — no Qt, no peewee, no other models."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "models" / "calendar"
ALLOWED_THIRD_PARTY = {"lunar_python"}


def _imports(path: Path) -> list[tuple[int, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name, 0) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, node.module or "", node.level))
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("__import__",)
              or isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module"):
            found.append((node.lineno, "<dynamic import>", 0))
    return found


def offenders(package: Path = PACKAGE) -> list[str]:
    bad = []
    for path in sorted(package.rglob("*.py")):
        for line, name, level in _imports(path):
            where = f"{path.relative_to(package.parent.parent).as_posix()}:{line} {'.' * level}{name}"
            if level:
                # Relative imports must stay inside the package.
                depth = len(path.relative_to(package).parts) - 1
                if level > depth + 1:
                    bad.append(where)
                continue
            top = name.split(".")[0]
            if name == "models.calendar" or name.startswith("models.calendar."):
                continue
            if top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY:
                continue
            bad.append(where)
    return bad


def test_the_package_imports_only_the_stdlib_lunar_python_and_itself():
    assert sorted(PACKAGE.glob("*.py")), "models/calendar has no modules"
    assert offenders() == []


def test_the_check_catches_what_it_should(tmp_path):
    pkg = tmp_path / "models" / "calendar"
    pkg.mkdir(parents=True)
    (pkg / "probe.py").write_text(
        "import datetime\nfrom . import lunar\nfrom .. import schema\nimport peewee\n"
        "from models.db import x\nfrom PySide6.QtCore import QDate\nimport models.calendar.lunar\n",
        encoding="utf-8")
    assert offenders(pkg) == ["models/calendar/probe.py:3 ..", "models/calendar/probe.py:4 peewee",
                              "models/calendar/probe.py:5 models.db",
                              "models/calendar/probe.py:6 PySide6.QtCore"]


def test_modules_stay_small():
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name


def test_importing_every_module_loads_no_qt_no_peewee_and_no_other_models():
    code = ("import sys\n"
            "import models.calendar, models.calendar.lunar, models.calendar.birthdays, "
            "models.calendar.spec_text, models.calendar.festivals, models.calendar.holidays, "
            "models.calendar.holiday_text, models.calendar.worktime, models.calendar.errors\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'peewee', 'playhouse') or (m.startswith('models.') "
            "and not m.startswith('models.calendar')))\n"
            "print(bad)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
