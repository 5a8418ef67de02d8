"""Archive-core commands: init, customer add, show, event add, search, demo."""
from __future__ import annotations

import datetime as dt

from models.foundation.vocabulary import CLASSES, EVENT_CATEGORIES
from ui.cli.args import MAX_ID, int_between
from ui.cli.render import card_text


def register(sub) -> None:
    p = sub.add_parser("init", help="create the database and the first account (manager + admin)")
    p.add_argument("--admin", required=True, metavar="NAME")
    p.add_argument("--display-name", default="")
    p.add_argument("--company", default="", help="our company's name (printed on cards)")
    p.set_defaults(handler=cmd_init)

    cust = sub.add_parser("customer", help="customers").add_subparsers(dest="customer_command",
                                                                        metavar="ACTION")
    p = cust.add_parser("add", help="add a customer; prints the new code")
    p.add_argument("--name", required=True)
    p.add_argument("--class", dest="cls", choices=CLASSES, default="C")
    p.add_argument("--owner", help="custodian's user name (managers only; default: you)")
    p.add_argument("--industry", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--credit-code", default="", metavar="CODE", help="统一社会信用代码 (18 characters, checked)")
    p.set_defaults(handler=cmd_customer_add)

    p = sub.add_parser("show", help="the card as text, page 1 then page 2")
    p.add_argument("code")
    p.add_argument("--reveal", action="store_true", help="show sensitive personal fields (audited)")
    p.set_defaults(handler=cmd_show)

    ev = sub.add_parser("event", help="page-2 entries").add_subparsers(dest="event_command",
                                                                        metavar="ACTION")
    p = ev.add_parser("add", help="add a key-event entry")
    p.add_argument("code")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--category", required=True, choices=EVENT_CATEGORIES)
    p.add_argument("--title", required=True)
    p.add_argument("--content", default="")
    p.add_argument("--dept", default="", help="the department the matter came from")
    p.set_defaults(handler=cmd_event_add)

    p = sub.add_parser("search", help="visible matches: code<TAB>name<TAB>class<TAB>custodian")
    p.add_argument("text")
    p.add_argument("--limit", type=int_between(1, 10_000), default=200)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("demo", help="add realistic zh_CN demo data (reproducible by seed)")
    p.add_argument("--customers", type=int_between(0, 1_000_000), required=True)
    p.add_argument("--agents", type=int_between(1, 99), default=5)
    p.add_argument("--seed", type=int_between(0, MAX_ID), default=1)
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the day the demo history ends at (default: today); with --seed, the same archive")
    p.set_defaults(handler=cmd_demo)


def cmd_init(ctx, args):
    from models.accounts import staff

    ctx.open(must_exist=False)
    if staff.is_initialised():
        ctx.print(f"already initialised: {ctx.url}")
        return 1
    password = ctx.password(f"Password for {args.admin}: ", confirm=True)
    started = staff.first_start(args.admin, password, args.display_name or args.admin,
                                company_name=args.company)
    old = started.old_head
    if old is not None:   # an earlier archive's head at this place: set aside, and logged
        named = f"第 {old.entry_id} 条，摘要 {old.digest[:16]}…" if old.entry_id else "内容无法读取"
        ctx.err.write(f"warning: 这里原有一个档案的库外审计摘要（{named}），与新档案不符，"
                      f"已另存为 {old.moved_to}，并记入审计日志（旧审计摘要另存）\n")
    ctx.print(f"created {ctx.url} with manager/admin account {args.admin}")


def cmd_customer_add(ctx, args):
    from models.archive import customers

    ctx.open()
    from models.value.merge import likely_duplicates_of

    card = customers.create_customer(ctx.actor, {"name": args.name, "cls": args.cls,
                                                 "industry": args.industry, "phone": args.phone,
                                                 "credit_code": args.credit_code},
                                     owner=args.owner)
    ctx.print(card.code)
    # a warning, not a refusal: the card is made; stderr names the likely duplicates
    for code, name, why in likely_duplicates_of(card.name, card.phone, card.credit_code, exclude_id=card.id):
        ctx.err.write(f"warning: 可能与已有客户重复（{why}）：{code} {name}\n")


def cmd_show(ctx, args):
    from models.archive import customers

    ctx.open()
    card = customers.get_card(ctx.actor, args.code, reveal_sensitive=args.reveal)
    ctx.out.write(card_text(card))


def cmd_event_add(ctx, args):
    from models.archive import events

    ctx.open()
    event = events.add_event(ctx.actor, args.code, {
        "event_date": args.date, "category": args.category, "title": args.title,
        "content": args.content, "source_department": args.dept})
    ctx.print(event.id)


def cmd_search(ctx, args):
    from models.archive import customers

    ctx.open()
    for r in customers.search(ctx.actor, args.text, limit=args.limit):
        ctx.row(r.code, r.name, r.cls, r.custodian)


def cmd_demo(ctx, args):
    today = None
    if args.date:
        try:
            today = dt.date.fromisoformat(args.date)
        except ValueError:
            ctx.err.write(f"error: --date must be a date like 2026-03-31, not {args.date!r}\n")
            return 2
    from models.demo import generator as demo  # Faker and the demo texts only when asked for

    ctx.open()
    n = demo.generate(ctx.actor, args.customers, agents=args.agents, seed=args.seed, today=today)
    ctx.print(f"added {n} demo customers over {args.agents} agents "
              f"(agent01..agent{args.agents:02d}, password {demo.DEMO_PASSWORD})")
