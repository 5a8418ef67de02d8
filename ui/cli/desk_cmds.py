"""The daily desk on the command line: today, tasks, 核实, greetings, cadence, activities,
plus `contact add` / `project add` for filling page 1 from scripts.

`--date YYYY-MM-DD` makes a command act as if today were that day (plan ahead, test).
Tab-separated output never contains a tab or a line break inside a value.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.foundation.errors import ArchiveError, FieldProblem, ValidationError
from models.foundation.validation import parse_date
from models.foundation.vocabulary import (
    ACTIVITY_KINDS,
    CLASSES,
    GREETING_CHANNELS,
    PROJECT_STATUSES,
)

REPLIES = ("accepted", "declined", "attended", "absent")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "".join(" " if (ch in "\t\r\n" or ord(ch) < 32) else ch for ch in text)


def _row(ctx, *values) -> None:
    ctx.print(*(_cell(v) for v in values), sep="\t")


def _day(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        day = parse_date(text)
    except ValueError as exc:
        raise ValidationError([FieldProblem("date", f"--date：{exc}", text)]) from None
    return day


def _usage(ctx, message: str) -> int:
    ctx.err.write(f"error: {message}\n")
    return 2


def _add_date(p) -> None:
    p.add_argument("--date", metavar="YYYY-MM-DD", help="act as if today were this day")


def register(sub) -> None:
    p = sub.add_parser("today", help="the 今日 page: date<TAB>kind<TAB>code<TAB>customer<TAB>text")
    _add_date(p)
    p.add_argument("--days", type=int, help="look this many days ahead (default: the department setting, 7)")
    p.set_defaults(handler=cmd_today)

    contact = sub.add_parser("contact", help="key people").add_subparsers(dest="contact_command", metavar="ACTION")
    p = contact.add_parser("add", help="add a key person; prints the contact id")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--primary", action="store_true")
    for opt in ("title", "mobile", "phone", "email", "wechat", "role", "family", "personality", "hobbies",
                "relationships"):
        p.add_argument(f"--{opt}", default=None)
    p.add_argument("--birthday", metavar="TEXT", help="1985-03-05, 3月5日, 农历三月初五, 闰四月初八 …")
    p.set_defaults(handler=cmd_contact_add)

    project = sub.add_parser("project", help="cooperation projects").add_subparsers(dest="project_command",
                                                                                  metavar="ACTION")
    p = project.add_parser("add", help="add a cooperation project; prints the project id")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--end", metavar="YYYY-MM-DD")
    p.add_argument("--amount", required=True)
    p.add_argument("--status", choices=PROJECT_STATUSES, default="进行中")
    p.set_defaults(handler=cmd_project_add)

    task = sub.add_parser("task", help="follow-up tasks (待办)").add_subparsers(dest="task_command", metavar="ACTION")
    p = task.add_parser("add", help="add a task; prints the task id")
    p.add_argument("code")
    p.add_argument("--title", required=True)
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--assignee", metavar="USER", help="default: the customer's custodian")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_task_add)
    p = task.add_parser("done", help="complete a task; the outcome goes to page 2")
    p.add_argument("task_id")
    p.add_argument("--outcome", required=True)
    _add_date(p)
    p.set_defaults(handler=cmd_task_done)

    p = sub.add_parser("tasks", help="id<TAB>due<TAB>code<TAB>customer<TAB>assignee<TAB>title<TAB>state")
    p.add_argument("--open", action="store_true", help="open tasks only")
    p.add_argument("--overdue", action="store_true", help="overdue tasks only")
    _add_date(p)
    p.set_defaults(handler=cmd_tasks)

    p = sub.add_parser("verify-card", help="核实: page 1 confirmed current (audited)")
    p.add_argument("code")
    p.set_defaults(handler=cmd_verify_card)

    p = sub.add_parser("greet", help="who to greet for a festival: code<TAB>customer<TAB>class<TAB>person")
    p.add_argument("festival", help="春节, 中秋, 国庆 … or a key such as spring_festival")
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument("--year", type=int)
    p.add_argument("--mark-sent", action="store_true", help="record the greeting as sent to CODE …")
    p.add_argument("--channel", nargs="+", metavar=("CH", "CODE"),
                   help="with --mark-sent: 短信/微信/电话/贺卡/礼品/邮件, then the customer codes")
    _add_date(p)
    p.set_defaults(handler=cmd_greet)

    p = sub.add_parser("cadence", help="contact cadence per class (show; set as a manager)")
    p.add_argument("--class", dest="cls", choices=CLASSES)
    p.add_argument("--days", type=int)
    p.set_defaults(handler=cmd_cadence)

    act = sub.add_parser("activity", help="company events (公司活动)").add_subparsers(dest="activity_command",
                                                                                   metavar="ACTION")
    p = act.add_parser("add", help="create a company event (manager); prints the id")
    p.add_argument("--title", required=True)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--kind", choices=ACTIVITY_KINDS, default="其他")
    p.add_argument("--place", default="")
    p.set_defaults(handler=cmd_activity_add)
    p = act.add_parser("invite", help="invite customers")
    p.add_argument("activity_id")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.set_defaults(handler=cmd_activity_invite)
    p = act.add_parser("reply", help="record a reply or attendance")
    p.add_argument("activity_id")
    p.add_argument("code")
    p.add_argument("--status", required=True, choices=REPLIES)
    p.set_defaults(handler=cmd_activity_reply)
    p = act.add_parser("show", help="code<TAB>customer<TAB>status")
    p.add_argument("activity_id")
    p.set_defaults(handler=cmd_activity_show)

    p = sub.add_parser("holidays", help="a year's statutory holidays with 调休 (enter one as an admin)")
    p.add_argument("year", type=int)
    p.add_argument("--set", metavar="FILE", help="text file: lines like '2027-10-01~2027-10-07 国庆节 休'")
    p.set_defaults(handler=cmd_holidays)


def cmd_today(ctx, args):
    from models.desk import today

    ctx.open()
    page = today.today_page(ctx.actor, today=_day(args.date), days=args.days)
    for notice in page.notices:
        ctx.err.write(f"注意：{notice}\n")
    for item in page.items:
        _row(ctx, item.date.isoformat(), item.kind, item.code, item.customer, item.text)


def cmd_contact_add(ctx, args):
    from models.archive import contacts, customers
    from models.foundation.validation import parse_birthday

    ctx.open()
    card = customers.get_card(ctx.actor, args.code)
    data = {"name": args.name, "is_primary": args.primary}
    for opt, field in (("title", "title"), ("mobile", "mobile"), ("phone", "phone"), ("email", "email"),
                       ("wechat", "wechat"), ("role", "role_in_org"), ("family", "family"),
                       ("personality", "personality"), ("hobbies", "hobbies"), ("relationships", "relationships")):
        value = getattr(args, opt)
        if value is not None:
            data[field] = value
    if args.birthday:
        try:
            data["birthday"] = parse_birthday(args.birthday)
        except ValueError as exc:
            raise ValidationError([FieldProblem("birthday", f"生日：{exc}", args.birthday)]) from None
    info = contacts.add_contact(ctx.actor, card.id, data)
    ctx.print(info.id)


def cmd_project_add(ctx, args):
    from models.archive import contacts, customers

    ctx.open()
    card = customers.get_card(ctx.actor, args.code)
    info = contacts.add_project(ctx.actor, card.id, {"name": args.name, "started_on": args.start,
                                                      "ended_on": args.end, "amount": args.amount,
                                                      "status": args.status})
    ctx.print(info.id)


def cmd_task_add(ctx, args):
    from models.desk import tasks

    ctx.open()
    info = tasks.add_task(ctx.actor, args.code, title=args.title, due=args.due, assignee=args.assignee,
                          note=args.note)
    ctx.print(info.id)


def cmd_task_done(ctx, args):
    from models.desk import tasks

    ctx.open()
    info = tasks.complete_task(ctx.actor, args.task_id, args.outcome, today=_day(args.date))
    ctx.print(f"完成：{info.code} {info.title}")


def cmd_tasks(ctx, args):
    from models.desk import tasks

    ctx.open()
    day = _day(args.date)
    for t in tasks.list_tasks(ctx.actor, open_only=args.open, overdue_only=args.overdue, today=day):
        _row(ctx, t.id, t.due_on.isoformat() if t.due_on else "", t.code, t.customer, t.assignee_username,
             t.title, t.state_on(day))


def cmd_verify_card(ctx, args):
    from models.desk import upkeep
    from models.foundation.localtime import local_text

    ctx.open()
    at = upkeep.verify_card(ctx.actor, args.code)
    ctx.print(f"已核实 {args.code.strip()}（{local_text(at)}）")


def cmd_greet(ctx, args):
    from models.desk import greetings

    ctx.open()
    day = _day(args.date)
    channel = None
    if args.channel:    # `--channel CH CODE …` (argparse cannot put positionals after options)
        channel, *more = args.channel
        args.codes = [*args.codes, *more]
        if channel not in GREETING_CHANNELS:
            return _usage(ctx, "--channel must be one of " + "/".join(GREETING_CHANNELS))
    if args.mark_sent:
        if not channel:
            return _usage(ctx, "--mark-sent needs --channel (短信/微信/电话/贺卡/礼品/邮件)")
        if not args.codes:
            return _usage(ctx, "--mark-sent needs the customer codes it was sent to")
        n = greetings.mark_sent(ctx.actor, args.festival, args.codes, channel=channel, year=args.year,
                                today=day)
        ctx.print(f"已记录 {n} 条节日问候")
        return
    if args.codes:
        return _usage(ctx, "customer codes are only used with --mark-sent")
    _info, _on, lines = greetings.to_greet(ctx.actor, args.festival, year=args.year, today=day)
    for line in lines:
        _row(ctx, line.code, line.customer, line.cls, line.person)


def cmd_cadence(ctx, args):
    from models.desk import settings

    ctx.open()
    if (args.cls is None) != (args.days is None):
        return _usage(ctx, "set a cadence with both --class and --days")
    if args.cls:
        settings.set_cadence(ctx.actor, args.cls, args.days)
    current = settings.get_settings()
    for cls in CLASSES:
        _row(ctx, cls, current.cadence_days[cls])


def cmd_activity_add(ctx, args):
    from models.desk import activities

    ctx.open()
    info = activities.add_activity(ctx.actor, title=args.title, held_on=args.date, kind=args.kind,
                                   place=args.place)
    ctx.print(info.id)


def cmd_activity_invite(ctx, args):
    from models.desk import activities

    ctx.open()
    n = activities.invite(ctx.actor, args.activity_id, args.codes)
    ctx.print(f"已邀请 {n} 位客户")


def cmd_activity_reply(ctx, args):
    from models.desk import activities

    ctx.open()
    line = activities.reply(ctx.actor, args.activity_id, args.code, args.status)
    ctx.print(f"{line.code} {line.status_label}")


def cmd_activity_show(ctx, args):
    from models.desk import activities

    ctx.open()
    _info, lines = activities.show(ctx.actor, args.activity_id)
    for line in lines:
        _row(ctx, line.code, line.customer, line.status)


def cmd_holidays(ctx, args):
    from models.calendar.holiday_text import format_holiday_schedule
    from models.desk import holidays

    ctx.open()
    if args.set:
        try:
            text = Path(args.set).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ArchiveError(f"cannot read {args.set}: {exc.__class__.__name__}") from None
        n = holidays.enter_year(ctx.actor, args.year, text)
        ctx.print(f"{args.year} 年：已录入 {n} 天")
        return
    schedule = holidays.schedule()
    days = {}
    d = dt.date(args.year, 1, 1)
    while d.year == args.year:
        info = schedule.day_info(d)
        if info.name:
            days[d] = (info.name, info.kind.value.endswith("workday"))
        d += dt.timedelta(days=1)
    if not schedule.schedule_known(args.year):
        ctx.err.write(f"注意：{args.year} 年的法定节假日安排尚未录入，工作日按周一至周五计算\n")
    ctx.out.write(format_holiday_schedule(days) + ("\n" if days else ""))
