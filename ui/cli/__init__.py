"""The command line. Never imports Qt; works on a machine with no display.

Each feature registers its sub-commands from its own module (see COMMAND_MODULES).
Exit codes (one line on stderr says why, never a traceback):
    0   done
    1   any other known condition: bad input, not found, conflict, disk full, database busy,
        read-only archive, no archive yet, a file that cannot be written
    2   usage: a missing or malformed argument (also a missing --user, an id out of range)
    3   permission denied (audited)
    4   login failed, account locked, disabled, frozen (handover) or departed
    70  a bug (EX_SOFTWARE): a crash report with the traceback was written to the log folder
        and stderr names the file
"""
from __future__ import annotations

import argparse
import importlib
import sys

from ui.cli.context import Context

COMMAND_MODULES = [
    "ui.cli.core_cmds",
    "ui.cli.account_cmds",
    "ui.cli.export_cmds",
    "ui.cli.access_cmds",
    "ui.cli.handover_cmds",
    "ui.cli.desk_cmds",
    "ui.cli.service_cmds",
    "ui.cli.value_cmds",
    "ui.cli.quality_cmds",
    "ui.cli.backup_cmds",
    "ui.cli.version_cmds",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with a one-line reason, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    # the frozen build's executable is `client-archive` (packaging/client-archive.spec)
    prog = "client-archive" if getattr(sys, "frozen", False) else "python main.py"
    parser = _Parser(prog=prog,
                     description="客户档案管家 Client Archive. With no command, starts the desktop app.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or postgresql://user:pass@host:port/name "
                             "(default: $CLIENT_ARCHIVE_DB, else the file in your data directory)")
    parser.add_argument("--user", metavar="NAME",
                        help="act as this account (password from $CLIENT_ARCHIVE_PASSWORD or a prompt)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_path(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The chosen command and sub-command names ("user add"): names from the parser's own
    choices, never an argument's value (the log records these, see models/foundation/logs.py)."""
    names: list[str] = []
    while True:
        action = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
        name = getattr(args, action.dest, None) if action is not None else None
        if action is None or not isinstance(name, str) or name not in action.choices:
            return " ".join(names)
        names.append(name)
        parser = action.choices[name]


def run(argv: list[str], *, stdout=None, stderr=None, parser=None) -> int:
    import contextlib

    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    parser = parser or build_parser()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2) and --help (0)
        return exc.code if isinstance(exc.code, int) else 2
    ctx = Context(args, stdout, stderr)
    if not getattr(args, "handler", None):
        parser.print_help(ctx.err)
        return 2
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        return ctx.invoke(args.handler)
