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

# module -> the top-level commands it adds or extends, in registration order (a module that
# extends another's command, as quality_cmds adds `report --month`, comes after it). A call
# names one command: only its modules register (argparse costs ~0.6 ms per sub-parser and the
# handlers' services are imported lazily, so a command starts without the other 90 parsers);
# help and errors without a known command build them all. tests/cli/test_startup_cli.py checks
# that this table matches what the modules register.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "ui.cli.core_cmds": ("customer", "demo", "event", "init", "search", "show"),
    "ui.cli.account_cmds": ("backup", "company", "passwd", "user"),
    "ui.cli.export_cmds": ("export", "import", "import-limit"),
    "ui.cli.access_cmds": ("approve", "audit", "cancel", "directory", "grant", "grants", "reject",
                           "report", "request", "requests", "revoke"),
    "ui.cli.handover_cmds": ("handover", "handovers"),
    "ui.cli.desk_cmds": ("activity", "cadence", "contact", "greet", "holidays", "project", "task",
                         "tasks", "today", "verify-card"),
    "ui.cli.service_cmds": ("service-report", "service-settings", "ticket", "tickets"),
    "ui.cli.value_cmds": ("classify", "duplicates", "merge", "pareto", "plan", "plans"),
    "ui.cli.quality_cmds": ("goal", "goals", "satisfaction", "survey", "report"),
    "ui.cli.backup_cmds": ("backups", "restore"),
    "ui.cli.version_cmds": ("version",),
}
GLOBAL_OPTIONS = ("--db", "--user")   # the options before the command, each with a value


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with a one-line reason, as argparse does
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def command_word(argv: list[str]) -> str | None:
    """The command an argument list names (`--db X search 华` -> "search"), or None."""
    args = iter(argv)
    for arg in args:
        if arg in GLOBAL_OPTIONS:
            next(args, None)
        elif arg.startswith(tuple(f"{o}=" for o in GLOBAL_OPTIONS)):
            continue
        elif arg.startswith("-"):
            return None   # -h, or an unknown option: the whole parser answers
        else:
            return arg
    return None


def modules_for(argv: list[str] | None) -> list[str]:
    """The command modules a call needs: those of its command, else all."""
    word = command_word(argv) if argv is not None else None
    chosen = [m for m, words in COMMAND_MODULES.items() if word in words]
    return chosen or list(COMMAND_MODULES)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments of a call, only with the sub-commands that call needs."""
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
    for name in modules_for(argv):
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
    parser = parser or build_parser(argv)
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
