"""The handover record (客户档案交接单) as an A4 PDF, made from a stored handover.

Generated from `models.handover.get_handover()` data every time, so a reprint shows the
current confirmations. Long customer lists continue over pages with the table header
repeated; every page carries "第 x 页 / 共 y 页". The CJK font is embedded (subset).
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exports import PathArg
from exports.fonts import draw_mixed, pdf_fonts
from exports.fonts import mixed_markup as markup
from models.foundation.localtime import DATE, MINUTES, local_text
from models.foundation.vocabulary import HANDOVER_STATUS_LABELS, ROLE_LABELS
from models.handover.dto import HandoverInfo

TITLE = "客户档案交接单"
GRID = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e6ecf2")
ORPHAN_ROOM = 36 * mm   # a receiver heading (~12 mm with its spacing) + header + 3 rows


def _local(value: dt.datetime | None, with_time: bool = True) -> str:
    return local_text(value, MINUTES if with_time else DATE, empty="—")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "num": ParagraphStyle("num", parent=base, fontSize=9, leading=12, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER,
                                spaceAfter=2 * mm),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10, alignment=TA_CENTER, spaceAfter=4 * mm,
                              textColor=colors.HexColor("#444444")),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=16, spaceBefore=4 * mm,
                             spaceAfter=2 * mm),
    }


def _cells(rows: Any, st: Any, align_right_from: Any) -> Any:
    """Every cell becomes a Paragraph so mixed Chinese/Latin text renders."""
    out = []
    for row in rows:
        line = []
        for k, v in enumerate(row):
            if isinstance(v, Paragraph):
                line.append(v)
            else:
                right = align_right_from is not None and k >= align_right_from
                line.append(Paragraph(markup(v), st["num"] if right else st["cell"]))
        out.append(line)
    return out


def _table(rows: Any, widths: Any, font: Any, *, header: Any = True, repeat: Any = True, align_right_from: Any = None) -> Table:
    st = _styles(font)
    if header and align_right_from is not None:
        rows = [_cells(rows[:1], st, None)[0], *_cells(rows[1:], st, align_right_from)]
    else:
        rows = _cells(rows, st, align_right_from)
    t = Table(rows, colWidths=widths, repeatRows=1 if (header and repeat) else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    if align_right_from is not None:
        style.append(("ALIGN", (align_right_from, 1 if header else 0), (-1, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    return t


class _ReceiverTable(Table):
    """A receiver's customer list: where it breaks across pages, the continuation starts with
    a caption saying whose list it is (接收人：王桂香（agent03）（续）) above the repeated header."""

    _caption = None

    def split(self, availWidth: Any, availHeight: Any) -> Any:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._caption is not None:
            rest = parts[1]
            rest.__class__ = _ReceiverTable
            rest._caption = self._caption
            # the first part fills this page; the caption must open the next one with the rest
            # (else it would sit in the few points left under the first part)
            return [parts[0], PageBreak(), self._caption(), rest]
        return parts


def _person(s: Any) -> str:
    dept = f"，{s.department}" if s.department else ""
    return f"{s.display_name}（{s.username}，{ROLE_LABELS.get(s.role, s.role)}{dept}）"


def _story(info: HandoverInfo, company: str, font: str) -> list[Any]:
    st = _styles(font)
    def P(text: Any, style: Any) -> Any:
        return Paragraph(markup(text), style)

    story = [P(TITLE, st["title"]),
             P(f"{company}　·　交接单号 {info.number}" if company else f"交接单号 {info.number}", st["sub"])]
    head = [
        [P("移交人（离职人员）", st["base"]), P(_person(info.leaver), st["base"])],
        [P("监交人（客服主管）", st["base"]), P(_person(info.manager), st["base"])],
        [P("发起日期", st["base"]), P(_local(info.created_at), st["base"])],
        [P("执行日期", st["base"]), P(_local(info.executed_at), st["base"])],
        [P("状态", st["base"]), P(f"{HANDOVER_STATUS_LABELS.get(info.status, info.status)}"
                                  + (f"（完成于 {_local(info.completed_at)}）" if info.completed_at else ""),
                                  st["base"])],
    ]
    if info.notes:
        head.append([P("备注", st["base"]), P(info.notes, st["base"])])
    story.append(_table(head, [42 * mm, 128 * mm], font, header=False))

    # totals per receiver
    story.append(P("一、交接汇总", st["h2"]))
    sums = []
    for r in info.receivers:
        mine = [i for i in info.items if i.receiver == r.username]
        sums.append([r.display_name, r.username, len(mine), sum(i.contacts for i in mine),
                     sum(i.projects for i in mine), sum(i.events for i in mine),
                     f"{r.confirmed} / {r.total}" + ("（已全部确认）" if r.done else "")])
    total_row = ["合计", "", len(info.items), sum(i.contacts for i in info.items),
                 sum(i.projects for i in info.items), sum(i.events for i in info.items),
                 f"{info.confirmed} / {len(info.items)}"]
    rows = [["接收人", "账号", "客户数", "联系人", "合作项目", "重要事项", "接收确认"], *sums, total_row]
    t = _table(rows, [28 * mm, 24 * mm, 16 * mm, 16 * mm, 18 * mm, 18 * mm, 50 * mm], font,
               align_right_from=2)
    t.setStyle(TableStyle([("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), HEAD_BG)]))
    story.append(t)
    if not info.items:
        story.append(Spacer(1, 2 * mm))
        story.append(P("移交人名下没有客户档案（如其他部门人员离职）：其查阅授权与待审批申请已随交接终止。",
                       st["base"]))

    # the customer list per receiver
    for n, r in enumerate(info.receivers, start=1):
        mine = [i for i in info.items if i.receiver == r.username]
        # never a receiver's heading alone (or with one row) at a page bottom: ask for room
        # for the heading, the table header and three rows, else start on the next page
        story.append(CondPageBreak(ORPHAN_ROOM))
        story.append(P(f"二.{n}　接收人：{r.display_name}（{r.username}）　共 {r.total} 位客户，"
                       f"已确认 {r.confirmed} 位", st["h2"]))
        rows = [["序号", "客户编号", "客户名称", "分类", "联系人", "项目", "事项", "接收确认"]]
        for k, i in enumerate(mine, start=1):
            ok = f"{_local(i.confirmed_at, False)} {i.confirmed_by}" if i.confirmed_at else "未确认"
            rows.append([str(k), i.code, i.name, i.cls, i.contacts, i.projects, i.events,
                         P(ok, st["small"])])
        table = _table(rows, [12 * mm, 22 * mm, 55 * mm, 12 * mm, 15 * mm, 12 * mm, 12 * mm, 30 * mm],
                       font, align_right_from=4)
        table.__class__ = _ReceiverTable
        table._caption = (lambda r=r: P(f"接收人：{r.display_name}（{r.username}）（续）", st["base"]))
        story.append(table)

    # signatures: the three parties, each with a date
    story.append(Spacer(1, 4 * mm))
    line = "________________"
    sig = [["角色", "姓名", "签字", "日期"],
           ["移交人", info.leaver.display_name, line, "____年__月__日"]]
    for r in info.receivers:
        sig.append(["接收人", r.display_name, line, "____年__月__日"])
    sig.append(["监交人（客服主管）", info.manager.display_name, line, "____年__月__日"])
    sig_table = _table(sig, [40 * mm, 36 * mm, 52 * mm, 42 * mm], font, repeat=False)
    sig_table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 9),
                                   ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]))
    story.append(KeepTogether([P("三、签字确认", st["h2"]),
                               P("各方确认以上客户档案（含联系人、合作项目、重要事项记录及跟进事项）已完整移交，"
                                 "移交人不得带走或保留任何客户资料。", st["base"]),
                               Spacer(1, 2 * mm), sig_table]))
    return story


def _numbered_canvas(font: str, number: str, printed: str) -> Any:
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps every page until the end so the footer can say 'of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts each page in Helvetica, which is not embedded: start in ours
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(colors.HexColor("#555555"))
                draw_mixed(self, 18 * mm, 10 * mm, f"{TITLE} {number}　打印于 {printed}", 8)
                draw_mixed(self, A4[0] - 18 * mm, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页",
                           8, right=True)
                super().showPage()
            super().save()

    return NumberedCanvas


def render(info: HandoverInfo, *, company: str = "") -> bytes:
    """The 交接单 as PDF bytes."""
    font, _ = pdf_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"{TITLE} {info.number}", author=info.manager.display_name,
                            subject=f"{info.leaver.display_name} 离职交接")
    printed = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    doc.build(_story(info, company, font), canvasmaker=_numbered_canvas(font, info.number, printed))
    return buf.getvalue()


def write_pdf(info: HandoverInfo, path: PathArg, *, company: str = "") -> Path:
    """Write the 交接单 to `path`. A pure format: the service (models.handover.printing)
    hands it a temporary file, audits it and renames it into place."""
    target = Path(path)
    data = render(info, company=company)
    try:
        target.write_bytes(data)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
