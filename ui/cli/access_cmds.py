"""Access commands: directory, requests and grants, write-only reports, the audit log.

    directory TEXT                                  code<TAB>name<TAB>class<TAB>custodian
    request CODE --reason TEXT --scope view[,sensitive,edit,export]   prints the request id
    requests [--pending]       cancel REQUEST_ID
    approve REQUEST_ID --days N    |    reject REQUEST_ID --reason TEXT
    grant CODE --to USER --scope ... --days N       prints the grant id
    revoke GRANT_ID            grants [--customer CODE] [--to USER] [--all]
    report CODE --date D --category CAT --title T [--content C]
    audit verify [--checkpoint FILE] | audit checkpoint [--out FILE]
    audit list [filters] | audit export FILE.xlsx [filters]   (the export prints its checkpoint)

Denied actions exit 3 (and are audited by models/access.py).
"""
from __future__ import annotations

from models.foundation.localtime import local_text
from models.foundation.vocabulary import EVENT_CATEGORIES, REQUEST_STATUS_LABELS
from ui.cli.args import add_force, int_between, output_file, record_id


def _positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text}")
    return value



def register(sub) -> None:
    from models.access_requests import requests

    p = sub.add_parser("directory", help="find any customer to ask for access: code<TAB>name<TAB>class<TAB>custodian")
    p.add_argument("text")
    p.set_defaults(handler=cmd_directory)

    p = sub.add_parser("request", help="ask for access to a customer; prints the request id")
    p.add_argument("code")
    p.add_argument("--reason", required=True)
    p.add_argument("--scope", default="view", help="comma list of view,sensitive,edit,export (view is implied)")
    p.set_defaults(handler=cmd_request)

    p = sub.add_parser("requests", help="access requests (managers: all; others: their own)")
    p.add_argument("--pending", action="store_true")
    p.set_defaults(handler=cmd_requests)

    p = sub.add_parser("cancel", help="withdraw your own pending request")
    p.add_argument("request_id", type=record_id)
    p.set_defaults(handler=cmd_cancel)

    p = sub.add_parser("approve", help="approve a pending request (managers)")
    p.add_argument("request_id", type=record_id)
    p.add_argument("--days", type=int, default=requests.DEFAULT_DAYS, help="1-90, default 7")
    p.set_defaults(handler=cmd_approve)

    p = sub.add_parser("reject", help="reject a pending request with a reason (managers)")
    p.add_argument("request_id", type=record_id)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_reject)

    p = sub.add_parser("grant", help="grant access directly (managers); prints the grant id")
    p.add_argument("code")
    p.add_argument("--to", required=True, metavar="USER")
    p.add_argument("--scope", default="view")
    p.add_argument("--days", type=int, default=requests.DEFAULT_DAYS, help="1-90, default 7")
    p.set_defaults(handler=cmd_grant)

    p = sub.add_parser("revoke", help="revoke a grant (managers)")
    p.add_argument("grant_id", type=record_id)
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("grants", help="grants: id, code, grantee, scopes, expires (UTC), state")
    p.add_argument("--customer", metavar="CODE")
    p.add_argument("--to", metavar="USER")
    p.add_argument("--all", action="store_true", help="include expired and revoked grants")
    p.set_defaults(handler=cmd_grants)

    p = sub.add_parser("report", help="report a major matter to a card's page 2 (write-only); "
                                      "`report monthly --month YYYY-MM --out FILE` is the monthly report")
    p.add_argument("code", help="the customer's code (or `monthly`)")
    # required for a matter; checked in cmd_report so `report monthly` can share the command
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--category", choices=EVENT_CATEGORIES)
    p.add_argument("--title")
    p.add_argument("--content", default="")
    p.add_argument("--dept", default="", help="your department (default: your account's)")
    p.set_defaults(handler=cmd_report)

    aud = sub.add_parser("audit", help="the audit log (managers and admins)").add_subparsers(
        dest="audit_command", metavar="ACTION")
    p = aud.add_parser("verify", help="check the hash chain; exit 1 naming the first bad entry")
    p.add_argument("--checkpoint", metavar="FILE",
                   help="also check the log against a checkpoint saved earlier (audit checkpoint)")
    p.set_defaults(handler=cmd_audit_verify)
    p = aud.add_parser("checkpoint", help="print the log's checkpoint (keep it outside the database)")
    p.add_argument("--out", metavar="FILE", help="also save it to FILE (a new file; never overwritten)")
    p.set_defaults(handler=cmd_audit_checkpoint)
    for name, handler, help_text in (("list", cmd_audit_list, "entries, newest first"),
                                     ("export", cmd_audit_export, "entries to an Excel file")):
        p = aud.add_parser(name, help=help_text)
        if name == "export":
            p.add_argument("file")
        # dest differs from the global --user (the account acting), which it would overwrite
        p.add_argument("--user", dest="filter_user", metavar="USER", help="entries by this account")
        p.add_argument("--customer", metavar="CODE")
        p.add_argument("--since", metavar="YYYY-MM-DD")
        p.add_argument("--until", metavar="YYYY-MM-DD")
        p.add_argument("--action", help="action key (e.g. grant) or its Chinese label")
        if name == "export":
            add_force(p)
        if name == "list":
            p.add_argument("--limit", type=int_between(1, 1_000_000), default=200)
        p.set_defaults(handler=handler)


