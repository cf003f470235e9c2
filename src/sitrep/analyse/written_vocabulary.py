"""The words the analyser writes, read from ``data/written_vocabulary.json``: the one table the readers of text
typed without its accents (``accents``) and wholly in capitals (``letter_case``) take their vocabulary from.

The table is built from the analyser's own tables and modules by ``tools/build_written_vocabulary.py`` (its
docstring says what each part holds), so these readers read data at run time, never the analyser's sources; the
test of this module fails while the shipped table is not what the tree builds.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "written_vocabulary.json"


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def accented_spellings() -> dict[str, str]:
    """Accent-folded lower-case word → its one accented spelling in the French vocabulary (the commoner when it
    has several)."""
    return _table()["accents"]


@lru_cache(maxsize=1)
def accent_homographs() -> frozenset[str]:
    """Folded words that are French words as written too (their accent restored only as a participle)."""
    return frozenset(_table()["unaccented_french"])


@lru_cache(maxsize=1)
def lower_case_words() -> frozenset[str]:
    """Words the analyser's tables and modules' string literals (not their identifiers) write in lower case at least
    as often as with a capital."""
    return frozenset(_table()["lower_words"])


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """spaCy's function words of English and French ("is", "the", "des", "au")."""
    return frozenset(_table()["function_words"])
