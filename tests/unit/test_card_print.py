"""Printed cards worth handing out (issue 17): embedded fonts, two pages a card, duplex
parity, the summary on one page, page 2 newest first, nothing sensitive on the public card."""
from __future__ import annotations

import collections
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from exports import handover_pdf
from models.archive import contacts, customers, events
from models.archive.customers import ListQuery
from models.demo import generator as demo
from models.handover import service as handover
from models.transfer import exporting
from models.transfer.exporting import Selection
from tests.conftest import make_user

SECRETS = ("家有二胎", "谨慎务实", "喜欢钓鱼", "与市商会会长相熟")


def _pages(path) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text() or "") for p in PdfReader(str(path)).pages]


def _unembedded_fonts(reader: PdfReader) -> set[str]:
    """Names of fonts used on any page that carry no embedded font file."""
    bad = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                bad.add(str(font.get("/BaseFont")))
    return bad


def _rich_card(actor, name="杭州云栖科技有限公司", n_events=12):
    card = customers.create_customer(actor, {"name": name, "cls": "A", "phone": "0571-8888 1234"})
    contacts.add_contact(actor, card.id, {"name": "陈志强", "title": "采购经理", "family": SECRETS[0],
                                          "personality": SECRETS[1], "hobbies": SECRETS[2],
                                          "relationships": SECRETS[3], "birthday": (8, 15, 1975, False)})
    contacts.add_project(actor, card.id, {"name": "仓储系统集成", "amount": "86000", "status": "已完成"})
    for i in range(n_events):
        events.add_event(actor, card.id, {"event_date": dt.date(2024, 1, 1) + dt.timedelta(days=i),
                                          "category": "回访", "title": f"第{i + 1}次回访", "content": "沟通顺利"})
    return card


def test_card_and_handover_record_embed_every_font(sqlite_archive, tmp_path):
    boss = sqlite_archive
    card = _rich_card(boss)
    out = tmp_path / "card.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)))
    assert _unembedded_fonts(PdfReader(str(out))) == set()   # was {"/Helvetica"}
    make_user(boss, "li", "agent", display_name="李客服")
    demo.generate(boss, 30, agents=1, seed=3)
    hid = handover.start_handover(boss, "agent01")
    handover.execute(boss, hid, handover.plan(boss, hid, ["li"]))
    data = handover_pdf.render(handover.get_handover(boss, hid))
    assert _unembedded_fonts(PdfReader(io.BytesIO(data))) == set()


def test_demo_cards_are_two_pages_and_duplex_starts_each_on_an_odd_page(sqlite_archive, tmp_path):
    boss = sqlite_archive
    long = _rich_card(boss, "长日志公司", n_events=80)   # first by code; a long log
    demo.generate(boss, 24, agents=3, seed=7)
    out = tmp_path / "all.pdf"
    exporting.export_pdf(boss, out, Selection(ListQuery(status=None)), duplex=False)
    per = collections.Counter()
    for text in _pages(out):
        m = re.search(r"(KH\d+)第\d+/\d+页", text)
        per[m.group(1)] += 1
    assert per.pop(long.code) % 2 == 1   # an odd count: duplex needs a blank verso after it
    # the demo's A customers carry 3-6 key people: a typical card is two pages, a rich one three
    assert len(per) == 24 and set(per.values()) <= {2, 3}
    assert sum(v == 2 for v in per.values()) >= 18, per
    odd = 1 + sum(v % 2 for v in per.values())
    out = tmp_path / "duplex.pdf"
    result = exporting.export_pdf(boss, out, Selection(ListQuery(status=None)))   # duplex: the default
    pages = _pages(out)
    starts = [i for i, t in enumerate(pages) if "客户资料信息卡" in t]
    assert len(starts) == 25 and all(i % 2 == 0 for i in starts)   # 0-based: page 1, 3, 5 ...
    blanks = [i for i, t in enumerate(pages) if "此页空白" in t]
    assert len(blanks) in (odd - 1, odd)        # after each odd card (the last needs none)
    assert not any(re.search(r"KH\d+第", pages[i]) for i in blanks)   # no card's footer
    assert result.counts["页数"] == len(pages)


def test_summary_is_one_page_and_page_two_runs_newest_first(sqlite_archive, tmp_path):
    boss = sqlite_archive
    card = _rich_card(boss, n_events=40)
    out = tmp_path / "full.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)))
    text = "".join(_pages(out)[1:])
    assert text.index("第40次回访") < text.index("第39次回访") < text.index("第1次回访")
    assert "¥86,000.00" in "".join(_pages(out))
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)), newest_first=False)
    text = "".join(_pages(out)[1:])
    assert text.index("第1次回访") < text.index("第40次回访")
    out = tmp_path / "summary.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)), template="summary")
    pages = _pages(out)
    assert len(pages) == 1 and "第40次回访" in pages[0] and "第31次回访" in pages[0]
    assert "第30次回访" not in pages[0]


def test_public_card_leaves_every_sensitive_field_out(sqlite_archive, tmp_path):
    boss = sqlite_archive
    card = _rich_card(boss)
    out = tmp_path / "full.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)))
    assert all(s in "".join(_pages(out)) for s in SECRETS)   # the manager sees them on the full card
    out = tmp_path / "public.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)), template="public")
    text = "".join(_pages(out))
    assert "陈志强" in text and "仓储系统集成" in text
    for gone in (*SECRETS, "1975", "••••", "性格分析", "兴趣爱好", "生日"):
        assert gone not in text.replace("（生日、家庭、性格分析、兴趣爱好、人际关系）", ""), gone


def test_unknown_template_is_refused(sqlite_archive, tmp_path):
    with pytest.raises(ValueError):
        exporting.export_pdf(sqlite_archive, tmp_path / "x.pdf", Selection(ListQuery()), template="fancy")
