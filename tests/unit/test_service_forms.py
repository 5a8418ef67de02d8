"""The paper forms (issue 14): one A4 page each; a blank form made for handwriting — every
line at least 9 mm high, the free-text rows about 2 cm, tick boxes for the choices; a filled
form with long text still one page. Read back with pypdfium2 (text and where it stands)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pypdfium2 as pdfium
import pytest

from exports import service_forms
from models.service.dto import BlankForm, RecordInfo

MM = 72 / 25.4


def labels_at(path, labels):
    """The height (points from the bottom) of each label's first character, and the page count."""
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[0]
        text = page.get_textpage()
        out = {}
        for label in labels:
            found = text.search(label, match_whole_word=False).get_next()
            if found is not None:
                out[label] = text.get_charbox(found[0])[1]
        return out, len(doc)
    finally:
        doc.close()


COMPLAINT_ROWS = ("编号", "客户", "投诉人", "受理渠道", "产品/订单", "事由", "情况描述", "客户要求", "判断",
                  "投诉类别", "判断理由", "处理人", "处理结果", "纠正措施", "预防措施", "回访告知", "客户满意度",
                  "回访时间", "受理人签字")


@pytest.mark.parametrize("kind", ["投诉", "", "维修"])
def test_blank_forms_leave_room_to_write(tmp_path, kind):
    path = tmp_path / "blank.pdf"
    assert service_forms.write_form(BlankForm(kind, "示例贸易有限公司"), path, company="示例贸易有限公司") == 1
    rows = COMPLAINT_ROWS if kind == "投诉" else tuple(
        r for r in COMPLAINT_ROWS if r not in ("投诉人", "判断", "投诉类别", "判断理由", "纠正措施", "预防措施")
    ) + ("联系人", "预约时间", "服务地址", "退换物品", "退换原因")
    found, pages = labels_at(path, rows)
    assert pages == 1 and set(found) == set(rows)            # 退换 rows on every blank 售后服务单
    ys = sorted(found.values(), reverse=True)
    gaps = [(a - b) / MM for a, b in zip(ys, ys[1:], strict=False)]
    assert min(gaps) >= 8.9, gaps                              # a handwritten line fits every row
    tall = ("情况描述", "处理结果", "回访告知")
    for label in tall:                                         # free text: about three lines
        below = max(y for y in found.values() if y < found[label])
        assert (found[label] - below) / MM >= 16, label
    assert found["受理人签字"] > 14 * MM                        # the signatures stay on the page


def test_a_filled_form_with_long_text_stays_on_one_page(tmp_path):
    now = dt.datetime(2026, 3, 2, 10, 0)
    fields = {f.name: "" for f in dataclasses.fields(RecordInfo)}
    fields.update(id=1, number="TS2026-000001", kind="投诉", customer_id=1, code="KH000001", customer="杭州明达",
                  title="送货迟到", content="客户来电称订单迟到三天，包装破损。" * 25, received_at=now,
                  status="已解决", satisfaction=4, appointment_at=None, first_response_at=now, resolved_at=now,
                  feedback_at=None, closed_at=None, respond_by=now, resolve_by=now, missed_response=False,
                  missed_resolution=False, overdue=False, paused=False, reopen_count=0, version=1,
                  resolution="补发并赔偿运费。" * 20, verdict="justified")
    path = tmp_path / "form.pdf"
    assert service_forms.write_form(RecordInfo(**fields), path, company="示例") == 1
    found, pages = labels_at(path, ("情况描述", "客户满意度", "响应期限"))
    assert pages == 1 and set(found) == {"情况描述", "客户满意度", "响应期限"}
