"""Desktop start (issue 13): the sign-in dialog comes before the main window's modules, which
load while it waits; signing in then opens the window with its list. Not timed: a fresh
interpreter reports what was imported when."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui

PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
from models.drivers import load_peewee_quietly
load_peewee_quietly()
from tests.helpers import fast_hash
fast_hash.install()
from models.accounts import staff
from models.archive import customers
from models.maintenance import opening
from ui.app import Session, create_application

app = create_application([])
opening.open_archive({db!r})
boss = staff.create_first_manager("boss", {password!r}, "王主管", company_name="示例贸易有限公司")
customers.create_customer(boss, {{"name": "华信贸易有限公司"}})
session = Session()
session.start()
out = {{"dialog": type(session.dialog).__name__, "shown": session.dialog.isVisible(),
        "window_module_at_dialog": "ui.mainwindow" in sys.modules}}
deadline = time.monotonic() + 60
while session.preloader.queue or not session.preloader.loaded:
    app.processEvents()
    assert time.monotonic() < deadline, "preloading never finished"
import ui.mainwindow
out["preloaded"] = [m for m in ui.mainwindow.FEATURE_MODULES if m not in session.preloader.loaded]
out["today_page_preloaded"] = "ui.desk.today_page" in sys.modules
out["dialog_still_shown"] = session.dialog.isVisible()
session.dialog.username.setText("boss")
session.dialog.password.setText({password!r})
session.dialog.submit()
while session.window is None or session.window.model.rowCount() == 0:
    app.processEvents()
    assert time.monotonic() < deadline, "the main window never showed its list"
out["window_shown"] = session.window.isVisible()
out["first_row"] = session.window.model.row_data(0).name
session.tasks.cancel_all()
session.tasks.wait(5000)
print(json.dumps(out, ensure_ascii=False))
"""


def test_the_sign_in_dialog_comes_first_and_the_window_loads_while_it_waits(tmp_path):
    script = PROBE.format(root=str(ROOT), db=str(tmp_path / "a.db"), password=PASSWORD)
    env = {k: v for k, v in os.environ.items() if k != "CLIENT_ARCHIVE_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["dialog"] == "LoginDialog" and out["shown"]
    assert out["window_module_at_dialog"] is False      # the dialog did not wait for the window's code
    assert out["preloaded"] == []                       # every feature module loaded while it waited
    assert out["today_page_preloaded"] and out["dialog_still_shown"]
    assert out["window_shown"] and out["first_row"] == "华信贸易有限公司"
