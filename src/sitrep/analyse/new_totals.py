"""Whether a sentence gives a death toll as its new total (« ce qui porte le bilan à huit morts », "the toll rose to
9", « Le bilan … s'est alourdi à neuf morts »): the dead told with it or right after it (a wounded man who died) are
inside that figure, not more to add to the toll told before."""

from __future__ import annotations

import re

from sitrep.analyse.fatalities import _blank, _patterns, _running_total
from sitrep.analyse.fatality_words import vocab


def tells_new_total(text: str, language: str = "en") -> bool:
    """Whether ``text`` gives a toll as its new total (« ce qui porte le bilan à huit morts », "the toll rose to 9"):
    the dead told with it (a wounded man who died) are inside that figure, not more to add to the toll told before.
    A running total over several incidents (« le bilan de la semaine ») is no total of this event."""
    p = _patterns(language)
    text = _running_total(language).sub(_blank, text)
    update = p.toll_update.search(text)
    # (the toll named as the subject, far from its new figure: « Le bilan de l'explosion … survenue jeudi près de X,
    # dans le cercle de Y, s'est alourdi à neuf morts »)
    if update is None:
        return _AGAINST_AN_EARLIER_TOLL.search(text) is not None and _DEAD.search(text) is not None
    return p.toll.search(text) is not None or _TOLL_NOUN.search(text, 0, update.start()) is not None


_DEAD = re.compile(r"\b(?:tu[ée]e?s|morts|décès|victimes|killed|dead|deaths|died)\b", re.IGNORECASE)


# a toll set against the one first told (« Dix-neuf civils ont été tués …, contre neuf annoncés initialement », "19
# people were killed, up from nine", "compared with nine first reported"): the figure is the new total.  Not
# ``revised_tolls.earlier_figure``'s reading, which must read the earlier figure itself to find the report it revises
# (a number right after « contre » or "up from"); here any words of a first telling will do, the figure unread
_AGAINST_AN_EARLIER_TOLL = re.compile(
    r"\bcontre\s+(?:[\w-]+\s+){1,2}?(?:annoncée?s?|avancée?s?|rapportée?s?|évoquée?s?|dénombrée?s?|recensée?s?)\s+"
    r"(?:initialement|précédemment|auparavant|d['’]abord|la\s+veille|dans\s+un\s+premier\s+temps)\b"
    r"|\bup\s+from\s+(?:an?\s+)?(?:earlier|initial|previous|first)?\s*(?:toll\s+of\s+)?[\w-]+\b"
    r"|\b(?:compared\s+(?:with|to)|against)\s+(?:[\w-]+\s+){1,2}?(?:initially|first|earlier|previously)\s+(?:reported|announced|given)\b",
    re.IGNORECASE)


# a toll named as such, in the languages read: the subject of a verb that gives it a new figure
_TOLL_NOUN = re.compile(r"\b(?:(?:death\s+)?toll|bilan|nombre\s+de\s+(?:morts|victimes|tués|décès)|"
                        r"number\s+of\s+(?:dead|deaths|victims|fatalities))\b", re.IGNORECASE)


def wounded_inside_new_total(told: str, sentence: str, language: str) -> bool:
    """Whether ``sentence`` tells wounded who died after ``told``, the event's sentence, gave the toll as its new total
    (« Le bilan … s'est alourdi à neuf morts … Deux blessés ont succombé dans la nuit »): the rise they explain is in
    that total, nothing to add."""
    died = vocab(language)[0].get("wounded_died")
    return bool(died and re.search(died, sentence, re.IGNORECASE) and tells_new_total(told, language))
