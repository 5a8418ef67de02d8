"""Moving customers in and out of the archive: permission-checked, audited Excel/PDF
exports (`exporting`) and the validate-then-write spreadsheet import (`importing` reads and
validates, `import_matching` finds duplicates, `import_job` checks rights and writes through the
archive's own write functions, `import_settings` holds the row limit). The file formats
themselves live in the top-level `exports` package.
"""
