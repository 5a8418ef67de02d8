"""The application's icon (resources/icons; the SVG is the source, packaging/make_icon.py
renders the PNG used here and the ICO of the Windows executable). Found beside the code, so
from the source tree and in the frozen build (sys._MEIPASS) alike."""
from __future__ import annotations

from pathlib import Path

ICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "icons" / "client-archive.png"
