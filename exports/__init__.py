"""File formats (xlsx, PDF). No Qt, no database, no audit: DTOs in, bytes or the path they
were given out. A format writes the (temporary) path its service hands it and removes what
it wrote when it fails; the service audits and renames (models.foundation.files)."""
from __future__ import annotations

import os

PathArg = str | os.PathLike[str]   # a path as the services hand it (str or Path)
