"""Armed defenders who stood against an attack: ACLED codes an attack met by armed, organised people (VDP,
hunters, Koglweogo, soldiers) as a battle, whoever else died and whoever won ("militants attacked the village,
killing four civilians and two VDP who tried to defend it"; "volunteers resisted for an hour").  Unarmed people
who resist a robbery are not here: only the armed, named as such, turn an attack into a fight.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.armed_lexicon import armed_forms

# armed, organised defenders of a place (the state's or a community's)
DEFENDERS = "(?:" + armed_forms("defender") + ")"  # from the one list of armed people's words
# their standing against the attackers, told before or after them
DEFENDERS_RESISTED = (r"\b" + DEFENDERS + r"\b[^.;]{0,40}?\b(?:resisted|(?:tried|attempted|sought) to "
                      r"(?:defend|protect|resist|repel|push back|hold off|fend off))\b")
RESISTED = re.compile(DEFENDERS_RESISTED, re.IGNORECASE)


def defenders_resisted(text: str) -> bool:
    """Whether ``text`` tells armed defenders standing against an attack (resisting, trying to defend)."""
    return RESISTED.search(text) is not None
