"""Interfaces: the command line (no Qt) and the desktop app (Qt)."""
