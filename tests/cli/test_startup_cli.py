"""What a command-line call loads (issue #13: commands that start fast). Not timed: each
command runs in a fresh interpreter and reports the heavy libraries it imported."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("psycopg", "faker", "reportlab", "openpyxl", "PySide6", "pypinyin", "lunar_python")
PROBE = """
import json, sys
sys.path.insert(0, {root!r})
from models.drivers import load_peewee_quietly
load_peewee_quietly()          # what main.main does first; the cheap hasher below imports peewee
from tests.helpers import fast_hash
fast_hash.install()
import main
code = main.main({argv!r})
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))
print(json.dumps({{"code": code, "heavy": heavy}}))
"""


def loaded_by(db_url: str, *argv: str) -> tuple[int, set[str]]:
    """Run `main.py --db URL --user boss ARGV` in a new interpreter: (exit code, heavy libraries)."""
    script = PROBE.format(root=str(ROOT), argv=["--db", db_url, "--user", "boss", *argv], heavy=HEAVY)
    env = dict(os.environ, CLIENT_ARCHIVE_PASSWORD=PASSWORD)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result["code"], set(result["heavy"])


def test_search_loads_no_driver_or_file_format_it_does_not_use(cli, db_url):
    assert cli("--user", "boss", "customer", "add", "--name", "华信贸易有限公司").code == 0
    code, heavy = loaded_by(db_url, "search", "华")
    assert code == 0
    postgres = db_url.startswith("postgresql")
    # psycopg only for a PostgreSQL archive; no Qt, Faker, PDF, Excel or pinyin dictionaries
    # (search reads the stored pinyin; only writing a name computes it), nor lunar-python
    assert heavy == ({"psycopg"} if postgres else set())


def test_writing_a_name_loads_pinyin_but_no_demo_or_file_libraries(cli, db_url):
    code, heavy = loaded_by(db_url, "customer", "add", "--name", "恒信科技有限公司")
    assert code == 0
    assert "pypinyin" in heavy
    assert not heavy & {"faker", "reportlab", "openpyxl", "PySide6"}


def test_every_command_still_parses_without_importing_the_models_behind_it():
    """`register` is argparse only: building the whole parser imports no feature's service
    module (they load when their command runs)."""
    feature_modules = ("models.transfer", "models.handover", "models.quality.analysis", "models.desk.today",
                       "exports", "models.demo")
    script = (f"import sys, json; sys.path.insert(0, {str(ROOT)!r}); import ui.cli; ui.cli.build_parser(); "
              f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({feature_modules!r}))))")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def _help_tree(parser) -> dict[str, str]:
    """Every (sub-)command's help text under `parser`, by command path."""
    import argparse

    out = {"": parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                out.update({f"{name} {k}".strip(): v for k, v in _help_tree(child).items()})
    return out


def test_a_call_builds_only_its_command_and_that_command_reads_as_in_the_whole_parser():
    """A call registers only the modules of the command it names (command start), and the
    table saying which module adds or extends which command matches the modules: each
    command's parser, options, sub-commands and help, is the one the whole parser has."""
    from ui import cli

    whole = cli.build_parser()
    sub = next(a for a in whole._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) == {w for words in cli.COMMAND_MODULES.values() for w in words}
    full = _help_tree(whole)
    for word in sub.choices:
        narrow = cli.build_parser(["--db", "x.db", "--user", "boss", word])
        narrow_sub = next(a for a in narrow._actions if a.__class__.__name__ == "_SubParsersAction")
        assert word in narrow_sub.choices
        assert len(narrow_sub.choices) < len(sub.choices)
        mine = {k: v for k, v in _help_tree(narrow).items() if k.split(" ")[0] == word}
        assert mine == {k: v for k, v in full.items() if k.split(" ")[0] == word}, word


def test_the_command_word_is_found_after_the_global_options():
    from ui.cli import command_word, modules_for

    assert command_word(["--db", "a.db", "--user", "boss", "search", "华"]) == "search"
    assert command_word(["--db=a.db", "report", "KH1"]) == "report"
    assert command_word(["-h"]) is None
    assert command_word(["--db", "a.db"]) is None
    assert modules_for(["report", "--month", "2026-11"]) == ["ui.cli.access_cmds", "ui.cli.quality_cmds"]
    assert modules_for(["nonsense"]) == modules_for(None)   # an unknown command: the full parser says so


def test_an_unknown_command_is_refused_by_the_whole_parser(cli):
    result = cli("--user", "boss", "serach", "华")
    assert result.code == 2
    assert "invalid choice" in result.err and "search" in result.err
