"""Desktop UI: widgets."""
