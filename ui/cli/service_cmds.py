"""Complaints and after-sales records on the command line (issue #14): `ticket …`, `tickets`,
`service-report`. Times are the PC's local time ("YYYY-MM-DD HH:MM").
Tab-separated output never contains a tab or a line break inside a value."""
from __future__ import annotations

from models.foundation.errors import FieldProblem, UsageError, ValidationError
from models.foundation.validation import parse_date
from models.foundation.vocabulary import (
    COMPLAINT_CATEGORIES,
    SATISFACTION_LABELS,
    SERVICE_CHANNELS,
    SERVICE_KINDS,
    SERVICE_STEP_LABELS,
    SEVERITIES,
    VERDICT_LABELS,
    VERDICTS,
    WARRANTY_LABELS,
)
from ui.cli.desk_cmds import _cell, _row


def _day(text: str, option: str):
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise ValidationError([FieldProblem(option, f"{option}：{exc}", text)]) from None
    if day is None:
        raise ValidationError([FieldProblem(option, f"{option}：请填写日期", text)])
    return day


def register(sub) -> None:
    ticket = sub.add_parser("ticket", help="complaints and after-sales records (服务单)").add_subparsers(
        dest="ticket_command", metavar="ACTION")
    p = ticket.add_parser("open", help="register a record; prints its number")
    p.add_argument("code")
    p.add_argument("--kind", required=True, choices=SERVICE_KINDS)
    p.add_argument("--title", required=True)
    p.add_argument("--content", default="")
    p.add_argument("--severity", choices=SEVERITIES, default="一般")
    p.add_argument("--channel", choices=SERVICE_CHANNELS, default="")
    p.add_argument("--complainant", default="", metavar="TEXT")
    p.add_argument("--contact", default="", metavar="TEXT", help="how to reach the complainant")
    p.add_argument("--demand", default="", help="what the customer asks for")
    p.add_argument("--product", default="", help="product or order concerned")
    p.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="when it was received (default: now)")
    p.add_argument("--to", metavar="USER", help="assignee (default: the customer's custodian)")
    p.add_argument("--appointment", metavar="YYYY-MM-DD HH:MM")
    p.add_argument("--address", default="")
    p.add_argument("--warranty", choices=("in", "out"), default="")
    p.add_argument("--item", default="", help="退换: the item")
    p.add_argument("--reason", default="", help="退换: the reason")
    p.set_defaults(handler=cmd_open)
    p = ticket.add_parser("judge", help="判断 a complaint")
    p.add_argument("number")
    p.add_argument("--verdict", required=True, choices=VERDICTS)
    p.add_argument("--reason", required=True)
    p.add_argument("--category", choices=COMPLAINT_CATEGORIES, default="")
    p.add_argument("--dept", default="", metavar="D")
    p.add_argument("--at", metavar="YYYY-MM-DD HH:MM", help="when it was judged (default: now)")
    p.set_defaults(handler=cmd_judge)
    p = ticket.add_parser("assign", help="give the record to another handler")
    p.add_argument("number")
    p.add_argument("--to", required=True, metavar="USER")
    p.set_defaults(handler=cmd_assign)
    p = ticket.add_parser("step", help="a handling step: 处理中, 待客户 (clock stops) or 已解决")
    p.add_argument("number")
    p.add_argument("--status", required=True, choices=("处理中", "待客户", "已解决"))
    p.add_argument("--note", required=True)
    p.add_argument("--at", metavar="YYYY-MM-DD HH:MM")
    p.add_argument("--corrective", default="", help="已解决 of a complaint: 纠正措施")
    p.add_argument("--preventive", default="", help="已解决 of a complaint: 预防措施")
    p.set_defaults(handler=cmd_step)
    p = ticket.add_parser("feedback", help="回访: what the customer was told, satisfaction 1-5")
    p.add_argument("number")
    p.add_argument("--told", required=True)
    p.add_argument("--satisfaction", required=True, type=int, choices=range(1, 6), metavar="1-5")
    p.add_argument("--at", metavar="YYYY-MM-DD HH:MM")
    p.set_defaults(handler=cmd_feedback)
    p = ticket.add_parser("close", help="close (needs the feedback)")
    p.add_argument("number")
    p.add_argument("--at", metavar="YYYY-MM-DD HH:MM")
    p.set_defaults(handler=cmd_close)
    p = ticket.add_parser("reopen", help="reopen a resolved or closed record")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--at", metavar="YYYY-MM-DD HH:MM")
    p.set_defaults(handler=cmd_reopen)
    p = ticket.add_parser("show", help="the record, its steps and its deadlines")
    p.add_argument("number")
    p.set_defaults(handler=cmd_show)
    p = ticket.add_parser("print", help="the 顾客投诉登记表 / 售后服务单 as a one-page A4 PDF")
    p.add_argument("number", nargs="?")
    p.add_argument("--blank", action="store_true", help="an empty form for taking it on paper")
    p.add_argument("--kind", choices=SERVICE_KINDS, default="投诉")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_print)

    p = sub.add_parser("tickets", help="number<TAB>code<TAB>customer<TAB>kind<TAB>severity<TAB>status"
                                       "<TAB>assignee<TAB>resolve-by")
    p.add_argument("--open", action="store_true", help="open records only")
    p.add_argument("--overdue", action="store_true", help="open records past a deadline")
    p.add_argument("--kind", choices=SERVICE_KINDS)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="received on this day")
    p.add_argument("--out", metavar="FILE.xlsx", help="write the records to an Excel workbook instead "
                                                      "(the list's columns and every field; prints the path)")
    p.set_defaults(handler=cmd_tickets)

    p = sub.add_parser("service-settings", help="the deadlines per severity, working hours, return visit; "
                                                "managers change them")
    p.add_argument("--limit", nargs=3, action="append", default=[], metavar=("SEVERITY", "respond|resolve", "AMOUNT"),
                   help="e.g. --limit 重大 respond 4h  or  --limit 一般 resolve 3d (h working hours, d working days)")
    p.add_argument("--hours", metavar="HH:MM-HH:MM[,HH:MM-HH:MM]", help="working hours, e.g. 09:00-12:00,13:00-18:00")
    p.add_argument("--return-visit-days", type=int, metavar="N", help="working days from 已解决 to the return "
                                                                      "visit task (0: none)")
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("service-report", help="the manager's service report for a date range")
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_report)


