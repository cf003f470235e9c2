"""Durative and habitual statements are background: wire copy frames its news with how long or how
often a conflict has gone on ("Niger has been fighting jihadist groups for more than a decade",
"armed groups regularly attack villages", « l'armée combat depuis plus de dix ans des groupes armés »,
« les jihadistes attaquent régulièrement… »).  Such a clause tells a state or a habit over years, not
one deed on a day, so its mention is marked background (``sitrep.analyse.background``) and fusion
never makes an event of it.

The cue counts only in the clause that holds the mention's trigger: "Niger, which has fought
jihadists for a decade, lost ten soldiers in an attack near Tillaberi" still tells the attack.
A span of days ("since Monday", « depuis lundi ») is news, not duration, and is not a cue.
"""

from __future__ import annotations

import re

from sitrep.analyse.day_words import NEWS_DAY_WORDS
from sitrep.knowledge.months import MONTH_NAME

_COUNT = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|"
          r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs)")
_ABOUT_EN = r"(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|the\s+(?:past|last))\s+)?"
_ABOUT_FR = r"(?:(?:plus\s+de|pr[èe]s\s+de|presque|environ|au\s+moins|bient[ôo]t)\s+)?"

# a span of years the state has lasted: "for more than a decade", "for the past ten years",
# « depuis plus de dix ans », « depuis une décennie », « depuis une dizaine d'années »
_DURATION = re.compile(
    rf"\bfor\s+{_ABOUT_EN}(?:{_COUNT}\s+)?(?:years|decades?)\b"
    rf"|\bfor\s+{_ABOUT_EN}{_COUNT}\s+year\b"
    rf"|\bdepuis\s+{_ABOUT_FR}(?:{_COUNT}\s+)?(?:ans|ann[ée]es|d[ée]cennies?)\b"
    rf"|\bdepuis\s+{_ABOUT_FR}(?:une|deux)\s+(?:dizaines?|quinzaine|vingtaine)\s+d['’]ann[ée]es\b"
    # a state of months (« vivre sous blocus depuis plusieurs mois »; the English "for several months" also opens a
    # recalled deed's paragraph whose toll the count dispute would then read: left out)
    rf"|\bdepuis\s+{_ABOUT_FR}(?:{_COUNT}|des|de\s+longs)\s+mois\b"
    # a state lasting from a moment the text told before: « il combat depuis lors les forces maliennes »
    r"|\bdepuis\s+(?:lors|cette\s+(?:date|époque|période)|ce\s+moment-là|ce\s+moment)\b"
    # a sum over a recent period, not one deed: "dozens … have been killed in recent months", "over the past
    # few weeks", « ces derniers mois », « au cours des derniers mois »
    r"|\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?(?:weeks|months|years)\b"
    r"|\b(?:ces|au\s+cours\s+des|durant\s+les|pendant\s+les)\s+(?:derni(?:er|[èe]re)s\s+)?(?:semaines|mois|ann[ée]es)"
    r"(?:\s+derni(?:er|[èe]re)s)?\b"
    # most of a year or a decade: "has been under a blockade for much of the year", "for most of the past decade",
    # « depuis une bonne partie de l'année », « pendant la majeure partie de l'année »
    r"|\b(?:for|through|throughout)\s+(?:much|most|the\s+better\s+part|a\s+good\s+part)\s+of\s+(?:the\s+|this\s+|last\s+)?"
    r"(?:past\s+)?(?:year|decade)\b"
    r"|\b(?:depuis|pendant|durant)\s+(?:une\s+bonne|une\s+grande|la\s+majeure|la\s+plus\s+grande)\s+partie\s+de\s+"
    r"(?:l['’]ann[ée]e|la\s+d[ée]cennie)",
    re.IGNORECASE,
)
# a war waged as a state, told in the perfect progressive: "the junta has been battling both the separatists and
# jihadists" (a cue only where the sentence counts no one and names no day nor hours: "have been fighting since
# dawn", "for three days" tell the news's own fighting)
_WAGED = re.compile(r"\b(?:has|have|had)\s+been\s+(?:battling|fighting|combating|combatting|waging\s+war)\b",
                    re.IGNORECASE)
