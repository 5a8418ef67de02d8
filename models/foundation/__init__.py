"""The foundation every other part stands on: the database connection, the tables,
the migrations, errors, the name's pinyin sort key (`name_order`), the vocabulary (codes and labels, no peewee), DTOs, parsing of
user input, local time, `files.produce_file` (write beside the target, audit, rename —
the one way a file the archive answers for is made), and what a write changed (`changes`:
the typed Changes every mutation declares in its transaction; `change_feed`: PostgreSQL
LISTEN for other PCs'). Imports nothing from the rest of `models`.
"""
