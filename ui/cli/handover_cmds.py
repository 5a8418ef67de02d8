"""Departure handover on the command line.

    handover --from LEAVER --to USER[,USER...] [--split even|single] [--assign CODE=USER ...]
             [--notes TEXT] [--record OUT.pdf]       start + plan + execute in one go
    handover confirm HANDOVER_ID [--customer CODE ...]   the acting user (--user) confirms
    handover print HANDOVER_ID --record OUT.pdf          re-print the 交接单
    handovers [--open]

`--user` is the global acting-user option; it is also accepted after `handover ...` so
`handover confirm 3 --user zhao` and `--user zhao handover confirm 3` both work.
"""
from __future__ import annotations

import argparse

from models.foundation.errors import UsageError
from models.foundation.vocabulary import HANDOVER_STATUS_LABELS
from ui.cli.args import MAX_ID, add_force, output_file


def register(sub) -> None:
    p = sub.add_parser(
        "handover", help="staff departure handover (离职交接, managers): start+execute, confirm, print",
        description="handover --from LEAVER --to USER[,USER...]  |  handover confirm ID  |  "
                    "handover print ID --record OUT.pdf")
    p.add_argument("action", nargs="?", choices=["confirm", "print"],
                   help="confirm: receive the customers handed to you; print: the 交接单 PDF again")
    p.add_argument("handover_id", nargs="?", metavar="HANDOVER_ID", help="e.g. 3 or JJ000003")
    p.add_argument("--from", dest="leaver", metavar="LEAVER", help="the leaver's user name")
    p.add_argument("--to", dest="receivers", metavar="USER[,USER...]", help="receivers (agents or managers)")
    p.add_argument("--split", choices=["even", "single"], default=None,
                   help="even: balance the receivers' current load (default with several); "
                        "single: all to one receiver")
    p.add_argument("--assign", action="append", default=[], metavar="CODE=USER",
                   help="hand one customer to a given receiver (repeatable)")
    p.add_argument("--notes", default="", help="a note printed on the 交接单")
    p.add_argument("--record", metavar="OUT.pdf", help="write the 交接单 PDF here")
    add_force(p)
    p.add_argument("--customer", dest="customers", action="extend", nargs="+", default=[],
                   metavar="CODE", help="confirm only these customers (default: all yours)")
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                   help="act as this account (same as the global option)")
    p.set_defaults(handler=cmd_handover)

    p = sub.add_parser("handovers", help="list handovers (managers): number, status, leaver, confirmed/total")
    p.add_argument("--open", action="store_true", help="only those not yet complete")
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_handovers)


def _usage(message: str) -> UsageError:
    return UsageError(message)


def _handover_id(text: str | None) -> int:
    value = (text or "").strip().upper()
    if value.startswith("JJ"):
        value = value[2:]
    if not value.isdigit() or not 1 <= int(value) <= MAX_ID:
        raise _usage(f"请给出交接单编号（如 3 或 JJ000003），而不是“{text or ''}”")
    return int(value)


def _write_record(ctx, actor, hid: int, path: str) -> None:
    from models.handover import service as handover

    out = handover.print_record(actor, hid, path)
    ctx.print(f"交接单已保存：{out}")


def cmd_handover(ctx, args):
    from models.handover import service as handover

    if args.action == "confirm":
        return _confirm(ctx, args)
    if args.action == "print":
        if not args.record:
            raise _usage("handover print 需要 --record OUT.pdf")
        output_file(args.record, force=args.force)
        ctx.open()
        _write_record(ctx, ctx.actor, _handover_id(args.handover_id), args.record)
        return None
    if args.handover_id:
        raise _usage(f"未知的操作“{args.handover_id}”：可用 confirm 或 print")
    if not args.leaver or not args.receivers:
        raise _usage("用法：handover --from LEAVER --to USER[,USER...]（另有 handover confirm / print）")
    receivers = [r.strip() for r in args.receivers.split(",") if r.strip()]
    split = args.split or ("single" if len(receivers) == 1 else "even")
    overrides = {}
    for item in args.assign:
        code, sep, user = item.partition("=")
        if not sep or not code.strip() or not user.strip():
            raise _usage(f"--assign 的格式应为 客户编号=用户名，而不是“{item}”")
        overrides[code.strip()] = user.strip()
    if args.record:   # checked before the handover runs, not after
        output_file(args.record, force=args.force)
    ctx.open()
    actor = ctx.actor
    handover.check_receivers(actor, args.leaver, receivers, split, list(overrides.values()))
    hid = handover.open_handover_of(actor, args.leaver)
    if hid is None:
        hid = handover.start_handover(actor, args.leaver, notes=args.notes)
    the_plan = handover.plan(actor, hid, receivers, split, overrides)
    summary = handover.execute(actor, hid, the_plan)
    ctx.print(f"交接单 {summary.number}（编号 {hid}）：{args.leaver} 名下 {summary.moved} 位客户已移交，"
              f"跟进事项 {summary.follow_ups_moved} 条随之移交")
    names = {r.username: r.display_name for r in the_plan.receivers}
    for r in the_plan.receivers:
        ctx.row(f"  {r.username}", names[r.username], summary.per_receiver.get(r.username, 0))
    if summary.status == "complete":
        ctx.print(f"{args.leaver} 名下没有客户，交接已完成，账号已标记为离职")
    else:
        ctx.print(f"等待接收人确认：handover confirm {hid} --user 接收人")
    if args.record:
        _write_record(ctx, actor, hid, args.record)
    return None


def _confirm(ctx, args):
    from models.handover import service as handover

    hid = _handover_id(args.handover_id)
    ctx.open()
    info = handover.confirm(ctx.actor, hid, args.customers or None)
    me = next((r for r in info.receivers if r.username == ctx.actor.username), None)
    if me is not None:
        ctx.print(f"{info.number}：您已确认 {me.confirmed} / {me.total} 位客户")
    ctx.print(f"{info.number}：全部 {info.confirmed} / {len(info.items)} 已确认，状态：{info.status_label}")
    if info.status == "complete":
        ctx.print(f"交接完成，{info.leaver.display_name}（{info.leaver.username}）的账号已标记为离职")
    return None


def cmd_handovers(ctx, args):
    from models.handover import service as handover

    ctx.open()
    rows = handover.list_handovers(ctx.actor, open_only=args.open)
    for h in rows:
        ctx.row(h.number, HANDOVER_STATUS_LABELS.get(h.status, h.status),
                  f"{h.leaver_name}({h.leaver_username})", h.manager_name,
                  h.created_at.strftime("%Y-%m-%d"), f"{h.confirmed}/{h.total}")
    if not rows:
        ctx.print("没有交接记录" if not args.open else "没有未完成的交接")
    return None
