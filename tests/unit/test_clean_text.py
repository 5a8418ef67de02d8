"""Single-line fields hold one line of visible text; multi-line fields keep their lines; search
text is one line of at most 200 characters. On both databases, through the services."""
from __future__ import annotations

import pytest

from models.archive import contacts, customers, events
from models.foundation.errors import ValidationError
from models.foundation.validation import clean_line, clean_query, clean_text, parse_email

RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


@pytest.mark.parametrize("raw, clean", [
    ("杭州甲贸易有限公司\n", "杭州甲贸易有限公司"),                  # pasted from a web page
    ("  杭州甲贸易\r\n有限公司  ", "杭州甲贸易 有限公司"),             # an address over two lines
    ("甲\t\t乙", "甲 乙"),
    ("甲\u2028乙\x85丙", "甲 乙 丙"),
    (f"invoice{RLO}fdp.exe", "invoicefdp.exe"),                      # a bidi override hides text
    (f"{LRI}甲{PDI}\ufeff", "甲"),
    ("甲\x00乙\x07\x1b[31m", "甲乙[31m"),
    ("两  个空格", "两  个空格"),                                      # typed spaces stay
    (None, ""),
])
def test_clean_line(raw, clean):
    assert clean_line(raw) == clean


def test_clean_text_keeps_lines_and_tabs_only():
    assert clean_text("第一行\r\n第二行\r第三行\u2028第四行") == "第一行\n第二行\n第三行\n第四行"
    assert clean_text(f"缩进\t{RLO}\x00\x1b内容\n") == "缩进\t内容"


def test_limits_apply_to_the_cleaned_value():
    assert clean_line("甲\n" * 3, 5) == "甲 甲 甲"
    with pytest.raises(ValueError, match="不能超过 4"):
        clean_line("甲 甲 甲", 4)


def test_clean_query():
    assert clean_query("甲\x00") == "甲"
    assert clean_query("") == "" and clean_query("  ") == ""     # no filter, as before
    with pytest.raises(ValueError, match="不可见"):
        clean_query("\x00")
    assert clean_query("x" * 200) == "x" * 200
    with pytest.raises(ValueError, match="200"):
        clean_query("x" * 201)


def test_an_email_with_hidden_characters():
    assert parse_email(f"a{RLO}@b.cn\n") == "a@b.cn"


def test_names_and_titles_are_stored_as_one_line(archive):
    card = customers.create_customer(archive, {
        "name": f"甲公司\n{RLO}伪造\x00", "address": "杭州市\r\n西湖区", "industry": "贸易\t",
        "notes": f"第一行\n第二行{RLO}\x07"})
    stored = customers.get_card(archive, card.code)
    assert stored.name == "甲公司 伪造" and stored.address == "杭州市 西湖区"
    assert stored.industry == "贸易" and stored.notes == "第一行\n第二行"
    person = contacts.add_contact(archive, card.id, {"name": "张三\n", "title": "经理\n总监",
                                                     "family": "妻子\n女儿\x00"})
    assert (person.name, person.title, person.family) == ("张三", "经理 总监", "妻子\n女儿")
    entry = events.add_event(archive, card.code, {"event_date": "2024-05-01", "category": "回访",
                                                   "title": "回访\n第二行", "content": "内容\n保留",
                                                   "source_department": "销售部\n"})
    assert (entry.title, entry.content, entry.source_department) == ("回访 第二行", "内容\n保留", "销售部")


def test_a_nul_in_a_search_matches_nothing_extra(archive):
    customers.create_customer(archive, {"name": "甲公司"})
    customers.create_customer(archive, {"name": "乙公司"})
    # SQLite once read the pattern only up to the NUL (everything); PostgreSQL raised DataError
    assert [r.name for r in customers.search(archive, "甲\x00")] == ["甲公司"]
    assert [d.name for d in customers.directory(archive, "乙\x00")] == ["乙公司"]
    with pytest.raises(ValidationError):
        customers.search(archive, "\x00")


def test_a_long_search_is_refused_with_words(archive):
    customers.create_customer(archive, {"name": "甲公司"})
    for call in (customers.search, customers.directory):
        with pytest.raises(ValidationError, match="200") as exc:
            call(archive, "甲" * 50_000)
        assert len(exc.value.message) < 100
