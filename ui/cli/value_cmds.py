"""Customer value commands (issue 16): classify, pareto, duplicates, merge, plan, plans."""
from __future__ import annotations

from models.foundation.localtime import local_text
from models.foundation.vocabulary import CLASSES


def register(sub) -> None:
    from models.value import plans

    cl = sub.add_parser("classify", help="suggested classes and class changes (managers)") \
        .add_subparsers(dest="classify_command", metavar="ACTION")
    p = cl.add_parser("suggest", help="code<TAB>current<TAB>suggested<TAB>reason (where they differ)")
    p.add_argument("--apply", action="store_true", help="accept every listed suggestion")
    p.set_defaults(handler=cmd_suggest)
    p = cl.add_parser("set", help="change a customer's class, with a reason (manager)")
    p.add_argument("code")
    p.add_argument("--class", dest="cls", required=True, choices=CLASSES)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_set)
    p = cl.add_parser("history", help="date<TAB>from<TAB>to<TAB>by<TAB>reason")
    p.add_argument("code")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("pareto", help="the 80/20 view: headline, then rank<TAB>code<TAB>customer<TAB>amount<TAB>cumulative%%")
    p.add_argument("--months", type=int, default=12)
    p.add_argument("--owner", metavar="USER", help="one custodian's customers")
    p.add_argument("--out", metavar="FILE.xlsx|FILE.pdf")
    p.set_defaults(handler=cmd_pareto)

    p = sub.add_parser("duplicates", help="groups of likely duplicates, one group a block")
    p.set_defaults(handler=cmd_duplicates)
    p = sub.add_parser("merge", help="merge a card into another (manager)")
    p.add_argument("code")
    p.add_argument("--into", required=True, metavar="CODE")
    p.set_defaults(handler=cmd_merge)

    pl = sub.add_parser("plan", help="nurturing plans (潜力客户培育)").add_subparsers(
        dest="plan_command", metavar="ACTION")
    p = pl.add_parser("add", help="a plan on a customer; prints the plan id")
    p.add_argument("code")
    p.add_argument("--goal", required=True)
    p.add_argument("--decision-maker", default="")
    p.set_defaults(handler=cmd_plan_add)
    p = pl.add_parser("step", help="a step with a due date; it becomes a task on 今日")
    p.add_argument("plan_id")
    p.add_argument("--title", required=True)
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--channel", default="", choices=("",) + plans.CHANNELS)
    p.set_defaults(handler=cmd_plan_step)
    p = sub.add_parser("plans", help="id<TAB>code<TAB>customer<TAB>class<TAB>goal<TAB>steps<TAB>open<TAB>overdue")
    p.add_argument("--overdue", action="store_true", help="only plans with overdue steps")
    p.set_defaults(handler=cmd_plans)


def cmd_suggest(ctx, args):
    from models.value import classify

    ctx.open()
    rows = classify.accept(ctx.actor) if args.apply else classify.suggestions(ctx.actor)
    for s in rows:
        ctx.print(s.code, s.current, s.suggested, s.reason, sep="\t")
    if args.apply:
        ctx.err.write(f"已采纳 {len(rows)} 条分类建议\n")


def cmd_set(ctx, args):
    from models.value import classify

    ctx.open()
    if not classify.set_class(ctx.actor, args.code, args.cls, args.reason):
        ctx.err.write(f"客户 {args.code} 已经是 {args.cls} 类，未作改动\n")


def cmd_history(ctx, args):
    from models.value import classify

    ctx.open()
    for h in classify.history(ctx.actor, args.code):
        ctx.print(local_text(h.at), h.from_cls, h.to_cls, h.by, h.reason, sep="\t")


def cmd_pareto(ctx, args):
    from models.value import pareto

    ctx.open()
    if args.out:
        path, view = pareto.export_pareto(ctx.actor, args.out, months=args.months, owner=args.owner)
    else:
        view = pareto.pareto(ctx.actor, months=args.months, owner=args.owner)
    ctx.print(view.headline)
    for r in view.rows:
        ctx.print(r.rank, r.code, r.name, f"{r.amount:.2f}", f"{r.cumulative_pct:.1f}", sep="\t")
    if args.out:
        ctx.err.write(f"已导出 {path}\n")


def cmd_duplicates(ctx, args):
    from models.value import merge

    ctx.open()
    blocks = []
    for g in merge.duplicates(ctx.actor):
        lines = [f"{g.why}：{g.key}"] + [f"  {code}\t{name}" for code, name in g.codes]
        blocks.append("\n".join(lines))
    if blocks:
        ctx.print("\n\n".join(blocks))


def cmd_merge(ctx, args):
    from models.value import merge

    ctx.open()
    moved = merge.merge(ctx.actor, args.code, args.into)
    ctx.print(f"merged {args.code} into {args.into}: " + ", ".join(f"{t} {n}" for t, n in sorted(moved.items())))


def cmd_plan_add(ctx, args):
    from models.value import plans

    ctx.open()
    ctx.print(plans.add_plan(ctx.actor, args.code, args.goal, args.decision_maker))


def cmd_plan_step(ctx, args):
    from models.value import plans

    ctx.open()
    ctx.print(plans.add_step(ctx.actor, args.plan_id, args.title, args.due, args.channel))


def cmd_plans(ctx, args):
    from models.value import plans

    ctx.open()
    for p in plans.plans(ctx.actor, overdue=args.overdue):
        ctx.print(p.id, p.code, p.customer, p.cls, p.goal, p.steps, p.open_steps, p.overdue_steps, sep="\t")
    from models.rules import access
    if not args.overdue and access.can(ctx.actor, access.MANAGE):
        missing = plans.b_without_plan(ctx.actor)
        if missing:
            ctx.err.write("没有培育计划的 B 类客户：" + "、".join(f"{c} {n}" for c, n in missing) + "\n")
