"""Account and archive administration: user add/list/set/disable/enable/reset-password/unlock,
passwd, company, backup.

New passwords come from CLIENT_ARCHIVE_NEW_PASSWORD, else a no-echo prompt typed twice.
`passwd` signs in and sets the new password in one step, so it also works for an account
whose password an admin reset (whose plain sign-in is refused until then): the temporary
password is the current one.
"""
from __future__ import annotations

import getpass
import os
import sys

from models.foundation.errors import ArchiveError
from models.foundation.localtime import local_text
from models.foundation.vocabulary import ROLE_LABELS, ROLES, STAFF_STATUS_LABELS
from ui.cli.args import add_force, output_file

NEW_PASSWORD_ENV = "CLIENT_ARCHIVE_NEW_PASSWORD"


def register(sub) -> None:
    user = sub.add_parser("user", help="accounts").add_subparsers(dest="user_command", metavar="ACTION")
    p = user.add_parser("add", help="add an account (admin only; a manager account: a manager with admin)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--admin", action="store_true", help="also holds the admin capability")
    p.add_argument("--dept", required=True)
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("list", help="list accounts (admins also see custody and lockouts)")
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("set", help="change an account's name, role, department or admin capability")
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--dept")
    p.add_argument("--display-name")
    admin = p.add_mutually_exclusive_group()
    admin.add_argument("--admin", dest="is_admin", action="store_true", default=None)
    admin.add_argument("--no-admin", dest="is_admin", action="store_false")
    p.set_defaults(handler=cmd_user_set)
    for action, text in (("disable", "stop an account from logging in (its customers stay)"),
                         ("enable", "let a disabled account log in again")):
        p = user.add_parser(action, help=text)
        p.add_argument("name")
        p.set_defaults(handler=cmd_user_enable, enable=action == "enable")
    p = user.add_parser("reset-password", help="set a temporary password for an account (admin); "
                                               "its owner must choose a new one (passwd) at the next sign-in")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_reset_password)
    p = user.add_parser("unlock", help="lift a login lockout now (admin)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_unlock)

    p = sub.add_parser("passwd", help="change your own password (--user; current one, then the new one "
                                      "twice); after an admin's reset the current one is the temporary one")
    p.set_defaults(handler=cmd_passwd)
    p = sub.add_parser("company", help="set our company's name, printed on cards and workbooks (admin)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_company)
    p = sub.add_parser("backup", help="copy the SQLite archive (with its audit head) to a new file, "
                                      "or without OUT.db into its backups folder (kind manual) "
                                      "(a manager with the admin capability)")
    p.add_argument("out", metavar="OUT.db", nargs="?")
    add_force(p)
    p.set_defaults(handler=cmd_backup)


def new_password(who: str) -> str:
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ArchiveError(f"no new password: set {NEW_PASSWORD_ENV} or run in a terminal")
    first = getpass.getpass(f"New password for {who}: ")
    if getpass.getpass("Repeat the new password: ") != first:
        raise ArchiveError("the two passwords differ")
    return first


def cmd_user_add(ctx, args):
    from models.accounts import staff

    ctx.open()
    password = new_password(args.name)
    info = staff.add_user(ctx.actor, args.name, password, args.role, is_admin=args.admin,
                          department=args.dept, display_name=args.display_name)
    ctx.row(info.username, info.role, info.department)


def cmd_user_list(ctx, args):
    from models.accounts import admin as accounts
    from models.accounts import staff

    ctx.open()
    from models.rules import access

    if access.can(ctx.actor, access.ADMIN):
        for r in accounts.overview(ctx.actor):
            s = r.info
            ctx.row(s.username, s.display_name, r.role_label, "admin" if s.is_admin else "-",
                      s.department, r.status_label, f"{r.custody} customers",
                      f"locked until {local_text(r.locked_until)}" if r.locked_until else "-")
        return
    for s in staff.list_users(ctx.actor):
        ctx.row(s.username, s.display_name, ROLE_LABELS.get(s.role, s.role),
                  "admin" if s.is_admin else "-", s.department,
                  STAFF_STATUS_LABELS.get(s.status, s.status))


def cmd_user_set(ctx, args):
    from models.accounts import admin as accounts

    ctx.open()
    info = accounts.update_account(ctx.actor, args.name, None,
                                   display_name=args.display_name, role=args.role,
                                   department=args.dept, is_admin=args.is_admin)
    ctx.row(info.username, info.display_name, info.role, "admin" if info.is_admin else "-",
              info.department)


def cmd_user_enable(ctx, args):
    from models.accounts import admin as accounts

    ctx.open()
    info = accounts.set_enabled(ctx.actor, args.name, args.enable)
    ctx.row(info.username, info.status)


def cmd_user_reset_password(ctx, args):
    from models.accounts import admin as accounts

    ctx.open()
    accounts.reset_password(ctx.actor, args.name, new_password(args.name))
    ctx.print(f"{args.name}: password reset")


def cmd_user_unlock(ctx, args):
    from models.accounts import admin as accounts

    ctx.open()
    cleared = accounts.unlock(ctx.actor, args.name)
    ctx.print(f"{args.name}: unlocked ({cleared} failed attempts cleared)")


def cmd_passwd(ctx, args):
    from models.accounts import staff

    ctx.open()
    username = ctx.username()
    current = ctx.password(f"Current password for {username}: ")
    staff.change_password_at_sign_in(username, current, new_password(username))
    ctx.print("password changed")


def cmd_company(ctx, args):
    from models.accounts import admin as accounts

    ctx.open()
    ctx.print(accounts.set_company_name(ctx.actor, args.name))


def cmd_backup(ctx, args):
    from models.foundation import db

    if args.out and not db.is_postgres_url(ctx.url):   # PostgreSQL: refused with pg_dump advice
        output_file(args.out, force=args.force)
    ctx.open()
    from models.maintenance.backup import backup_archive

    result = backup_archive(ctx.actor, args.out)
    ctx.row(result.path, result.size, result.sha256)