_HOURS = re.compile(r"\b(?:dawn|morning|afternoon|evening|night|hours?|days?)\b", re.IGNORECASE)
# a habit: "regularly attack", "frequently ambush", « attaquent régulièrement »; a repetition is one too
# ("have repeatedly targeted army positions", "time and again", « à plusieurs reprises », « à maintes reprises »)
_HABIT = re.compile(
    r"\b(?:regularly|frequently|often|routinely|habitually|repeatedly|r[ée]guli[èe]rement|fr[ée]quemment|souvent|"
    r"r[ée]p[ée]titivement)\b"
    r"|\b(?:time\s+and\s+(?:time\s+)?again|again\s+and\s+again|on\s+(?:several|many|numerous)\s+occasions)\b"
    r"|\b(?:à|a)\s+(?:plusieurs|maintes|de\s+nombreuses)\s+reprises\b"
    # the news set in a run of earlier ones: "The ambush is the latest in a string of attacks on the army", "the
    # latest of a series of raids", « la dernière d'une série d'attaques », « le dernier d'une longue liste »
    r"|\bthe\s+latest\s+(?:in|of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:string|series|spate|wave|spree|succession|"
    r"line|litany|chain)\b"
    r"|\b(?:la\s+derni[èe]re|le\s+dernier)\s+(?:en\s+date\s+)?d['’]une\s+(?:[\w-]+\s+){0,2}?(?:s[ée]rie|succession|"
    r"vague|liste|cha[îi]ne)\b",
    re.IGNORECASE,
)
# a standing hold over a wide area, told in the present: "militants control large parts of the Sahel region",
# "jihadists hold much of the north", « les jihadistes contrôlent de vastes pans du territoire »: no town changes hands
_WIDE_HOLD = re.compile(
    r"\b(?:control|controls|hold|holds|occupy|occupies)\s+(?:(?:large|vast|huge|wide|big|significant)\s+"
    r"(?:parts?|swath(?:e)?s|areas|tracts|stretches|portions)|(?:much|most|parts|swath(?:e)?s)\s+of)\b"
    r"|\b(?:contr[ôo]lent|contr[ôo]le|occupent|occupe)\s+(?:de\s+(?:larges|vastes|grandes|nombreuses)\s+(?:parties|pans|"
    r"portions|zones|étendues)|une\s+(?:grande|large|bonne)\s+partie|la\s+majeure\s+partie)\b",
    re.IGNORECASE,
)
# a number a single deed's toll is told with ("10 soldiers", "five people", « 12 soldats »), not the
# vague sum of a long conflict ("thousands", « des milliers ») nor a year
_CONCRETE_COUNT = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt)\b",
    re.IGNORECASE,
)
# a day the sentence itself names: "on Sunday", "yesterday", "March 3", « lundi », « le 3 mars », « hier »
# (a day of news of ``day_words``, a week named, a date)
_DAY = re.compile(
    rf"\b(?:{NEWS_DAY_WORDS})\b"
    rf"|\b(?:last|this)\s+(?:night|week|weekend)\b|\b(?:cette|la)\s+semaine\b|\bce\s+week-end\b"
    rf"|\b\d{{1,2}}(?:er)?\s+{MONTH_NAME}\b|\b{MONTH_NAME}\s+\d{{1,2}}\b(?!\d)",
    re.IGNORECASE,
)
# where one clause of a sentence ends and the next begins
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s(?:which|who|while|whereas|but|qui|dont|tandis|mais)\s", re.IGNORECASE)


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text``."""
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _trigger_at(text: str, trigger: str) -> int | None:
    """Where the mention's trigger word stands in ``text`` (None when it cannot be found)."""
    if not trigger:
        return None
    m = re.search(rf"\b{re.escape(trigger)}", text, re.IGNORECASE)
    return m.start() if m else None


def holds_a_wide_area(text: str) -> bool:
    """``text`` tells a group's standing hold over a wide area ("control large parts of the Sahel region"), a
    state that frames the news: no seizure, and no one town whose control it could record."""
    return bool(_WIDE_HOLD.search(text))


def names_a_day(text: str) -> bool:
    """``text`` names the day (or the week) of what it tells."""
    return bool(_DAY.search(text))


def durative_or_habitual(text: str, trigger: str = "") -> bool:
    """``text`` tells the mention whose trigger is ``trigger`` as a state lasting years or as a
    habit, in the clause that holds the trigger (in the whole sentence when the trigger is not found),
    and no other clause counts a deed's victims ("…, lost 10 soldiers in an attack")."""
    cues = [m.start() for pattern in (_DURATION, _HABIT, _WIDE_HOLD) for m in pattern.finditer(text)]
    if not _CONCRETE_COUNT.search(text) and not _HOURS.search(text):
        cues += [m.start() for m in _WAGED.finditer(text)]
    if not cues:
        return False
    clauses = _clauses(text)
    framing = [c for c in clauses if any(c[0] <= cue < c[1] for cue in cues)]
    if any(_CONCRETE_COUNT.search(text, a, b) for a, b in clauses if (a, b) not in framing):
        return False
    at = _trigger_at(text, trigger)
    return at is None or any(a <= at < b for a, b in framing)
