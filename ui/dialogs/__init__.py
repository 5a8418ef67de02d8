"""Desktop UI: dialogs."""
