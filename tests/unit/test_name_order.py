"""The list sorted by 客户名称 reads in pinyin order (issue 12), on both databases: the stored
sort key, its keyset pages, edits and imports keeping it current."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from models.archive import customer_list, customers
from models.archive.customer_list import ListQuery
from models.foundation import db, name_order
from models.foundation.schema import Customer

# the order a user expects (Excel / WeChat): digits first (by number), then A–Z with the
# Chinese names among the Latin ones by their pinyin
EXPECTED = [
    "2号仓库",
    "10号仓库",
    "阿里巴巴网络技术有限公司",    # a li
    "ABC咨询",                    # abc: after a'li (a, then li), before an
    "安踏体育",                   # an ta
    "Apple 中国",                 # apple
    "百度在线",                   # bai du
    "重庆银行",                   # chong qing (the word decides: not zhong)
    "东方电气",                   # dong fang
    "IBM中国",                    # ibm
    "MBP科技",                    # mbp
    "美团点评",                   # mei tuan
    "七喜电脑",                   # qi xi
    "万迅科技",                   # wan xun
    "西安交通",                   # xi an: the word xi before xian
    "先锋电子",                   # xian feng
    "张三商行",                   # zhang san (张 U+5F20 …
    "章三商行",                   # … before its homophone 章 U+7AE0)
]


def _names(actor, **query):
    q = ListQuery(sort="name", descending=False, status=None, **query)
    return [r.name for r in customers.list_customers(actor, q, limit=1000)]


def _create(actor, names):
    return [customers.create_customer(actor, {"name": n}).id for n in names]


def test_the_list_sorted_by_name_reads_in_pinyin_order(archive):
    _create(archive, sorted(EXPECTED))          # created in code-point order (MBP…, 七喜, 万迅 …)
    assert _names(archive) == EXPECTED
    q = ListQuery(sort="name", descending=True, status=None)
    assert [r.name for r in customers.list_customers(archive, q, limit=1000)] == EXPECTED[::-1]


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_by_name_visit_every_row_once_including_equal_names(archive, descending):
    names = EXPECTED + ["七喜电脑", "七喜电脑", "Apple 中国"]   # equal names: by id
    ids = _create(archive, names)
    q = ListQuery(sort="name", descending=descending, status=None)
    whole = [r.id for r in customers.list_customers(archive, q, limit=1000)]
    seen, after = [], None
    for _ in range(len(names)):
        page = customers.list_customers(archive, q, after=after, limit=2)
        if not page:
            break
        seen += [r.id for r in page]
        after = customer_list.sort_key(page[-1], q)
    assert seen == whole and sorted(seen) == sorted(ids)
    twins = [i for i in seen if Customer.get_by_id(i).name == "七喜电脑"]
    assert twins == sorted(twins, reverse=descending)


def test_renaming_a_card_moves_it_in_the_list(archive):
    ids = dict(zip(EXPECTED, _create(archive, EXPECTED), strict=True))
    card = customers.get_card(archive, ids["万迅科技"], audit_view=False)
    customers.update_customer(archive, card.id, card.version, {"name": "阿波罗照明"})   # a bo
    names = _names(archive)
    assert names[2:4] == ["阿波罗照明", "阿里巴巴网络技术有限公司"] and "万迅科技" not in names


def test_an_import_writes_the_sort_key(people, tmp_path):
    from models.transfer import importing

    wb = Workbook()
    wb.active.append(["客户名称", "电话"])
    for n in ("七喜电脑", "美团点评", "重庆银行", "Apple 中国"):
        wb.active.append([n, ""])
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    report = importing.import_xlsx(people["boss"], path, owner="li")
    assert report.ok, report.problems
    assert _names(people["boss"]) == ["Apple 中国", "重庆银行", "美团点评", "七喜电脑"]
    assert {c.name: c.name_sort for c in Customer.select()} == {
        n: name_order.key(n) for n in ("七喜电脑", "美团点评", "重庆银行", "Apple 中国")}


def test_the_key_compares_bytewise_on_postgresql_too(archive):
    """PostgreSQL's default collation (en_US, zh_CN) ignores the separators; the column's is "C"."""
    if not db.is_postgres():
        assert Customer.select().count() == 0          # SQLite compares bytes: nothing to check
        return
    (collation,) = db.database.execute_sql(
        "SELECT collation_name FROM information_schema.columns "
        "WHERE table_name = 'customer' AND column_name = 'name_sort'").fetchone()
    assert collation == "C"


# ---- the key itself (no database) ------------------------------------------------------

def test_the_key_reads_words_by_pinyin_numbers_by_value_and_symbols_last():
    ordered = ["", "（）", "7-11便利店", "10号", "阿", "阿里", "ABC", "abc", "ＡＢＣ公司", "Café", "cafe 2",
               "长城汽车", "卢氏", "绿地集团", "★之星"]   # lu before lü (v)
    assert sorted(ordered, key=name_order.key) == ordered
    assert name_order.key("重庆").startswith("chong'qing ")
    assert name_order.key("银行").startswith("yin'hang ")
    assert all(name_order.key(n).isascii() for n in ordered)
    # the tones break a tie of the spelling: 妈 ma1, 麻 ma2, 马 ma3, 骂 ma4
    assert sorted(["骂", "马", "麻", "妈"], key=name_order.key) == ["妈", "麻", "马", "骂"]


def test_an_agents_list_by_name_merges_own_cards_and_grants_in_pinyin_order(people):
    """An agent's page is their own cards and their grants, read apart and merged (issue 13)."""
    from models.access_requests import requests

    boss, li = people["boss"], people["li"]
    mine = ["七喜电脑", "阿里巴巴网络技术有限公司", "MBP科技", "重庆银行"]
    theirs = ["美团点评", "百度在线", "万迅科技"]
    for name in mine:
        customers.create_customer(boss, {"name": name}, owner="li")
    codes = {n: customers.create_customer(boss, {"name": n}, owner="zhao").code for n in theirs}
    requests.grant(boss, codes["美团点评"], "li", "view", days=3)
    requests.grant(boss, codes["百度在线"], "li", "view", days=3)
    expected = ["阿里巴巴网络技术有限公司", "百度在线", "重庆银行", "MBP科技", "美团点评", "七喜电脑"]
    for descending in (False, True):
        q = ListQuery(sort="name", descending=descending)
        seen, after = [], None
        while page := customers.list_customers(li, q, after=after, limit=2):
            seen += [r.name for r in page]
            after = customer_list.sort_key(page[-1], q)
        assert seen == (expected[::-1] if descending else expected)
