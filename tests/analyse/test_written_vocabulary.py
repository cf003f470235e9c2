"""The one table of the words the analyser writes (``analyse.written_vocabulary``, built by
``tools/build_written_vocabulary.py``): the shipped table is what the tree builds, and it holds the words the
readers of unaccented and all-capitals text need."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sitrep.analyse import written_vocabulary as vocabulary

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_written_vocabulary.py"


def _builder():
    spec = importlib.util.spec_from_file_location("build_written_vocabulary", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_what_the_tree_builds():
    """Fails when a table or a pattern of the analyser changed and the table was not rebuilt (run the tool)."""
    assert vocabulary.TABLE.read_text(encoding="utf-8") == _builder().build(), "run tools/build_written_vocabulary.py"


def test_the_table_holds_both_readers_words():
    assert vocabulary.accented_spellings()["enleve"] == "enlevé"
    assert "tue" in vocabulary.accent_homographs() and "a" not in vocabulary.accented_spellings()
    assert {"killed", "militants", "soldiers"} <= vocabulary.lower_case_words()
    assert "sahel" not in vocabulary.lower_case_words()  # a name the analyser writes with its capital
    assert {"the", "is", "des", "au"} <= vocabulary.function_words()
