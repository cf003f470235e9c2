"""The import graph keeps the contract in pyproject.toml ([tool.importlinter]): a one-way flow
ingest → analyse → store → fuse → query → serve over the bottom layer (knowledge, model, errors,
config), a store that decides nothing, and no import cycles.  import-linter reads the graph from the
source of the ``sitrep`` package under test, as ``lint-imports`` does in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sitrep

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "pyproject.toml"
SOURCE = Path(sitrep.__file__).resolve().parents[1]  # the src/ folder holding the tested package

pytestmark = pytest.mark.timeout(600)


def _lint(source: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(source)}
    code = ("import sys; from importlinter.cli import lint_imports; "
            f"sys.exit(lint_imports(config_filename={str(CONFIG)!r}, no_cache=True, no_logo=True))")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          cwd=str(source))


def test_the_package_keeps_the_import_contract():
    result = _lint(SOURCE)
    assert result.returncode == 0, result.stdout + result.stderr


def _python_only(src: str, names: list[str]) -> list[str]:
    """copytree filter: the package's Python files and folders, not its data or web assets."""
    return [n for n in names if not (n.endswith(".py") or os.path.isdir(os.path.join(src, n)))]


@pytest.mark.parametrize("module,line,broken", [
    ("store/_reads_fusion.py", "import sitrep.fuse", "sitrep.store is not allowed to import sitrep.fuse"),
    ("knowledge/_runs_analysis.py", "from sitrep.analyse import Analyzer",
     "sitrep.knowledge is not allowed to import sitrep.analyse"),
    ("store/_dedups.py", "from sitrep.ingest import dedup", "sitrep.store is not allowed to import sitrep.ingest"),
    ("_new_package/__init__.py", "", "_new_package"),  # every top-level module must have its layer
])
def test_an_import_against_the_flow_breaks_the_contract(tmp_path, module, line, broken):
    """The same check on a copy of the package with one edge added against the flow fails, naming it."""
    copy = tmp_path / "src"
    shutil.copytree(SOURCE / "sitrep", copy / "sitrep", ignore=_python_only)
    target = copy / "sitrep" / module
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f'"""An edge added by the test."""\n{line}\n', encoding="utf-8")
    result = _lint(copy)
    assert result.returncode != 0
    assert broken in result.stdout + result.stderr


def _size_check():
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_sizes", REPO / "tools" / "check_sizes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_modules_and_functions_stay_small_and_packages_state_their_imports():
    """No module over 500 lines, no function over 80 (the listed data tables aside), and every
    package's ``__init__`` says what it may import (tools/check_sizes.py)."""
    assert _size_check().findings(SOURCE) == []


def test_the_size_check_finds_a_long_function(tmp_path):
    copy = tmp_path / "src" / "sitrep"
    (copy / "stage").mkdir(parents=True)
    (copy / "stage" / "__init__.py").write_text('"""A stage."""\n', encoding="utf-8")
    (copy / "stage" / "long.py").write_text("def long():\n" + "    x = 1\n" * 90, encoding="utf-8")
    found = _size_check().findings(tmp_path / "src")
    assert found == ["sitrep/stage/__init__.py: the package docstring does not say what it may import",
                     "sitrep/stage/long.py:long: 91 lines (limit 80)"]
