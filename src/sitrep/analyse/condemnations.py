"""A condemnation that tells its deed's toll is a statement: « Le Gouvernement condamne avec la dernière rigueur
l'attaque perpétrée le mardi 3 mars contre le marché de X par des individus armés, qui a fait neuf victimes civiles »,
"The government condemned the attack on X, which killed twelve civilians".  The condemning party gives the count: its
communiqué is the source the outlet relays, so it is that party's claim, as ``attribution`` reads a toll given.  A
condemnation that counts nothing (« condamne l'attaque ») stays an act told by the narrator."""

from __future__ import annotations

import re

from sitrep.analyse.fatalities import find_fatalities

CONDEMNING_VERBS = frozenset("condemn deplore condamner déplorer".split())
# the deed condemned, by its noun (« l'attaque », "the attack", « l'embuscade », "the massacre")
_DEED = re.compile(r"\b(?:attaques?|attacks?|assauts?|assaults?|massacres?|tueries?|embuscades?|ambush(?:es)?|killings?|"
                   r"raids?|attentats?|bombings?)\b", re.IGNORECASE)


def condemns_a_counted_deed(verb) -> bool:
    """Whether the reporting verb ``verb`` condemns a deed whose dead its own words count (« qui a fait neuf victimes
    civiles », "which killed twelve")."""
    if verb.lemma_.lower() not in CONDEMNING_VERBS:
        return False
    after = verb.doc[verb.i + 1:verb.sent.end].text
    deed = _DEED.search(after)
    if deed is None:
        return False
    killed, _ = find_fatalities(after[deed.start():], "fr" if verb.lang_ == "fr" else "en")
    return killed is not None and bool(killed.low or killed.high)
