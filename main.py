"""客户档案管家 (Client Archive). `python main.py` starts the desktop app; with a command it
runs the command line, which never imports Qt."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from ui.cli import build_parser, run

    parser = build_parser()
    args, _ = parser.parse_known_args(argv)
    if args.command is None and not any(a in ("-h", "--help") for a in argv):
        from ui.app import run_app  # the only path that imports Qt

        return run_app(db_arg=args.db)
    return run(argv, parser=parser)   # built once: ~150 ms of argparse


if __name__ == "__main__":
    sys.exit(main())
