"""The place the sentence right after an event's says it happened at: "… IS Sahel militants killed nine
civilians. The attack occurred at Tamou", "Speaking in Mopti, the governor condemned the killing … The attack
took place in Dialloubé", « … L'attaque a eu lieu à Dioro ».  A note that tells its place so tells it on
purpose: ACLED codes the event there, not at the town the news was announced from, its speakers sit in or
another town of the event's sentence.

Only the next sentence counts (a later one may tell another event of a wire story), only when it speaks of
the same event by a definite word ("The attack …", "It …", « L'embuscade … »; not "Similar rallies took place in
Kayes", « D'autres attaques … »), and only a populated place: a region or province told so ("The attack took place in the Mopti region") is coarser than a town of
the event's sentence, which then stands.  The phrases are the language's ``EVENT_AT_BEFORE`` ("took place
in", "occurred at", « a eu lieu à ») and ``INCIDENT_AT_BEFORE`` ("The attack targeted", « L'attaque a visé »).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.mentions import is_country
from sitrep.model import PlaceMention

# the words right before a place that the phrases are matched against
_BEFORE_CHARS = 60
# a sentence's end inside the stretch between the event's sentence and the place
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[«\"“]?[A-ZÀ-Þ])")
# the next sentence's first word refers back to the event: a definite article, a demonstrative or a pronoun
_SAME_EVENT_START = re.compile(r"(?:the|this|that|it|le|la|les|l['’]|ce|cet|cette|il|elle)\b", re.IGNORECASE)
# words that make it another event: "similar rallies", "other attacks", « d'autres attaques »
_ANOTHER_EVENT = re.compile(r"\b(?:similar|other|another|further|autres?|similaires?|pareilles?)\b", re.IGNORECASE)


def told_right_after(ctx: Context, s: Sentence, lang) -> PlaceMention | None:
    """The populated place the sentence right after ``s`` says ``s``'s event happened at, or None."""
    text = ctx.document.text
    phrases = [w for w in (getattr(lang, name, None) for name in ("EVENT_AT_BEFORE", "INCIDENT_AT_BEFORE")) if w]
    for p in ctx.places:
        start = p.span.char_start
        if start < s.end or p.place_id is None or is_country(p) or not (p.feature_code or "").startswith("PPL"):
            continue
        between = text[s.end:start].lstrip(".!?…»\"” \n")
        if _SENTENCE_END.search(between):
            return None  # past the next sentence: another event's, or a story's background
        if not _SAME_EVENT_START.match(between) or _ANOTHER_EVENT.search(between):
            return None
        before = text[max(0, start - _BEFORE_CHARS):start]
        if any(re.search(w, before, re.IGNORECASE) for w in phrases):
            return p
    return None
