"""Charts drawn with QPainter (PySide6-Essentials has no QtCharts): horizontal bars and a
line over time. Each takes plain (label, value) pairs and formats its own numbers; a value
of None is "no data" (a gap in the line, an empty bar with —)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

BAR = QColor("#3b6ea5")
TARGET = QColor("#c0392b")
GRID = QColor("#e4e4e4")


def _number(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


class BarChart(QWidget):
    """Horizontal bars: one per (label, value)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.bars: list[tuple[str, float | None]] = []
        self.maximum: float | None = None          # a fixed scale (e.g. 100 for percentages)
        self.fmt: Callable[[float], str] = _number
        self.setMinimumSize(320, 220)

    def set_bars(self, title: str, bars: Iterable, *, maximum: float | None = None,
                 fmt: Callable[[float], str] | None = None) -> None:
        self.title, self.bars, self.maximum = title, list(bars), maximum
        self.fmt = fmt or _number
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.drawText(QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("（没有数据）"))
            return
        longest = max(p.fontMetrics().horizontalAdvance(str(name)) for name, _ in self.bars)
        top, left, right = 32, min(max(64, longest + 14), self.width() // 3), 52
        row = min(34.0, (self.height() - top - 8) / len(self.bars))
        values = [v for _, v in self.bars if v is not None]
        biggest = self.maximum or max(values, default=0) or 1
        width = self.width() - left - right
        for i, (name, n) in enumerate(self.bars):
            y = top + i * row
            p.setPen(QColor("#333"))
            p.drawText(QRectF(4, y, left - 10, row), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       str(name))
            if n is None:
                p.drawText(QRectF(left + 4, y, right, row), Qt.AlignmentFlag.AlignVCenter, "—")
                continue
            bar = QRectF(left, y + row * 0.2, max(2.0, width * min(n, biggest) / biggest), row * 0.6)
            p.fillRect(bar, BAR)
            p.drawText(QRectF(bar.right() + 4, y, right, row), Qt.AlignmentFlag.AlignVCenter, self.fmt(n))


class LineChart(QWidget):
    """A trend: one point per (label, value) left to right, gaps where the value is None, and
    an optional dashed target line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.points: list[tuple[str, float | None]] = []
        self.target: float | None = None
        self.low: float | None = None
        self.high: float | None = None
        self.fmt: Callable[[float], str] = _number
        self.setMinimumSize(320, 200)

    def set_points(self, title: str, points: Iterable, *, target: float | None = None,
                   low: float | None = None, high: float | None = None,
                   fmt: Callable[[float], str] | None = None) -> None:
        self.title, self.points, self.target = title, list(points), target
        self.low, self.high, self.fmt = low, high, fmt or _number
        self.update()

    def _scale(self) -> tuple[float, float]:
        values = [v for _, v in self.points if v is not None]
        if self.target is not None:
            values.append(self.target)
        lo = self.low if self.low is not None else min(values, default=0.0)
        hi = self.high if self.high is not None else max(values, default=1.0)
        if hi <= lo:
            hi = lo + 1
        return lo, hi

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.drawText(QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        if not any(v is not None for _, v in self.points):
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("（没有数据）"))
            return
        lo, hi = self._scale()
        left, top, right, bottom = 48, 32, 16, 28
        w, h = self.width() - left - right, self.height() - top - bottom
        n = len(self.points)

        def at(i: int, v: float) -> QPointF:
            x = left + (w * (i + 0.5) / n)
            return QPointF(x, top + h * (1 - (v - lo) / (hi - lo)))

        p.setPen(QPen(GRID))
        for k in range(5):
            v = lo + (hi - lo) * k / 4
            y = top + h * (1 - k / 4)
            p.drawLine(QPointF(left, y), QPointF(left + w, y))
            p.setPen(QColor("#666"))
            p.drawText(QRectF(0, y - 9, left - 6, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       self.fmt(v))
            p.setPen(QPen(GRID))
        if self.target is not None:
            pen = QPen(TARGET, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = at(0, self.target).y()
            p.drawLine(QPointF(left, y), QPointF(left + w, y))
        path, started = QPainterPath(), False
        for i, (_name, v) in enumerate(self.points):
            if v is None:
                started = False
                continue
            pt = at(i, v)
            if started:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                started = True
        p.setPen(QPen(BAR, 2))
        p.drawPath(path)
        step = max(1, n // 12)           # at most ~12 axis labels
        for i, (name, v) in enumerate(self.points):
            if v is not None:
                pt = at(i, v)
                p.setBrush(BAR)
                p.drawEllipse(pt, 3.5, 3.5)
                p.setPen(QColor("#333"))
                p.drawText(QRectF(pt.x() - 30, pt.y() - 20, 60, 16), Qt.AlignmentFlag.AlignCenter, self.fmt(v))
                p.setPen(QPen(BAR, 2))
            if i % step == 0:
                p.setPen(QColor("#333"))
                p.drawText(QRectF(left + w * i / n, top + h + 4, w / n * step, 20),
                           Qt.AlignmentFlag.AlignHCenter, str(name))
                p.setPen(QPen(BAR, 2))
