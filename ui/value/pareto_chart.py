"""The 80/20 chart, drawn with QPainter (PySide6-Essentials has no QtCharts).

Every customer of the view is a slot on the horizontal axis, sorted by amount — those
without an amount in the period too (the headline's share is over all of them), so the
axis reads as a share of customers (0–100%). Bars: each customer's amount (left axis, ¥万);
line: the cumulative share of the amount (right axis, %); a dashed line at 80% and a mark
where the head that reaches it ends, with the headline above. With more customers than
pixels each pixel column shows the largest bar that falls in it.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from models.value.dto import ParetoView

BAR = QColor("#3b6ea5")
HEAD = QColor("#1f4e79")
LINE = QColor("#c0504d")
MARK = QColor("#7f7f7f")
GRID = QColor("#e5e5e5")


def _wan(value: float) -> str:
    return f"{value / 10000:,.0f}" if value >= 100000 else f"{value / 10000:,.1f}"


class ParetoChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: ParetoView | None = None
        self.setMinimumSize(480, 300)

    def set_view(self, view: ParetoView | None) -> None:
        self.view = view
        self.update()

    def headline(self) -> str:
        return self.view.headline if self.view is not None else ""

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        view = self.view
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.15)
        p.setFont(bold)
        p.setPen(QColor("#222"))
        p.drawText(QRectF(12, 6, self.width() - 24, 24), Qt.AlignmentFlag.AlignLeft, self.headline())
        p.setFont(self.font())
        if view is None or not view.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("（这段时间没有合作金额）"))
            return
        left, right, top, bottom = 64.0, 52.0, 60.0, 44.0
        plot = QRectF(left, top, max(10.0, self.width() - left - right), max(10.0, self.height() - top - bottom))
        n = max(view.customers, len(view.rows))
        biggest = float(max(r.amount for r in view.rows)) or 1.0
        self._axes(p, plot, biggest)
        self._bars(p, plot, view, n, biggest)
        self._cumulative(p, plot, view, n)
        self._eighty(p, plot, view, n)

    def _axes(self, p: QPainter, plot: QRectF, biggest: float) -> None:
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        for i in range(6):                       # grid every 20% (right axis) / fifth of the top bar
            y = plot.bottom() - plot.height() * i / 5
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#555"))
            p.drawText(QRectF(0, y - 9, plot.left() - 6, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       _wan(biggest * i / 5))
            p.drawText(QRectF(plot.right() + 6, y - 9, 46, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{i * 20}%")
            x = plot.left() + plot.width() * i / 5
            p.drawText(QRectF(x - 30, plot.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignHCenter, f"{i * 20}%")
        p.setPen(QColor("#333"))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        p.drawText(QRectF(plot.left(), plot.bottom() + 22, plot.width(), 18), Qt.AlignmentFlag.AlignHCenter,
                   self.tr("客户（按合作金额从高到低，占客户总数的百分比）"))
        p.drawText(QRectF(4, plot.top() - 22, 120, 16), Qt.AlignmentFlag.AlignLeft, self.tr("金额（万元）"))
        p.drawText(QRectF(plot.right() - 70, plot.top() - 22, 118, 16), Qt.AlignmentFlag.AlignRight,
                   self.tr("累计占比"))
        p.setFont(self.font())

    def _bars(self, p: QPainter, plot: QRectF, view: ParetoView, n: int, biggest: float) -> None:
        slot = plot.width() / n
        if slot >= 2:
            gap = 1.0 if slot > 4 else 0.0
            for r in view.rows:
                h = plot.height() * float(r.amount) / biggest
                colour = HEAD if r.rank <= view.head_count else BAR
                p.fillRect(QRectF(plot.left() + (r.rank - 1) * slot + gap / 2, plot.bottom() - h,
                                  max(1.0, slot - gap), h), colour)
            return
        tallest: dict[int, tuple[float, bool]] = {}   # pixel column → (amount, in the head)
        for r in view.rows:
            x = int((r.rank - 1) * slot)
            if x not in tallest or float(r.amount) > tallest[x][0]:
                tallest[x] = (float(r.amount), r.rank <= view.head_count)
        for x, (amount, head) in tallest.items():
            h = plot.height() * amount / biggest
            p.fillRect(QRectF(plot.left() + x, plot.bottom() - h, 1.0, h), HEAD if head else BAR)

    def _cumulative(self, p: QPainter, plot: QRectF, view: ParetoView, n: int) -> None:
        slot = plot.width() / n
        path = QPainterPath(QPointF(plot.left(), plot.bottom()))
        step = max(1, len(view.rows) // int(max(plot.width(), 1)))
        for r in view.rows[::step] + (view.rows[-1],):
            path.lineTo(plot.left() + r.rank * slot, plot.bottom() - plot.height() * r.cumulative_pct / 100)
        path.lineTo(plot.right(), plot.top())    # the customers without an amount add nothing
        p.setPen(QPen(LINE, 2))
        p.drawPath(path)

    def _eighty(self, p: QPainter, plot: QRectF, view: ParetoView, n: int) -> None:
        y = plot.bottom() - plot.height() * 0.8
        pen = QPen(MARK, 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if view.head_count:
            x = plot.left() + plot.width() * view.head_count / n
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x + 4, y - 20, 160, 18), Qt.AlignmentFlag.AlignLeft,
                       self.tr("80% 线 · 前 %1 位客户").replace("%1", str(view.head_count)))
