"""Chinese must render on a PC without any CJK font: the bundled font becomes the app font."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtGui import QFontInfo, QFontMetrics
from ui.app import create_application
from ui.fonts import system_cjk_families
app = create_application([])
fm = QFontMetrics(app.font())
print(app.font().family(), "|", bool(system_cjk_families()), "|",
      all(fm.inFontUcs4(ord(ch)) for ch in "客户档案管家"), "|", ",".join(app.font().families()),
      "|", QFontInfo(app.font()).family())
"""


def run_probe(env_extra: dict) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    result = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT))], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return [part.strip() for part in result.stdout.strip().splitlines()[-1].split("|")]


@pytest.mark.skipif(sys.platform == "win32", reason="hides the system fonts with FONTCONFIG_FILE, which "
                                                    "only fontconfig (Linux) reads; Windows always has CJK fonts")
def test_bundled_font_is_used_when_the_system_has_no_cjk_font(tmp_path):
    (tmp_path / "fonts").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{tmp_path / 'fonts'}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>""",
                    encoding="utf-8")
    family, has_system, renders, families, latin = run_probe({"FONTCONFIG_FILE": str(conf)})
    assert has_system == "False" and renders == "True"
    # Latin letters and digits in the bundled sans face, Chinese in the bundled CJK face
    assert families == "Bitstream Vera Sans,Droid Sans Fallback"
    assert family == latin == "Bitstream Vera Sans"


def test_app_font_renders_chinese_with_system_fonts():
    _family, _has_system, renders, _families, _latin = run_probe({})
    assert renders == "True"
