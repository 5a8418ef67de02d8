"""The foundation every other part stands on: the database connection, the tables,
the migrations, errors, the vocabulary (codes and labels, no peewee), DTOs, parsing of
user input and local time, and what a write changed (`changes`: the typed Changes every
mutation declares in its transaction; `change_feed`: PostgreSQL LISTEN for other PCs').
Imports nothing from the rest of `models`.
"""
