"""Helpers to run the command line in-process (fast) against a fresh archive."""
from __future__ import annotations

import io

import pytest

from tests.conftest import PASSWORD


class CliResult:
    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err

    def __repr__(self):
        return f"CliResult(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def cli(db_url, monkeypatch):
    """cli("--user", "boss", "search", "x") → CliResult; the archive is initialised with boss."""
    from ui.cli import run

    monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
    monkeypatch.delenv("CLIENT_ARCHIVE_DB", raising=False)

    def invoke(*argv, password=None):
        if password is not None:
            monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", password)
        out, err = io.StringIO(), io.StringIO()
        code = run(["--db", db_url, *argv], stdout=out, stderr=err)
        monkeypatch.setenv("CLIENT_ARCHIVE_PASSWORD", PASSWORD)
        return CliResult(code, out.getvalue(), err.getvalue())

    res = invoke("init", "--admin", "boss", "--company", "示例贸易有限公司")
    assert res.code == 0, res
    return invoke
