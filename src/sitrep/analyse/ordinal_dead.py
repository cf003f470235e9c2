"""A death told by its rank after a toll ("three guests were killed and a fourth later bled to death",
« trois civils ont été tués ; un quatrième a succombé »): the ordinal numbers the dead, so the toll is at least the
rank told, never the toll plus one more on top of a rank that already counts them."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.model import Fatalities

# the ranks a note tells one more dead by; beyond ten a note gives a figure
_ORDINALS = {
    "en": {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10},
    "fr": {"deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
           "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10},
}
# the words by which the ranked one dies (a death, never a wound: "a fourth was wounded" adds nobody)
_DIES = {
    "en": r"(?:(?:later|subsequently|also|then)\s+)?(?:died|succumbed|perished|bled\s+to\s+death|lost\s+(?:his|her)\s+life|"
          r"(?:was|had\s+been)\s+(?:killed|shot\s+dead|found\s+dead|fatally\s+(?:wounded|injured|shot)))\b",
    "fr": r"(?:(?:a|avait|est)\s+(?:\w+\s+)?)(?:succombé|péri|décédée?|morte?|perdu\s+la\s+vie|trouvé\s+la\s+mort|"
          r"été\s+(?:tuée?|abattue?|retrouvée?\s+(?:morte?|sans\s+vie)|mortellement\s+blessée?))\b",
}
_ARTICLE = {"en": r"(?:a|the)", "fr": r"(?:un|une|le|la)"}


@lru_cache(maxsize=4)
def _ranked_death(language: str) -> re.Pattern[str] | None:
    if language not in _ORDINALS:
        return None
    ranks = "|".join(sorted(_ORDINALS[language], key=len, reverse=True))
    # (the rank may name who: "a fourth guest", « un quatrième passager »)
    return re.compile(rf"\b{_ARTICLE[language]}\s+(?P<rank>{ranks})\b(?:\s+[\w'’\-]+)?\s+{_DIES[language]}", re.IGNORECASE)


def with_ranked_death(text: str, killed: Fatalities | None, language: str) -> Fatalities | None:
    """The toll raised to the rank of a death told after it, when the rank is one past the toll ("three … killed and a
    fourth later died" is 4; "two were killed … a fourth died" leaves the gap to the toll told)."""
    pattern = _ranked_death(language)
    if pattern is None or killed is None or killed.low is None or killed.kind != "killed":
        return killed
    for m in pattern.finditer(text):
        rank = _ORDINALS[language][m.group("rank").lower()]
        if rank == killed.low + 1:
            return killed.model_copy(update={"low": rank, "high": None if killed.high is None else rank,
                                             "phrase": f"{killed.phrase}; {m.group(0).strip()}"})
    return killed
