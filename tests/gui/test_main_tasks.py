"""TaskRunner: work on a worker thread, results/progress/errors back on the main thread."""
from __future__ import annotations

import threading
import time

import pytest

from models.foundation.errors import NotFound
from ui.tasks import TaskRunner

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


def test_a_long_session_of_qt_calls_does_not_abort():
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call returning None;
    without ui.pyside_compat the interpreter aborts after a few thousand calls."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = ("import sys; sys.path.insert(0, %r)\n"
            "import ui.mainwindow\n"
            "from PySide6.QtWidgets import QApplication, QLabel\n"
            "app = QApplication([]); label = QLabel()\n"
            "for i in range(200000):\n    label.setText('客户')\n"
            "app.processEvents(); print('survived')\n") % str(root)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
