"""统一社会信用代码 (GB 32100-2015): valid and invalid codes of every first character."""
from __future__ import annotations

import pytest

from models.foundation.credit_code import AUTHORITIES, check_character, parse_credit_code


def _valid(first: str) -> str:
    body = first + "1" + "110108" + "MA01ABCD" + "X"
    return body + check_character(body)


def test_known_real_codes():
    assert parse_credit_code("91350100M000100Y43") == "91350100M000100Y43"
    assert parse_credit_code(" 9135 0100-m000 100y 43 ") == "91350100M000100Y43"


@pytest.mark.parametrize("first", list(AUTHORITIES))
def test_every_first_character_valid_and_with_a_wrong_check(first):
    code = _valid(first)
    assert parse_credit_code(code) == code
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    with pytest.raises(ValueError, match="校验位不符"):
        parse_credit_code(wrong)


@pytest.mark.parametrize("first", list("BCDEFGHJKLMPQRTUWX0"))
def test_first_characters_that_are_no_authority(first):
    body = first + "1110108MA01ABCDX"
    with pytest.raises(ValueError, match="第 1 位"):
        parse_credit_code(body + check_character(body))


@pytest.mark.parametrize("code, message", [
    ("91350100M000100Y4", "18 位"), ("91350100M000100Y433", "18 位"),
    ("91350100M000100O43", "不允许的字符"), ("9135A100M000100Y43", "行政区划")])
def test_malformed_codes(code, message):
    with pytest.raises(ValueError, match=message):
        parse_credit_code(code)


def test_empty_is_allowed():
    assert parse_credit_code("") == "" and parse_credit_code(None) == ""
