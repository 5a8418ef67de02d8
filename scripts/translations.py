"""Translation sources (.ts) and compiled translations (.qm) of the desktop UI.

    .venv/bin/python scripts/translations.py update     # lupdate: ui/ → resources/translations/*.ts
    .venv/bin/python scripts/translations.py release    # lrelease: *.ts → *.qm (loaded at start-up)
    .venv/bin/python scripts/translations.py add fr     # start client_archive_fr.ts

The source language is Simplified Chinese. The command line (ui/cli/) is not scanned: it
imports no Qt and prints its own Chinese/English text. Translate a .ts with Qt Linguist
(`pyside6-linguist resources/translations/client_archive_en.ts`). The tools ship with
PySide6-Essentials; they are run through PySide6's own wrappers, so no PATH set-up is needed.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "client_archive"
SOURCE_LANGUAGE = "zh_CN"


def source_files() -> list[Path]:
    """Every Qt-side module of ui/ (relative to ROOT), in a stable order."""
    return sorted(p.relative_to(ROOT) for p in (ROOT / "ui").rglob("*.py")
                  if "cli" not in p.relative_to(ROOT / "ui").parts[:1])


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{CATALOGUE}_*.ts"))


def _tool(name: str, *args: str) -> subprocess.CompletedProcess:
    code = (f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, check=False)


def lupdate(ts: Path, *options: str) -> subprocess.CompletedProcess:
    """Extract every marked string of ui/ into `ts` (merged with what it already holds)."""
    language = ts.stem.removeprefix(CATALOGUE + "_")
    return _tool("lupdate", *map(str, source_files()), "-source-language", SOURCE_LANGUAGE,
                 "-target-language", language, *options, "-ts", str(ts))


def lrelease(ts: Path, qm: Path | None = None) -> subprocess.CompletedProcess:
    """Compile `ts`; only translations marked finished in Linguist go into the .qm."""
    return _tool("lrelease", "-nounfinished", str(ts), "-qm", str(qm or ts.with_suffix(".qm")))


def main(argv: list[str]) -> int:
    command, *rest = argv or ["help"]
    if command == "add" and len(rest) == 1:
        targets = [TRANSLATIONS / f"{CATALOGUE}_{rest[0]}.ts"]
    elif command in ("update", "release") and not rest:
        targets = ts_files()
    else:
        print(__doc__)
        return 2
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for ts in targets:
        result = lrelease(ts) if command == "release" else lupdate(ts)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
