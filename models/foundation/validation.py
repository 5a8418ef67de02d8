"""Parsing and checking what people type (forms, spreadsheets, the command line).

Each parser returns a clean value or raises ValueError with a Chinese message; callers
collect the messages into FieldProblems so every problem is reported at once.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from models.calendar.birthdays import DateSpec
from models.calendar.errors import CalendarError
from models.calendar.spec_text import parse_date_spec

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


def narrow(text) -> str:
    """Full-width digits, letters and spaces to ASCII (NFKC), trimmed."""
    if text is None:
        return ""
    return unicodedata.normalize("NFKC", str(text)).strip()


def clean_text(text, max_len: int | None = None) -> str:
    value = "" if text is None else str(text).replace("\r\n", "\n").strip()
    if max_len is not None and len(value) > max_len:
        raise ValueError(f"不能超过 {max_len} 个字")
    return value


def parse_date(value, *, allow_future: bool = True) -> dt.date | None:
    """2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, Excel serials, date objects."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueError(f"日期数字“{value}”超出范围")
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
                    raise ValueError(f"“{value}”不是有效日期") from None
                break
        if result is None:
            if re.fullmatch(r"\d{5}(\.\d+)?", text):
                return parse_date(float(text), allow_future=allow_future)
            raise ValueError(f"“{value}”不是可识别的日期，请写成 2024-03-05")
    if result.year < 1800:
        raise ValueError(f"日期“{value}”太早")
    if not allow_future and result > dt.date.today():
        raise ValueError("日期不能晚于今天")
    return result


def parse_amount(value) -> Decimal | None:
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
            raise ValueError(f"“{value}”不是有效金额") from None
    if not amount.is_finite():
        raise ValueError(f"“{value}”不是有效金额")
    if amount < 0:
        raise ValueError("金额不能为负数")
    if amount >= Decimal("1e14"):
        raise ValueError("金额过大")
    return amount.quantize(Decimal("0.01"))


def parse_phone(value) -> str:
    """Phone numbers as text; numbers Excel made of them come back without '.0'."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = narrow(value)
    text = re.sub(r"\s+", " ", text)
    if not PHONE_RE.match(text) or sum(c.isdigit() for c in text) < 3:
        raise ValueError(f"“{value}”不像电话号码")
    if len(text) > 64:
        raise ValueError("电话号码过长")
    return text


def parse_email(value) -> str:
    text = narrow(value)
    if text and not EMAIL_RE.match(text):
        raise ValueError(f"“{text}”不是有效的电子邮箱")
    return text


def check_birthday(month, day, year=None, lunar: bool = False,
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


def parse_birthday(value) -> tuple[int, int, int | None, bool, bool] | None:
    """What people type — 1985-03-05, 3月5日, 03-05, 农历三月初五, 农历 3-5, 闰四月初八 …
    (models.calendar.spec_text) — as (month, day, year|None, lunar, leap)."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)) or isinstance(value, (int, float)):
        d = parse_date(value)
        return d.month, d.day, d.year, False, False
    try:
        spec = parse_date_spec(str(value))
    except CalendarError as exc:
        raise ValueError(f"“{value}”不是可识别的生日：{exc.text}（可写 1985-03-05、3月5日、"
                         "农历三月初五、闰四月初八）") from None
    if spec.year is not None and not 1900 <= spec.year <= dt.date.today().year:
        raise ValueError("出生年份不合理")
    return spec.month, spec.day, spec.year, spec.lunar, spec.leap


