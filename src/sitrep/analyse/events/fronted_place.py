"""A note's place fronted before who reported its event: "Near the border with Mali, in Banibangou, the army
said it killed 11 fighters who attacked its post".

The parser hangs "in Banibangou" on "said", so it reads like the place a statement was made ("an official said
in Niamey"), which placement sets aside.  A place opening the sentence, before any verb and set off by a comma
from the speaker, is where the told event happened when the sentence names no other place below a country
(only "the border with Mali" besides): an ACLED note opens on its place.  A capital stays set aside ("In
Niamey, the ministry said …" is the ministry's seat).
"""

from __future__ import annotations

import re

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.mentions import is_country
from sitrep.model import PlaceMention


def fronted_where_told(text: str, s: Sentence, told: list[PlaceMention], here: list[PlaceMention]) -> list[PlaceMention]:
    """``here`` with the places of ``told`` (set aside as where a statement was made) that open the sentence
    before its first verb, when ``here`` holds no known place below a country; ``here`` otherwise."""
    if any(p.place_id is not None and not is_country(p) for p in here):
        return here
    fronted = [p for p in told if p.place_id is not None and not is_country(p) and _opens_sentence(text, s, p)
               and not (p.feature_code or "").upper().startswith("PPLC")]
    return sorted([*fronted, *here], key=lambda p: p.span.char_start) if fronted else here


def _opens_sentence(text: str, s: Sentence, p: PlaceMention) -> bool:
    """Whether ``p`` stands before the sentence's first verb, a comma right after it ("In X, the army said")."""
    if not re.match(r"\s*,", text[p.span.char_end:p.span.char_end + 3]):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and s.doc_offset(t) < p.span.char_start for t in s.sent)
