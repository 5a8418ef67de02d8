"""Desktop UI: itemmodels."""
