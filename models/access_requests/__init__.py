"""Access requests, time-limited grants and the notifications (inbox) they produce.
"""
