"""The denormalised search column: name, code, phones, contact names/phones and pinyin.

Computed when a customer or its contacts are written (pypinyin costs ~45 µs a name),
never when searching. Holds no sensitive personal field, so search cannot leak one.
"""
from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

from models.validation import narrow

_DIGITS = re.compile(r"\D+")


def pinyin_forms(name: str) -> tuple[str, str]:
    """('zhangsan', 'zs') for 张三; non-Chinese characters pass through."""
    full = lazy_pinyin(name, errors="default")
    initials = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")
    return "".join(full).lower().replace(" ", ""), "".join(initials).lower().replace(" ", "")


def build(customer, contacts) -> str:
    parts = [customer.code, customer.name, customer.phone, customer.fax, customer.email]
    parts.extend(pinyin_forms(customer.name))
    digit_forms = [customer.phone, customer.fax]
    for c in contacts:
        parts.extend([c.name, c.phone, c.mobile, c.email])
        parts.extend(pinyin_forms(c.name))
        digit_forms.extend([c.phone, c.mobile])
    parts.extend(_DIGITS.sub("", p) for p in digit_forms if p)
    return "\x1f".join(narrow(p).lower() for p in parts if p)


def normalise_query(text: str) -> str:
    """Lower-case NFKC; a phone-looking query loses its spaces and dashes."""
    q = narrow(text).lower()
    if q and re.fullmatch(r"[0-9+\-() ]+", q) and sum(ch.isdigit() for ch in q) >= 3:
        q = _DIGITS.sub("", q)
    return q
