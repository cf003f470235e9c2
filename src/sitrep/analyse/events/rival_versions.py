"""A named party's toll of the incident told before, in a sentence of its own that tells no deed.

Follow-ups recall the official figure after their own sources' newer one: "The toll … has risen to 22 civilians, a
local official told AFP … The government had put the toll at 12 dead."  The second sentence names no deed, so no
event is read from it, and its figure is no more dead to add to the incident (``tolls.fold_toll`` keeps the event's
own figure against a rival teller).  Yet it is a version of the same toll told by a party: kept as that party's report
of the incident, fusion sets it against the other figures (``sitrep.fuse.disputes``), and the consensus toll, the
smallest of the figures, stays the conservative one ACLED codes.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.journey_ends import journey_ends
from sitrep.analyse.lang import vocab
from sitrep.analyse.events.mentions import places_in
from sitrep.analyse.events.types import VIOLENT
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import EventMention, Modality

# the sentence tells a toll as such: "put the toll at 12 dead", "gave a toll of", « faisait état d'un bilan de »
_TOLL_TOLD = re.compile(r"\b(?:toll|bilan)\b", re.IGNORECASE)
# a sentence opening on a turn against what was just told (« Mais », « Pourtant », « Or », "But", "However")
_AGAINST = re.compile(r"^\W*(?:mais|pourtant|toutefois|cependant|or|but|however|yet)\b", re.IGNORECASE)


def rival_version(ctx: Context, s: Sentence, events: list[EventMention]) -> EventMention | None:
    """The report of the event told last that sentence ``s`` makes when it gives another figure for its dead on a
    named party's word (not the one the event's toll came from), at no new place; None otherwise."""
    last = next((e for e in reversed(events) if e.modality != Modality.background), None)
    if last is None or last.event_type not in VIOLENT or last.fatalities is None or last.span.char_end > s.start:
        return None
    told = ctx.attributions.get(s.index)
    # (a sentence that opens by setting itself against the figure just told, « Mais selon des sources locales, il y a
    # eu au moins neuf morts parmi les soldats », "But residents said 30 were killed": a rival version, whoever tells it)
    against = _AGAINST.match(s.text) is not None
    if told is None or told.speaker.startswith("unnamed:") and not against or told.speaker == last.source_actor:
        return None
    # (where the wounded were taken, « évacués vers Gao », is no other incident's place: ``journey_ends``)
    here = places_in(ctx, s)
    ends = journey_ends(ctx, here, vocab(ctx.language)) if here else []
    if not (_TOLL_TOLD.search(s.text) or against) or any(p not in ends for p in here):
        return None
    killed = find_fatalities(s.text, ctx.language)[0]
    if killed is None or killed.low is None or killed.kind != last.fatalities.kind \
            or (killed.low, killed.high) == (last.fatalities.low, last.fatalities.high):
        return None
    span = last.span.model_copy(update={"char_start": s.start, "char_end": s.end})
    return last.model_copy(update={
        "mention_id": f"{span.doc_id}:{s.start}", "span": span, "fatalities": killed, "injuries": None,
        "modality": Modality.claim, "source_actor": told.speaker, "version": "",
    })
