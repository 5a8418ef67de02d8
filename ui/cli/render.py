"""Text output of the command line: tab-separated rows, one-line messages, the card (`show`).

No stored value can break a line or a column. Row cells follow PostgreSQL's COPY text
format: a backslash is written as \\\\, a tab as \\t, a newline as \\n, a carriage return
as \\r, any other control character or bidi override as \\xHH or \\uHHHH — so a row is always
one line with a fixed number of columns, and a script can undo the escapes exactly. In
messages and on the card, control characters are shown the same way (backslashes stay as
they are: those are for reading), and a multi-line field continues on indented lines.
"""
from __future__ import annotations

import unicodedata

from models.foundation.dto import CustomerCard
from models.foundation.validation import BIDI_AND_INVISIBLE
from models.foundation.vocabulary import CLASS_LABELS, CUSTOMER_STATUS_LABELS, KIND_LABELS

_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape_char(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    if ch in BIDI_AND_INVISIBLE or unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
    return ch


def _needs_escape(text: str) -> bool:
    return any(ch in BIDI_AND_INVISIBLE or unicodedata.category(ch) in ("Cc", "Zl", "Zp")
               for ch in text)


def cell(value) -> str:
    """One cell of a tab-separated row (COPY text format escapes, backslash included)."""
    text = "" if value is None else str(value)
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    return "".join(_escape_char(ch) for ch in text) if _needs_escape(text) else text


def row(*values) -> str:
    return "\t".join(cell(v) for v in values)


def one_line(value) -> str:
    """Free text on one line: control characters shown as escapes, backslashes kept."""
    text = "" if value is None else str(value)
    return "".join(_escape_char(ch) for ch in text) if _needs_escape(text) else text


def _block(value, indent: str) -> str:
    """A multi-line field: each of its lines on its own indented line, escapes for the rest."""
    lines = ("" if value is None else str(value)).replace("\r\n", "\n").split("\n")
    return ("\n" + indent).join(one_line(x) for x in lines)


def _line(label: str, value) -> str:
    return f"  {label}：{_block(value, '    ')}\n"


def card_text(card: CustomerCard) -> str:
    out = [f"客户资料信息卡  {card.code}  {one_line(card.name)}\n", "=" * 60 + "\n",
           "第一页  基本资料\n"]
    for label, value in (
        ("客户编号", card.code), ("客户名称", card.name), ("类型", KIND_LABELS.get(card.kind, card.kind)),
        ("分类", CLASS_LABELS.get(card.cls, card.cls)), ("负责客服", card.custodian_name),
        ("状态", CUSTOMER_STATUS_LABELS.get(card.status, card.status)
         + (f"（{card.archived_reason}）" if card.archived_reason else "")),
        ("所属行业", card.industry), ("行业地位", card.industry_status), ("组织机构", card.organization),
        ("成立日期", card.founded_on or ""), ("地址", card.address), ("电话", card.phone),
        ("传真", card.fax), ("电子邮箱", card.email), ("微信", card.wechat), ("网站", card.website),
        ("信息来源", card.source_channel), ("备注", card.notes),
    ):
        out.append(_line(label, value))
    if card.merged_into:
        out.append(_line("已合并到", card.merged_into))
    if card.kind == "company" or card.credit_code:
        out.append("\n  企业信息\n")
        for label, value in (("统一社会信用代码", card.credit_code), ("法定代表人", card.legal_rep),
                             ("注册资本", card.registered_capital)):
            out.append(_line(label, value))
        out.append("  开票信息\n")
        for label, value in (("名称", card.invoice_title), ("税号", card.invoice_tax_id),
                             ("地址电话", card.invoice_address_phone),
                             ("开户行及账号", card.invoice_bank_account)):
            out.append(_line(label, value))
    out.append(f"\n  负责人/联系人（{len(card.contacts)}）\n")
    for c in card.contacts:
        out.append(f"  - {one_line(c.name)}{'（主要联系人）' if c.is_primary else ''}  {one_line(c.title)}\n")
        for label, value in (("在机构中的作用", c.role_in_org), ("电话", c.phone), ("手机", c.mobile),
                             ("邮箱", c.email), ("微信", c.wechat), ("生日", c.birthday_text),
                             ("家庭", c.family), ("性格分析", c.personality), ("兴趣爱好", c.hobbies),
                             ("人际关系", c.relationships)):
            if value:
                out.append(f"      {label}：{_block(value, '        ')}\n")
    out.append(f"\n  合作项目（{len(card.projects)}）\n")
    for p in card.projects:
        amount = f"{p.amount:,.2f} 元" if p.amount is not None else ""
        span = f"{p.started_on or ''} ~ {p.ended_on or ''}"
        out.append(f"  - {one_line(p.name)}  {span}  {amount}  {p.status}\n")
    out.append("\n" + "=" * 60 + "\n第二页  重要事项记录\n")
    for e in card.events:
        flag = "（已更正）" if e.revisions else ""
        out.append(f"  {e.event_date}  [{e.category}]  {one_line(e.title)}{flag}\n")
        if e.content:
            out.append(f"      {_block(e.content, '      ')}\n")
        out.append(f"      来源：{one_line(e.source_department)}  记录人：{one_line(e.recorded_by)}  "
                   f"记录时间：{e.recorded_at:%Y-%m-%d %H:%M} UTC\n")
    if not card.events:
        out.append("  （暂无记录）\n")
    return "".join(out)
