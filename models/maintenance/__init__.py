"""Looking after the archive file: opening it (connect + create/upgrade, `opening`) and
checked online backups (`backup`).
"""
