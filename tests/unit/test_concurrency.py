"""Two connections editing one card never silently overwrite each other."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.archive import customers
from models.foundation.errors import ConflictError
from tests.conftest import PASSWORD

HELPER = Path(__file__).resolve().parent.parent / "helpers" / "edit_loop.py"


def _run_editor(url, cycles):
    return subprocess.Popen([sys.executable, str(HELPER), url, "li", PASSWORD, "KH000001", str(cycles)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_stale_save_from_another_connection_is_refused(people, db_url):
    li = people["li"]
    card = customers.create_customer(li, {"name": "并发测试公司", "notes": "0"})
    # another process (its own connection) saves first
    proc = _run_editor(db_url, 1)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    with pytest.raises(ConflictError) as exc:
        customers.update_customer(li, card.id, card.version, {"notes": "mine"})
    assert "已被其他人修改" in exc.value.message
    assert customers.get_card(li, card.code).notes == "1"


def test_two_processes_lose_no_edit(people, db_url):
    li = people["li"]
    customers.create_customer(li, {"name": "并发测试公司", "notes": "0"})
    cycles = 60
    procs = [_run_editor(db_url, cycles) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    # every one of the 120 increments survived: stale saves were refused and retried
    assert customers.get_card(li, "KH000001").notes == str(2 * cycles)
