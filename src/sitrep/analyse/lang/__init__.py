"""Per-language vocabulary used by the analysis stages (dates, person roles, place cues).

Each language module defines the same names (see ``en``); ``vocab(language)`` returns the module,
falling back to English for languages without a table yet.
"""

from __future__ import annotations

import importlib
from types import ModuleType


def vocab(language: str | None) -> ModuleType:
    lang = (language or "en")[:2]
    try:
        return importlib.import_module(f"sitrep.analyse.lang.{lang}")
    except ModuleNotFoundError:
        return importlib.import_module("sitrep.analyse.lang.en")


# the languages with a table of their own
LANGUAGES = ("en", "fr")


def months_of_every_language(language: str | None) -> dict[str, int]:
    """Month names of every table (another's in full), ``language``'s own winning a clash: a note in one language may copy a date from
    a source in another ("On 4 mars 2024, militants…"), which a day and a year around the name make unambiguous."""
    months: dict[str, int] = {}
    for other in LANGUAGES:
        table = vocab(other).MONTHS
        # (full names only: another language's abbreviation may be a word of this one, or a dispatch's dateline in a
        # form its letterhead does not read, « BAMAKO, 20 oct 2027 (AFP) », which would date the story's deed)
        months.update({name: month for name, month in table.items()
                       if not any(len(full) > len(name) and full.startswith(name) and table[full] == month
                                  for full in table)})
    months.update(vocab(language).MONTHS)
    return months
