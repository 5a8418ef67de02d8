"""Stored times are UTC; what people read and print is the PC's local time (Beijing here)."""
from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from models.archive import customers
from models.foundation.localtime import DATE, local_day_start_utc, local_text
from models.transfer import exporting
from models.transfer.exporting import Selection


@pytest.fixture
def beijing(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_local_text_and_day_start_in_beijing(beijing):
    assert local_text(dt.datetime(2026, 1, 1, 16, 30)) == "2026-01-02 00:30"
    assert local_text(dt.datetime(2026, 1, 1, 16, 30), DATE) == "2026-01-02"
    assert local_text(None, empty="—") == "—"
    assert local_day_start_utc(dt.date(2026, 1, 2)) == dt.datetime(2026, 1, 1, 16, 0)


def test_printed_card_and_workbook_show_local_time(beijing, sqlite_archive, tmp_path):
    boss = sqlite_archive
    card = customers.create_customer(boss, {"name": "北京时间测试有限公司"}, owner=boss.username)
    before = dt.datetime.now()            # local wall clock, Beijing
    exporting.export_pdf(boss, tmp_path / "c.pdf", Selection(customers=(card.code,)))
    exporting.export_excel(boss, tmp_path / "c.xlsx", Selection(customers=(card.code,)))
    expected = {before.strftime("%Y-%m-%d %H:%M"),
                (before + dt.timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")}
    footer = PdfReader(str(tmp_path / "c.pdf")).pages[0].extract_text()
    printed = re.search(r"打印时间：\s*(\d{4}-\d\d-\d\d\s*\d\d:\d\d)", footer).group(1)
    assert re.sub(r"\s+", " ", printed) in expected and "UTC" not in footer
    notes = {r[0]: r[1] for r in load_workbook(tmp_path / "c.xlsx")["导出说明"].iter_rows(values_only=True)
             if r and r[0]}
    assert notes["导出时间"] in expected
