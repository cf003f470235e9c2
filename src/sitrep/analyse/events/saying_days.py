"""The day a sentence tells its saying on, not its deed's ("the army said on Thursday that…", « a indiqué le jeudi 20
février 2025 un élu »), and a relative day counted from it ("On 6 January 2025, an NGO reported that in late December…"):
``events.dating`` reads both when it picks the day of a sentence's event among the days it tells.
"""

from __future__ import annotations

import re

from sitrep.analyse.dates import counted_from_report
from sitrep.analyse.events.args import Sentence
from sitrep.model import Precision

# a day right after a reporting verb is the day of saying: "said on Monday they had retaken X on
# Sunday", « a annoncé lundi avoir repris dimanche » (the parser often hangs it on the inner verb)
SAYING_DAY = re.compile(r"\b(?:said|says|announced|reported|stated|claimed|confirmed|declared|added|told\s+\w+|"
                        # the speaker's own day ("Speaking on Tuesday 11 June 2024, residents said that…")
                        r"speaking|spoke|"
                        # the day the news came in ("Information received on 20 March 2024 indicates that…", "News of
                        # the attack reached Niamey only on 12 May 2024: …", « l'information n'est parvenue que le… »)
                        r"(?:news|information|word|reports?|nouvelles?|informations?)\b[^.;:]{0,40}?\b"
                        r"(?:received|reached|emerged|came|re[çc]ue?s?|parvenue?s?)(?:\s+[\w-]+){0,2}?"
                        r"(?:\s+(?:only|que|seulement))?|"
                        r"(?:a|ont)\s+(?:annoncé|déclaré|indiqué|affirmé|confirmé|rapporté|assuré)|"
                        # the day the sources were reached: « selon des sources locales jointes le 13 mai »
                        r"(?:sources?|habitants?|témoins?|responsables?)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:joint|contacté|interrogé|reached|contacted)e?s?|"
                        # the day a statement came out: "a statement issued on Monday", « un communiqué rendu public hier »
                        r"(?:statement|communiqu[ée]|release|déclaration|reports?|rapports?)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:issued|released|published|dated|read|broadcast|aired|rendu\s+public|publié|diffusé|lu|"
                        r"daté(?:\s+du)?)"
                        # where it was read out (« un communiqué lu à la télévision nationale mercredi soir », "read
                        # on state television on Wednesday")
                        r"(?:\s+(?:à|sur|on)\s+(?:la\s+|les\s+|l['’]\s*)?(?:state\s+|national\s+)?"
                        r"(?:télévision|radio|antenne|ondes|television|TV)(?:\s+(?:nationale?s?|publique|d['’]État|"
                        r"[A-Z][\w-]*))?)?)"
                        # an inverted subject between the saying and its day ("said the army on Thursday",
                        # « a indiqué l'armée jeudi »); a French full day keeps its article (« publié le 15 mai »)
                        r"(?:\s+(?:the|l['’]|le|la|les)\s*[\w-]+)?\s+(?:on\s+|ce\s+|le\s+)?"
                        # (the day's weekday before it: "said on Tuesday 11 June 2024", « a déclaré le jeudi 12 septembre »)
                        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:lun|mar|mercre|jeu|vendre|same)di\s+|dimanche\s+)?$",
                        re.IGNORECASE)


# how far before its day a saying may begin ("News of the attack reached Niamey only on 12 May 2024")
SAYING_REACH = 60


def said_on(s: Sentence, d) -> bool:
    """Whether date ``d`` is the day of a saying in sentence ``s`` ("the army said on Thursday")."""
    return bool(SAYING_DAY.search(s.text[max(0, d.span.char_start - s.start - SAYING_REACH):d.span.char_start - s.start]))


def counts_from_the_saying_day(back, chosen) -> bool:
    """Whether the relative day ``back`` was counted from the day ``chosen`` tells ("On 6 January 2025, an NGO reported
    that in late December…", « Le 6 janvier 2025, une ONG a signalé que fin décembre… »): ``chosen`` is the report's
    day, the day of the saying, and ``back`` the deed's, whatever verb the parser hangs ``chosen`` on."""
    iv = chosen.interval
    return counted_from_report(back.interval) and iv.precision == Precision.day and iv.earliest == iv.latest \
        and (back.interval.evidence or "").endswith(iv.earliest.isoformat())

