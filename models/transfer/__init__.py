"""Moving customers in and out of the archive: permission-checked, audited Excel/PDF
exports (`exporting`) and the validate-then-write spreadsheet import (`importing`,
`import_job`). The file formats themselves live in the top-level `exports` package.
"""
