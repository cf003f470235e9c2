"""The dead of a killing told by a pronoun standing for people counted in the sentence before it: "armed men seized
four herders. They were later found dead.", "Dozo hunters seized four herders. They killed them the same evening.",
« les FAMa ont arrêté six bergers. Ils les ont exécutés », and the dead told as a part of them by « en » (« Ils en ont
exécuté neuf »).  ``sitrep.analyse.fatality_victims.pronoun_toll`` reads the same within one sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.analyse.fatality_victims import counted_before
from sitrep.analyse.number_words import number_alternation, parse_number
from sitrep.model import Fatalities

# the pronoun's killing, by language: the people it stands for are the object ("killed them", « les ont exécutés »)
# or the subject of a death ("They were later found dead", « Ils ont été retrouvés morts »)
_ADVERB = {"en": r"(?:later|then|subsequently|eventually|all|both|reportedly)",
           "fr": r"(?:ensuite|plus\s+tard|alors|aussitôt|tous|toutes|sommairement|froidement|finalement|par\s+la\s+suite)"}
_KILLING_OF_THEM = {
    "en": (r"\b(?:killed|executed|shot\s+dead|murdered|beheaded|slaughtered|massacred|hanged)\s+(?:them|all\s+of\s+them)\b"
           r"|\b(?:shot|burned|burnt|beat|stabbed|hacked|stoned)\s+them\s+(?:dead|to\s+death|alive)\b"
           r"|\bthey\s+were\s+(?:{adv}\s+){{0,2}}(?:found\s+dead|found\s+killed|killed|executed|shot\s+dead|murdered|beheaded)\b"),
    "fr": (r"\bles\s+(?:ont|avaient|auraient|a|avait)\s+(?:{adv}\s+){{0,2}}(?:tué|exécuté|abattu|assassiné|égorgé|massacré|"
           r"achevé)[es]*\b"
           r"|\b(?:ils|elles)\s+(?:ont|avaient|auraient)\s+été\s+(?:{adv}\s+){{0,2}}(?:retrouvée?s\s+(?:morte?s|sans\s+vie)|"
           r"tuée?s|exécutée?s|abattue?s|assassinée?s|égorgée?s)\b"),
}
# « Ils en ont exécuté neuf »: the dead a part of those counted before, their count after the verb
_KILLING_OF_SOME = {
    "fr": r"\ben\s+(?:ont|avaient|auraient|a|avait)\s+(?:{adv}\s+){{0,2}}(?:tué|exécuté|abattu|assassiné|égorgé|massacré)\s+"
          r"(?P<n>\d+|{numbers})\b(?!\s+(?:autres?\b|[\w'’\-]+s\b))",
}


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    adv = _ADVERB.get(language, "(?!)")
    them = _KILLING_OF_THEM.get(language)
    some = _KILLING_OF_SOME.get(language)
    return (re.compile(them.format(adv=adv), re.IGNORECASE) if them else None,
            re.compile(some.format(adv=adv, numbers=number_alternation(language)), re.IGNORECASE) if some else None)


def part_killed(text: str, language: str) -> Fatalities | None:
    """« Ils en ont exécuté neuf »: the count after the verb of a killing of some of « en »."""
    some = _patterns(language)[1]
    m = some.search(text) if some is not None else None
    parsed = parse_number(m.group("n"), language) if m else None
    if m is None or parsed is None:
        return None
    return Fatalities(low=parsed[0], high=None if parsed[1] else parsed[0], phrase=m.group(0), kind="killed")


def kills_them(text: str, language: str) -> bool:
    """Whether ``text`` tells a killing of "them" (``_KILLING_OF_THEM``), whose people a sentence before counts."""
    them = _patterns(language)[0]
    return them is not None and them.search(text) is not None


def pronoun_toll_told_before(text: str, before: str, language: str) -> Fatalities | None:
    """The dead of a killing of "them" in ``text`` whose people were counted in ``before``, the sentence told just
    before it; None when ``text`` kills no pronoun or ``before`` counts no people."""
    them = _patterns(language)[0]
    m = them.search(text) if them is not None else None
    if m is None:
        return None
    counted = counted_before(before, len(before), language)
    if counted is None:
        return None
    return Fatalities(low=counted[0], high=None if counted[1] else counted[0], phrase=m.group(0), kind="killed")


def previous_sentence(document: str, start: int) -> str:
    """The sentence told just before offset ``start`` of ``document``, in the same paragraph."""
    earlier = document[:start].rstrip()
    earlier = earlier[earlier.rfind("\n") + 1:]
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"“])", earlier)
    return parts[-1] if parts else ""
