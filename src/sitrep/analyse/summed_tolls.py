"""A toll summed over several incidents: "Fifteen people were killed in two separate attacks on Friday",
"at least 40 dead in a series of attacks", « quinze morts dans deux attaques distinctes ».

A wire's lead often adds up the day's incidents before telling each in its own paragraph.  The sum is no
incident's toll: ACLED codes each attack with its own dead, and a sum fused into one of them reads as a second
source's toll (a false dispute, or the same dead counted twice).  The sentence still tells that attacks took
place; only its figure is left to the sentences that tell each attack.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.number_words import number_words

# the deeds counted, in the plural ("attacks", « attaques »), after a count of them or a word of series
_DEEDS = {
    "en": r"(?:separate\s+|distinct\s+|different\s+|simultaneous\s+|coordinated\s+|related\s+|deadly\s+|jihadist\s+|"
          r"militant\s+|armed\s+|suspected\s+jihadist\s+)?(?:attacks|raids|ambushes|assaults|incidents|strikes|clashes|"
          r"massacres|bombings|explosions|blasts)",
    "fr": r"(?:attaques|raids|embuscades|assauts|incidents|frappes|affrontements|massacres|explosions)"
          r"(?:\s+(?:distinctes|séparées|simultanées|coordonnées|meurtrières|jihadistes|djihadistes|armées))?",
}
_SERIES = {
    "en": r"several|multiple|both|a\s+(?:series|string|spate|wave|number)\s+of|twin|a\s+pair\s+of",
    "fr": r"plusieurs|les\s+deux|une\s+(?:série|vague|succession)\s+d['’]\s*|deux\s+séries\s+d['’]\s*",
}
_BEFORE = {
    "en": r"\b(?:in|during|across|from|by|after)\s+(?:the\s+)?",
    "fr": r"\b(?:dans|lors\s+d['’]\s*|lors\s+des?|au\s+cours\s+d['’]\s*|au\s+cours\s+des?|par|après)\s*",
}


@lru_cache(maxsize=4)
def _summed(language: str) -> re.Pattern[str]:
    lang = language if language in _DEEDS else "en"
    counts = sorted((w for w, (v, floor) in number_words(lang).items() if not floor and 2 <= v <= 20),
                    key=len, reverse=True)
    count = r"(?:\d+|" + "|".join(re.escape(w) for w in counts) + r"|" + _SERIES[lang] + r")"
    return re.compile(_BEFORE[lang] + count + r"\s*" + _DEEDS[lang] + r"\b", re.IGNORECASE)


# two deeds told one by one in the sentence that counts their dead: "killed ... in an attack by jihadists on Saturday
# and a reprisal raid by a militia the next day", « tués dans une attaque samedi et un raid de représailles le
# lendemain »: the same sum as "in two attacks"
_ONE_DEED = {
    "en": r"(?:attack|raid|ambush|assault|massacre|bombing|strike|reprisal)",
    "fr": r"(?:attaque|raid|embuscade|assaut|massacre|frappe|représailles|expédition\s+punitive)",
}
_TWO_DEEDS = {
    "en": re.compile(r"\b(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?" + _ONE_DEED["en"] + r"\b[^.;]{0,100}?"
                     r"\band\s+(?:an?|another|then\s+an?)\s+(?:[\w-]+\s+){0,2}?" + _ONE_DEED["en"] + r"\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:dans|lors\s+d['’])\s*une?\s+(?:[\w-]+\s+){0,2}?" + _ONE_DEED["fr"] + r"\b[^.;]{0,100}?"
                     r"\b(?:et|puis)\s+(?:d['’]\s*)?(?:une?|une\s+autre|un\s+autre)\s+(?:[\w-]+\s+){0,2}?" + _ONE_DEED["fr"] + r"\b",
                     re.IGNORECASE),
}


def summed_over_incidents(text: str, language: str = "en") -> bool:
    """Whether the deaths the sentence counts are told as those of several incidents added up ("in two attacks", "in
    an attack ... and a reprisal raid ...")."""
    two = _TWO_DEEDS.get(language, _TWO_DEEDS["en"])
    return _summed(language).search(text) is not None or two.search(text) is not None
