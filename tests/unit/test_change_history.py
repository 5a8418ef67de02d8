"""The card's change history reads as a person would write it (issue 12), on both databases."""
from __future__ import annotations

from models.archive import contacts, customers, events
from models.rules import audit_log


def texts(actor, code) -> list[str]:
    return [h.text for h in events.change_history(actor, code)]


def test_a_new_contact_is_one_line_with_its_title_and_no_empty_fields(people):
    li = people["li"]
    card = customers.create_customer(li, {"name": "王氏实业"})
    contacts.add_contact(li, card.id, {"name": "王伟", "title": "总经理", "mobile": "13800138000",
                                       "hobbies": "钓鱼"})
    history = events.change_history(li, card.code)
    added = [h for h in history if h.action == "添加联系人"]
    assert [h.text for h in added] == ["新增联系人 王伟（总经理），主要联系人"]
    assert not any("敏感字段，已隐藏" in h.text or "False" in h.text or "None" in h.text for h in history)


def test_a_saved_change_reads_in_words_grouped_per_save_by_display_name(people):
    li, boss = people["li"], people["boss"]
    card = customers.create_customer(li, {"name": "东方贸易", "phone": "0571-1111"})
    first = contacts.add_contact(li, card.id, {"name": "王伟"})
    second = contacts.add_contact(li, card.id, {"name": "李娜", "title": "采购"})
    contacts.update_contact(li, second.id, second.version, {"is_primary": True, "hobbies": "登山",
                                                          "family": "二子", "mobile": "139"})
    card = customers.get_card(li, card.id)
    customers.update_customer(li, card.id, card.version, {"phone": "0571-2222", "fax": "0571-3333"})
    history = events.change_history(boss, card.code)
    newest = [h for h in history if h.save == history[0].save]
    assert [h.text for h in newest] == ["电话：0571-1111 → 0571-2222", "传真：0571-3333"]
    assert {h.who for h in history} == {"李客服"}
    update = [h.text for h in history if h.action == "修改联系人"]
    assert "联系人 李娜 · 主要联系人：否 → 是" in update
    assert "联系人 李娜 · 手机：139" in update
    assert update.count("联系人 李娜 · （敏感信息已更改）") == 1   # once, never the values
    assert not any("登山" in t or "二子" in t for t in texts(boss, card.code))
    assert first.name == "王伟"


def test_class_custodian_and_archive_read_in_words(people):
    li, boss, zhao = people["li"], people["boss"], people["zhao"]
    card = customers.create_customer(li, {"name": "乙公司", "cls": "C"})
    card = customers.update_customer(boss, card.id, card.version, {"cls": "A"}, owner=zhao.id)
    customers.archive_customer(boss, card.id, card.version, "客户已注销")
    lines = texts(boss, card.code)
    assert lines[0] == "归档：客户已注销"
    assert "客户分类：C 一般客户 → A 重要客户" in lines
    assert "负责客服：李客服 → 赵客服" in lines


def test_one_reveal_is_logged_once_even_when_the_card_is_read_again(people):
    """The card re-reads a revealed card after every save and change (audit_view=False):
    that re-read is no new look, so only the reveal itself is recorded."""
    li = people["li"]
    card = customers.create_customer(li, {"name": "丙公司"})
    customers.get_card(li, card.id, reveal_sensitive=True)                    # 查看敏感信息
    customers.get_card(li, card.id, reveal_sensitive=True, audit_view=False)  # a reload after a save
    assert audit_log.count(people["boss"], action="reveal_sensitive", customer_code=card.code) == 1
