"""`demo --date`: the day the demo history ends at, so a seed gives the same cards any day."""
from __future__ import annotations

import io
import re

from tests.conftest import PASSWORD


def test_demo_with_a_date_gives_the_same_card_on_another_archive(cli, tmp_path, monkeypatch):
    from ui.cli import run

    args = ("demo", "--customers", "5", "--agents", "2", "--seed", "4", "--date", "2025-06-30")
    assert cli("--user", "boss", *args).code == 0
    first = cli("--user", "boss", "show", "KH000003", "--reveal").out
    other = str(tmp_path / "other.db")
    out = io.StringIO()
    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    assert run(["--db", other, "init", "--admin", "boss", "--company", "示例贸易有限公司"], stdout=out, stderr=out) == 0
    assert run(["--db", other, "--user", "boss", *args], stdout=out, stderr=out) == 0
    second = io.StringIO()
    assert run(["--db", other, "--user", "boss", "show", "KH000003", "--reveal"], stdout=second, stderr=out) == 0
    assert second.getvalue() == first
    event_days = re.findall(r"^  (\d{4}-\d\d-\d\d)  \[", first, re.M)
    assert event_days and max(event_days) <= "2025-06-29"      # the history ends the day before --date


def test_demo_refuses_a_date_it_cannot_read(cli):
    res = cli("--user", "boss", "demo", "--customers", "5", "--date", "30.06.2025")
    assert res.code == 2 and "--date" in res.err
    assert "KH" not in cli("--user", "boss", "search", "KH").out
