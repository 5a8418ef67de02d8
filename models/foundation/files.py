"""Producing a file the archive answers for: written beside its target, audited, then put in place.

Every file the app writes for a user (the archive workbook, printed cards, the audit-log
workbook, the 交接单) goes through `produce_file`:

1. the service has already checked permission and planned what goes in;
2. `write(tmp)` — the pure format in `exports/` — writes a temporary file in the target's
   folder (same file system, so the final rename is atomic);
3. the file's SHA-256 is computed and `audit_entry(result, sha256)` runs inside
   `write_transaction()`, so the entry commits on its own or not at all;
4. only then is the temporary file renamed onto the target (`os.replace`).

So a failed or cancelled write leaves no file and no entry, a failed audit entry leaves no
file (and no temporary file), and a file never exists without its entry. The one order left
open — the entry committed but the rename refused by the operating system — leaves an entry
naming a file that did not appear, which is the honest side to err on (the log shows the
attempt); the error is raised to the caller as usual.

This lives in the foundation (not in `transfer/`) because `transfer` and `handover` are
independent siblings that both produce files.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from models.foundation.db import write_transaction
from models.foundation.errors import FileProblem

R = TypeVar("R")
PathArg = str | os.PathLike[str]   # a path as callers give it (str or Path)


def sha256_of(path: PathArg) -> str:
    """The hex SHA-256 of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def temporary_beside(target: Path) -> Path:
    """A new, empty, hidden temporary file in `target`'s folder (created, so the name is ours)."""
    # a missing folder is refused, never created (a typo in a path must not scatter folders),
    # and so is a target that is a folder; overwriting was asked before (dialog, --force)
    if target.is_dir():
        raise FileProblem(str(target), "is_directory")
    if not target.parent.is_dir():
        raise FileProblem(str(target.parent), "no_folder")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".part",
                               dir=str(target.parent))
    os.close(fd)
    return Path(tmp)


def produce_file(target: PathArg, write: Callable[[Path], R],
                 audit_entry: Callable[[R, str], None]) -> tuple[R, str]:
    """Write `target` through `write(tmp_path)`, audit it, then rename it into place.

    `write` gets the temporary path and returns whatever the caller needs afterwards (row
    counts, page count); `audit_entry(result, sha256)` records the entry (call
    `audit.record` there) and runs inside `write_transaction()`. Returns (`write`'s result, the file's SHA-256).
    Any exception — from the write, the audit entry or the rename, including a cancel or
    KeyboardInterrupt — removes the temporary file and is re-raised."""
    target = Path(target)
    tmp = temporary_beside(target)
    try:
        result = write(tmp)
        digest = sha256_of(tmp)
        with write_transaction():
            audit_entry(result, digest)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result, digest
