"""Counts written in words, from ``data/numbers_<lang>.tsv``: "seven", « vingt-trois », "dozens" (a floor, as
ACLED codes vague plurals with their lowest reading), and the compounds the tables leave out."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.data_tables import table_rows
from sitrep.regex_codes import word_trie


@lru_cache(maxsize=4)
def number_words(language: str = "en") -> dict[str, tuple[int, bool]]:
    """word → (value, is_floor). A floor ("dozens") gives low=value, high=None."""
    words = {word.lower(): (int(value), kind == "floor")
             for word, value, kind in table_rows("numbers", language, 3)}
    return {**_compounds(words, language), **words}


# the word for one inside a compound ("vingt et un"), which the tables leave out as an article
_COMPOUND_ONE = {"fr": ("un", "une"), "en": ("one",)}


def _compounds(words: dict[str, tuple[int, bool]], language: str) -> dict[str, tuple[int, bool]]:
    """Tens joined to units ("twenty-three", « trente-cinq », « soixante et onze », « quatre-vingt-deux »):
    without them the regex reads only the units word and "twenty-three killed" becomes 3."""
    exact = {w: v for w, (v, floor) in words.items() if not floor and " " not in w}
    units = {w: v for w, v in exact.items() if 1 < v < 20}
    units.update({w: 1 for w in _COMPOUND_ONE.get(language, ())})
    out: dict[str, tuple[int, bool]] = {}
    for tens_word, tens in exact.items():
        if tens < 20 or tens % 10 or tens > 90:
            continue
        stem = tens_word.rstrip("s") if tens_word.endswith("vingts") else tens_word  # « quatre-vingt-un »
        for unit_word, unit in units.items():
            # French counts 70-79 and 90-99 on from 60 and 80 (« soixante-douze » is 72)
            if unit >= 10 and not (language == "fr" and tens in (60, 80)):
                continue
            for joiner in ("-", " ", "-et-", " et "):
                out.setdefault(f"{stem}{joiner}{unit_word}", (tens + unit, False))
    return out


@lru_cache(maxsize=4)
def number_alternation(language: str) -> str:
    # (5,000 characters in English, 8,500 in French, which patterns built per call embed: built once) as a tree of the
    # words' shared beginnings, which matches what their flat alternation longest first matches, with a fraction of
    # the tries at each word of a text (``word_trie``)
    return word_trie(number_words(language))


def parse_number(token: str, language: str = "en") -> tuple[int, bool] | None:
    """(value, is_floor) for "17", "1,200", "seven", "dozens"; None when not a number."""
    t = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", "")), False
    return number_words(language).get(t)
