"""The importer's fast search text must equal search_text.build for any names."""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from models import importing, search_text

NAMES = st.text(st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
                          st.sampled_from("abcXYZ 0123-＝Ｘ😀重长行乐")), min_size=1, max_size=12)
PHONES = st.sampled_from(["", "021-1234 5678", "13800138000", "+86 (10) 8888"])


@settings(max_examples=150, deadline=None)
@given(name=NAMES, phone=PHONES, people=st.lists(st.tuples(NAMES, PHONES), max_size=3))
def test_fast_search_text_equals_core_build(name, phone, people):
    row = {"code": "KH000001", "name": name, "phone": phone, "fax": "", "email": "a@b.cn"}
    contacts = [{"name": n, "phone": "", "mobile": m, "email": ""} for n, m in people]
    expected = search_text.build(SimpleNamespace(**row), [SimpleNamespace(**c) for c in contacts])
    assert importing.fast_search_text(row, contacts) == expected


def test_common_chinese_names_including_polyphones():
    for name in ["重庆银行股份有限公司", "长春市药店", "行知教育", "单县乐器厂", "曾国藩", "张三"]:
        assert importing._pinyin_forms(name) == search_text.pinyin_forms(name)
