"""A checked copy of the archive before a large write (an import, merge or handover of more
than 100 rows).

The features that write in bulk (models.transfer) sit below models.maintenance, which knows
how to copy an archive, so they call `before_large_write` here and maintenance installs the
copier when it is imported (models.maintenance.opening imports it: every archive opened
through `open_archive` has it). Without a copier (an archive opened some other way) nothing
is copied. A copier that cannot copy raises ArchiveError: the write does not start.
"""
from __future__ import annotations

from collections.abc import Callable

LARGE_WRITE_ROWS = 100

_copier: Callable[[str, int], object] | None = None


def install(copier: Callable[[str, int], object]) -> None:
    """`copier(what, rows)` takes the copy (models.maintenance.backups)."""
    global _copier
    _copier = copier


def before_large_write(rows: int, what: str = "import") -> object:
    """Take a copy when `rows` exceeds LARGE_WRITE_ROWS; returns what the copier returned."""
    if rows <= LARGE_WRITE_ROWS or _copier is None:
        return None
    return _copier(what, rows)
