"""Commands: backups (list the copies; retention; record a server dump), restore FILE [--yes].

`backups` lists the SQLite archive's copies in its backups folder, newest first, one per
line: date<TAB>path<TAB>size<TAB>kind. On PostgreSQL there are no copies: stderr gives the
pg_dump line and the last recorded dump. `--keep-daily N --keep-weekly N` and `--record`
need a manager with the admin capability (--user).
"""
from __future__ import annotations

import datetime as dt
import sys

from models.foundation import db
from models.foundation.errors import UsageError
from ui.cli.args import int_between


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub) -> None:
    p = sub.add_parser("backups", help="list the archive's copies: date<TAB>path<TAB>size<TAB>kind "
                                       "(daily|weekly|pre-upgrade|pre-import|manual|pre-restore)")
    p.add_argument("--keep-daily", type=int_between(0, 366), metavar="N",
                   help="keep the newest N daily copies (default 7; 0: none) (manager with admin)")
    p.add_argument("--keep-weekly", type=int_between(0, 366), metavar="N",
                   help="keep the newest N weekly copies (default 4; 0: none) (manager with admin)")
    p.add_argument("--record", nargs="?", const="today", type=lambda t: t if t == "today" else _day(t),
                   metavar="YYYY-MM-DD", help="PostgreSQL: record that a pg_dump was taken (today, "
                                              "or that day) (manager with admin)")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("restore", help="check FILE, set the current archive aside (kind pre-restore), "
                                       "put FILE in place (a manager with the admin capability)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    p.set_defaults(handler=cmd_restore)


def cmd_backups(ctx, args):
    from models.maintenance import backups

    ctx.open()
    if args.keep_daily is not None or args.keep_weekly is not None:
        daily, weekly = backups.set_retention(ctx.actor, args.keep_daily, args.keep_weekly)
        ctx.print(f"自动备份保留：每日 {daily} 份，每周 {weekly} 份")
        return 0
    if args.record is not None:
        day = backups.record_server_backup(ctx.actor, None if args.record == "today" else args.record)
        ctx.print(f"已登记服务器备份：{day.isoformat()}")
        return 0
    if db.is_postgres():
        status = backups.status()
        when = status.recorded_on.isoformat() if status.recorded_on else "尚未登记"
        print(f"PostgreSQL 档案在数据库服务器上备份：{backups.pg_dump_line(ctx.url)}；"
              f"备份后用 backups --record 登记。最近登记的备份：{when}", file=ctx.err)
        return 0
    archive = backups.archive_file(ctx.url)
    for copy in backups.list_copies(archive) if archive is not None else []:
        ctx.row(f"{copy.taken:%Y-%m-%d %H:%M:%S}", copy.path, copy.size, copy.kind)
    return 0


def cmd_restore(ctx, args):
    from models.maintenance import restore

    interactive = bool(sys.stdin) and sys.stdin.isatty()
    if not args.yes and not interactive:
        raise UsageError("恢复会替换当前档案：没有终端可以确认，请加 --yes / restore replaces the "
                         "archive: add --yes when there is no terminal")
    ctx.open()
    info = restore.inspect_backup(ctx.actor, args.file)
    for line in restore.describe(info):
        ctx.print(line)
    if not args.yes:
        answer = input("当前档案将另存为一份“恢复前”备份，然后被这个备份替换。确定恢复吗？[y/N] ")
        if answer.strip().lower() not in ("y", "yes", "是"):
            ctx.print("未恢复")
            return 1
    result = restore.restore_archive(ctx.actor, args.file)
    if result.upgraded_from is not None:
        ctx.print(f"备份已从第 {result.upgraded_from} 版升级到本程序的版本")
    ctx.print(f"已恢复。原档案另存为 {result.set_aside}（恢复它即可撤销这次恢复）")
    return 0
