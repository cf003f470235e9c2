"""``sitrep CMD`` imports only the module that registers CMD: the table naming it must list every
command each module registers, and a command run through ``main`` must leave the other command
modules unimported (a fresh interpreter asks)."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import textwrap

import pytest

from sitrep.cli import COMMAND_MODULES, COMMANDS, build_parser, command_in


def test_the_table_names_every_command_of_every_module():
    registered = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"sitrep.cli.{name}").register(sub)
        registered.update({command: name for command in sub.choices})
    assert COMMANDS == registered


@pytest.mark.parametrize("argv,command", [
    (["ingest", "a.txt"], "ingest"),
    (["--db", "events", "-vv", "summary"], "summary"),  # a store file named like a command
    (["--db=x.duckdb", "-v", "export", "--format", "csv"], "export"),
    (["--help", "ingest"], None),  # the top-level help lists every command
    (["-v"], None),
    ([], None),
])
def test_the_command_is_found_after_the_top_level_options(argv, command):
    assert command_in(argv) == command


def test_a_parser_for_one_command_parses_it_like_the_whole_parser():
    argv = ["--db", "s.duckdb", "export", "--format", "geojson"]
    one, whole = build_parser(argv).parse_args(argv), build_parser().parse_args(argv)
    assert {k: v for k, v in vars(one).items() if k != "func"} == {k: v for k, v in vars(whole).items() if k != "func"}
    assert one.func.__module__ == whole.func.__module__ == "sitrep.cli.outputs"


def test_a_command_imports_no_other_command_module(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Gunmen attacked a market in the town on Monday, residents said.\n", encoding="utf-8")
    program = textwrap.dedent(f"""
        import contextlib, io, json, sys
        from sitrep.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", {str(tmp_path / "s.duckdb")!r}, "ingest", "--no-analyse", {str(article)!r}])
        print(json.dumps([code, sorted(m for m in sys.modules if m.startswith("sitrep.cli."))]))
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0
    others = {f"sitrep.cli.{m}" for m in COMMAND_MODULES} - {"sitrep.cli.ingest"}
    assert not others & set(modules), modules


def test_an_unknown_command_still_lists_every_command(capsys):
    from sitrep.cli import main

    assert main(["no-such-command"]) == 2
    assert "apply-corrections" in capsys.readouterr().err
