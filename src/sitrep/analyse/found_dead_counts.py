"""People counted, then told found dead however long what befell them before ("four traders kidnapped a week earlier on
the Djibo road were found lifeless", « cinq bergers enlevés mardi près du marché de X ont été retrouvés sans vie »):
only people are found dead, so the description between the count and the finding may run longer than the few words
a toll's other counts allow."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.fatality_words import vocab as _vocab
from sitrep.analyse.number_words import number_alternation as _number_alternation

# the state the people were found in
_FOUND_IN = {
    "en": r"(?:dead|lifeless|murdered|executed|shot\s+dead|with\s+their\s+throats\s+(?:slit|cut))",
    "fr": r"(?:morte?s?|sans\s+vie|tuée?s?|exécutée?s?|égorgée?s?|assassinée?s?)",
}


# a figure that measures a time or a distance counts nobody ("a herder who had gone missing two days earlier was found
# dead" is one)
_NOT_A_MEASURE = (r"(?!\s*(?:days?|hours?|weeks?|months?|years?|nights?|km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|"
                  r"jours?|heures?|semaines?|mois|ans|années|nuits?|kilomètres?|mètres?)\b)")


@lru_cache(maxsize=4)
def found_dead_pattern(language: str) -> re.Pattern[str] | None:
    """A count (groups ``qual`` and ``num``, as the toll's other figures), its description, then the finding; the
    description holds no other figure and no word of wounds or death, lest two counts be read as one."""
    if language not in _FOUND_IN:
        return None
    v = _vocab(language)[0]
    num = rf"(?<!\w)(?!(?:19|20)\d\d)(?P<num>\d+|{_number_alternation(language)})(?!\w){_NOT_A_MEASURE}"
    free = rf"(?:[\s,]+(?!(?:{v['kill_words']}|{v['inj_words']}|\d+|{_number_alternation(language)})\b)[\w'’\-]+)"
    return re.compile(rf"{v['qual']}{num}(?P<who>{free}{{1,14}}?)[\s,]+{v['aux']}\s+{v['found_as']}\s+{_FOUND_IN[language]}\b",
                      re.IGNORECASE)
