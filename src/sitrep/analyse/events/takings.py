"""A raid's takings told with harm or threat to the people robbed: ACLED codes looting as a strategic
development only when nobody is hurt or threatened; goods or animals taken from people who are beaten,
shot, killed, wounded, tied up or held at gunpoint are violence against those civilians (an attack).

- "assailants looted the shops and shot two shopkeepers who tried to close their doors",
- "bandits tied up the occupants and stole their motorbikes after beating the household head",
- "gunmen threatened the inhabitants with their weapons and forced them to hand over their grain".
"""

from __future__ import annotations

import re

# the people a raid robs or meets: named by their trade, their place, their kin or a pronoun
_PEOPLE = (r"(?:[\w'-]+\s+){0,3}?(?:him|her|them|civilians?|villagers?|residents?|inhabitants|occupants|people|"
           r"m[ae]n|wom[ae]n|boys?|girls?|children|elders?|traders?|shopkeepers?|vendors?|merchants?|drivers?|"
           r"passengers?|herders?|shepherds?|farmers?|owners?|household|family|families|heads?|chiefs?|youths?|"
           r"customers?|travell?ers?|pupils?|teachers?|nurses?|workers?|watchm[ae]n|caretakers?|patients?|worshippers?)\b")
# a harm done to people with one's hands or weapons, or their killing ("killed three men who refused to hand over
# their animals": the victims are named by a noun, which the rules on deaths by pronoun do not see)
_HARM = (r"\b(?:killed|murdered|slaughtered|shot|beat|beaten|beating|whipp(?:ed|ing)|flogg(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|"
         r"tied up|tying up|tortur(?:ed|ing)|assault(?:ed|ing)|rap(?:ed|ing)|stabb(?:ed|ing)|brutali[sz](?:ed|ing)|"
         r"manhandl(?:ed|ing)|mistreat(?:ed|ing)|molest(?:ed|ing)|hack(?:ed|ing))\s+(?:up\s+)?")
# a threat with weapons against people ("at gunpoint", "threatened the inhabitants with their weapons")
_THREAT = (r"\bat (?:gun|knife)-?point\b|\bthreaten(?:ed|ing)\s+" + _PEOPLE +
           r"[^.;]{0,60}?\bwith (?:their |his |)(?:weapons|guns|rifles|firearms|knives|machetes)\b")
HARMED_OR_THREATENED = re.compile(_HARM + _PEOPLE + "|" + _THREAT
                                  + r"|\b(?:frappée?s?|ligotée?s?|blessée?s?|battue?s?)\b|\bsous la menace (?:de leurs |des )?armes\b"
                                  # « ont abattu trois éleveurs et emporté leur bétail »: killed, then robbed
                                  + r"|\b(?:abattu|tué|assassiné|exécuté|égorgé)e?s?\s+(?:[\w'’-]+\s+){0,3}?(?:civils|villageois|habitants|"
                                  r"éleveurs?|bergers?|commerçants?|paysans?|agriculteurs?|cultivateurs?|chauffeurs?|passagers?|"
                                  r"personnes|hommes|femmes|enfants|propriétaires?)\b",
                                  re.IGNORECASE)


def takings_with_violence(text: str) -> bool:
    """Whether ``text`` (a sentence telling goods or animals taken) tells people hurt or threatened for them."""
    return HARMED_OR_THREATENED.search(text) is not None
