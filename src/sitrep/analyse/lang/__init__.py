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
