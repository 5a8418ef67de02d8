"""The archive itself: customers (page 1), key people and cooperation projects, the
page-2 key-event log, the card DTOs with masking, and the denormalised search column.
"""
