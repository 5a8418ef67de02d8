"""Which archive card an imported row duplicates, what the importer may say about it, and
which account a row names as custodian.

A row matches a card by 客户编号; a row without a code by 统一社会信用代码, by name, by the
company phone or by a key person's mobile. Matching runs over the whole archive (a duplicate is a duplicate
whoever holds it), but a hint must not turn the import into a lookup: about a card the user
cannot open it says only that a similar card exists, how it is similar, and whom to ask —
its custodian, or 客服主管 when it has no active one. Never its phone, name or code beyond
what the row itself says (the 客户目录 shows code, name, class and custodian to everybody,
but only for a name or code one types, not for a phone). A name that is the same only after
removing 有限公司/股份/（分公司） (models.value.merge.name_key) is not a match — two companies may
differ by exactly that — but a likely duplicate the report names (ImportReport.similar).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from models.foundation.dto import MASK
from models.foundation.schema import Contact, Customer, Staff
from models.foundation.validation import narrow, parse_birthday
from models.rules import access
from models.rules.access import Actor
from models.value.merge import name_key as similar_key  # re-exported (importing)

if TYPE_CHECKING:
    from models.transfer.import_job import Entry

_DIGITS = re.compile(r"\D+")


def digits(value: object) -> str:
    return _DIGITS.sub("", narrow(value or ""))


def name_key(value: object) -> str:
    return re.sub(r"\s+", "", narrow(value or "")).lower()


class ArchiveMatches:
    def __init__(self, actor: Actor):
        self.actor = actor
        self.codes: dict[str, int] = {}
        self.names: dict[str, int] = {}
        self.phones: dict[str, int] = {}
        self.credit_codes: dict[str, int] = {}
        self.cards: dict[int, tuple[str, str]] = {}
        self.similar: dict[str, int] = {}       # likely-duplicate name keys of the active cards
        for cid, code, name, phone, credit, status in Customer.select(
                Customer.id, Customer.code, Customer.name, Customer.phone, Customer.credit_code,
                Customer.status).tuples():
            self.codes[code] = cid
            self.cards[cid] = (code, name)
            if status == "active":
                self.similar.setdefault(similar_key(name), cid)
            if credit:
                self.credit_codes.setdefault(credit, cid)
            self.names.setdefault(name_key(name), cid)
            d = digits(phone)
            if len(d) >= 7:
                self.phones.setdefault(d, cid)
        self.mobiles = {digits(m): cid for m, cid in Contact.select(Contact.mobile, Contact.customer)
                        .where(Contact.mobile != "").tuples() if len(digits(m)) >= 7}
        self._visible: set[int] | None = None

    def find(self, code: str, name: str, phone: str, mobile: str,
             credit_code: str = "") -> tuple[int | None, str]:
        """(card id, how it matched: code / credit / name / phone / mobile) or (None, "").
        `credit_code` is already normalised (customers.validate_fields)."""
        if code:
            return (self.codes[code], "code") if code in self.codes else (None, "")
        if credit_code and credit_code in self.credit_codes:
            return self.credit_codes[credit_code], "credit"
        nk, pd, md = name_key(name), digits(phone), digits(mobile)
        if nk in self.names:
            return self.names[nk], "name"
        if len(pd) >= 7 and pd in self.phones:
            return self.phones[pd], "phone"
        if len(md) >= 7 and md in self.mobiles:
            return self.mobiles[md], "mobile"
        return None, ""

    def may_view(self, customer_id: int) -> bool:
        if self._visible is None:   # the list's own visible-set query, asked once
            self._visible = {cid for (cid,) in Customer.select(Customer.id)
                             .where(access.visible_condition(self.actor)).tuples()}
        return customer_id in self._visible

    def reason(self, customer_id: int, how: str, *, code: str, name: str, phone: str,
               credit_code: str = "") -> str:
        """Why the row is a duplicate, in words the user may read."""
        if self.may_view(customer_id):
            card = " ".join(self.cards[customer_id])
            return {"code": f"客户编号“{code}”已在档案中", "name": f"档案中已有同名客户“{name}”（{card}）",
                    "credit": f"档案中已有统一社会信用代码相同的客户（{credit_code}）：{card}",
                    "phone": f"档案中已有电话相同的客户（{phone}）：{card}",
                    "mobile": f"档案中已有手机号相同的联系人：{card}"}[how]
        similar = {"code": f"客户编号“{code}”已在档案中", "name": f"档案中已有同名客户“{name}”",
                   "credit": "档案中已有统一社会信用代码相同的客户",
                   "phone": "档案中已有电话相同的客户", "mobile": "档案中已有手机号相同的联系人所在的客户"}[how]
        return f"{similar}，您无权查看该客户；如需核对，请联系{self._whom(customer_id)}"

    def similar_reason(self, customer_id: int) -> str:
        """A new row's name is like an active card's (models.value.merge.name_key)."""
        if self.may_view(customer_id):
            return "与档案中的 " + " ".join(self.cards[customer_id]) + " 名称相近"
        return f"与档案中一位客户名称相近（您无权查看该客户；如需核对，请联系{self._whom(customer_id)}）"

    @staticmethod
    def _whom(customer_id: int) -> str:
        row: Staff | None = (Staff.select(Staff.display_name, Staff.status)
                             .join(Customer, on=(Customer.owner == Staff.id)).where(Customer.id == customer_id).first())
        if row is None or row.status != "active":
            return "客服主管"
        return row.display_name


def cell_text(value: object) -> str:
    """A cell as text (phone numbers Excel made into 1.38e10 floats come back as digits)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class StaffResolver:
    """Finds custodians by user name, display name or our export's 'name（username）' form."""

    def __init__(self) -> None:
        self._rows = list(Staff.select())

    def find(self, text: object) -> Staff | None:
        raw = narrow(cell_text(text))
        m = re.search(r"[（(]([^()（）]+)[)）]\s*$", raw)
        keys = [m.group(1).strip()] if m else []
        keys.append(raw)
        for key in keys:
            for s in self._rows:
                if s.username == key:
                    return s
        hits = [s for s in self._rows if s.display_name == raw]
        return hits[0] if len(hits) == 1 else None


# ---- row helpers of the importer (models.transfer.importing) ---------------------------------
def plain(value: Any) -> Any:
    """Cell value for the validators: text stays text, floats that are whole become ints."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def contact_data(values: dict[str, Any], mapping: dict[str, Any]) -> dict[str, Any]:
    data = {}
    for src, dst in mapping.items():
        if src in values and values[src] != MASK:
            value = values[src]
            if dst == "birthday":
                value = parse_birthday(value)
            elif dst == "is_primary":
                value = narrow(cell_text(value)) in ("是", "Y", "y", "1", "True", "TRUE", "主要")
            elif dst not in ("birthday",):
                value = cell_text(value)
            data[dst] = value
    return data


def merge_rows(earlier: Entry, later: Entry) -> None:
    """A later row for the same card: its non-empty cells win, its new key people are added."""
    earlier.fields.update({k: v for k, v in later.fields.items() if v not in ("", None)})
    known = {c["name"] for c in earlier.contacts}
    earlier.contacts.extend(c for c in later.contacts if c["name"] not in known)
