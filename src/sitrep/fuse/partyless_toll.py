"""A toll told again with no party at all, in the article that told the deed: one incident, whatever its type.

A live page tells an attack in its first update and its rising toll in the next ones ("The toll from the attack in
Markoye has risen to 27 dead, a regional official told DW"): the update names no party, so the classifier codes it
from its words alone (a clash here, where the first update told an attack on traders).  In one article, at the same
town and on overlapping days, a violent report that names nobody is the toll of the deed told beside it, not a second
incident of another kind.
"""

from __future__ import annotations

from sitrep.fuse.match_kinds import TRANSFER_SUBTYPES, VIOLENT_TYPES
from sitrep.fuse.nearness import named_settlement
from sitrep.model import EventMention, Modality


def partyless_toll_of_the_deed(a: EventMention, b: EventMention) -> bool:
    """Whether one of two reports of one article is a partyless toll (it counts dead, names no party) of the violent
    deed the other tells at the same town, on days that meet."""
    if a.span.doc_id != b.span.doc_id or bool(a.parties()) == bool(b.parties()):
        return False
    toll, deed = (b, a) if a.parties() else (a, b)
    if toll.fatalities is None or toll.fatalities.low is None:
        return False
    if {toll.event_type, deed.event_type} - set(VIOLENT_TYPES) or TRANSFER_SUBTYPES & {toll.sub_event_type, deed.sub_event_type}:
        return False
    if Modality.background in (a.modality, b.modality) or a.separate or b.separate:
        return False
    if not (named_settlement(toll) and named_settlement(deed)) or toll.place.place_id != deed.place.place_id:
        return False
    return a.date is not None and b.date is not None and a.date.overlaps(b.date)
