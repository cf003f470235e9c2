"""The missing counted after an attack: « plusieurs habitants sont toujours portés disparus », "four soldiers remain
missing".  People unaccounted for after an incident are a count of that incident, as its wounded are: nobody is said
to have taken them, so ACLED codes no abduction for them, and they are no fatalities either.  A sentence whose only
word of a taking is the missing one, told after an event of the document, is no event of its own."""

from __future__ import annotations

from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, VAC
from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.taking_words import MISSING, TAKEN
from sitrep.analyse.events.tolls import fold_toll
from sitrep.model import EventMention

ABDUCTION = "Abduction/forced disappearance"
_VIOLENT = (BATTLES, EXPLOSIONS, VAC)


def fold_the_missing(ctx: Context, s: Sentence, mention: EventMention, events: list[EventMention]) -> bool:
    """Whether ``mention`` is an abduction read only from people missing (``MISSING``, no word of a taking) told
    after a violent event of the document: they are that event's missing, the mention is dropped, and the dead the
    sentence counts beside them (« neuf militaires tombés …, onze blessés et quatre portés disparus ») go to the event
    as any toll told after it does.  True when dropped."""
    if mention.sub_event_type != ABDUCTION or not MISSING.search(s.text) or TAKEN.search(s.text):
        return False
    if not any(e.event_type in _VIOLENT and e.sub_event_type != ABDUCTION and e.span.char_end <= s.start for e in events):
        return False
    fold_toll(ctx, s, None, events)
    return True
