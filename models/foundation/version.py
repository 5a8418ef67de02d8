"""The program's version, from one place: `version` in pyproject.toml's [project] table.

Read from the pyproject.toml beside the code — the source tree, and the frozen build, which
bundles the file at its top (packaging/client-archive.spec; `Path(__file__)` is inside
sys._MEIPASS there) — and else from the installed distribution's metadata (a wheel installed
without the source tree). The file comes first because an editable install's metadata keeps
the version it was installed with until it is reinstalled, and a regex over one small file is
cheaper at command start than importlib.metadata (~10 ms).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DISTRIBUTION = "client-archive"
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
UNKNOWN = "unknown"

_PROJECT_VERSION = re.compile(r'^\[project\]\s*$(?:(?!^\[).)*?^version\s*=\s*"([^"]+)"',
                              re.MULTILINE | re.DOTALL)


def version_from_pyproject(text: str) -> str | None:
    match = _PROJECT_VERSION.search(text)
    return match.group(1) if match else None


@lru_cache(maxsize=1)
def program_version() -> str:
    try:
        found = version_from_pyproject(PYPROJECT.read_text(encoding="utf-8"))
        if found:
            return found
    except OSError:
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:   # pragma: no cover - stdlib since 3.8
        return UNKNOWN
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN
