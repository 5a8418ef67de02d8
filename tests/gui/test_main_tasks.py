"""TaskRunner: work on a worker thread, results/progress/errors back on the main thread."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models.foundation.errors import NotFound
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_main_thread(qtbot):
    runner = TaskRunner()
    main = threading.get_ident()
    seen = {"progress": [], "threads": set()}

    def work(n, progress=None):
        seen["threads"].add(threading.get_ident())
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    def on_progress(done, total):
        assert threading.get_ident() == main
        seen["progress"].append((done, total))

    result = []
    task = runner.run(work, 5, on_done=lambda r: result.append((r, threading.get_ident())),
                      on_progress=on_progress)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert result == [(10, main)]
    assert main not in seen["threads"]
    assert seen["progress"][-1] == (5, 5) and len(seen["progress"]) == 5
    assert task.is_finished and task.result == 10
    runner.wait()


def test_error_is_reported_not_raised(qtbot):
    runner = TaskRunner()
    errors = []

    def work():
        raise NotFound("客户", "KH999999")

    runner.run(work, on_error=errors.append, on_done=lambda r: pytest.fail("no result expected"))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], NotFound) and "KH999999" in errors[0].message
    runner.wait()


def test_cancel_stops_work_and_suppresses_callbacks(qtbot):
    runner = TaskRunner()
    steps = []
    done = []

    def work(is_cancelled=None, progress=None):
        for i in range(200):
            if is_cancelled():
                return "stopped"
            steps.append(i)
            time.sleep(0.005)
        return "finished"

    task = runner.run(work, on_done=done.append)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=5000)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert task.result == "stopped" and len(steps) < 200
    assert done == []   # a cancelled task reports nothing
    runner.wait()


def test_worker_reads_the_archive_on_its_own_connection(qtbot, demo_archive):
    from models.archive import customers

    runner = TaskRunner()
    got = []
    runner.run(customers.count_customers, demo_archive, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [50]
    runner.wait()


def _run_probe(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + code],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_a_long_session_of_qt_calls_does_not_abort():
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call returning None;
    without pyside_compat.install() at start-up the interpreter aborts after a few thousand
    calls. The app's own start-up (create_application) must install it."""
    result = _run_probe("from ui.app import create_application\n"
                        "from PySide6.QtWidgets import QLabel\n"
                        "app = create_application([]); label = QLabel()\n"
                        "for i in range(200000):\n    label.setText('客户')\n"
                        "app.processEvents(); print('survived')\n")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout


def test_the_none_workaround_is_pinned_to_the_pyside6_that_needs_it():
    """Importing the app changes nothing; needed() agrees with what the installed PySide6 does.
    When this fails on a newer PySide6 that no longer drops references, give
    ui.pyside_compat an upper bound (and say which release fixed it)."""
    result = _run_probe(
        "import ui.app, ui.mainwindow, ui.tasks\n"
        "from ui import pyside_compat\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "assert sys.getrefcount(None) < 2 ** 59, 'an import raised the counts'\n"
        "app = QApplication([]); label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for i in range(100):\n    label.setText('x')\n"
        "drops = before - sys.getrefcount(None) >= 100\n"
        "import PySide6\n"
        "print(drops, pyside_compat.needed(), PySide6.__version__)\n")
    assert result.returncode == 0, result.stderr[-500:]
    drops, needed, version = result.stdout.split()
    assert drops == needed, f"PySide6 {version} drops None refs: {drops}; pyside_compat.needed(): {needed}"
