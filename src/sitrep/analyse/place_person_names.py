"""A name the model reads as a place that the text shows to be a person's: "Gorane Dicko ... relative of Harouna
Dicko" (the model tags the first "Dicko" a place, the second a person's surname), "Dicko's men", « les hommes de
Jafar Dicko », "fighters loyal to Koufa".

Sahel surnames (Dicko, Diallo, Sidibé, Koufa, Maïga) are also, or nearly, the names of villages, and the gazetteer
then offers its nearest spelling ("Dicko" reached Mali's Diko, 1,100 km from the Burkinabe event).  Only a name the
gazetteer lacks as written is set aside this way: a village it has by that very name is left to the usual
evidence, since a leader's men may well attack the village that bears his family's name.
"""

from __future__ import annotations

import re

from sitrep.analyse.leaders_men import FOLLOWERS_AFTER_NAME, FOLLOWERS_BEFORE_NAME
from sitrep.knowledge.names import fold_name

_GIVEN_NAME = re.compile(r"(?-i:[A-ZÀ-Þ])[\w'’-]+\s+$")
# how far before a name the followers' words are read ("the men of the jihadist preacher X")
_BEFORE_CHARS = 60


def persons_name(doc, text: str, start: int, end: int, surface: str) -> bool:
    """Whether the place entity ``surface`` at ``start``–``end`` of ``text`` (the text of spaCy ``doc``) is a
    person's name by the text itself: the last word of a person the model names elsewhere in the text, or a
    leader told by his followers before or after the name."""
    if re.match(FOLLOWERS_AFTER_NAME, text[end:end + 40], re.IGNORECASE):
        return True  # "Dicko's men", "Koufa's fighters"
    before = text[max(0, start - _BEFORE_CHARS):start]
    # (the given name may stand between: « les hommes de Jafar Dicko »)
    if any(re.search(FOLLOWERS_BEFORE_NAME, b, re.IGNORECASE) for b in (before, _GIVEN_NAME.sub("", before))):
        return True  # "the men of Dicko", « les hommes de Jafar Dicko »
    folded = fold_name(surface)
    return any(len(ent) > 1 and fold_name(ent[-1].text) == folded
               for ent in doc.ents if ent.label_ in ("PERSON", "PER") and not (ent.start_char < end and start < ent.end_char))
