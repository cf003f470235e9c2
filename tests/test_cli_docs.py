"""Every CLI command is documented in the README (a habit borrowed from sqlite-utils)."""

from __future__ import annotations

import argparse

from sitrep.cli import build_parser

from .conftest import REPO


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    return []


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _commands(build_parser())
    assert len(commands) > 10
    missing = [c for c in commands if f"sitrep {c}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_readme_starts_with_the_two_commands():
    head = (REPO / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("make run") for line in head)
    assert any(line.startswith("make test") for line in head)
