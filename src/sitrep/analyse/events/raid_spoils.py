"""The looting or burning a raid's doers did, told in a sentence of its own after the raid ("The attackers also took
cattle"), folded into that raid's mention as ACLED codes it (one event, the attack)."""

from __future__ import annotations

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.cues import THE_DOERS_AGAIN
from sitrep.analyse.events.mentions import is_country, places_in
from sitrep.analyse.events.types import BATTLES, STRATEGIC, VAC
from sitrep.model import EventMention, Modality


def spoils_of_the_attack(ctx: Context, s: Sentence, mention: EventMention, events: list[EventMention]) -> bool:
    """Fold into the attack told just before a looting or burning its doers did in the same raid ("The attackers also took
    cattle", « Le groupe affirme avoir tué trente soldats et incendié des véhicules »: its dead the attack's when it had
    none), as ACLED codes it; only when the sentence opens on the doers, names no day and no other place.  True if folded."""
    if not events or mention.event_type != STRATEGIC or not THE_DOERS_AGAIN.search(s.text):
        return False
    last = events[-1]
    if last.event_type not in (BATTLES, VAC) or last.modality == Modality.background or last.span.char_end > s.start:
        return False
    if mention.date is not None and mention.date.evidence != "published" and mention.date != last.date:
        return False
    own = last.place.place_id if last.place is not None else None
    if any(p.place_id != own for p in places_in(ctx, s) if not is_country(p)):
        return False
    killed = mention.fatalities if mention.fatalities is not None and mention.fatalities.kind == "killed" else None
    events[-1] = last.model_copy(update={"span": last.span.model_copy(update={"char_end": s.end}), "fatalities": last.fatalities or killed})
    return True
