"""Parsing and checking what people type (forms, spreadsheets, the command line).

Each parser returns a clean value or raises ValueError with a Chinese message; callers
collect the messages into FieldProblems so every problem is reported at once.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from models.calendar.birthdays import DateSpec
from models.calendar.errors import CalendarError
from models.calendar.spec_text import parse_date_spec
from models.foundation.errors import shown

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+\-() #,/转xXextEXT]*$")
DATE_RES = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
EXCEL_EPOCH = dt.date(1899, 12, 30)


def narrow(text: object) -> str:
    """Full-width digits, letters and spaces to ASCII (NFKC), trimmed."""
    if text is None:
        return ""
    return unicodedata.normalize("NFKC", str(text)).strip()


# Invisible characters that reorder or hide text (bidi embeddings, overrides, isolates and
# marks; the byte-order mark): a name must show what it is, so they are removed everywhere.
BIDI_AND_INVISIBLE = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                               "\u2066\u2067\u2068\u2069\ufeff")
# Everything that ends a line: in a single-line field each becomes one space.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_LINE_BREAK_RUN = re.compile("[\t" + "".join(sorted(LINE_BREAKS)) + "]+")
# Unicode Cc is exactly U+0000–U+001F and U+007F–U+009F; tab and newline are handled above
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_AND_INVISIBLE)) + "]")
_LINE_ENDS = re.compile("\r\n|[" + "".join(sorted(LINE_BREAKS - {"\n"})) + "]")
QUERY_LIMIT = 200


def _limit(value: str, max_len: int | None) -> str:
    if max_len is not None and len(value) > max_len:
        raise ValueError(f"不能超过 {max_len} 个字")
    return value


def clean_line(text: object, max_len: int | None = None) -> str:
    """A single-line field (names, titles, departments, addresses): what was pasted with a
    line break (a name copied from a web page with its trailing newline, an address over two
    lines) is kept, with each run of line breaks and tabs turned into one space; other control
    characters and bidi overrides are removed; the ends are trimmed. So a value can never
    forge a line or a column in a list, a printout or the command line's output."""
    value = "" if text is None else str(text)
    if not value.isprintable():   # the common case skips the regexes (an import has 100,000s)
        value = _INVISIBLE.sub("", _LINE_BREAK_RUN.sub(" ", value))
    return _limit(value.strip(), max_len)


def clean_text(text: object, max_len: int | None = None) -> str:
    """A multi-line field (notes, page-2 content, personal details): line breaks are kept (as
    \\n) and tabs too; other control characters and bidi overrides are removed; trimmed."""
    value = "" if text is None else str(text)
    if not value.isprintable():   # isprintable() is False for every control and bidi character
        value = _INVISIBLE.sub("", _LINE_ENDS.sub("\n", value))
    return _limit(value.strip(), max_len)


def clean_query(text: object) -> str:
    """Search text: one line without control characters (a NUL would end SQLite's pattern and
    match everything; PostgreSQL refuses it), at most QUERY_LIMIT characters (SQLite refuses
    a LIKE pattern longer than 50,000 bytes, and no one types a longer name). An empty query
    means "no filter"; one made only of control characters is refused rather than read so."""
    value = clean_line(text)
    if len(value) > QUERY_LIMIT:
        raise ValueError(f"搜索内容不能超过 {QUERY_LIMIT} 个字")
    if not value and text and str(text).strip():   # only invisible characters: not "everything"
        raise ValueError("搜索内容只有不可见的控制字符，请输入要查找的文字")
    return value