def cmd_directory(ctx, args):
    from models.archive import customers

    ctx.open()
    for line in customers.directory(ctx.actor, args.text):
        ctx.row(line.code, line.name, line.cls, line.custodian)


def cmd_request(ctx, args):
    from models.access_requests import requests

    ctx.open()
    ctx.print(requests.request_access(ctx.actor, args.code, args.reason, args.scope))


def cmd_requests(ctx, args):
    from models.access_requests import requests

    ctx.open()
    for r in requests.list_requests(ctx.actor, pending_only=args.pending):
        ctx.row(r.id, r.customer_code, r.requester, ",".join(r.scopes),
                  REQUEST_STATUS_LABELS.get(r.status, r.status), f"{r.created_at:%Y-%m-%d %H:%M}Z",
                  r.reason)


def cmd_cancel(ctx, args):
    from models.access_requests import requests

    ctx.open()
    requests.cancel(ctx.actor, args.request_id)
    ctx.print(f"cancelled request {args.request_id}")


def cmd_approve(ctx, args):
    from models.access_requests import requests

    ctx.open()
    gid = requests.approve(ctx.actor, args.request_id, args.days)
    ctx.print(f"approved request {args.request_id}: grant {gid}, {args.days} days")


def cmd_reject(ctx, args):
    from models.access_requests import requests

    ctx.open()
    requests.reject(ctx.actor, args.request_id, args.reason)
    ctx.print(f"rejected request {args.request_id}")


def cmd_grant(ctx, args):
    from models.access_requests import requests

    ctx.open()
    ctx.print(requests.grant(ctx.actor, args.code, args.to, args.scope, args.days))


def cmd_revoke(ctx, args):
    from models.access_requests import requests

    ctx.open()
    requests.revoke(ctx.actor, args.grant_id)
    ctx.print(f"revoked grant {args.grant_id}")


def cmd_grants(ctx, args):
    from models.access_requests import requests

    ctx.open()
    for g in requests.list_grants(ctx.actor, customer=args.customer, grantee=args.to,
                                  active_only=not args.all):
        state = "active" if g.active else ("revoked" if g.revoked_at else "expired")
        ctx.row(g.id, g.customer_code, g.grantee, ",".join(g.scopes), f"{g.expires_at:%Y-%m-%d %H:%M}Z",
                  state)


def cmd_report(ctx, args):
    from models.archive import events

    missing = [o for o, v in (("--date", args.date), ("--category", args.category), ("--title", args.title))
               if not v]
    if missing:
        print(f"error: report CODE needs {', '.join(missing)}", file=ctx.err)
        return 2
    ctx.open()
    ctx.print(events.report_event(ctx.actor, args.code, {
        "event_date": args.date, "category": args.category, "title": args.title,
        "content": args.content, "source_department": args.dept}))


def cmd_audit_verify(ctx, args):
    from models.rules import audit_checkpoint, audit_log

    checkpoint = audit_checkpoint.read_file(args.checkpoint) if args.checkpoint else None
    ctx.open()
    result = audit_log.verify_as(ctx.actor, checkpoint=checkpoint)
    if result.ok:
        anchored = (f"; checkpoint entry {checkpoint.entry_id} matches (taken "
                    f"{local_text(checkpoint.taken_at)})" if checkpoint else "")
        ctx.print(f"ok: {result.checked} entries, chain intact{anchored}")
        return 0
    ctx.print(f"bad entry {result.bad_entry_id}: {result.problem}")
    return 1


def cmd_audit_checkpoint(ctx, args):
    from models.rules import audit_checkpoint

    if args.out:
        audit_checkpoint.check_new_file(args.out)
    ctx.open()
    cp = audit_checkpoint.take(ctx.actor)
    ctx.out.write(cp.text())
    if args.out:
        # stdout stays exactly the checkpoint (`> FILE` and `--out FILE` give the same file)
        ctx.err.write(f"saved to {audit_checkpoint.write_file(cp, args.out)}\n")


def _filters(args) -> dict:
    return {"user": args.filter_user, "customer_code": args.customer, "action": args.action,
            "since": args.since, "until": args.until}


def cmd_audit_list(ctx, args):
    from models.rules import audit_log

    ctx.open()
    for e in audit_log.query(ctx.actor, limit=args.limit, **_filters(args)):
        ctx.row(e.id, f"{e.at:%Y-%m-%d %H:%M:%S}Z", e.actor_name, e.action, e.target_label,
                  e.outcome, e.details)


def cmd_audit_export(ctx, args):
    from models.transfer.audit_export import export_audit

    output_file(args.file, force=args.force)
    ctx.open()
    result = export_audit(ctx.actor, args.file, **_filters(args))
    ctx.print(f"{result.rows} entries -> {result.path} (sha256 {result.sha256})")
    if result.checkpoint is not None:
        ctx.print(result.checkpoint.machine_line())
