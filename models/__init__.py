"""The archive core. Never imports Qt (an import-linter contract and a test keep it so).

Layers, top to bottom (a module imports only from its own layer or the ones below; the
contracts in pyproject.toml enforce it):

    demo, maintenance              demo data; opening (create/upgrade), backups, restore
    transfer, handover             import/export orchestration; staff departure handover
    quality                        surveys, satisfaction figures, service goals, monthly report
    service                        complaints and after-sales records on the working clock
    desk, value                    the 今日 page, tasks, greetings, events; A/B/C, 80/20, merge
    access_requests                requests, grants, the inbox
    archive                        customers, key people, projects, page-2 log, cards, search
    accounts                       staff accounts and their administration
    rules                          access (the permission table), auth, the audit log
    foundation                     db, schema, migrations, errors, vocabulary, DTOs, parsing
    calendar                       lunar/solar dates, festivals, holidays with 调休, working time

Each package's docstring says what it owns.
"""

import sys as _sys

# peewee imports every database driver it finds (psycopg ~150-300 ms, pymysql) even for a
# SQLite archive: hide them while peewee loads; models.foundation.db.load_psycopg loads
# psycopg for a PostgreSQL URL only.
_HIDDEN = [name for name in ("psycopg", "pymysql") if name not in _sys.modules]
if "peewee" not in _sys.modules:
    for _name in _HIDDEN:
        _sys.modules[_name] = None  # type: ignore[assignment]
    try:
        import peewee as _peewee  # noqa: F401
    finally:
        for _name in _HIDDEN:
            del _sys.modules[_name]
