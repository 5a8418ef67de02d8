"""The printed customer information card: what is on the paper, and what must not be."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from models.archive import contacts, customers, events
from models.archive.customers import ListQuery
from models.foundation.errors import PermissionDenied
from models.foundation.schema import AuditEntry, Grant, utcnow
from models.transfer import exporting
from models.transfer.exporting import Selection


def _card(actor, name, *, n_events=2, long=False):
    card = customers.create_customer(actor, {"name": name, "cls": "A", "phone": "0571-8888 1234",
                                             "address": "杭州市西湖区文三路 100 号",
                                             "notes": ("长备注" * 400) if long else "老客户"})
    contacts.add_contact(actor, card.id, {"name": "陈志强", "title": "采购经理", "mobile": "13900001111",
                                          "family": "家有二胎", "personality": "谨慎务实",
                                          "birthday": (8, 15, None, True)})
    contacts.add_project(actor, card.id, {"name": "仓储系统集成", "started_on": "2022-04-01",
                                          "ended_on": "2022-12-31", "amount": "880000", "status": "已完成"})
    for i in range(n_events):
        events.add_event(actor, card.id, {"event_date": dt.date(2024, 1, 1) + dt.timedelta(days=i),
                                          "category": "回访", "title": f"第{i + 1}次回访",
                                          "content": ("沟通顺利，对方计划扩大合作。" * 30) if long else "沟通顺利"})
    return card


def _text(path) -> list[str]:
    """Each page's text without whitespace (font runs split the extracted lines)."""
    return [re.sub(r"\s+", "", p.extract_text() or "") for p in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(sys.platform == "win32" and not shutil.which("pdffonts"),
                    reason="needs poppler's pdffonts on PATH to check the embedded fonts")
def test_one_card_two_pages_with_header_footer_and_embedded_font(people, tmp_path):
    boss = people["boss"]
    card = _card(people["li"], "杭州云栖科技有限公司")
    out = tmp_path / "card.pdf"
    result = exporting.export_pdf(boss, out, Selection(customers=(card.code,)), watermark=True)
    pages = _text(out)
    assert len(pages) == 2 == result.counts["页数"]
    assert "客户资料信息卡" in pages[0] and "基本资料" in pages[0]
    for needle in (card.code, "杭州云栖科技有限公司", "陈志强", "家有二胎", "仓储系统集成", "880,000.00",
                   "0571-8888 1234", "示例贸易有限公司", "内部资料", "王主管", "第 1 / 2 页"):
        assert _flat(needle) in pages[0], needle
    assert "重要事项记录" in pages[1] and "第1次回访" in pages[1] and "第2/2页" in pages[1]
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "DroidSansFallback" in line]
    assert cjk and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in cjk)  # emb sub uni
    entry = AuditEntry.select().where(AuditEntry.action == "export_pdf").get()
    assert json.loads(entry.details)["sha256"] == result.sha256 and entry.target_label == card.code


def test_batch_each_card_starts_on_a_new_page_and_long_log_repeats_header(people, tmp_path):
    boss = people["boss"]
    a = _card(boss, "甲公司", n_events=40, long=True)
    b = _card(boss, "乙公司")
    out = tmp_path / "batch.pdf"
    exporting.export_pdf(boss, out, Selection(ListQuery(sort="code", descending=False)))
    pages = _text(out)
    starts = [i for i, t in enumerate(pages) if "客户资料信息卡" in t]
    assert len(starts) == 2 and starts[0] == 0
    assert b.code in pages[starts[1]] and a.code in pages[0]
    log_pages = [t for t in pages[:starts[1]] if "第1次回访" in t or "第40次回访" in t or "回访" in t]
    assert len(log_pages) >= 3
    # every page of the long log repeats the table header
    log = [t for t in pages[:starts[1]] if "次回访" in t]
    assert all("来源部门" in t and "记录人" in t for t in log)
    assert "第40次回访" in "".join(log)
    # nothing of the long texts is lost: the whole note is there across the pages
    assert "".join(pages[:starts[1]]).count("长备注") == 400
    assert f"{b.code}第1/2页" in pages[starts[1]]


def test_masked_fields_do_not_reach_the_paper(people, tmp_path):
    li, zhao, boss = people["li"], people["zhao"], people["boss"]
    theirs = _card(zhao, "赵的客户")
    Grant.create(customer=theirs.id, grantee=li.id, scopes="view,export", granted_by=boss.id,
                 expires_at=utcnow() + dt.timedelta(days=1))
    out = tmp_path / "granted.pdf"
    exporting.export_pdf(li, out, Selection(customers=(theirs.code,)))
    text = "".join(_text(out))
    assert "赵的客户" in text and "陈志强" in text
    assert "家有二胎" not in text and "谨慎务实" not in text and "八月十五" not in text
    assert "••••" in text
    customers.create_customer(li, {"name": "李的客户"})
    with pytest.raises(PermissionDenied):  # two cards are a bulk print: managers only
        exporting.export_pdf(li, tmp_path / "all.pdf", Selection(ListQuery()), watermark=True)
    with pytest.raises(PermissionDenied):
        exporting.export_pdf(people["sales"], tmp_path / "s.pdf", Selection(customers=(theirs.code,)))
    assert not (tmp_path / "all.pdf").exists() and not (tmp_path / "s.pdf").exists()


def test_cancelled_print_leaves_no_file(sqlite_archive, tmp_path):
    boss = sqlite_archive
    for i in range(3):
        customers.create_customer(boss, {"name": f"客户{i}"})
    folder = tmp_path / "out"
    folder.mkdir()                  # a missing folder is refused, never created
    calls = []
    with pytest.raises(exporting.ExportCancelled):
        exporting.export_pdf(boss, folder / "x.pdf", Selection(ListQuery()),
                             progress=lambda d, t: calls.append(d), is_cancelled=lambda: len(calls) >= 2)
    assert list(folder.iterdir()) == []
    assert not AuditEntry.select().where(AuditEntry.action == "export_pdf").exists()


def test_hostile_text_emoji_and_empty_card_render(sqlite_archive, tmp_path):
    boss = sqlite_archive
    card = customers.create_customer(boss, {"name": '<b>&amp; =HYPERLINK("x") 😀', "notes": "A&B <i>"})
    out = tmp_path / "h.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)))
    text = "".join(_text(out))
    assert '<b>&amp;=HYPERLINK("x")' in text and "A&B<i>" in text
    assert "暂无记录" in text and "暂无联系人" in text
