"""A named person's fate in a sentence: "their driver was killed", « le chauffeur a été libéré ».

The words both readers of fates share: fusion compares the fates independent sources tell of one
person (``sitrep.fuse.fates``), and the claims stage keeps an unnamed source's statement that tells
one (``sitrep.analyse.claims``): fusion reads the fate from the claim.
"""

from __future__ import annotations

import re

# one person known by their role, English and French words for one role sharing a key
_ROLES = {
    "driver": r"driver|chauffeur|conducteur",
    "guide": r"guide",
    "pilot": r"pilot|pilote",
    "hostage": r"hostage|otage",
    "engineer": r"engineer|ing[ée]nieur",
    "worker": r"worker|ouvrier|travailleur",
    "journalist": r"journalist|journaliste",
    "teacher": r"teacher|enseignant|instituteur",
    "priest": r"priest|pr[êe]tre|cur[ée]|abb[ée]",
    "nurse": r"nurse|infirmi[eè]re?",
    "doctor": r"doctor|m[ée]decin",
    "interpreter": r"interpreter|interpr[èe]te",
    "guard": r"guard|gardien|vigile",
    "chief": r"village\s+chief|chef\s+(?:du\s+)?village|chef\s+coutumier",
    "imam": r"imam",
}
# a participle told of the person ("was killed", « a été retrouvé mort ») or an intransitive verb
# ("died", « s'est échappé »), so that "the driver said the soldiers were killed" tells no fate
_AUX = r"(?:was|is|has\s+been|had\s+been|a\s+[ée]t[ée]|est|[ée]tait|avait\s+[ée]t[ée])\s+(?:\w+\s+)?"
_DEAD = (rf"{_AUX}(?:found\s+dead|killed|executed|slain|murdered|shot\s+dead|retrouv[ée]e?\s+morte?|tu[ée]e?|"
         rf"ex[ée]cut[ée]e?|abattue?|d[ée]c[ée]d[ée]e?)|died|a\s+succomb[ée]|est\s+morte?")
_ALIVE = (rf"{_AUX}(?:released|freed|let\s+go|unharmed|unhurt|safe|alive|lib[ée]r[ée]e?|rel[âa]ch[ée]e?|"
          rf"sain\s+et\s+sauf|saine\s+et\s+sauve|indemne|vivante?)|escaped|s'est\s+[ée]chapp[ée]e?|a\s+pu\s+s'enfuir")
# the role, then its fate within the same clause (no sentence end, a few words between)
_GAP = r"(?:[^.!?;\n]{0,40}?\s)?"
_FATE = re.compile(
    rf"\b(?P<role>{'|'.join(f'(?P<{k}>{p})' for k, p in _ROLES.items())})\b(?!s\b|x\b),?\s*"
    rf"{_GAP}(?:(?P<dead>{_DEAD})|(?P<alive>{_ALIVE}))\b",
    re.IGNORECASE,
)


def fates_in(sentence: str) -> list[tuple[str, str, str]]:
    """(role key, "dead" or "alive", the words that tell it) for each single person's fate told."""
    out = []
    for m in _FATE.finditer(sentence):
        role = next(k for k in _ROLES if m.group(k))
        out.append((role, "dead" if m.group("dead") else "alive", m.group(0)))
    return out
