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
