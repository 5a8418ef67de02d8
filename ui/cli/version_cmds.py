"""`version`: what IT asks first. No sign-in, no upgrade; works on an older or newer archive.

    program         0.1.0
    program-schema  7
    archive         /home/li/.local/share/ClientArchive/archive.db
    archive-schema  5<TAB>older: upgraded to 7 when this program next opens it
    logs            /home/li/.local/state/ClientArchive/log

One `key<TAB>value` line each (a third field explains an archive-schema that is not the
program's: older, newer, or `-` with "no archive"). Exit 0 whatever the archive's version; a
file that is not an archive, or a server that cannot be reached, is the usual error (exit 1)
after the program's own lines.
"""
from __future__ import annotations

from models.maintenance import about

NOTES = {
    "older": "older: upgraded to {program} when this program next opens it (a copy is kept first)",
    "newer": "newer: made by a newer version of the program; this one will not open it",
    "none": "no archive here yet (`init` creates one)",
}


def register(sub) -> None:
    p = sub.add_parser("version", help="program version, schema version, archive path, log folder "
                                       "(no sign-in needed)")
    p.set_defaults(handler=cmd_version)


def cmd_version(ctx, args):
    from models.foundation import migrations
    from models.foundation.version import program_version

    ctx.row("program", program_version())
    ctx.row("program-schema", migrations.SCHEMA_VERSION)
    ctx.out.flush()
    facts = about.facts_at(ctx.url)
    ctx.row("archive", facts.archive)
    note = NOTES.get(facts.state, "").format(program=facts.program_schema)
    schema = "-" if facts.archive_schema is None else facts.archive_schema
    ctx.row("archive-schema", schema, *((note,) if note else ()))
    ctx.row("logs", facts.log_dir)
