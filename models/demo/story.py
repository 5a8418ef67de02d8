"""One demo customer's story: the company, its key people, its projects and its page-2 log.

Everything is drawn from one `random.Random` in a fixed order, so a seed and a reference
day give the same archive. Dates run over the customer's history: the card was created
1–8 years before `today`, projects and page-2 entries fall between then and yesterday,
an entry is recorded on its event day or a few days later, in office hours (Beijing time,
stored as naive UTC like every other time).

Classes agree with the projects, as issue #16's rules will expect: A = long cooperation
(3+ years) with several projects of 20万–300万, one of them in the last 18 months; B = one
or two projects of 3万–50万, the latest in the last 18 months; C = none, or one or two of
3千–5万.
"""
from __future__ import annotations

import calendar
import datetime as dt
import random
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from faker.providers.person.zh_CN import Provider as FakerPeople

from models.archive.search_text import pinyin_forms
from models.calendar import lunar
from models.demo import event_text as ev
from models.demo import history, places
from models.demo import industries as ind
from models.demo import people_text as pt
from models.demo.numbers import MAX_PEOPLE, MOBILE_PREFIXES, NumberPlan
from models.foundation.vocabulary import EVENT_CATEGORIES, SOURCE_CHANNELS

BEIJING = dt.timedelta(hours=8)       # offices keep Beijing time; the database stores UTC
CLASS_WEIGHTS = {"A": 15, "B": 30, "C": 55}


class Picker:
    """rng.choices with the cumulative weights computed once."""

    def __init__(self, items: Any, weights: Any) -> None:
        self.items, self.cum = tuple(items), list(accumulate(weights))

    def __call__(self, rng: random.Random) -> Any:
        return self.items[bisect_right(self.cum, rng.random() * self.cum[-1])]


SURNAMES = Picker(FakerPeople.last_names.keys(), FakerPeople.last_names.values())
CITIES = Picker(places.CITIES, places.CITY_WEIGHTS)
INDUSTRIES = Picker(ind.INDUSTRIES, ind.INDUSTRY_WEIGHTS)
CLASSES = Picker(CLASS_WEIGHTS, CLASS_WEIGHTS.values())
SOURCES = Picker(SOURCE_CHANNELS, [{"名片": 5, "转介绍": 4, "企业网站": 3}.get(s, 1) for s in SOURCE_CHANNELS])
MALE_GIVEN = tuple(FakerPeople.first_names_male) + pt.GIVEN_MALE
FEMALE_GIVEN = tuple(FakerPeople.first_names_female) + pt.GIVEN_FEMALE


def _categories() -> tuple[Picker, dict[str, Any]]:
    """The categories the archive knows (new ones without templates write 其他-like text)."""
    cats = [c for c in EVENT_CATEGORIES if c != "节日问候"]
    return (Picker(cats, [ev.WEIGHTS.get(c, 3) for c in cats]),
            {c: ev.TEMPLATES.get(c, ev.OTHER) for c in EVENT_CATEGORIES})


def wan(amount: float) -> str:
    """An amount in yuan as 万元 text for notes: 350000 → 35, 3000 → 0.3."""
    return f"{amount / 10000:.1f}".rstrip("0").rstrip(".")


def province_short(city: places.City) -> str:
    return (city.province.replace("壮族自治区", "").replace("维吾尔自治区", "").replace("自治区", "")
            .replace("省", "")) or city.name


class Slots(dict[str, Any]):
    """Template slots filled on first use, so a template draws only what it says."""

    def __init__(self, make: Any, **given: Any) -> None:
        super().__init__(given)
        self.make = make

    def __missing__(self, key: str) -> Any:
        value = self[key] = self.make(key)
        return value


