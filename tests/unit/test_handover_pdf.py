"""The 交接单 PDF: content, embedded fonts, long lists over pages, reprint after confirmation."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from exports import handover_pdf
from models.demo import generator as demo
from models.foundation.schema import Staff
from models.handover import service as handover
from tests.conftest import make_user


def _pdf_text(data: bytes) -> list[str]:
    """Each page's text without white space (pypdf breaks lines between font runs)."""
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def _embedded_fonts(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_record_lists_every_customer_with_signatures_and_page_numbers(sqlite_archive):
    boss = sqlite_archive
    li = make_user(boss, "li", "agent", display_name="李客服")
    make_user(boss, "zhao", "agent", display_name="赵客服")
    demo.generate(boss, 120, agents=1, seed=3)
    leaver = Staff.get(Staff.username == "agent01")
    hid = handover.start_handover(boss, "agent01", notes="调往华南分公司")
    handover.execute(boss, hid, handover.plan(boss, hid, ["li", "zhao"]))
    info = handover.get_handover(boss, hid)
    assert all(i.contacts > 0 and i.events > 0 for i in info.items)

    data = handover_pdf.render(info, company="示例贸易有限公司")
    pages = _pdf_text(data)
    text = "\n".join(pages)
    assert len(pages) >= 3
    for needle in ("客户档案交接单", info.number, leaver.display_name, "王主管", "李客服", "赵客服",
                   "移交人", "接收人", "监交人（客服主管）", "日期", "调往华南分公司", "示例贸易有限公司"):
        assert needle in text, needle
    assert all(i.code in text and re.sub(r"\s+", "", i.name) in text for i in info.items)
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页/共{len(pages)}页" in page
    # a long list continues with its header repeated, and says whose list it is (续)
    assert all("客户编号" in page for page in pages[1:-1])
    for page in pages[1:-1]:
        top = page[page.index("序号") - 40:page.index("序号")] if page.index("序号") >= 40 else page[:page.index("序号")]
        assert re.search(r"接收人：(李客服|赵客服)（(li|zhao)）(（续）|共\d+位客户，已确认0位)$", top), top
    assert sum("（续）" in page for page in pages) >= 1
    assert text.count("未确认") == 120
    assert {"DroidSansFallback", "BitstreamVeraSans-Roman"} <= _embedded_fonts(data)

    # reprinted after one receiver confirmed: it shows who confirmed
    handover.confirm(li, hid)
    text = "\n".join(_pdf_text(handover_pdf.render(handover.get_handover(boss, hid))))
    mine = sum(1 for i in info.items if i.receiver == "li")
    assert text.count("未确认") == 120 - mine
    assert f"{mine}/{mine}（已全部确认）" in text


def test_record_of_a_leaver_without_customers(sqlite_archive, tmp_path):
    boss = sqlite_archive
    make_user(boss, "sales", "staff", display_name="孙业务", department="销售部")
    hid = handover.start_handover(boss, "sales")
    handover.execute(boss, hid, handover.plan(boss, hid, []))
    out = handover_pdf.write_pdf(handover.get_handover(boss, hid), tmp_path / "r.pdf")
    text = "\n".join(_pdf_text(out.read_bytes()))
    assert "孙业务" in text and "销售部" in text and "没有客户档案" in text and "已完成" in text


def test_a_receivers_list_continued_opens_the_next_page_with_its_caption():
    """Where a receiver's list breaks, the caption (接收人：…（续）) goes to the top of the next
    page with the rest — not into the few points left under the first part."""
    from reportlab.platypus import PageBreak, Paragraph

    font, _ = handover_pdf.pdf_fonts()
    rows = [["序号", "客户编号"]] + [[str(i), f"KH{i:06d}"] for i in range(40)]
    table = handover_pdf._table(rows, [60, 120], font)
    table.__class__ = handover_pdf._ReceiverTable
    table._caption = lambda: Paragraph("接收人：王桂香（agent03）（续）")
    table.wrap(400, 10_000)
    parts = table.split(400, 200)
    assert [type(p).__name__ for p in parts] == ["_ReceiverTable", "PageBreak", "Paragraph", "_ReceiverTable"]
    assert isinstance(parts[1], PageBreak) and "（续）" in parts[2].text
    assert parts[3]._caption is table._caption   # a third page gets the caption again
