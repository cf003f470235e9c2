"""A sentence whose subject is the doers of the event told just before (« Selon des sources locales, les assaillants,
arrivés à moto, ont ouvert le feu … »): wire copy tells the incident in its lead and how the attackers went about it
in the next paragraph; read apart, the two would be two incidents of the same day and place."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.tolls import new_place
from sitrep.model import EventMention, Modality


# a sentence whose subject is the doers of the incident just told (« Les assaillants, venus à moto, ont ouvert le feu
# sur les commerçants… », "The gunmen then set fire to the shops"): how it unfolded, not a second incident
_THE_DOERS_AGAIN = re.compile(
    r"^\W*(?:(?:selon|d['’]après|according\s+to)\s[^,;]{2,60},\s*)?(?:les\s+(?:assaillants|attaquants|agresseurs|hommes\s+armés|individus\s+armés|terroristes|jihadistes|djihadistes)"
    r"|the\s+(?:attackers|assailants|gunmen|militants|raiders|armed\s+men))\b", re.IGNORECASE)


def fold_the_deed_told_again(ctx: Context, s: Sentence, mention: EventMention, events: list[EventMention]) -> bool:
    """Fold a sentence whose subject is the doers of the event told just before, telling the same kind of deed on
    the same day at the same place (or none), into that event: its first side when the event had none.  True when
    folded (``mention`` is then no event).  Wire copy tells the incident in its lead and how the attackers went
    about it in the next paragraph; read apart, the two would be two incidents of the same day and place."""
    if not events or not _THE_DOERS_AGAIN.search(s.text):
        return False
    last = events[-1]
    if last.modality == Modality.background or (last.event_type, last.sub_event_type) != (mention.event_type, mention.sub_event_type) \
            or last.date != mention.date and (mention.date is None or mention.date.evidence != "published") \
            or last.span.char_end > s.start or new_place(ctx, s, last):
        return False  # (a sentence with no day of its own tells the deed's day)
    if mention.fatalities is not None and (last.fatalities is None or mention.fatalities.low != last.fatalities.low):
        return False  # dead of its own: maybe another deed
    update = {"span": last.span.model_copy(update={"char_end": s.end})}
    doers = [a for a in mention.side1 if actor_kind(ctx, a) != "civilians"]
    if doers and all(actor_kind(ctx, a) == "civilians" for a in last.side1):
        # the lead named only the victims (« 23 civils ont été tués »): the doers are the ones this sentence names
        victims = [a for a in [*last.side1, *last.side2] if a not in doers]
        update.update(side1=doers, assoc1=mention.assoc1, side2=victims)
    events[-1] = last.model_copy(update=update)
    return True