def parse_date(value: object, *, allow_future: bool = True) -> dt.date | None:
    """2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, Excel serials, date objects."""
    if value is None or value == "":
        return None
    result: dt.date | None
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueError(f"日期数字“{shown(value)}”超出范围")
        result = EXCEL_EPOCH + dt.timedelta(days=int(value))
    else:
        text = narrow(value).replace(" ", "")
        result = None
        for rx in DATE_RES:
            m = rx.match(text)
            if m:
                y, mth, d = (int(g) for g in m.groups())
                try:
                    result = dt.date(y, mth, d)
                except ValueError:
                    raise ValueError(f"“{shown(value)}”不是有效日期") from None
                break
        if result is None:
            if re.fullmatch(r"\d{5}(\.\d+)?", text):
                return parse_date(float(text), allow_future=allow_future)
            raise ValueError(f"“{shown(value)}”不是可识别的日期，请写成 2024-03-05")
    if result.year < 1800:
        raise ValueError(f"日期“{shown(value)}”太早")
    if not allow_future and result > dt.date.today():
        raise ValueError("日期不能晚于今天")
    return result


def parse_amount(value: object) -> Decimal | None:
    """12000, 12,000.50, ￥12000, 1.2万 → Decimal with 2 places; negative is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("金额必须是数字")
    if isinstance(value, (int, float, Decimal)):
        amount = Decimal(str(value))
    else:
        text = narrow(value).replace(",", "").replace("，", "").replace(" ", "")
        text = text.lstrip("¥￥").removesuffix("元")
        factor = Decimal(1)
        if text.endswith("万"):
            factor, text = Decimal(10000), text[:-1]
        try:
            amount = Decimal(text) * factor
        except InvalidOperation:
            raise ValueError(f"“{shown(value)}”不是有效金额") from None
    if not amount.is_finite():
        raise ValueError(f"“{shown(value)}”不是有效金额")
    if amount < 0:
        raise ValueError("金额不能为负数")
    if amount >= Decimal("1e14"):
        raise ValueError("金额过大")
    return amount.quantize(Decimal("0.01"))


def parse_phone(value: object) -> str:
    """Phone numbers as text; numbers Excel made of them come back without '.0'."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = narrow(value)
    text = re.sub(r"\s+", " ", text)
    if not PHONE_RE.match(text) or sum(c.isdigit() for c in text) < 3:
        raise ValueError(f"“{shown(value)}”不像电话号码")
    if len(text) > 64:
        raise ValueError("电话号码过长")
    return text


def parse_email(value: object) -> str:
    text = narrow(clean_line(value))
    if text and not EMAIL_RE.match(text):
        raise ValueError(f"“{shown(text)}”不是有效的电子邮箱")
    return text


def check_birthday(month: Any, day: Any, year: Any = None, lunar: bool = False,
                   leap: bool = False) -> tuple[int, int, int | None]:
    """Check a birthday given as numbers (forms): the calendar decides what exists."""
    try:
        month, day = int(month), int(day)
        year = int(year) if year not in (None, "", 0) else None
    except (TypeError, ValueError):
        raise ValueError("生日的月、日必须是数字") from None
    if year is not None and not 1900 <= year <= dt.date.today().year:
        raise ValueError("出生年份不合理")
    try:
        DateSpec(lunar=bool(lunar), month=month, day=day, leap=bool(leap) and bool(lunar),
                 year=year)
    except CalendarError as exc:
        raise ValueError(exc.text) from None
    return month, day, year


def parse_birthday(value: object) -> tuple[int, int, int | None, bool, bool] | None:
    """What people type — 1985-03-05, 3月5日, 03-05, 农历三月初五, 农历 3-5, 闰四月初八 …
    (models.calendar.spec_text) — as (month, day, year|None, lunar, leap)."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime, int, float)):
        d = parse_date(value)
        assert d is not None    # None only for an empty value, handled above
        return d.month, d.day, d.year, False, False
    try:
        spec = parse_date_spec(str(value))
    except CalendarError as exc:
        raise ValueError(f"“{shown(value)}”不是可识别的生日：{exc.text}（可写 1985-03-05、3月5日、"
                         "农历三月初五、闰四月初八）") from None
    if spec.year is not None and not 1900 <= spec.year <= dt.date.today().year:
        raise ValueError("出生年份不合理")
    return spec.month, spec.day, spec.year, spec.lunar, spec.leap


