"""A clause that recalls an earlier incident by its outcome to date the sentence's own deed ("gunmen killed six
villagers in X on Thursday, days after an assault on a market in the nearby town of Y left 19 people dead", « …
quelques jours après l'attaque de Y qui avait fait 19 morts »): a round-up's lead tells two incidents in one
sentence, and the recalled one's dead and place are not the deed's.  Without a comma the incident is told as recalled by
a pluperfect relative (« avaient gagné Ouallam après l'attaque qui avait fait dix morts la semaine dernière », "fled after
the raid that had killed ten"): the tense sets it before the sentence's own past.  Its figures are left out of the sentence's
toll (``fatalities``) and its places out of the deed's (``events.placement`` through ``in_recalled_incident``)."""

from __future__ import annotations

import re

# the incident named as the antecedent: an indefinite or definite article, up to three words, the incident noun
_INCIDENT = (r"(?:attacks?|massacres?|killings?|raids?|ambush(?:es)?|assaults?|strikes?|"
             r"(?:car\s+)?bomb(?:ing)?s?|explosions?|attaques?|tueries?|embuscades?|assauts?|frappes?|carnages?)")
_OFFSET = (r"(?:(?:a|one|two|three|four|five|several|a\s+few|just)\s+)?(?:days?|weeks?|hours?)\s+after|"
           r"(?:un|deux|trois|quatre|cinq|quelques)\s+jours\s+apr[eè]s|au\s+lendemain\s+d[eu']")
_ARTICLE = r"(?:an?|the|last\s+\w+['’]s|une?|l['’]|la|le|les|du|des|d['’])"
# from the offset to the clause's end (the next comma, semicolon or full stop)
RECALLED_CLAUSE = re.compile(
    rf"(?<=,)\s+(?:{_OFFSET})\s*{_ARTICLE}\s*(?:[\w-]+\s+){{0,3}}?{_INCIDENT}\b[^,.;]*", re.IGNORECASE)


# "after the attack that had killed ten", « après l'attaque qui avait fait dix morts »: no comma needed, the
# pluperfect relative tells an incident before the sentence's own deed; to the clause's end
_PLUPERFECT_RECALL = (rf"(?:\b(?:apr[eè]s|depuis|after|following|since)\s+{_ARTICLE}\s*(?:[\w-]+\s+){{0,3}}?{_INCIDENT}"
                      r"(?:\s+[\w'’-]+){0,4}?\s+(?:qui|that|which)\s+(?:avai(?:en)?t|had)\s[^,.;]*)")
PLUPERFECT_RECALL = re.compile(_PLUPERFECT_RECALL, re.IGNORECASE)
RECALLED_CLAUSE = re.compile(RECALLED_CLAUSE.pattern + "|" + _PLUPERFECT_RECALL, re.IGNORECASE)


def blank_recalled_clauses(text: str) -> str:
    """``text`` with each recalled incident's clause blanked (same length, so offsets hold)."""
    return RECALLED_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)


def in_recalled_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a clause recalling an earlier incident (the sentence or the
    whole text may be given: a clause ends at the next comma)."""
    return any(m.start() <= start and end <= m.end() for m in RECALLED_CLAUSE.finditer(text, max(0, start - 300), end + 1))


# a sentence whose subject is the story's incident and whose verb sets it after another ("The attack comes after the
# killing of four herders near Tillia earlier in the week", "It came eight days after the assault on X", « L'attaque
# intervient quelques jours après … »): the whole sentence recalls the earlier incident, its figures are that one's
RECALLING_SENTENCE = re.compile(
    rf"^\W*(?:(?:the|this|that|its|l['’]|cette|ce|cet)\s*(?:[\w'’-]+\s+){{0,2}}?{_INCIDENT}|it|this)\s+"
    r"(?:comes?|came|follows?|followed|intervient|survient|est\s+survenue?|intervenait)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:after|on\s+the\s+heels\s+of|apr[eè]s)\b", re.IGNORECASE)


def recalls_an_earlier_incident(sentence: str) -> bool:
    """Whether ``sentence`` sets the story's incident after an earlier one (``RECALLING_SENTENCE``)."""
    return RECALLING_SENTENCE.match(sentence) is not None
