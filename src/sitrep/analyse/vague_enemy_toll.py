"""An institution's toll that pairs an exact count of its own dead with a vague count of the enemy's.

Armies and governments tell a fight as "put the number of soldiers killed at eight … and said 'dozens of terrorists'
had been neutralised", « huit militaires tués … et des dizaines de terroristes neutralisés ».  The vague plural
reads as ACLED's floor (12 for "dozens"), larger than the exact count, so it stood alone as the sentence's toll and
the exact count was lost.  ACLED sums both sides' dead (8 + 12, open above), as ``side_tolls.with_own_losses``
does for "Army losses stood at 5, while 12 assailants were neutralised"; the sum keeps both parts in its phrase, so
that fusion compares the exact count with the figures other outlets give of the same dead ("at least nine soldiers",
said security sources: ``sitrep.fuse.disputes``) and the vague words mask no dispute.
"""

from __future__ import annotations

import re

from sitrep.analyse.side_tolls import Finder
from sitrep.model import Fatalities

# the words an army's communiqué uses for the fighters it fought, in English and French
_ENEMY_FIGHTERS = (r"terrorists?|assailants?|attackers?|militants?|jihadists?|insurgents?|"
                   r"terroristes?|assaillants?|jihadistes?|djihadistes?|ennemis?")

# a vague plural (a floor, ``data/numbers_<lang>.tsv``) counting the enemy's fighters
VAGUE_ENEMY = re.compile(
    r"\b(?:dozens|scores|tens|hundreds|several|many|numerous|a\s+number|dizaines|centaines|plusieurs|nombreux|nombreuses)\b"
    rf"(?:\W+\w+){{0,3}}?\W+(?:{_ENEMY_FIGHTERS}|enemy\s+fighters)\b",
    re.IGNORECASE,
)

# the enemy's fighters as a toll's victims ("more than 20 terrorists were eliminated", « 15 assaillants neutralisés »)
ENEMY_DEAD = re.compile(rf"\b(?:{_ENEMY_FIGHTERS})\b", re.IGNORECASE)


def with_exact_beside_vague_enemy(text: str, killed: Fatalities | None, language: str, find: Finder) -> Fatalities | None:
    """``killed`` plus the sentence's exact count of other dead when ``killed`` is only a vague plural of the enemy's
    fighters (``find`` reads a sentence's (killed, injured), as ``fatalities._stated_fatalities``)."""
    if killed is None or killed.high is not None or not killed.phrase or "; " in killed.phrase \
            or killed.low is None or not VAGUE_ENEMY.search(killed.phrase):
        return killed
    at = text.find(killed.phrase)
    if at < 0:
        return killed
    other = find(text[:at] + " " * len(killed.phrase) + text[at + len(killed.phrase):], language)[0]
    if other is None or other.kind != "killed" or other.low is None or other.high is None or other.vague:
        return killed
    return Fatalities(low=other.low + killed.low, high=None, phrase=f"{other.phrase}; {killed.phrase}", kind="killed")


def exact_part(f: Fatalities, find: Finder, languages: tuple[str, ...] = ("en", "fr")) -> Fatalities:
    """The exact count inside a toll summed with a vague plural of the enemy's fighters ("six servicemen were killed;
    dozens of terrorists were eliminated" is six for a comparison with other outlets' counts); ``f`` otherwise."""
    parts = (f.phrase or "").split("; ")
    if len(parts) < 2 or not any(VAGUE_ENEMY.search(p) for p in parts):
        return f
    exact = [k for p in parts if not VAGUE_ENEMY.search(p)
             and (k := next((r for lang in languages if (r := find(p, lang)[0]) is not None), None)) is not None]
    if len(exact) != 1 or exact[0].low is None or exact[0].high != exact[0].low:
        return f
    return exact[0]
