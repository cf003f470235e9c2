"""Name keys that survive transliteration, shared by the actor base, the gazetteer and persons.

Sahel names reach English news through French, Arabic and Tamasheq spellings: "Ti-n-Zaouâtene",
"Tinzawatene", "Tinzahuaten" are one place; "Elmaouloud"/"Elmaould" one name.  Instead of listing
every spelling we compare *keys*: accents off, lower case, non-letters dropped, French "ou" and
Spanish-style "hu"+vowel read as "w", "q" as "k", "h" after a vowel dropped, doubled letters
collapsed, a final "e" dropped.  ``skeleton`` goes further (vowels after the first letter dropped)
for persons, whose vowels vary most.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_NON_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"(.)\1+")
_VOWEL_H = re.compile(r"([aeiouy])h")
_HU_VOWEL = re.compile(r"hu(?=[aeio])")
_U_VOWEL = re.compile(r"(?<=[^aeiou])u(?=[aeio])")
_LATIN_EXTRA = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u2018-\u201F]")


def is_latin(text: str) -> bool:
    """True when ``text`` is written in the Latin script (alternate names in other scripts are skipped)."""
    return not _LATIN_EXTRA.search(text)


def fold_name(text: str) -> str:
    """Accents off, lower case, typographic apostrophes made plain; spacing kept."""
    return unidecode(unicodedata.normalize("NFC", text)).lower().strip()


# Place surfaces and gazetteer names are short and recur over and over within and across documents
# (folding them was a tenth of the places stage): one memo per process, shared by the place modules.
# Not for running text, which would only fill the memo.
fold_place_name = lru_cache(maxsize=1 << 15)(fold_name)


def alias_key(text: str) -> str:
    """Key for actor aliases: folded, punctuation and spacing collapsed to single spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", fold_name(text)))


@lru_cache(maxsize=262144)
def place_key(text: str) -> str:
    """Transliteration-tolerant key for a place name (see the module docstring)."""
    s = _NON_LETTER.sub("", fold_name(text))
    if not s:
        return ""
    s = s.replace("ou", "w")
    s = _HU_VOWEL.sub("w", s)
    s = _U_VOWEL.sub("w", s)
    s = s.replace("q", "k").replace("dj", "j")
    s = _VOWEL_H.sub(r"\1", s)
    s = _DOUBLE.sub(r"\1", s)
    if len(s) > 3 and s.endswith("e"):
        s = s[:-1]
    return s


def skeleton(token: str) -> str:
    """A vowel-light consonant skeleton of one word: first letter kept, later vowels dropped."""
    k = place_key(token)
    if not k:
        return ""
    return k[0] + re.sub(r"[aeiouyw]", "", k[1:])


def exact_key(text: str) -> str:
    """Key of a name as written (accents and punctuation off, nothing transliterated), prefixed
    with "=" so it shares the gazetteer's name dict with ``place_key`` keys without colliding."""
    return "=" + _NON_LETTER.sub("", fold_name(text))
