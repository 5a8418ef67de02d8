"""统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character.

Layout: 1 registration authority (登记管理部门代码), 2 organisation category, 3–8 the
administrative region (digits), 9–17 the organisation code, 18 the check character over
the first 17 (weights 3^i mod 31, alphabet of 31 characters without I, O, S, V, Z).

The authority codes are 1–9 and the letters A (中央军委改革和编制办公室), N (农业部门) and
Y (其他): the letters are valid first characters — some libraries wrongly accept digits
only. The organisation code's own check (GB 11714) is not enforced: registrars issued
codes whose inner check does not hold, and the outer check character covers typing errors.
"""
from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
AUTHORITIES = "123456789ANY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def check_character(first17: str) -> str:
    """The check character for the first 17 characters (already upper-case, in ALPHABET)."""
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(value: object) -> str:
    """Upper-case, without spaces or hyphens (as people copy it from a licence)."""
    text = str(value or "").strip().upper()
    return "".join(ch for ch in text if ch not in " -\u3000")


def parse_credit_code(value: object) -> str:
    """'' for empty; the normalised code when valid; ValueError with a Chinese sentence otherwise."""
    code = normalise(value)
    if not code:
        return ""
    if len(code) != 18:
        raise ValueError(f"统一社会信用代码应为 18 位，这里是 {len(code)} 位")
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        raise ValueError(f"统一社会信用代码含有不允许的字符：{'、'.join(bad)}（不使用 I、O、S、V、Z）")
    if code[0] not in AUTHORITIES:
        raise ValueError(f"统一社会信用代码第 1 位（登记管理部门）应为 1–9、A、N 或 Y，这里是 {code[0]}")
    if not code[2:8].isdigit():
        raise ValueError("统一社会信用代码第 3–8 位（行政区划）应为数字")
    expected = check_character(code[:17])
    if code[17] != expected:
        raise ValueError(f"统一社会信用代码校验位不符（最后一位应为 {expected}），请核对")
    return code
