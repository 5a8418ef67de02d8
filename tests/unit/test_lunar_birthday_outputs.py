"""A lunar birthday reads one way wherever it is written for a person (issue 12): the card's
form (`models.calendar.spec_text.format_date_spec`, e.g. 农历1957年三月廿一, 农历闰四月初八) in
the archive workbook and on the PDF card, and the importer reads that form (and the older
农历 1957-03-21) back to the same birthday."""
from __future__ import annotations

import re

from openpyxl import load_workbook
from pypdf import PdfReader

from models.accounts import staff
from models.archive import cards, contacts, customers
from models.archive.customers import ListQuery
from models.foundation import db
from models.foundation.schema import Contact, Customer
from models.maintenance import opening
from models.transfer import exporting, importing
from models.transfer.exporting import Selection

PEOPLE = {"陈志强": (3, 21, 1957, True, False), "林晓梅": (4, 8, None, True, True),
          "周海": (3, 5, 1985, False, False)}
SHOWN = {"陈志强": "农历1957年三月廿一", "林晓梅": "农历闰四月初八", "周海": "1985年3月5日"}


def _card_with_birthdays(actor, name="杭州云栖科技有限公司"):
    card = customers.create_customer(actor, {"name": name, "cls": "A", "phone": "0571-8888 1234"})
    for person, birthday in PEOPLE.items():
        contacts.add_contact(actor, card.id, {"name": person, "mobile": "13900001111",
                                              "birthday": birthday})
    return card


def _workbook_birthdays(path) -> dict[str, str]:
    rows = list(load_workbook(path)["联系人"].iter_rows(values_only=True))
    header = rows[0]
    return {r[header.index("姓名")]: r[header.index("生日")] for r in rows[1:]}


def _birthdays_in_db() -> dict[str, tuple]:
    return {c.name: (c.birthday_month, c.birthday_day, c.birthday_year, c.birthday_lunar,
                     c.birthday_leap) for c in Contact.select()}


def test_workbook_writes_each_birthday_as_the_card_shows_it(people, tmp_path):
    boss = people["boss"]
    made = _card_with_birthdays(people["li"])
    shown_on_card = {c.name: c.birthday_text
                     for c in cards.build_card(boss, Customer.get_by_id(made.id),
                                               reveal_sensitive=True).contacts}
    out = tmp_path / "archive.xlsx"
    exporting.export_excel(boss, out, Selection(ListQuery()))
    assert _workbook_birthdays(out) == SHOWN == shown_on_card


def test_pdf_card_prints_the_lunar_birthday_in_the_same_form(people, tmp_path):
    boss = people["boss"]
    made = _card_with_birthdays(people["li"])
    out = tmp_path / "card.pdf"
    exporting.export_pdf(boss, out, Selection(customers=(made.code,)))
    text = "".join(re.sub(r"\s+", "", p.extract_text() or "") for p in PdfReader(str(out)).pages)
    for form in SHOWN.values():
        assert form in text
    assert "1957-03-21" not in text and "3月21日" not in text


def _export_and_reimport(base, edit=None):
    opening.open_archive(str(base / "source.db"))
    try:
        boss = staff.create_first_manager("boss", "secret-123", "王主管")
        _card_with_birthdays(boss)
        out = base / "archive.xlsx"
        exporting.export_excel(boss, out, Selection(ListQuery()))
    finally:
        db.close_database()
    if edit:
        wb = load_workbook(out)
        ws = wb["联系人"]
        header = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            name = row[header.index("姓名")].value
            if name in edit:
                row[header.index("生日")].value = edit[name]
        wb.save(out)
    opening.open_archive(str(base / "target.db"))
    try:
        boss = staff.create_first_manager("boss", "secret-123", "王主管")
        report = importing.import_xlsx(boss, out)
        assert report.ok, report.problems[:5]
        return _birthdays_in_db()
    finally:
        db.close_database()


def test_exported_lunar_birthdays_import_back_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert _export_and_reimport(tmp_path) == PEOPLE


def test_the_older_numeric_lunar_form_still_imports(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    got = _export_and_reimport(tmp_path, edit={"陈志强": "农历 1957-03-21", "林晓梅": "农历闰4-8"})
    assert got == PEOPLE
