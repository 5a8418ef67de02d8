"""What goes on the paper of a customer card, per template (the flowables; pdf_card builds the PDF).

Templates:
- ``full``: page 1 基本资料 (company, every key person with their personal details, projects),
  page 2 重要事项记录 (the whole log; a long log flows on with the header row repeated).
- ``summary``: one page for meetings — the company's essentials, one line per key person, the
  projects and the last 10 events; long texts are clipped and long lists capped so it always
  fits one A4 page (the full card is one click away).
- ``public``: the full card with every sensitive personal field (生日, 家庭, 性格分析, 兴趣爱好,
  人际关系) left out — the rows are absent, not masked — for handing out.

Paper rules (issue 17): a key person's block is kept together when it fits on a page, and when
it must break the continuation repeats the person's name with 续; a heading is never left alone
at a page bottom (a CondPageBreak asks for the heading plus the first rows); amounts are
right-aligned as ¥86,000.00; page 2 runs newest first like the screen unless asked otherwise.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.foundation.dto import MASK, CustomerCard
from models.foundation.vocabulary import CLASS_LABELS, CUSTOMER_STATUS_LABELS, KIND_LABELS

TEMPLATES = ("full", "summary", "public")
PDF_MASK = "\u2022" * 4  # neither bundled font has "●"; the bullet prints as a clear mask
INK = colors.HexColor("#1F2A3A")
RULE = colors.HexColor("#8A96A8")
LABEL_BG = colors.HexColor("#EEF1F6")
HEAD_BG = colors.HexColor("#DDE4EE")
ACCENT = colors.HexColor("#2F5597")
SUMMARY_EVENTS, SUMMARY_CONTACTS, SUMMARY_PROJECTS = 10, 6, 5


class Layout:
    """Styles and cell helpers for one document: `markup` turns plain text into Paragraph
    markup with the font fallback (pdf_card._markup), `font` is the CJK font's name."""

    def __init__(self, font: str, markup, width: float):
        self.font, self.markup, self.width = font, markup, width
        base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=11, textColor=INK,
                              wordWrap="CJK")
        self.st = {
            "cell": base,
            "num": ParagraphStyle("num", parent=base, alignment=TA_RIGHT),
            "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#3C4656")),
            "title": ParagraphStyle("title", parent=base, fontSize=16, leading=20, alignment=TA_CENTER,
                                    spaceAfter=1),
            "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, leading=13, alignment=TA_CENTER,
                                  textColor=colors.HexColor("#4A5568"), spaceAfter=4),
            "h1": ParagraphStyle("h1", parent=base, fontSize=12, leading=16, textColor=ACCENT,
                                 spaceBefore=2, spaceAfter=3),
            "h2": ParagraphStyle("h2", parent=base, fontSize=10, leading=13, textColor=ACCENT,
                                 spaceBefore=6, spaceAfter=3),
            "head": ParagraphStyle("head", parent=base),
            "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#6B7280")),
        }

    def p(self, text, style="cell") -> Paragraph:
        text = "" if text is None else str(text)
        return Paragraph(self.markup(text.replace(MASK, PDF_MASK)), self.st[style])

    def grid(self, extra=()) -> TableStyle:
        # FONTNAME: an empty (spanned) cell is drawn with the table's font; reportlab's default
        # is Helvetica, which would be the one font left unembedded
        return TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ])

    def heading_with(self, heading: Paragraph, first_rows: list, widths) -> list:
        """The heading and a CondPageBreak asking for room for it and the table's first rows,
        so a heading is never the last thing on a page."""
        probe = Table(first_rows, colWidths=widths, style=self.grid())
        _, h = probe.wrap(self.width, 10_000)
        _, hh = heading.wrap(self.width, 10_000)
        return [CondPageBreak(h + hh + 12), heading]


def money(amount) -> str:
    return "" if amount is None else f"¥{amount:,.2f}"


