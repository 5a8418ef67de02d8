"""The name's sort key: the list sorts 客户名称 by pinyin, as Excel and WeChat do (issue 12).

`key(name)` is stored in `customer.name_sort` whenever a name is written (search_text.store
for a card's edits and merges, search_text.derived_columns for new cards from forms,
imports and the demo generator; schema step 10 back-filled older cards with this same
function: it lives in the foundation so that the step and the writers share it), so the
list's keyset pages sort on an indexed column. The key is plain ASCII and is
compared byte by byte: SQLite's BINARY collation and PostgreSQL's COLLATE "C" (the column's)
order it the same.

A name reads as a sequence of words, compared word by word and each word letter by letter:
  * a Chinese character is its pinyin syllable (tone number apart; ü as v), as
    `pypinyin.lazy_pinyin` gives it for the whole name, so dictionary words decide polyphones
    (重庆 chong qing, 银行 yin hang) — with pypinyin's limits (单 of a surname reads dan);
  * a run of Latin letters is one word, case and accents folded (IBM, Café → ibm, cafe);
    full-width forms count as the ordinary ones (NFKC);
  * a run of digits is one word that sorts by its number (2号 before 10号) and before every
    letter: digits first, then A–Z with the Chinese names among the Latin ones by their
    pinyin (阿里 ali, Apple, 安 an, 百度 bai, MBP, 美团 mei, 七喜 qi);
  * any other character (kana, symbols) is a word after z; spaces and punctuation only
    separate words.
Words compare as whole words: 西安 (xi an) sorts before 先 (xian), 阿 before 阿里.
Ties (the same syllables) go by the tones (1–4, then the neutral tone), then by the name
itself (code points: homophones 张 and 章 apart, "ABC" before "abc"); equal names by id,
which the list adds.

The key: words joined by "'" (the pinyin apostrophe), a space, one tone digit per word (0
for a word that is not a syllable), a space, the name's code points as 4 base-36 digits
each. A space sorts before "'" and "'" before every character of a word, which makes the
byte order the word order above. Longer than 1,000 characters (names near the 200-character
limit) it is cut; such names then tie on their first ~140 characters and go by id.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models.foundation.validation import narrow

WORD_SEPARATOR = "'"
PART_SEPARATOR = " "
MAX_LENGTH = 1000

_SYLLABLE = re.compile(r"[a-z]+[1-5]")
_RUNS = re.compile(r"[a-z]+|[0-9]+|[^a-z0-9]")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_MAX_DIGITS = ord("Z") - ord("0")   # a number's length is one character from "1" up to "Z"


def _base36(code_point: int) -> str:
    out = ""
    for _ in range(4):
        code_point, digit = divmod(code_point, 36)
        out = _DIGITS[digit] + out
    return out


def _number(digits: str) -> str:
    """A run of digits as a word that sorts by value: its length, then the digits."""
    digits = digits.lstrip("0") or "0"
    digits = digits[:_MAX_DIGITS]
    return chr(ord("0") + len(digits)) + digits


def _other_words(text: str) -> list[tuple[str, str]]:
    """(word, tone) pairs of a run of text that holds no Chinese syllable."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", narrow(text).lower())
                     if not unicodedata.combining(ch))
    words = []
    for run in _RUNS.findall(folded):
        if run[0].isascii() and run[0].isalpha():
            words.append((run, "0"))
        elif run[0].isascii() and run[0].isdigit():
            words.append((_number(run), "0"))
        elif run.isascii() or unicodedata.category(run)[0] in "PZC":
            continue          # spaces, punctuation (、，（）·), ASCII symbols (& + /) separate
        else:
            words.append(("{" + _base36(ord(run)), "0"))   # after z
    return words


@lru_cache(maxsize=4096)   # a name is segmented once for both columns it feeds
def segments(name: str) -> tuple[str, ...]:
    """pypinyin's segmentation of a name (Han/non-Han runs, dictionary words), which decides
    its polyphones; shared with the search column's pinyin (search_text.pinyin_forms): it
    is most of what computing either costs."""
    from pypinyin.seg.simpleseg import seg  # the dictionaries load where a name is written

    return tuple(seg(name))


@lru_cache(maxsize=65536)
def _segment_parts(segment: str) -> tuple[str, str, str]:
    """A segment's words joined by the separator, its tones, its code points (cached:
    company names share words such as 有限公司, 科技, 贸易)."""
    from pypinyin import Style, lazy_pinyin

    words: list[tuple[str, str]] = []
    for item in lazy_pinyin(segment, style=Style.TONE3, neutral_tone_with_five=True, errors="default"):
        if _SYLLABLE.fullmatch(item) and item != segment:
            words.append((item[:-1], item[-1]))
        else:
            words.extend(_other_words(item))
    return (WORD_SEPARATOR.join(w for w, _ in words), "".join(t for _, t in words),
            "".join(_base36(ord(ch)) for ch in segment))


@lru_cache(maxsize=4096)
def key(name: str) -> str:
    """The sort key of a customer name (see the module docstring)."""
    parts = [_segment_parts(s) for s in segments(name or "")]
    spelled = WORD_SEPARATOR.join(p[0] for p in parts if p[0])
    tones = "".join(p[1] for p in parts)
    text = "".join(p[2] for p in parts)
    return f"{spelled}{PART_SEPARATOR}{tones}{PART_SEPARATOR}{text}"[:MAX_LENGTH]
