"""A killing told after a deed that killed no one, by the same doers: the note's event is the killing.

"Dozo hunters seized four Fulani herders. They killed them the same evening.", « les FAMa ont arrêté six bergers. Ils
les ont exécutés », "JNIM militants stopped a truck. They burnt it and shot the driver dead.": ACLED codes the
killing of the people taken (an attack on civilians), not their taking; « Des hommes armés ont investi le village.
Ils ont égorgé le chef du village »: the raid on the villagers, not a territory taken.  "Militants preached in the mosque. The next
day they killed two men.": the killing, on its own day, is the news; the sermon led to it.

``tolls.fold_toll`` gives such a sentence's dead to the event told before it; this module says what that event
becomes: a violent attack, dated on the killing's own day when the sentence gives one.  Only a killing told as a deed
(an active verb, or the people taken found dead) turns the event; "Two militants were killed in the operation" after
arrests stays their toll.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.mentions import within_sentence
from sitrep.analyse.events.types import STRATEGIC, VAC
from sitrep.model import EventMention, Fatalities, Precision

# the deeds that kill no one that a killing told after may turn: a taking of people, or a development such as a sermon
_TAKINGS = frozenset(("Abduction/forced disappearance", "Arrests"))
_UNHARMFUL_DEVELOPMENT = "Other"
_PLACE_TAKEN = "Non-state actor overtakes territory"
ATTACK = "Attack"
# how long after the deed told first the killing may come and still be the note's event ("the next day", "two days later")
_DAYS_AFTER = dt.timedelta(days=7)

# a killing told as a deed of its doers (active), or the fate of the people taken ("They were later found dead")
_KILLING_DEED = re.compile(
    r"\b(?:they|he|she)\s+(?:(?:then|later|subsequently|also|eventually)\s+)?(?:killed|executed|shot|murdered|beheaded|"
    r"slaughtered|massacred|hanged|burned|burnt|stabbed)\b"
    r"|\b(?:and|then)\s+(?:(?:then|later)\s+)?(?:killed|executed|shot\s+(?:[\w'’-]+\s+){0,3}?dead|murdered|beheaded)\b"
    r"|\bthey\s+were\s+(?:(?:later|then|subsequently|eventually)\s+)?(?:found\s+dead|killed|executed|shot\s+dead)\b"
    r"|\b(?:ils|elles|il|elle)\s+(?:les\s+|l['’]|en\s+|y\s+|leur\s+)?(?:ont|a|avaient|avait)\s+(?:(?:ensuite|alors|aussitôt|"
    r"plus\s+tard|froidement|sommairement|finalement)\s+)?(?:tué|exécuté|abattu|assassiné|égorgé|massacré)"
    r"|\b(?:ils|elles)\s+ont\s+été\s+(?:(?:ensuite|plus\s+tard|par\s+la\s+suite)\s+)?(?:retrouvée?s\s+(?:morte?s|sans\s+vie)|"
    r"tuée?s|exécutée?s|abattue?s)",
    re.IGNORECASE)


def _turned(last: EventMention, mention: EventMention | None) -> bool:
    """Whether ``last`` is a deed a killing told after it turns: a taking of people, an unharmful development, or a
    place entered by armed men whose next deed there is killing its people (« des hommes armés ont investi le village.
    Ils ont égorgé le chef du village »: a raid on civilians, no territory held)."""
    return last.sub_event_type in _TAKINGS or (last.event_type == STRATEGIC
                                               and last.sub_event_type == _UNHARMFUL_DEVELOPMENT) \
        or last.sub_event_type == _PLACE_TAKEN and mention is not None and mention.event_type == VAC


def killing_told_after(ctx: Context, s: Sentence, mention: EventMention | None, last: EventMention,
                       killed: Fatalities | None) -> dict:
    """The fields ``last`` takes when sentence ``s``, folded into it, tells a killing of its doers (see the module
    docstring); an empty dict when it does not."""
    if killed is None or not killed.low or (last.fatalities is not None and last.fatalities.low) or not _turned(last, mention):
        return {}
    if not _KILLING_DEED.search(s.text):
        return {}  # "Two civilians were killed by stray bullets during the coup": the coup's toll, not a deed of its doers
    update: dict = {"event_type": VAC, "sub_event_type": ATTACK}
    if mention is not None and mention.side2 and not last.side2:
        update["side2"] = mention.side2
    if last.sub_event_type == _PLACE_TAKEN:
        update["side2"] = mention.side2 if mention is not None else []  # the victims, not whoever held the place
    day = mention.date if mention is not None else next(
        (d.interval for d in within_sentence(ctx, "dates", s) if d.interval.precision == Precision.day), None)
    if day is not None and last.date is not None and day != last.date \
            and dt.timedelta(0) <= day.earliest - last.date.latest <= _DAYS_AFTER:
        update["date"] = day  # "The next day they killed two men": the killing's own day
    return update