class _PersonTable(Table):
    """A key person's table whose continuation after a page break starts with the name and 续."""

    def __init__(self, *args, cont_head=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._cont_head = cont_head

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._cont_head is not None:
            rest = parts[1]
            rest._cellvalues[0][0] = self._cont_head()
            rest.__class__ = _PersonTable
            rest._cont_head = self._cont_head
        return parts


def _quarter(w):
    return [0.14 * w, 0.36 * w, 0.14 * w, 0.36 * w]


def company_table(L: Layout, c: CustomerCard, *, brief: bool = False) -> Table:
    p = L.p
    status = CUSTOMER_STATUS_LABELS.get(c.status, c.status) + (f"（{c.archived_reason}）" if c.archived_reason else "")
    pairs = [
        ("客户编号", c.code, "客户名称", c.name),
        ("客户分类", CLASS_LABELS.get(c.cls, c.cls), "负责客服", c.custodian_name),
        ("类型", KIND_LABELS.get(c.kind, c.kind), "状态", status),
        ("所属行业", c.industry, "成立日期", c.founded_on.isoformat() if c.founded_on else ""),
        ("电话", c.phone, "传真", c.fax),
        ("电子邮箱", c.email, "微信", c.wechat),
    ]
    if not brief:
        pairs.append(("网站", c.website, "信息来源", c.source_channel))
    rows = [[p(a, "label"), p(b), p(x, "label"), p(y)] for a, b, x, y in pairs]
    long = [("地址", c.address), ("行业地位", c.industry_status)] if brief else \
        [("地址", c.address), ("组织机构", c.organization), ("行业地位", c.industry_status), ("备注", c.notes)]
    spans = []
    for label, value in long:
        spans.append(len(rows))
        rows.append([p(label, "label"), p(_clip(value, 120) if brief else value), "", ""])
    style = L.grid([("BACKGROUND", (0, 0), (0, -1), LABEL_BG), ("BACKGROUND", (2, 0), (2, len(pairs) - 1), LABEL_BG)]
                   + [("SPAN", (1, r), (3, r)) for r in spans])
    return Table(rows, colWidths=_quarter(L.width), style=style)


SENSITIVE_ROWS = (("家庭", "family"), ("性格分析", "personality"), ("兴趣爱好", "hobbies"),
                  ("人际关系", "relationships"))


def person_table(L: Layout, person, *, public: bool = False) -> Table:
    p = L.p
    head = f"{person.name}{'（主要联系人）' if person.is_primary else ''}" + (f"　{person.title}" if person.title else "")
    rows = [[p(head, "head"), "", "", ""],
            [p("电话", "label"), p(person.phone), p("手机", "label"), p(person.mobile)],
            [p("电子邮箱", "label"), p(person.email), p("微信", "label"), p(person.wechat)]]
    if public:   # no birthday: the role gets the whole line
        rows.append([p("机构中的作用", "label"), p(person.role_in_org), "", ""])
        spans = [("SPAN", (1, 3), (3, 3))]
    else:   # two fields a line: three key people with all their details still fit page 1
        rows.append([p("生日", "label"), p(person.birthday_text), p("机构中的作用", "label"), p(person.role_in_org)])
        for (la, a), (lb, b) in zip(SENSITIVE_ROWS[::2], SENSITIVE_ROWS[1::2], strict=True):
            rows.append([p(la, "label"), p(getattr(person, a)), p(lb, "label"), p(getattr(person, b))])
        spans = [("BACKGROUND", (2, 3), (2, -1), LABEL_BG)]
    style = L.grid([("SPAN", (0, 0), (3, 0)), ("BACKGROUND", (0, 0), (3, 0), HEAD_BG),
                    ("BACKGROUND", (0, 1), (0, -1), LABEL_BG), ("BACKGROUND", (2, 1), (2, 2), LABEL_BG), *spans])
    return _PersonTable(rows, colWidths=_quarter(L.width), style=style, repeatRows=1,
                        cont_head=lambda: p(f"{head}（续）", "head"))


def _project_rows(L: Layout, projects) -> list:
    rows = [[L.p(t, "head") for t in ("项目名称", "起止日期", "金额", "状态", "说明")]]
    for pr in projects:
        span = f"{pr.started_on or ''} 至 {pr.ended_on or ''}" if (pr.started_on or pr.ended_on) else ""
        rows.append([L.p(pr.name), L.p(span), L.p(money(pr.amount), "num"), L.p(pr.status), L.p(pr.notes)])
    return rows


PROJECT_WIDTHS = (0.27, 0.2, 0.15, 0.1, 0.28)
EVENT_WIDTHS = (0.12, 0.09, 0.55, 0.12, 0.12)


def _table(L: Layout, rows, fractions) -> Table:
    return Table(rows, colWidths=[f * L.width for f in fractions], repeatRows=1,
                 style=L.grid([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]))


def _event_rows(L: Layout, events, *, brief: bool = False) -> list:
    rows = [[L.p(t, "head") for t in ("日期", "类别", "事项", "来源部门", "记录人")]]
    for e in events:
        body = f"<b>{L.markup(e.title)}</b>"
        if e.content:
            body += "<br/>" + L.markup(_clip(e.content, 60) if brief else e.content)
        if e.is_report:
            body += '<br/><font color="#6B7280">（他部门报告）</font>'
        rows.append([L.p(e.event_date.isoformat()), L.p(e.category), Paragraph(body, L.st["cell"]),
                     L.p(e.source_department), L.p(e.recorded_by)])
    return rows


def _clip(text, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def ordered_events(c: CustomerCard, newest_first: bool = True) -> list:
    return sorted(c.events, key=lambda e: (e.event_date, e.id), reverse=newest_first)


def _with_heading(L: Layout, heading: str, rows: list, fractions) -> list:
    """Heading + table, the heading kept with the header row and the first (up to 2) rows."""
    widths = [f * L.width for f in fractions]
    return [*L.heading_with(L.p(heading, "h2"), rows[:3], widths), _table(L, rows, fractions)]


def full_card(L: Layout, c: CustomerCard, *, public: bool = False, newest_first: bool = True) -> list:
    p = L.p
    out: list = [p("客户资料信息卡", "title"), p(f"{c.code}　{c.name}", "sub"), p("第一页　基本资料", "h1"),
                 p("公司背景", "h2"), company_table(L, c)]
    heading = p(f"负责人 / 联系人（{len(c.contacts)} 人）", "h2")
    if c.contacts:
        first = person_table(L, c.contacts[0], public=public)
        out += L.heading_with(heading, first._cellvalues[:4], _quarter(L.width))
        for i, person in enumerate(c.contacts):
            table = first if i == 0 else person_table(L, person, public=public)
            # kept together when it fits a page; a taller one breaks with its name repeated (续)
            out.append(KeepTogether([Spacer(1, 4), table] if i else [table]))
    else:
        out += [heading, p("（暂无联系人）", "muted")]
    if c.projects:
        out += _with_heading(L, f"合作项目（{len(c.projects)} 项）", _project_rows(L, c.projects), PROJECT_WIDTHS)
    else:
        out += [p(f"合作项目（{len(c.projects)} 项）", "h2"), p("（暂无合作项目）", "muted")]
    if not public and not c.sensitive_revealed and any(x.sensitive_masked for x in c.contacts):
        out += [Spacer(1, 4), p(f"注：{MASK} 表示无权查看的敏感个人信息。", "muted")]
    if public:
        out += [Spacer(1, 4), p("注：本版本不含任何敏感个人信息（生日、家庭、性格分析、兴趣爱好、人际关系）。", "muted")]
    out += [PageBreak(), p("第二页　重要事项记录", "h1"),
            p(f"{c.code}　{c.name}　（共 {len(c.events)} 条，按日期{'从新到旧' if newest_first else '从旧到新'}排列）",
              "muted"), Spacer(1, 3)]
    events = ordered_events(c, newest_first)
    out.append(_table(L, _event_rows(L, events), EVENT_WIDTHS) if events else p("（暂无记录）", "muted"))
    return out


def summary_card(L: Layout, c: CustomerCard, *, newest_first: bool = True) -> list:
    """One page: essentials, one line per key person, projects, the last 10 events."""
    p = L.p
    out: list = [p("客户资料摘要", "title"), p(f"{c.code}　{c.name}", "sub"), company_table(L, c, brief=True)]
    people = list(c.contacts[:SUMMARY_CONTACTS])
    rows = [[p(t, "head") for t in ("姓名", "职务", "机构中的作用", "电话 / 手机", "生日")]]
    for x in people:
        phones = " / ".join(v for v in (x.phone, x.mobile) if v)
        rows.append([p(x.name + ("（主）" if x.is_primary else "")), p(_clip(x.title, 16)),
                     p(_clip(x.role_in_org, 40)), p(phones), p(x.birthday_text)])
    more = len(c.contacts) - len(people)
    out.append(p(f"负责人 / 联系人（{len(c.contacts)} 人" + (f"，列出前 {len(people)} 人" if more > 0 else "") + "）", "h2"))
    out.append(_table(L, rows, (0.16, 0.16, 0.36, 0.2, 0.12)) if people else p("（暂无联系人）", "muted"))
    projects = list(c.projects[:SUMMARY_PROJECTS])
    total = sum((x.amount for x in c.projects if x.amount is not None), start=0)
    out.append(p(f"合作项目（{len(c.projects)} 项" + (f"，列出最近 {len(projects)} 项" if len(c.projects) > len(projects) else "")
                 + (f"，合计 {money(total)}" if c.projects else "") + "）", "h2"))
    if projects:
        rows = _project_rows(L, projects)
        for r, pr in zip(rows[1:], projects, strict=True):
            r[4] = p(_clip(pr.notes, 24))
        out.append(_table(L, rows, PROJECT_WIDTHS))
    else:
        out.append(p("（暂无合作项目）", "muted"))
    recent = ordered_events(c, True)[:SUMMARY_EVENTS]
    if not newest_first:
        recent.reverse()
    out.append(p(f"最近 {len(recent)} 条重要事项（共 {len(c.events)} 条）", "h2"))
    out.append(_table(L, _event_rows(L, recent, brief=True), EVENT_WIDTHS) if recent else p("（暂无记录）", "muted"))
    return out


def card_story(L: Layout, c: CustomerCard, template: str = "full", *, newest_first: bool = True) -> list:
    if template == "summary":
        return summary_card(L, c, newest_first=newest_first)
    if template not in TEMPLATES:
        raise ValueError(f"unknown card template {template!r}")
    return full_card(L, c, public=template == "public", newest_first=newest_first)
