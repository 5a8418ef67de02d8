"""Every Chinese string of the desktop UI reaches lupdate, and a compiled translation shows.

The source language is Simplified Chinese; scripts/translations.py runs pyside6-lupdate over
ui/ (not ui/cli/, which has no Qt). A literal that lupdate does not extract can never be
translated; a string filed under another context than the one it is looked up in neither.
"""
from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from exports import xlsx_import
from models.foundation import dto, vocabulary
from models.transfer import importing
from ui import i18n, vocabulary_tr

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Chinese literals in ui/ that are not shown to the user, each with the reason.
NOT_SHOWN = {
    ("ui/fonts.py", "客户档案"): "glyphs the font must render, never displayed",
    ("ui/exports/__init__.py", "页数"): "a key of the core's result counts",
    ("ui/settings.py", "客户档案管家"): "the product name; also where QSettings stores the settings",
    ("ui/crash_dialog.py", "客户档案管家"): "the product name as a window title",
}

# The core's label tables that the UI shows through vocabulary_tr.core_label().
CORE_LABELS = {
    "vocabulary.ROLE_LABELS": vocabulary.ROLE_LABELS,
    "vocabulary.STAFF_STATUS_LABELS": vocabulary.STAFF_STATUS_LABELS,
    "vocabulary.KIND_LABELS": vocabulary.KIND_LABELS,
    "vocabulary.CLASS_LABELS": vocabulary.CLASS_LABELS,
    "vocabulary.CUSTOMER_STATUS_LABELS": vocabulary.CUSTOMER_STATUS_LABELS,
    "vocabulary.SCOPE_LABELS": vocabulary.SCOPE_LABELS,
    "vocabulary.REQUEST_STATUS_LABELS": vocabulary.REQUEST_STATUS_LABELS,
    "vocabulary.HANDOVER_STATUS_LABELS": vocabulary.HANDOVER_STATUS_LABELS,
    "vocabulary.FIELD_LABELS": vocabulary.FIELD_LABELS,
    "vocabulary.CONTACT_LABELS": vocabulary.CONTACT_LABELS,
    "vocabulary.PROJECT_LABELS": vocabulary.PROJECT_LABELS,
    "vocabulary.EVENT_LABELS": vocabulary.EVENT_LABELS,
    "vocabulary.AUDIT_ACTION_LABELS": vocabulary.AUDIT_ACTION_LABELS,
    "importing.DUPLICATE_LABELS": importing.DUPLICATE_LABELS,
    "xlsx_import.FIELD_LABELS": xlsx_import.FIELD_LABELS,
    "dto.MASK_HINT": {"": dto.MASK_HINT},
    # the service screens (ui/service) show these core values through core_label()
    "vocabulary.SERVICE_KINDS": {k: k for k in vocabulary.SERVICE_KINDS},
    "vocabulary.SEVERITIES": {k: k for k in vocabulary.SEVERITIES},
    "vocabulary.SERVICE_CHANNELS": {k: k for k in vocabulary.SERVICE_CHANNELS},
    "vocabulary.SERVICE_STATUSES": {k: k for k in vocabulary.SERVICE_STATUSES},
    "vocabulary.VERDICT_LABELS": vocabulary.VERDICT_LABELS,
    "vocabulary.COMPLAINT_CATEGORIES": {k: k for k in vocabulary.COMPLAINT_CATEGORIES},
    "vocabulary.SATISFACTION_LABELS": vocabulary.SATISFACTION_LABELS,
    "vocabulary.WARRANTY_LABELS": {k: v for k, v in vocabulary.WARRANTY_LABELS.items() if v},
    "vocabulary.SERVICE_STEP_LABELS": vocabulary.SERVICE_STEP_LABELS,
}


def _translations_script():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extract(tmp_path) -> Path:
    ts = tmp_path / "client_archive_en.ts"
    result = _translations_script().lupdate(ts)
    assert result.returncode == 0, result.stderr
    return ts


def _chinese_literals(path: Path) -> list[tuple[int, str]]:
    """String constants with Chinese characters, docstrings left out (comments are not in
    the AST). f-strings count: their constant parts are constants too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and CJK.search(node.value)]


def test_lupdate_extracts_every_chinese_literal_of_the_desktop_ui(tmp_path):
    ts = _extract(tmp_path)
    extracted = set()   # (file relative to ROOT, source text)
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        for location in message.iter("location"):
            where = (ts.parent / location.get("filename")).resolve().relative_to(ROOT)
            extracted.add((where.as_posix(), source))
    missing, seen = [], set()
    for path in _translations_script().source_files():
        for line, text in _chinese_literals(ROOT / path):
            key = (path.as_posix(), text)
            seen.add(key)
            if key not in extracted and key not in NOT_SHOWN:
                missing.append(f"{path.as_posix()}:{line}: {text!r}")
    assert missing == [], "not extracted by lupdate (wrap in tr() / QT_TRANSLATE_NOOP):\n" + "\n".join(missing)
    assert set(NOT_SHOWN) <= seen, f"stale NOT_SHOWN entries: {set(NOT_SHOWN) - seen}"
    assert len(extracted) > 500


def test_every_core_label_the_ui_shows_is_in_the_catalogue():
    missing = [f'    QT_TRANSLATE_NOOP("Vocabulary", "{text}"),   # {table}'
               for table, labels in CORE_LABELS.items() for text in labels.values()
               if text not in vocabulary_tr.LABELS]
    assert missing == [], "add to ui/vocabulary_tr.py:\n" + "\n".join(missing)


@pytest.fixture
def english(qapp, tmp_path):
    """The committed .ts compiled and installed as the app does at start-up."""
    ts = i18n.TRANSLATIONS / f"{i18n.CATALOGUE}_en.ts"
    qm = tmp_path / f"{i18n.CATALOGUE}_en.qm"
    result = _translations_script().lrelease(ts, qm)
    assert result.returncode == 0 and qm.exists(), result.stderr
    assert i18n.install_translator(qapp, "en", directory=tmp_path) == str(qm)
    yield
    assert i18n.install_translator(qapp, "zh_CN") is None   # back to the source language


def test_a_compiled_translation_changes_what_the_user_sees(qtbot, demo_archive, english):
    from tests.gui.conftest import close_window, open_window

    win = open_window(qtbot, demo_archive)
    menus = [a.text().replace("&", "") for a in win.menuBar().actions()]   # &File: a mnemonic
    assert menus[0] == "File" and menus[-1] == "Help"      # self.tr: the class's context
    assert "Access" in menus and "Handover" in menus       # a feature module's bare tr()
    assert menus.count("File") == 1 and "文件" not in menus  # one 文件 menu, whoever adds to it
    header = win.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Customer no."                        # QT_TRANSLATE_NOOP table
    assert "Customer service manager" in win.user_label.text()   # a core label
    assert "新建客户" not in [a.text() for a in win.toolbar.actions()]
    assert win.model.headerData(2, Qt.Orientation.Horizontal) == "分类"   # untranslated: as is
    close_window(win)


def test_chinese_needs_no_translation_file(qapp, tmp_path):
    assert i18n.install_translator(qapp, "zh_CN") is None
    assert i18n.install_translator(qapp, "fr", directory=tmp_path) is None   # no such .qm
    assert i18n.tr("权限") == "权限"

