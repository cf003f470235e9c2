"""Every CLI command is documented in the README (a habit borrowed from sqlite-utils): the parser is
walked, so nested sub-commands (``sitrep gazetteer lookup``) count too, and a command is found only
under its whole name (``sitrep actor`` is not found inside ``sitrep actors``)."""

from __future__ import annotations

import argparse
import re

from sitrep.cli import build_parser

from tests.conftest import REPO


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[str]:
    """Every command under ``parser`` as its words after ``sitrep``, sub-commands of sub-commands too."""
    paths: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                paths.append(" ".join((*prefix, name)))
                paths += command_paths(child, (*prefix, name))
    return paths


def named_in(text: str, path: str) -> bool:
    """``sitrep PATH`` appears in ``text`` as whole words (followed by neither a letter nor a dash)."""
    return re.search(r"(?<![\w-])sitrep " + re.escape(path) + r"(?![\w-])", text) is not None


def test_the_walk_finds_nested_commands_and_matches_whole_names():
    paths = command_paths(build_parser())
    assert "gazetteer import" in paths and "gazetteer lookup" in paths and "events" in paths
    assert len(paths) == len(set(paths))
    assert not named_in("run `sitrep actors --all`", "actor")
    assert not named_in("run `sitrep apply-corrections`", "apply")
    assert named_in("run `sitrep actor NAME`", "actor") and named_in("`sitrep gazetteer lookup`", "gazetteer lookup")


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = command_paths(build_parser())
    assert len(commands) > 10
    missing = [c for c in commands if not named_in(readme, c)]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_readme_starts_with_the_two_commands():
    head = (REPO / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("make run") for line in head)
    assert any(line.startswith("make test") for line in head)
