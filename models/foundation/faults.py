"""Errors that mean a known condition, whatever raised them, as ArchiveErrors.

A full disk, a lock held by another PC, a read-only file, a lost server or an output path
that is a folder is not a bug: the user can act on it, so it gets a sentence (and the
command line an exit code) instead of a crash report. The command line and the app ask
`known_condition(exc)` about every exception that is not already an ArchiveError; None
means a bug.
"""
from __future__ import annotations

import errno
from pathlib import Path

from models.foundation import db
from models.foundation.errors import ArchiveError, DiskFull, FileProblem


def _from_os(e: OSError) -> ArchiveError | None:
    path = e.filename2 if e.filename2 is not None and e.errno == errno.EISDIR else e.filename
    path = "" if path is None else str(path)
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        url = db.current_url()
        return DiskFull(path or (db.describe(url) if url else ""))
    if not path:
        return None
    if isinstance(e, IsADirectoryError):
        return FileProblem(path, "is_directory")
    if isinstance(e, NotADirectoryError):
        return FileProblem(path, "no_folder")
    if isinstance(e, FileNotFoundError):
        folder = Path(path).parent
        if not folder.is_dir():   # writing into a missing folder (often via a temporary name)
            return FileProblem(str(folder), "no_folder")
        return FileProblem(path, "not_found")
    if isinstance(e, PermissionError) or e.errno == errno.EROFS:
        return FileProblem(path, "denied")
    return FileProblem(path, "io", f"读写文件失败：{path}（{e.strerror or e}）")


def known_condition(exc: BaseException) -> ArchiveError | None:
    """The ArchiveError that `exc` means, or None when it is a bug."""
    if isinstance(exc, ArchiveError):
        return exc
    found = db.database_condition(exc)
    if found is not None:
        return found
    for e in db.error_chain(exc):
        if isinstance(e, OSError):
            found = _from_os(e)
            if found is not None:
                return found
    return None
