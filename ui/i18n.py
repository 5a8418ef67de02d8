"""Translations: the contexts lupdate and the app agree on, and loading a .qm at start-up.

The source language is Simplified Chinese. `pyside6-lupdate` (scripts/translations.py runs
it over ui/) files every string under a context, and Qt finds a translation only under the
same context, so each kind of call translates where lupdate files it:

- `self.tr("…")` in a QObject subclass: the class name (Qt and lupdate agree by themselves).
- a bare `tr("…")`, the helper of the feature modules (ui/access, ui/handover, ui/exports,
  ui/admin): lupdate files these under the empty context, so those helpers and `tr` below
  translate in the empty context.
- `QCoreApplication.translate("Context", "…")` or `translate("Context", "…")`: that context.
- static tables (column headers, choice labels) defined away from where they are shown: mark
  each text with `QT_TRANSLATE_NOOP("Context", "…")` and translate it where it is shown with
  `translate("Context", text)`.
- the core's labels (models/foundation/vocabulary.py and friends), which cannot be marked
  where they are defined because the core never imports Qt: `ui.vocabulary_tr.core_label(text)`.

tests/gui/test_translations.py runs lupdate and fails when a Chinese literal in ui/ is not
extracted.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOGUE = "client_archive"   # client_archive_en.ts → client_archive_en.qm
SOURCE_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """A bare `tr("…")`: the empty context, where lupdate files it."""
    return QCoreApplication.translate("", text)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translator(app: QCoreApplication, language: str = "",
                       directory: Path = TRANSLATIONS) -> str | None:
    """Load client_archive_<language>.qm (or, with no language given, the best match for
    the system's UI languages). Returns the file loaded, or None: Chinese, the source
    language, needs no file, and a missing or unreadable file leaves the UI in Chinese."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language in (SOURCE_LANGUAGE, "zh"):
        return None
    translator = QTranslator(app)
    locale = QLocale(language) if language else QLocale.system()
    if not translator.load(locale, CATALOGUE, "_", str(directory)):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator.filePath()
