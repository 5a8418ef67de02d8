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
from models.foundation.credit_code import check_character
from models.foundation.schema import Customer
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


def credit_code(n: int) -> str:
    first17 = f"9133010{n:010d}"
    return first17 + check_character(first17)


def fill_identity(actor) -> int:
    """Give every company card the whole company identity (issue 16.5), as a real archive's
    cards have it; the demo generator leaves it empty. Returns how many were filled."""
    done = 0
    for c in Customer.select().where(Customer.kind == "company"):
        customers.update_customer(actor, c.id, c.version, {
            "credit_code": credit_code(c.id), "legal_rep": "周建国", "registered_capital": "5000万元人民币",
            "invoice_title": c.name, "invoice_tax_id": credit_code(c.id),
            "invoice_address_phone": f"{c.address or '浙江省杭州市西湖区文三路 100 号'} {c.phone or '0571-88886666'}",
            "invoice_bank_account": "中国工商银行杭州西湖支行 1202 0212 0920 0123 456"})
        done += 1
    return done


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
    long = _rich_card(boss, "长日志公司", n_events=50)   # first by code; a log of two pages
    demo.generate(boss, 24, agents=3, seed=7)
    assert fill_identity(boss) >= 12
    out = tmp_path / "all.pdf"
    exporting.export_pdf(boss, out, Selection(ListQuery(status=None)), duplex=False)
    per = collections.Counter()
    for text in _pages(out):
        m = re.search(r"(KH\d+)第\d+/\d+页", text)
        per[m.group(1)] += 1
    assert per.pop(long.code) == 3   # an odd count: duplex needs a blank verso after it
    # every demo card is two pages, the A cards with 3-6 key people and the company identity
    # included (200 demo cards measured: 200 two-page; 154 before the layout work)
    assert len(per) == 24 and set(per.values()) == {2}, per
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


def test_company_identity_prints_on_page_one(sqlite_archive, tmp_path):
    boss = sqlite_archive
    card = _rich_card(boss, n_events=3)
    fill_identity(boss)
    code = credit_code(card.id)
    identity = ("统一社会信用代码", code, "法定代表人", "周建国", "注册资本", "5000万元人民币", "开票信息",
                "税号", "开户行及账号：中国工商银行杭州西湖支行")
    for template in ("full", "public"):   # not sensitive: the handed-out card has it too
        out = tmp_path / f"{template}.pdf"
        exporting.export_pdf(boss, out, Selection(customers=(card.code,)), template=template)
        pages = _pages(out)
        assert len(pages) == 2
        for needle in identity:
            assert needle in pages[0], (template, needle)
    out = tmp_path / "summary.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(card.code,)), template="summary")
    page = _pages(out)[0]
    assert "统一社会信用代码" in page and code in page
    assert "周建国" not in page and "开票信息" not in page
    person = customers.create_customer(boss, {"name": "个人客户王先生", "kind": "individual"})
    out = tmp_path / "person.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(person.code,)))
    assert "统一社会信用代码" not in "".join(_pages(out))   # a person has no company identity


def test_identity_adds_at_most_two_lines_to_page_one(sqlite_archive):
    """The identity costs two grid lines on page 1 (codes/representative/capital, the invoice)."""
    from exports import card_layout, pdf_card

    boss = sqlite_archive
    card = _rich_card(boss, n_events=3)
    font, _ = pdf_card._fonts()
    layout = card_layout.Layout(font, pdf_card._markup, pdf_card.CONTENT_W)
    without = card_layout.company_table(layout, customers.get_card(boss, card.id)).wrap(pdf_card.CONTENT_W, 10_000)[1]
    fill_identity(boss)
    with_ = card_layout.company_table(layout, customers.get_card(boss, card.id)).wrap(pdf_card.CONTENT_W, 10_000)[1]
    assert 0 < with_ - without <= 3 * 14   # three 14-pt lines at most (the invoice may take two)
