"""export excel / export pdf / import: the archive workbook, printed cards, spreadsheet import."""
from __future__ import annotations

import argparse
from pathlib import Path

from models.foundation.errors import NotFound, UsageError
from models.foundation.vocabulary import CLASSES, IMPORT_DUPLICATE_CHOICES
from ui.cli.args import add_force, output_file


def register(sub) -> None:
    export = sub.add_parser("export", help="export the archive to Excel or print cards to PDF") \
        .add_subparsers(dest="export_command", metavar="FORMAT")
    p = export.add_parser("excel", help="the archive workbook (客户, 联系人, 合作项目, 重要事项, 导出说明)")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--class", dest="cls", choices=CLASSES)
    p.add_argument("--owner", metavar="USER", help="only this custodian's customers")
    p.add_argument("--query", default="", metavar="TEXT", help="search text, as in the list")
    p.add_argument("--status", choices=["active", "archived", "all"], default="active")
    p.add_argument("--mask-sensitive", action="store_true",
                   help="mask sensitive personal fields even where you may read them")
    add_force(p)
    p.set_defaults(handler=cmd_export_excel)

    p = export.add_parser("pdf", help="customer information cards (客户资料信息卡), one PDF")
    p.add_argument("out", metavar="OUT.pdf")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--customer", nargs="+", metavar="CODE")
    which.add_argument("--all", action="store_true", help="every customer you may export (managers)")
    p.add_argument("--class", dest="cls", choices=CLASSES, help="with --all: only this class")
    p.add_argument("--status", choices=["active", "archived", "all"], default="active")
    p.add_argument("--watermark", action="store_true", help="light diagonal watermark with your name")
    p.add_argument("--mask-sensitive", action="store_true")
    p.add_argument("--template", choices=["full", "summary", "public"], default="full",
                   help="full: the two-page card; summary: one page per card (page 1 essentials and "
                        "the last 10 events); public: every sensitive field left out, for handing out")
    p.add_argument("--duplex", action=argparse.BooleanOptionalAction, default=None,
                   help="start each card on a right-hand page (default: on for more than one card)")
    p.add_argument("--oldest-first", action="store_true", help="page 2 oldest entry first (default: newest)")
    add_force(p)
    p.set_defaults(handler=cmd_export_pdf)

    p = sub.add_parser("import", help="import customers from an .xlsx (all or nothing)")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--owner", metavar="USER", help="custodian of the new cards (managers; default: you)")
    p.add_argument("--on-duplicate", choices=IMPORT_DUPLICATE_CHOICES, default="skip")
    p.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")
    p.add_argument("--problems", metavar="OUT.xlsx", help="save the problem list here")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="map another header to a field (e.g. 公司全称=name); FIELD empty ignores it")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("import-limit", help="show, or set (admin), the most data rows one sheet of an import may hold")
    p.add_argument("rows", nargs="?", metavar="N")
    p.set_defaults(handler=cmd_import_limit)


def _status(value: str):
    return None if value == "all" else value


def _owner_id(username: str | None):
    from models.foundation.schema import Staff

    if not username:
        return None
    staff = Staff.get_or_none(Staff.username == username)
    if staff is None:
        raise NotFound("账号", username)
    return staff.id


def cmd_export_excel(ctx, args):
    from models.archive.customers import ListQuery
    from models.transfer import exporting

    output_file(args.out, force=args.force)
    ctx.open()
    q = ListQuery(text=args.query, cls=args.cls, owner_id=_owner_id(args.owner), status=_status(args.status),
                  sort="code", descending=False)   # by 客户编号, as it always was
    result = exporting.export_excel(ctx.actor, args.out, exporting.Selection(query=q),
                                    include_sensitive=not args.mask_sensitive)
    counts = "  ".join(f"{k} {v}" for k, v in result.counts.items())
    ctx.print(f"wrote {result.path}: {counts}  sha256 {result.sha256}")


def cmd_export_pdf(ctx, args):
    from models.archive.customers import ListQuery
    from models.transfer import exporting

    output_file(args.out, force=args.force)
    ctx.open()
    if args.customer:
        selection = exporting.Selection(customers=tuple(args.customer))
    else:
        selection = exporting.Selection(query=ListQuery(cls=args.cls, status=_status(args.status),
                                                        sort="code", descending=False))
    result = exporting.export_pdf(ctx.actor, args.out, selection, watermark=args.watermark,
                                  include_sensitive=not args.mask_sensitive, template=args.template,
                                  duplex=args.duplex, newest_first=not args.oldest_first)
    ctx.print(f"wrote {result.path}: {result.customers} cards, {result.counts['页数']} pages  "
              f"sha256 {result.sha256}")


def cmd_import(ctx, args):
    from models.transfer import importing

    if not args.file.strip():
        raise UsageError("请给出要导入的 Excel 文件")
    mapping = {}
    for item in args.map:
        header, _, fld = item.partition("=")
        mapping[header] = fld.strip() or None
    if args.problems:   # checked first: the list is written after the import has run
        output_file(args.problems, force=True)
    ctx.open()
    report = importing.import_xlsx(ctx.actor, args.file, owner=args.owner,
                                   on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                   mapping=mapping or None)
    for row, name, why in report.duplicates[:50]:
        ctx.row("duplicate", f"row {row}", name, why)
    for p in report.problems[:200]:
        ctx.row("problem", p.sheet, f"row {p.row}", p.column, p.value, p.message, err=True)
    if len(report.problems) > 200:
        ctx.err.write(f"... {len(report.problems) - 200} more problems\n")
    if args.problems and report.problems:
        importing.save_problems(report, Path(args.problems))
        ctx.print(f"problem list saved to {args.problems}")
    ctx.print(report.summary())
    return 0 if report.ok else 1


def cmd_import_limit(ctx, args):
    from models.transfer import import_settings

    ctx.open()
    if args.rows is None:
        ctx.print(f"{import_settings.row_limit()} rows per sheet")
        return 0
    ctx.print(f"{import_settings.set_row_limit(ctx.actor, args.rows)} rows per sheet")
    return 0
