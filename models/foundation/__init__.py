"""The foundation every other part stands on: the database connection, the tables,
the migrations, errors, the vocabulary (codes and labels, no peewee), DTOs, parsing of
user input and local time. Imports nothing from the rest of `models`.
"""
