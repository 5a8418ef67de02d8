"""Render resources/icons/client-archive.svg to the PNG the app shows and the ICO Windows needs.

    .venv/bin/python packaging/make_icon.py

Run it after changing the SVG and commit the outputs: the build and the app use the PNG and
ICO as they are (the app needs no SVG support at run time)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    renderer = QSvgRenderer(str(ICONS / "client-archive.svg"))
    if not renderer.isValid():
        print("cannot read the SVG", file=sys.stderr)
        return 1
    ok = render(renderer, 256).save(str(ICONS / "client-archive.png"))
    # Windows picks the size it needs from the ICO (Pillow, which reportlab already needs,
    # writes several sizes; Qt's writer stores only one)
    from PIL import Image

    with Image.open(ICONS / "client-archive.png") as png:
        png.save(ICONS / "client-archive.ico",
                 sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
