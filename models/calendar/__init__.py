"""Placeholder until the calendar lands."""
