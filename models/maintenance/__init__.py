"""Looking after the archive file: opening it (connect + create/upgrade, `opening`), checked
online backups (`backup`), the backups folder with its kinds and retention (`backups`), and
putting a backup back in place (`restore`).
"""