class StoryTeller:
    def __init__(self, seed: int, today: dt.date, staff_ids: list[int], taken_names: set[str]):
        self.rng = random.Random(seed)
        self.today, self.last_day = today, today - dt.timedelta(days=1)
        self.staff_ids = staff_ids
        self.numbers = NumberPlan(seed)
        self.names = taken_names
        self.category, self.templates = _categories()
        self.greetings = "节日问候" in EVENT_CATEGORIES

    # ---- small helpers -------------------------------------------------------------------

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def at_office(self, day: dt.date) -> dt.datetime:
        """A moment of office hours (08:30–18:00 Beijing) on `day`, as naive UTC."""
        local = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(seconds=self.rng.randint(0, 34200))
        return local - BEIJING

    def person_name(self, male: bool) -> str:
        name: str = SURNAMES(self.rng) + self.rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
        return name

    # ---- the company ---------------------------------------------------------------------

    def company_name(self, city: places.City, industry: ind.Industry, cls: str) -> tuple[str, str]:
        rng = self.rng
        form = "有限公司"
        if cls == "A":
            form = rng.choice(("有限公司", "股份有限公司", "股份有限公司", "集团有限公司"))
        for attempt in range(60):
            trade = rng.choice(ind.TRADE_FIRST) + rng.choice(ind.TRADE_SECOND)
            if trade[0] == trade[1]:               # 恒恒: nobody names a company so
                continue
            if attempt >= 20:                      # a crowded archive: three-character names
                trade += rng.choice(ind.TRADE_THIRD)
            name = f"{city.name}{trade}{rng.choice(industry.name_words)}{form}"
            if name not in self.names:
                self.names.add(name)
                return name, trade
        raise RuntimeError("no unused demo company name left")

    def customer(self, cid: int, code: str) -> tuple[dict[str, Any], list[Any], list[Any], list[Any]]:
        """The customer row (created and kept by its custodian), its key people, projects and
        page-2 entries, as dicts for the bulk insert."""
        rng = self.rng
        cls = CLASSES(rng)
        city, industry = CITIES(rng), INDUSTRIES(rng)
        age = rng.randint(3 * 365, 8 * 365) if cls == "A" else rng.randint(365, (6 if cls == "B" else 8) * 365)
        created_day = self.today - dt.timedelta(days=age)
        created_at = self.at_office(created_day)
        name, trade = self.company_name(city, industry, cls)
        domain = pinyin_forms(trade)[0] + rng.choice((".com", ".com.cn", ".cn"))
        size = {"A": "large", "B": rng.choice(("medium", "medium", "large")),
                "C": rng.choice(("small", "small", "medium"))}[cls]
        slots = Slots(self._slot_maker(city, industry, cls), city=city.name, label=industry.label,
                      province_short=province_short(city), place=places.province_and_city(city))
        owner = self.staff_ids[rng.randrange(len(self.staff_ids))]
        founded_years = rng.randint(5, 30) if cls == "A" else rng.randint(1, 20)
        founded = max(dt.date(1980, 1, 1), created_day - dt.timedelta(days=founded_years * 365 + rng.randint(0, 364)))
        row = dict(
            id=cid, code=code, name=name, kind="company", organization=self.organization(industry, size),
            industry=industry.label,
            industry_status=self.standing(industry, cls, slots),
            founded_on=founded, address=self.address(city, industry),
            phone=self.numbers.landline(cid, 0, city.area_code),
            fax=self.numbers.landline(cid, 1, city.area_code) if rng.random() < 0.35 else "",
            email=f"{rng.choice(('info', 'service', 'sales', 'office', 'contact'))}@{domain}",
            wechat=f"{pinyin_forms(trade)[0]}_{pinyin_forms(city.name)[1]}" if rng.random() < 0.5 else "",
            website=f"https://www.{domain}" if rng.random() < (0.8 if cls == "A" else 0.45) else "",
            source_channel=SOURCES(rng), classification=cls, owner=owner, status="active",
            notes=rng.choice(pt.NOTES) if rng.random() < 0.2 else "",
            created_at=created_at, created_by=owner)
        people = self.key_people(cid, city, size, cls, domain, slots)
        projects = history.projects(self, cid, cls, created_day, industry, slots)
        events = history.events(self, cid, cls, created_day, owner, projects, people, slots)
        verified = None
        if rng.random() < 0.6:
            verified = self.at_office(self.day_between(max(created_day, self.today - dt.timedelta(days=730)),
                                                       self.last_day))
        edited = max(created_at, self.at_office(self.day_between(created_day, self.last_day)))
        row.update(updated_at=max(edited, verified or edited), updated_by=owner,
                   verified_at=verified, verified_by=owner if verified else None,
                   last_contact_on=max((e["event_date"] for e in events), default=None))
        return row, people, projects, events

    def standing(self, industry: ind.Industry, cls: str, slots: Slots) -> str:
        """行业地位: what the company does and where it stands (small firms: the latter only)."""
        standing = self.rng.choice(ind.STANDING[cls])
        if cls != "C":
            standing = self.rng.choice(industry.business) + "；" + standing
        return standing.format_map(slots)

    def organization(self, industry: ind.Industry, size: str) -> str:
        """组织机构 (the one place a head count is given)."""
        rng = self.rng
        k = {"large": 5, "medium": 3, "small": 2}[size]
        depts = "、".join(sorted(rng.sample(industry.departments, min(k, len(industry.departments))),
                                key=industry.departments.index))
        heads = {"large": rng.randint(3, 20) * 100, "medium": rng.randint(5, 30) * 10,
                 "small": rng.randint(5, 40)}[size]
        if size == "large":
            return f"董事会下设总经理办公室，分设{depts}，员工约{heads}人"
        if size == "medium":
            return f"实行总经理负责制，下设{depts}，员工约{heads}人"
        return f"老板直接管理，设{depts}岗位，员工约{heads}人"

    def address(self, city: places.City, industry: ind.Industry) -> str:
        rng = self.rng
        street = f"{rng.choice(city.districts)}{rng.choice(places.ROADS)}{rng.randint(1, 999)}号"
        if industry.label in ("制造业", "食品加工", "纺织服装", "物流") and rng.random() < 0.6:
            street += f"{rng.randint(1, 12)}号厂房"
        elif rng.random() < 0.5:
            street += f"{rng.choice(places.BUILDINGS)}{rng.randint(2, 32)}楼{rng.randint(1, 20):02d}室"
        return places.province_and_city(city) + street

    def _slot_maker(self, city: places.City, industry: ind.Industry, cls: str) -> Any:
        rng = self.rng

        def make(key: str) -> Any:
            if key == "other_city":
                return next(c.name for c in iter(lambda: CITIES(rng), None) if c.name != city.name)
            if key == "district":
                return rng.choice(city.districts)
            if key == "product":
                return rng.choice(industry.buys)
            if key == "when":
                return rng.choice(ev.WHEN)
            if key == "weekday":
                return rng.choice(ev.WEEKDAYS)
            if key in ("days", "n"):
                return rng.randint(2, 9)
            if key == "pct":
                return rng.randint(5, 35)
            if key == "amount":   # 万元, in the class's range (history.AMOUNTS is in thousands)
                low, high = history.AMOUNTS[cls]
                return wan(rng.randint(low, high) * 1000)
            if key in ("big", "mid"):
                return rng.randint(2, 30) if key == "big" else rng.randint(2, 9)
            if key == "newname":
                return self.person_name(rng.random() < 0.5)
            if key == "surname":
                return SURNAMES(rng)
            if key == "peer":
                return self.peer()
            if key == "hobby":
                return rng.choice(("钓鱼", "打高尔夫", "喝茶", "登山", "打球"))
            if key == "activity":
                return rng.choice(ev.ACTIVITIES)
            raise KeyError(key)
        return make

    def peer(self) -> str:
        """Another company's short name (字号 + trade), as people say it."""
        rng = self.rng
        industry = INDUSTRIES(rng)
        name: str = rng.choice(ind.TRADE_FIRST) + rng.choice(ind.TRADE_SECOND) + industry.name_words[0]
        return name

    # ---- key people ----------------------------------------------------------------------

    def key_people(self, cid: int, city: places.City, size: str, cls: str, domain: str, slots: Slots) -> list[dict[str, Any]]:
        rng = self.rng
        roles = {"large": pt.ROLES_LARGE, "medium": pt.ROLES_MEDIUM, "small": pt.ROLES_SMALL}[size]
        count = {"A": rng.randint(3, 6), "B": rng.randint(2, 4), "C": rng.randint(1, 3)}[cls]   # ~2.7 a card
        boss = roles[rng.randrange(2)] if size == "large" else roles[0]
        chosen = [boss] + rng.sample([r for r in roles if r is not boss], min(count, len(roles)) - 1)
        people = []
        for k, (title, role, years) in enumerate(chosen[:MAX_PEOPLE]):
            male = rng.random() < (0.7 if k == 0 else 0.5)
            name = self.person_name(male)
            year = rng.randint(*years)
            full, _ = pinyin_forms(name)
            person = dict(
                customer=cid, name=name, is_primary=(k == 0), title=title, role_in_org=role,
                phone=self.numbers.landline(cid, 2 + k, city.area_code) if rng.random() < 0.5 else "",
                mobile=self.numbers.mobile(cid, k, rng.choice(MOBILE_PREFIXES)),
                email=f"{full}@{domain}" if rng.random() < 0.7 else "",
                wechat=f"{full}{rng.randint(1, 999)}" if rng.random() < 0.6 else "",
                family=self._family(year, slots), personality=rng.choice(pt.PERSONALITY),
                hobbies="；".join(rng.sample(pt.HOBBIES, rng.randint(1, 2))),
                relationships=rng.choice(pt.RELATIONSHIPS).format_map(slots), position=k)
            slots.pop("peer", None)
            slots.pop("surname", None)
            person.update(self.birthday(year))
            people.append(person)
        return people

    def _family(self, year: int, slots: Slots) -> str:
        age = self.today.year - year
        pool = pt.FAMILY_YOUNG if age < 36 else pt.FAMILY_MIDDLE if age < 55 else pt.FAMILY_OLDER
        return self.rng.choice(pool).format_map(slots)

    def birthday(self, year: int) -> dict[str, Any]:
        """Known for most people; ~25% lunar (older people more often), some 闰月."""
        rng = self.rng
        if rng.random() < 0.1:
            return dict(birthday_month=None, birthday_day=None, birthday_year=None,
                        birthday_lunar=False, birthday_leap=False)
        known_year = year if rng.random() < 0.6 else None
        is_lunar = rng.random() < (0.4 if year < 1970 else 0.24)
        month, leap = rng.randint(1, 12), False
        day = rng.randint(1, 29)
        if is_lunar and known_year and rng.random() < 0.3:
            # only some are asked: each lunar year costs the calendar a computation once
            leap_month = lunar.leap_month_of(known_year)
            if leap_month:
                month, leap = leap_month, True
                day = rng.randint(1, lunar.month_length(known_year, month, leap))
        if not is_lunar:
            day = rng.randint(1, calendar.monthrange(known_year or 2001, month)[1])
        return dict(birthday_month=month, birthday_day=day, birthday_year=known_year,
                    birthday_lunar=is_lunar, birthday_leap=leap)
