"""客户档案管家 (Client Archive). `python main.py` starts the desktop app; with a command it
runs the command line, which never imports Qt. The frozen build's `client-archive`
executable is this file (packaging/client-archive.spec)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from models.drivers import load_peewee_quietly

    load_peewee_quietly()   # before anything imports peewee: no database driver for nothing
    from ui.cli import build_parser, command_path, run

    parser = build_parser(argv)   # only the named command's sub-parsers
    args, _ = parser.parse_known_args(argv)
    if any(a in ("-h", "--help") for a in argv):
        return run(argv, parser=parser)   # help is not worth a log line
    from models.foundation import logs

    app = args.command is None
    logs.start("desktop app" if app else f"command {command_path(parser, args)}")
    code: int | None = None
    try:
        if app:
            from ui.app import run_app  # the only path that imports Qt

            code = run_app(db_arg=args.db)
        else:
            code = run(argv, parser=parser)   # built once: ~150 ms of argparse
        return code
    finally:
        logs.stop(code)


if __name__ == "__main__":
    sys.exit(main())
