"""Festivals: real dates of 2025/2026 (checked against lunar-python), keys, name look-up."""
from __future__ import annotations

from datetime import date

import pytest
from lunar_python import Lunar, LunarYear, Solar

from models.calendar.errors import CalendarError
from models.calendar.festivals import (
    FESTIVALS,
    FestivalKind,
    festival_by_name_or_key,
    festivals_between,
    festivals_on,
    next_festival,
)


def _lunar(year, month, day):
    s = Lunar.fromYmd(year, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def test_the_festivals_of_2026():
    got = {f.key: f.date for f in festivals_between(date(2026, 1, 1), date(2026, 12, 31))}
    assert got == {
        "new_year": date(2026, 1, 1),
        "laba": date(2026, 1, 26),            # 腊月初八 of lunar 2025
        "chuxi": date(2026, 2, 16),           # 腊月廿九 of lunar 2025 (a 29-day 腊月)
        "spring_festival": date(2026, 2, 17),
        "lantern": date(2026, 3, 3),
        "qingming": date(2026, 4, 5),
        "labour_day": date(2026, 5, 1),
        "dragon_boat": date(2026, 6, 19),
        "qixi": date(2026, 8, 19),
        "mid_autumn": date(2026, 9, 25),
        "national_day": date(2026, 10, 1),
        "double_ninth": date(2026, 10, 18),
        "dongzhi": date(2026, 12, 22),
    }
    # The same facts, from lunar-python directly.
    assert got["laba"] == _lunar(2025, 12, 8)
    assert got["chuxi"] == date.fromordinal(_lunar(2026, 1, 1).toordinal() - 1) == _lunar(2025, 12, 29)
    for key, (m, d) in {"spring_festival": (1, 1), "lantern": (1, 15), "dragon_boat": (5, 5),
                        "qixi": (7, 7), "mid_autumn": (8, 15), "double_ninth": (9, 9)}.items():
        assert got[key] == _lunar(2026, m, d)
    terms = LunarYear.fromYear(2026).getJieQiJulianDays()
    qingming = Solar.fromJulianDay(terms[Lunar.JIE_QI_IN_USE.index("清明")])
    assert got["qingming"] == date(qingming.getYear(), qingming.getMonth(), qingming.getDay())


def test_chuxi_is_the_29th_or_the_30th():
    eve_2025 = festivals_between(date(2025, 1, 1), date(2025, 12, 31), ["chuxi"])
    assert [f.date for f in eve_2025] == [date(2025, 1, 28)]        # 腊月廿九
    assert LunarYear.fromYear(2024).getMonth(12).getDayCount() == 29
    eve_2024 = festivals_between(date(2024, 1, 1), date(2024, 12, 31), ["除夕"])
    assert [f.date for f in eve_2024] == [date(2024, 2, 9)] == [_lunar(2023, 12, 30)]  # 三十


def test_kinds_names_and_order():
    fs = festivals_between(date(2025, 9, 1), date(2025, 12, 31))
    assert [(f.date, f.name, f.kind) for f in fs] == [
        (date(2025, 10, 1), "国庆节", FestivalKind.PUBLIC),
        (date(2025, 10, 6), "中秋节", FestivalKind.TRADITIONAL),
        (date(2025, 10, 29), "重阳节", FestivalKind.TRADITIONAL),
        (date(2025, 12, 21), "冬至", FestivalKind.SOLAR_TERM),
    ]
    assert festivals_on(date(2026, 2, 17))[0].name == "春节"
    assert festivals_on(date(2026, 2, 18)) == []
    assert festivals_between(date(2026, 2, 1), date(2025, 2, 1)) == []


def test_registry_has_stable_keys_and_the_three_kinds():
    assert set(FESTIVALS) == {"new_year", "laba", "chuxi", "spring_festival", "lantern",
                              "qingming", "labour_day", "dragon_boat", "qixi", "mid_autumn",
                              "double_ninth", "national_day", "dongzhi"}
    assert FESTIVALS["spring_festival"].name == "春节"
    assert {f.kind for f in FESTIVALS.values()} == set(FestivalKind)
    assert "妇女节" not in {f.name for f in FESTIVALS.values()}


@pytest.mark.parametrize("text, key", [
    ("春节", "spring_festival"), ("中秋", "mid_autumn"), ("中秋节", "mid_autumn"),
    ("spring_festival", "spring_festival"), ("Mid_Autumn", "mid_autumn"), (" 元宵 ", "lantern"),
    ("端午", "dragon_boat"), ("除夕", "chuxi"), ("冬至", "dongzhi"), ("清明", "qingming"),
    ("五一", "labour_day"), ("国庆", "national_day"), ("元旦", "new_year"), ("腊八", "laba"),
])
def test_festival_by_name_or_key(text, key):
    assert festival_by_name_or_key(text).key == key


def test_unknown_festival_is_refused_with_the_choices():
    with pytest.raises(CalendarError) as err:
        festival_by_name_or_key("圣诞节")
    assert err.value.code == "unknown_festival" and "春节" in err.value.text


def test_next_festival():
    assert next_festival("中秋", date(2026, 1, 1)).date == date(2026, 9, 25)
    assert next_festival("spring_festival", date(2026, 2, 17)).date == date(2026, 2, 17)
    assert next_festival("spring_festival", date(2026, 2, 18)).date == _lunar(2027, 1, 1)
