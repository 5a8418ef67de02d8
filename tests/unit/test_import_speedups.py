"""The search column's fast pinyin must equal pypinyin on the whole name, and the dict form
the importer uses must equal the object form every other writer uses."""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from models.archive import search_text

NAMES = st.text(st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
                          st.sampled_from("abcXYZ 0123-＝Ｘ😀重长行乐庆银朝阳调")), min_size=1, max_size=12)
PHONES = st.sampled_from(["", "021-1234 5678", "13800138000", "+86 (10) 8888"])


def whole_name_pinyin(name: str) -> tuple[str, str]:
    """What pypinyin gives for the name in one call (the definition of the column)."""
    full = "".join(lazy_pinyin(name, errors="default")).lower().replace(" ", "")
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")).lower().replace(" ", "")
    return full, initials


@settings(max_examples=200, deadline=None)
@given(name=NAMES)
def test_segment_cached_pinyin_equals_pypinyin_on_the_whole_name(name):
    assert search_text.pinyin_forms(name) == whole_name_pinyin(name)


@settings(max_examples=150, deadline=None)
@given(name=NAMES, phone=PHONES, people=st.lists(st.tuples(NAMES, PHONES), max_size=3))
def test_build_from_dicts_equals_build_from_objects(name, phone, people):
    row = {"code": "KH000001", "name": name, "phone": phone, "fax": "", "email": "a@b.cn"}
    contacts = [{"name": n, "phone": "", "mobile": m, "email": ""} for n, m in people]
    expected = search_text.build(SimpleNamespace(**row), [SimpleNamespace(**c) for c in contacts])
    assert search_text.build_from(row, contacts) == expected


def test_polyphones_follow_the_phrase_and_searching_by_pinyin_finds_them():
    assert search_text.pinyin_forms("重庆银行股份有限公司")[0] == "chongqingyinhanggufenyouxiangongsi"
    assert search_text.pinyin_forms("长春市药店") == ("changchunshiyaodian", "ccsyd")
    assert search_text.pinyin_forms("张三") == ("zhangsan", "zs")
    for name in ["重庆银行股份有限公司", "长春市药店", "行知教育", "单县乐器厂", "曾国藩", "朝阳区调研所"]:
        assert search_text.pinyin_forms(name) == whole_name_pinyin(name)


def test_bulk_jobs_restore_the_collector_thresholds_even_when_they_fail():
    import gc

    import pytest

    from models.transfer.exporting import fewer_gc_passes

    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_gc_passes():
        assert gc.get_threshold()[0] > before[0]
        raise RuntimeError("boom")
    assert gc.get_threshold() == before
