"""A place named in the phrase that recalls an earlier incident ("a day after the attack on X",
« au lendemain du drame de X », "the perpetrators of the X massacre", « en représailles à l'attaque
de X »): that incident's place, not the place of what the sentence tells.  A reprisal at a nearby
village the next day is told this way, and placing it at the first village would fold two attacks
into one."""

from __future__ import annotations

import re

from sitrep.analyse.recalled_clause import in_recalled_clause

_INCIDENT = (r"(?:attacks?|massacres?|killings?|raids?|ambush(?:es)?|assaults?|bombings?|strikes?|tragedy|"
             r"attaques?|massacres?|drames?|tueries?|raids?|embuscades?|assauts?|frappes?|carnages?)")
# what ties the incident noun to the sentence's act as its antecedent or its cause
_LINK = (r"(?:a\s+day\s+after|the\s+day\s+after|(?:two|three|several|a\s+few)\s+days\s+after|after|following|"
         r"in\s+(?:retaliation|reprisal|response)\s+(?:for|to)|perpetrators?\s+of|those\s+behind|blamed\s+for|"
         r"au\s+lendemain|le\s+lendemain|(?:deux|trois|quelques)\s+jours\s+apr[eè]s|apr[eè]s|suite\s+[aà]|"
         r"en\s+repr[ée]sailles\s+[aà]|auteurs?|responsables?)")
_ARTICLE = r"(?:the\s+|last\s+\w+['’]s\s+|l['’]|la\s+|le\s+|les\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’]|d['’])?"
_SETTLEMENT = r"(?:(?:the\s+)?(?:village|town|commune|locality)\s+of\s+|(?:la\s+)?(?:localit[ée]|commune|ville|village)\s+(?:de\s+|d['’]))?"
# "after the attack on X", « au lendemain du drame de X », "perpetrators of the raid in X"
_BEFORE = re.compile(rf"\b{_LINK}\s+(?:de\s+|d['’]|of\s+)?{_ARTICLE}(?:[\w-]+\s+){{0,2}}?{_INCIDENT}\s+"
                     rf"(?:on|in|at|of|near|de|du|d['’]|contre|[aà]|sur)\s+{_SETTLEMENT}$", re.IGNORECASE)
# "after the X massacre", "following last week's X attack"
_NAMING = re.compile(rf"\b{_LINK}\s+{_ARTICLE}$", re.IGNORECASE)
_NAMED_INCIDENT = re.compile(rf"\s+{_INCIDENT}\b", re.IGNORECASE)
LOOKBACK = 80


def in_recalled_incident(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is named in a phrase recalling an earlier incident."""
    before = text[max(0, start - LOOKBACK):start]
    if _BEFORE.search(before) or in_recalled_clause(text, start, end):
        return True
    return bool(_NAMING.search(before) and _NAMED_INCIDENT.match(text, end))
