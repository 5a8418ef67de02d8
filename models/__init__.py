"""The archive core. Never imports Qt (an import-linter contract and a test keep it so).

Layers, top to bottom (a module imports only from its own layer or the ones below; the
contracts in pyproject.toml enforce it):

    demo, maintenance              demo data; opening (create/upgrade) and backups
    transfer, handover             import/export orchestration; staff departure handover
    access_requests                requests, grants, the inbox
    archive                        customers, key people, projects, page-2 log, cards, search
    accounts                       staff accounts and their administration
    rules                          access (the permission table), auth, the audit log
    calendar                       lunar/solar dates, festivals, holidays with 调休, working time
    foundation                     db, schema, migrations, errors, vocabulary, DTOs, parsing

Each package's docstring says what it owns.
"""
