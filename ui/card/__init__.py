"""Desktop UI: card."""