def cmd_open(ctx, args):
    from models.service import records

    ctx.open()
    r = records.open_record(ctx.actor, args.code, kind=args.kind, title=args.title, content=args.content,
                            severity=args.severity, channel=args.channel, complainant=args.complainant,
                            complainant_contact=args.contact, demand=args.demand, product=args.product,
                            received_at=args.at, assignee=args.to, appointment_at=args.appointment,
                            address=args.address, warranty=args.warranty, item=args.item,
                            return_reason=args.reason)
    ctx.print(r.number)


def cmd_judge(ctx, args):
    from models.service import records

    ctx.open()
    r = records.judge(ctx.actor, args.number, verdict=args.verdict, reason=args.reason,
                      category=args.category, dept=args.dept, at=args.at)
    ctx.print(f"{r.number}\t{VERDICT_LABELS[r.verdict]}")


def cmd_assign(ctx, args):
    from models.service import records

    ctx.open()
    r = records.assign(ctx.actor, args.number, args.to)
    ctx.print(f"{r.number}\t{r.assignee_username}")


def cmd_step(ctx, args):
    from models.service import records

    ctx.open()
    r = records.step(ctx.actor, args.number, status=args.status, note=args.note, at=args.at,
                     corrective=args.corrective, preventive=args.preventive)
    ctx.print(f"{r.number}\t{r.status}")


def cmd_feedback(ctx, args):
    from models.service import records

    ctx.open()
    r = records.feedback(ctx.actor, args.number, told=args.told, satisfaction=args.satisfaction, at=args.at)
    ctx.print(f"{r.number}\t{r.status}")


def cmd_close(ctx, args):
    from models.service import records

    ctx.open()
    ctx.print(f"{records.close(ctx.actor, args.number, at=args.at).number}\t已关闭")


def cmd_reopen(ctx, args):
    from models.service import records

    ctx.open()
    r = records.reopen(ctx.actor, args.number, reason=args.reason, at=args.at)
    ctx.print(f"{r.number}\t{r.status}")


def _t(value) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def cmd_show(ctx, args):
    from models.service import records

    ctx.open()
    r = records.get_record(ctx.actor, args.number)
    lines = [f"{r.number}  {r.kind}  {r.title}", f"客户：{r.code} {r.customer}",
             f"严重程度：{r.severity}    状态：{r.status}{'（待客户，计时暂停）' if r.paused else ''}",
             f"受理时间：{_t(r.received_at)}    受理渠道：{r.channel}    受理人：{r.opened_by}",
             f"投诉人：{r.complainant}  {r.complainant_contact}", f"处理人：{r.assignee}"]
    for label, value in (("产品/订单", r.product), ("情况描述", r.content), ("客户要求", r.demand),
                         ("预约时间", _t(r.appointment_at)), ("服务地址", r.address),
                         ("保修", WARRANTY_LABELS.get(r.warranty, "")), ("退换物品", r.item),
                         ("退换原因", r.return_reason),
                         ("判断", VERDICT_LABELS.get(r.verdict, "")), ("判断理由", r.verdict_reason),
                         ("投诉类别", r.category), ("责任部门", r.responsible_dept), ("处理结果", r.resolution),
                         ("纠正措施", r.corrective), ("预防措施", r.preventive), ("回访告知", r.feedback_told),
                         ("满意度", f"{r.satisfaction} {SATISFACTION_LABELS[r.satisfaction]}"
                          if r.satisfaction else "")):
        if value:
            lines.append(f"{label}：{value}")
    lines.append(f"响应期限：{_t(r.respond_by)}" + ("（已超期）" if r.missed_response else ""))
    lines.append(f"解决期限：{_t(r.resolve_by)}" + ("（已超期）" if r.missed_resolution else ""))
    lines.append("处理记录：")
    for s in r.steps:
        lines.append(f"  {_t(s.at)}  {SERVICE_STEP_LABELS.get(s.action, s.action)}  {s.status}  {s.actor}  "
                     f"{_cell(s.note)}")
    ctx.print("\n".join(lines))


