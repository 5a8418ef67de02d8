"""The city of a Chinese address, read off its province/city prefix (no city field exists).

Addresses are typed as people write them: 北京市朝阳区…, 广东省深圳市南山区…, 新疆维吾尔自治区乌鲁木齐市…,
上海浦东…, 深圳市南山区…, 广东深圳南山区…. The list shows the prefecture-level city without its 市
(北京, 深圳, 乌鲁木齐), an autonomous prefecture, 地区 or 盟 as written (伊犁哈萨克自治州), and the
province when no city can be told (广东省). A hand-written parser of the 34 provincial-level
names and the city suffixes rather than a library: the Chinese address libraries on PyPI (cpca
and its forks) bring pandas and a data file for a column that needs the first two names.
"""
from __future__ import annotations

import re

from models.foundation.validation import narrow

# the provincial-level divisions as written in full, and how people shorten them
PROVINCES = (
    ("北京市", "北京"), ("天津市", "天津"), ("上海市", "上海"), ("重庆市", "重庆"),
    ("河北省", "河北"), ("山西省", "山西"), ("辽宁省", "辽宁"), ("吉林省", "吉林"),
    ("黑龙江省", "黑龙江"), ("江苏省", "江苏"), ("浙江省", "浙江"), ("安徽省", "安徽"),
    ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"), ("河南省", "河南"),
    ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("海南省", "海南"),
    ("四川省", "四川"), ("贵州省", "贵州"), ("云南省", "云南"), ("陕西省", "陕西"),
    ("甘肃省", "甘肃"), ("青海省", "青海"), ("台湾省", "台湾"),
    ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"), ("西藏自治区", "西藏"),
    ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆"),
    ("香港特别行政区", "香港"), ("澳门特别行政区", "澳门"),
)
# a city-level name needs no province (直辖市, 特别行政区)
CITY_LEVEL = {"北京", "天津", "上海", "重庆", "香港", "澳门"}

# 深圳市 / 伊犁哈萨克自治州 / 阿里地区 / 锡林郭勒盟 right at the start; the name itself holds no
# district, county, road or number (so 文三路市民中心 is no city)
_CITY = re.compile(r"^([^区县路街道镇乡村号\d]{1,7}?)(市|自治州|地区|盟)")
_NOISE = re.compile(r"^(中国|中华人民共和国)|[\s,，·]")


def province_of(text: str) -> tuple[str, str, str]:
    """(full name, short name, the rest of the address) of a leading province, or ("", "", text)."""
    for full, short in PROVINCES:
        if text.startswith(full):
            return full, short, text[len(full):]
    for full, short in PROVINCES:
        if text.startswith(short):
            rest = text[len(short):]
            for suffix in ("省", "市", "自治区"):   # 新疆自治区, 广东省 written short-ish
                if rest.startswith(suffix):
                    rest = rest[len(suffix):]
                    break
            return full, short, rest
    return "", "", text


def city_of(address: str | None) -> str:
    """The city of `address` for the list ("" when it says none)."""
    text = _NOISE.sub("", narrow(address))
    text = re.sub(r"^\d{6}", "", text)   # a postcode in front
    if not text:
        return ""
    full, short, rest = province_of(text)
    if short in CITY_LEVEL:
        return short
    m = _CITY.match(rest)
    if m:
        name, suffix = m.groups()
        return name if suffix == "市" else name + suffix
    return full
