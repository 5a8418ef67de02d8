"""`version`: program version, schema versions, archive location, log folder — without signing
in, and on an archive older or newer than the program (which it leaves as it is)."""
from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from models.foundation import db, logs, migrations, schema
from models.foundation.version import program_version, version_from_pyproject
from ui.cli import run

ROOT = Path(__file__).resolve().parents[2]


def rows(out: str) -> dict[str, list[str]]:
    return {line.split("\t")[0]: line.split("\t")[1:] for line in out.splitlines()}


def set_stamp(url: str, version: int) -> None:
    db.open_database(url)
    schema.set_meta("schema_version", str(version))
    db.close_database()


def stamp(url: str) -> int:
    db.open_database(url)
    try:
        return migrations.current_version()
    finally:
        db.close_database()


def test_the_program_version_is_pyprojects():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert program_version() == version_from_pyproject(text)
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", program_version())


def test_version_needs_no_sign_in(cli, db_url, monkeypatch):
    monkeypatch.delenv("CLIENT_ARCHIVE_PASSWORD", raising=False)
    res = cli("version")
    assert res.code == 0, res
    r = rows(res.out)
    assert r["program"] == [program_version()]
    assert r["program-schema"] == [str(migrations.SCHEMA_VERSION)]
    assert r["archive-schema"] == [str(migrations.SCHEMA_VERSION)]      # current: no note
    assert r["archive"] == [str(Path(db_url)) if not db.is_postgres_url(db_url) else db.describe(db_url)]
    assert r["logs"] == [str(logs.log_dir())]
    assert list(r) == ["program", "program-schema", "archive", "archive-schema", "logs"]
    password = urlparse(db_url).password if db.is_postgres_url(db_url) else None
    assert not password or password not in res.out


def test_an_older_archive_is_named_and_not_upgraded(cli, db_url):
    set_stamp(db_url, 5)
    res = cli("version")
    assert res.code == 0, res
    assert rows(res.out)["archive-schema"] == [
        "5", f"older: upgraded to {migrations.SCHEMA_VERSION} when this program next opens it "
             "(a copy is kept first)"]
    assert stamp(db_url) == 5
    if not db.is_postgres_url(db_url):
        assert not list(Path(db_url).parent.glob("*.bak"))   # no upgrade copy either


def test_a_newer_archive_is_named_and_left_alone(cli, db_url):
    set_stamp(db_url, migrations.SCHEMA_VERSION + 3)
    res = cli("version")
    assert res.code == 0, res
    assert rows(res.out)["archive-schema"][0] == str(migrations.SCHEMA_VERSION + 3)
    assert rows(res.out)["archive-schema"][1].startswith("newer:")
    assert stamp(db_url) == migrations.SCHEMA_VERSION + 3
    assert cli("--user", "boss", "search", "x").code == 1   # other commands still refuse it


def test_no_archive_yet_is_said_and_nothing_is_created(tmp_path):
    path = tmp_path / "nowhere" / "archive.db"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(path), "version"], stdout=out, stderr=err) == 0, err.getvalue()
    assert rows(out.getvalue())["archive-schema"] == ["-", "no archive here yet (`init` creates one)"]
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100])
def test_a_file_that_is_no_archive_prints_the_program_lines_then_the_error(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    out, err = io.StringIO(), io.StringIO()
    assert run(["--db", str(path), "version"], stdout=out, stderr=err) == 1
    assert rows(out.getvalue())["program"] == [program_version()]
    assert err.getvalue().startswith("error: ") and "Traceback" not in err.getvalue()
    assert path.read_bytes() == content