def cmd_print(ctx, args):
    from models.service import printing

    ctx.open()
    if args.blank == bool(args.number):
        ctx.err.write("error: give a record NUMBER, or --blank (with --kind)\n")
        return 2
    if args.blank:
        target = printing.print_blank(ctx.actor, args.kind, args.out)
    else:
        target = printing.print_record(ctx.actor, args.number, args.out)
    ctx.print(str(target))


def cmd_tickets(ctx, args):
    from models.service.reading import list_records

    day = _day(args.date, "--date") if args.date else None
    if args.out and not args.out.lower().endswith(".xlsx"):
        raise UsageError("--out 须是 .xlsx 文件 / --out must name an .xlsx file")
    ctx.open()
    if args.out:
        from models.service import printing

        target, count = printing.export_records(ctx.actor, args.out, open_only=args.open,
                                                overdue_only=args.overdue, kind=args.kind, on_date=day)
        ctx.print(f"wrote {target}: {count} records")
        return
    for r in list_records(ctx.actor, open_only=args.open, overdue_only=args.overdue, kind=args.kind, on_date=day,
                          limit=None):   # a script gets every record (the window shows the newest 5,000)
        _row(ctx, r.number, r.code, r.customer, r.kind, r.severity, r.status, r.assignee_username,
             _t(r.resolve_by))


def _limit(triple) -> tuple[str, str, float, str]:
    severity, which, amount = triple
    if severity not in SEVERITIES or which not in ("respond", "resolve"):
        raise UsageError(f"--limit：严重程度为 {'/'.join(SEVERITIES)}，期限为 respond 或 resolve / "
                         "--limit SEVERITY respond|resolve AMOUNT")
    text = amount.strip().lower()
    try:
        if text[-1:] not in ("h", "d"):
            raise ValueError(text)
        return severity, which, float(text[:-1]), text[-1]
    except ValueError:
        raise UsageError(f"--limit：期限写作 4h（工作小时）或 3d（工作日）：{amount}") from None


def cmd_settings(ctx, args):
    from models.service import setup

    limits = [_limit(t) for t in args.limit]
    ctx.open()
    if limits or args.hours is not None or args.return_visit_days is not None:
        now = setup.change(ctx.actor, limits=limits, hours=args.hours, return_visit_days=args.return_visit_days)
    else:
        now = setup.current(ctx.actor)
    for severity in SEVERITIES:
        _row(ctx, severity, f"响应 {now.limit_text(severity, 'respond')}", f"解决 {now.limit_text(severity, 'resolve')}")
    _row(ctx, "工作时间", now.hours_text)
    _row(ctx, "回访", f"解决后 {now.return_visit_days} 个工作日" if now.return_visit_days else "不自动安排")


def cmd_report(ctx, args):
    from models.service import printing, report

    ctx.open()
    start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if args.out:
        target, rep = printing.export_report(ctx.actor, start, end, args.out)
    else:
        target, rep = None, report.service_report(ctx.actor, start, end)

    def fmt(v, pct=False):
        return "—" if v is None else (f"{v * 100:.1f}%" if pct else f"{v:.2f}")

    ctx.print(f"期间：{start} ~ {end}\t服务单：{rep.total}")
    for label, counts in (("类型", rep.by_kind), ("投诉类别", rep.by_category), ("严重程度", rep.by_severity),
                          ("责任部门", rep.by_dept)):
        ctx.print(f"{label}：" + "，".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])))
    ctx.print(f"有效投诉占比：{fmt(rep.justified_share, True)}（已判断 {rep.judged}）")
    ctx.print(f"首次响应（工作小时）：中位数 {fmt(rep.response_median)}，P90 {fmt(rep.response_p90)}")
    ctx.print(f"解决用时（工作小时）：中位数 {fmt(rep.resolution_median)}，P90 {fmt(rep.resolution_p90)}")
    ctx.print(f"按期解决：{fmt(rep.on_time_share, True)}（已解决 {rep.resolved}）\t"
              f"一次解决率：{fmt(rep.first_contact_share, True)}")
    for code, name, n in rep.repeat_complainants:
        ctx.print(f"重复投诉：{code}\t{name}\t{n}")
    if target:
        ctx.print(str(target))
