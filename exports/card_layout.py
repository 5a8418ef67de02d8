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

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    ActionFlowable,
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.foundation.dto import MASK, ContactInfo, CustomerCard, EventInfo, ProjectInfo
from models.foundation.vocabulary import (
    CLASS_LABELS,
    CUSTOMER_STATUS_LABELS,
    FIELD_LABELS,
    IDENTITY_FIELDS,
    KIND_LABELS,
)

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
    markup with the font fallback (pdf_card._markup), `font` is the CJK font's name.

    Sizes are tuned so a typical card is two pages (issue 17): 8.5 pt text on 10.5 pt leading,
    cells padded 1.5/2 pt — a one-line row is 14 pt."""

    def __init__(self, font: str, markup: Any, width: float) -> None:
        self.font, self.markup, self.width = font, markup, width
        base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=10.5, textColor=INK,
                              wordWrap="CJK")
        self.st = {
            "cell": base,
            "num": ParagraphStyle("num", parent=base, alignment=TA_RIGHT),
            "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#3C4656")),
            "title": ParagraphStyle("title", parent=base, fontSize=15, leading=18, alignment=TA_CENTER,
                                    spaceAfter=1),
            "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, leading=13, alignment=TA_RIGHT,
                                  textColor=colors.HexColor("#4A5568")),
            "h1": ParagraphStyle("h1", parent=base, fontSize=11.5, leading=14, textColor=ACCENT),
            "h2": ParagraphStyle("h2", parent=base, fontSize=9.5, leading=12, textColor=ACCENT,
                                 spaceBefore=4, spaceAfter=2),
            "head": ParagraphStyle("head", parent=base),
            "muted": ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#6B7280")),
        }

    def p(self, text: Any, style: Any = "cell") -> Paragraph:
        text = "" if text is None else str(text)
        return Paragraph(self.markup(text.replace(MASK, PDF_MASK)), self.st[style])

    def grid(self, extra: Any = ()) -> TableStyle:
        # FONTNAME: an empty (spanned) cell is drawn with the table's font; reportlab's default
        # is Helvetica, which would be the one font left unembedded
        return TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ])

    def page_heading(self, left: str, right: str) -> Table:
        """One line: the page's heading (第一页　基本资料) left, the card's code and name right."""
        return Table([[self.p(left, "h1"), self.p(right, "sub")]], colWidths=[0.36 * self.width, 0.64 * self.width],
                     style=TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                       ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]))

    def heading_with(self, heading: Paragraph, first_rows: list[Any], widths: Any) -> list[Any]:
        """The heading and a CondPageBreak asking for room for it and the table's first rows,
        so a heading is never the last thing on a page."""
        probe = Table(first_rows, colWidths=widths, style=self.grid())
        _, h = probe.wrap(self.width, 10_000)
        _, hh = heading.wrap(self.width, 10_000)
        return [CondPageBreak(h + hh + 12), heading]


class LogStart(ActionFlowable):
    """Where page 2 (重要事项记录) begins: the document (pdf_card.CardDoc.handle_logStart) breaks
    the page when the card is still on its first page, else lets the log follow on."""

    def __init__(self) -> None:
        super().__init__(("logStart",))


def money(amount: Decimal | float | None) -> str:
    return "" if amount is None else f"¥{amount:,.2f}"


class _PersonTable(Table):
    """A key person's table whose continuation after a page break starts with the name and 续."""

    def __init__(self, *args: Any, cont_head: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cont_head = cont_head

    def split(self, availWidth: Any, availHeight: Any) -> Any:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._cont_head is not None:
            rest = parts[1]
            rest._cellvalues[0][0] = self._cont_head()
            rest.__class__ = _PersonTable
            rest._cont_head = self._cont_head
        return parts


# Page 1's grids have six columns, three label/value pairs a line for the short fields;
# a long value spans the rest of its line. A label column fits 统一社会信用代码 (company) or
# four characters (person).
COMPANY_COLS = (0.15, 0.25, 0.1, 0.25, 0.1, 0.15)
PERSON_COLS = (0.1, 0.28, 0.1, 0.18, 0.08, 0.26)


def _six(L: Layout, fractions: Any, lines: Any, head: list[Any] | None = None) -> Any:
    """Rows of a six-column grid from lines of (label, value) pairs: three pairs fill a line;
    with fewer, the last value spans to the right edge. Returns (rows, style commands)."""
    rows, cmds = [], []
    if head is not None:
        rows.append([head[0], "", "", "", "", ""])
        cmds += [("SPAN", (0, 0), (5, 0)), ("BACKGROUND", (0, 0), (5, 0), HEAD_BG)]
    for pairs in lines:
        r = len(rows)
        row: list[Any] = []
        for i, (label, value) in enumerate(pairs):
            cmds.append(("BACKGROUND", (2 * i, r), (2 * i, r), LABEL_BG))
            row += [L.p(label, "label"), value if isinstance(value, Paragraph) else L.p(value)]
        if len(row) < 6:
            cmds.append(("SPAN", (len(row) - 1, r), (5, r)))
            row += [""] * (6 - len(row))
        rows.append(row)
    return rows, cmds


def identity_lines(c: CustomerCard, *, brief: bool = False) -> list[Any]:
    """The company identity (issue 16) as grid lines: 统一社会信用代码, 法定代表人, 注册资本 on one
    line, the 开票信息 on the next; the summary keeps the credit code only. None for a
    person, or a company with nothing entered."""
    if c.kind != "company":
        return []
    if brief:
        return [[(FIELD_LABELS["credit_code"], c.credit_code)]] if c.credit_code else []
    if not any(getattr(c, f) for f in IDENTITY_FIELDS):
        return []
    lines = [[(FIELD_LABELS["credit_code"], c.credit_code), (FIELD_LABELS["legal_rep"], c.legal_rep),
              (FIELD_LABELS["registered_capital"], c.registered_capital)]]
    invoice = [(label, getattr(c, f)) for label, f in INVOICE_PARTS if getattr(c, f)]
    if invoice:
        lines.append([("开票信息", "；".join(f"{label}：{value}" for label, value in invoice))])
    return lines


INVOICE_PARTS = (("名称", "invoice_title"), ("税号", "invoice_tax_id"), ("地址、电话", "invoice_address_phone"),
                 ("开户行及账号", "invoice_bank_account"))


def company_table(L: Layout, c: CustomerCard, *, brief: bool = False) -> Table:
    status = CUSTOMER_STATUS_LABELS.get(c.status, c.status) + (f"（{c.archived_reason}）" if c.archived_reason else "")
    lines = [
        [("客户编号", c.code), ("客户名称", c.name), ("类型", KIND_LABELS.get(c.kind, c.kind))],
        [("客户分类", CLASS_LABELS.get(c.cls, c.cls)), ("负责客服", c.custodian_name),
         ("信息来源", c.source_channel)],
        [("所属行业", c.industry), ("成立日期", c.founded_on.isoformat() if c.founded_on else ""), ("状态", status)],
        [("电话", c.phone), ("传真", c.fax), ("微信", c.wechat)],
        [("电子邮箱", c.email)] if brief else [("电子邮箱", c.email), ("网站", c.website)],
        *identity_lines(c, brief=brief),
    ]
    long = [("地址", c.address), ("行业地位", _clip(c.industry_status, 120))] if brief else \
        [("地址", c.address), ("组织机构", c.organization), ("行业地位", c.industry_status), ("备注", c.notes)]
    rows, cmds = _six(L, COMPANY_COLS, lines + [[pair] for pair in long])
    return Table(rows, colWidths=[f * L.width for f in COMPANY_COLS], style=L.grid(cmds))


SENSITIVE_ROWS = (("家庭", "family"), ("性格分析", "personality"), ("兴趣爱好", "hobbies"),
                  ("人际关系", "relationships"))


def _person_head(L: Layout, person: ContactInfo) -> tuple[str, Paragraph]:
    """The head line: name (主要联系人), title and the role in the organisation (not sensitive)."""
    head = f"{person.name}{'（主要联系人）' if person.is_primary else ''}" + (f"　{person.title}" if person.title else "")
    body = f"<b>{L.markup(head)}</b>"
    if person.role_in_org:
        body += f'　<font color="#3C4656">{L.markup("机构中的作用：")}</font>{L.markup(person.role_in_org)}'
    return head, Paragraph(body, L.st["head"])


def person_table(L: Layout, person: ContactInfo, *, public: bool = False) -> Table:
    """A key person in five lines: the head (name, title, role), phones and WeChat, birthday and
    e-mail, then the four personal fields two a line (public: no birthday, no personal fields)."""
    head, head_cell = _person_head(L, person)
    lines = [[("电话", person.phone), ("手机", person.mobile), ("微信", person.wechat)]]
    if public:
        lines.append([("电子邮箱", person.email)])
    else:
        lines.append([("生日", person.birthday_text), ("电子邮箱", person.email)])
        for (la, a), (lb, b) in zip(SENSITIVE_ROWS[::2], SENSITIVE_ROWS[1::2], strict=True):
            lines.append([(la, getattr(person, a)), (lb, getattr(person, b))])
    rows, cmds = _six(L, PERSON_COLS, lines, head=[head_cell])
    return _PersonTable(rows, colWidths=[f * L.width for f in PERSON_COLS], style=L.grid(cmds), repeatRows=1,
                        cont_head=lambda: L.p(f"{head}（续）", "head"))


def _project_rows(L: Layout, projects: Iterable[ProjectInfo]) -> list[Any]:
    rows = [[L.p(t, "head") for t in ("项目名称", "起止日期", "金额", "状态", "说明")]]
    for pr in projects:
        span = f"{pr.started_on or ''} 至 {pr.ended_on or ''}" if (pr.started_on or pr.ended_on) else ""
        rows.append([L.p(pr.name), L.p(span), L.p(money(pr.amount), "num"), L.p(pr.status), L.p(pr.notes)])
    return rows


PROJECT_WIDTHS = (0.27, 0.235, 0.14, 0.075, 0.28)   # the dates on one line
EVENT_WIDTHS = (0.12, 0.09, 0.55, 0.12, 0.12)


def _table(L: Layout, rows: Any, fractions: Any) -> Table:
    return Table(rows, colWidths=[f * L.width for f in fractions], repeatRows=1,
                 style=L.grid([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]))


def _event_rows(L: Layout, events: Iterable[EventInfo], *, brief: bool = False) -> list[Any]:
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


def _clip(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def ordered_events(c: CustomerCard, newest_first: bool = True) -> list[EventInfo]:
    return sorted(c.events, key=lambda e: (e.event_date, e.id), reverse=newest_first)


def _with_heading(L: Layout, heading: str, rows: list[Any], fractions: Any) -> list[Any]:
    """Heading + table, the heading kept with the header row and the first (up to 2) rows."""
    widths = [f * L.width for f in fractions]
    return [*L.heading_with(L.p(heading, "h2"), rows[:3], widths), _table(L, rows, fractions)]


def full_card(L: Layout, c: CustomerCard, *, public: bool = False, newest_first: bool = True) -> list[Any]:
    p = L.p
    out: list[Any] = [p("客户资料信息卡", "title"), L.page_heading("第一页　基本资料", f"{c.code}　{c.name}"),
                 p("公司背景", "h2"), company_table(L, c)]
    heading = p(f"负责人 / 联系人（{len(c.contacts)} 人）", "h2")
    if c.contacts:
        first = person_table(L, c.contacts[0], public=public)
        out += L.heading_with(heading, first._cellvalues[:3], [f * L.width for f in PERSON_COLS])
        for i, person in enumerate(c.contacts):
            table = first if i == 0 else person_table(L, person, public=public)
            # kept together when it fits a page; a taller one breaks with its name repeated (续)
            out.append(KeepTogether([Spacer(1, 3), table] if i else [table]))
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
    events = ordered_events(c, newest_first)
    rows = _event_rows(L, events)
    log_head = [Spacer(1, 6), L.page_heading("第二页　重要事项记录", f"{c.code}　{c.name}"), Spacer(1, 2),
                p(f"共 {len(c.events)} 条，按日期{'从新到旧' if newest_first else '从旧到新'}排列", "muted"), Spacer(1, 2)]
    # the log starts page 2; when page 1's content already ran onto page 2, it follows there
    # (its heading kept with the first entries) rather than opening a third page
    need = sum(f.wrap(L.width, 10_000)[1] for f in log_head) + Table(rows[:3], colWidths=[
        x * L.width for x in EVENT_WIDTHS], style=L.grid()).wrap(L.width, 10_000)[1] + 8
    out += [LogStart(), CondPageBreak(need), *log_head]
    out.append(_table(L, rows, EVENT_WIDTHS) if events else p("（暂无记录）", "muted"))
    return out


def summary_card(L: Layout, c: CustomerCard, *, newest_first: bool = True) -> list[Any]:
    """One page: essentials, one line per key person, projects, the last 10 events."""
    p = L.p
    out: list[Any] = [p("客户资料摘要", "title"), L.page_heading("会议用摘要", f"{c.code}　{c.name}"), Spacer(1, 4),
                 company_table(L, c, brief=True)]
    people = list(c.contacts[:SUMMARY_CONTACTS])
    rows = [[p(t, "head") for t in ("姓名", "职务", "机构中的作用", "电话 / 手机", "生日")]]
    for x in people:
        phones = " / ".join(v for v in (x.phone, x.mobile) if v)
        rows.append([p(x.name + ("（主）" if x.is_primary else "")), p(_clip(x.title, 16)),
                     p(_clip(x.role_in_org, 40)), p(phones), p(x.birthday_text)])
    more = len(c.contacts) - len(people)
    out.append(p(f"负责人 / 联系人（{len(c.contacts)} 人" + (f"，列出前 {len(people)} 人" if more > 0 else "") + "）", "h2"))
    out.append(_table(L, rows, (0.14, 0.13, 0.36, 0.19, 0.18)) if people else p("（暂无联系人）", "muted"))
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


def card_story(L: Layout, c: CustomerCard, template: str = "full", *, newest_first: bool = True) -> list[Any]:
    if template == "summary":
        return summary_card(L, c, newest_first=newest_first)
    if template not in TEMPLATES:
        raise ValueError(f"unknown card template {template!r}")
    return full_card(L, c, public=template == "public", newest_first=newest_first)
