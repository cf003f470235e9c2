"""A toll that names the figure it replaces, in a sentence that tells no deed of its own.

A live page's later update, or a wire story's last paragraph, revises a toll it gave before and says so: "At least 20
soldiers and VDP were killed in the Gorom-Gorom attack, up from 12 reported earlier", « Le bilan est désormais de 20
morts, contre 12 lors du précédent bilan ».  The sentence tells the dead of the incident already told, and its deed
words ("were killed in the … attack") are too weak for the classifier once an event was read: no event is read from
it, and the story would keep only its outdated figure.  The figure it names as the earlier one points at the report
it revises: the same incident, told again with the new toll, as that report's speaker's (or the sentence's own
speaker's) newer figure.  Fusion then keeps only the newer one (``sitrep.fuse.revisions.superseded``).
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.mentions import is_country, places_in
from sitrep.analyse.events.rival_versions import rival_version
from sitrep.analyse.events.types import VIOLENT
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.number_words import number_words
from sitrep.model import EventMention, Modality

# the figure named as the one replaced: "up from 12 reported earlier", "up from an earlier toll of 12", « contre 12
# lors du précédent bilan », « contre 12 annoncés auparavant » (``new_totals`` asks only whether a toll is set against
# an earlier one, its figure unread: a wider reading, kept apart)
# an earlier toll named by its adjective ("an earlier toll", "the initial death count"); fusion's ``REVISED_TOLL``
# reads "up from" it too
EARLIER_TOLL_NAMED = r"(?:an?|the)\s+(?:earlier|initial|previous|first)\s+(?:death\s+)?(?:toll|figure|count)"
_EARLIER_FIGURE = {
    "en": re.compile(r"\bup\s+from\s+(?:" + EARLIER_TOLL_NAMED + r"\s+of\s+)?(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\bcontre\s+(?P<n>\d+|[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)\b[^.;]{0,40}?\b(?:pr[ée]c[ée]dent|premier|initial|"
                     r"initialement|auparavant|pr[ée]c[ée]demment|plus\s+t[ôo]t|dans\s+un\s+premier\s+temps)\b", re.IGNORECASE),
}


def earlier_figure(text: str, language: str) -> int | None:
    """The figure ``text`` names as the toll it replaces ("up from 12 reported earlier"), or None."""
    pattern = _EARLIER_FIGURE.get(language, _EARLIER_FIGURE["en"])
    m = pattern.search(text)
    if m is None:
        return None
    n = m.group("n").lower()
    if n.isdigit():
        return int(n)
    found = number_words(language).get(n)
    return found[0] if found and not found[1] else None


def revised_toll_report(ctx: Context, s: Sentence, events: list[EventMention]) -> EventMention | None:
    """The report of the incident whose toll sentence ``s`` revises, naming the figure replaced ("up from 12 reported
    earlier"): the last event told with that figure, at the same place if the sentence names one; None otherwise."""
    language = ctx.language or "en"
    before = earlier_figure(s.text, language)
    if before is None:
        return None
    killed = find_fatalities(s.text, language)[0]
    if killed is None or killed.low is None or killed.low <= before:
        return None
    target = next((e for e in reversed(events) if e.modality != Modality.background and e.event_type in VIOLENT
                   and e.fatalities is not None and e.fatalities.low == before and e.span.char_end <= s.start), None)
    if target is None:
        return None
    named = {p.place_id for p in places_in(ctx, s) if p.place_id and not is_country(p)}
    if named and (target.place is None or named != {target.place.place_id}):
        return None  # a place of its own: another incident's toll
    told = ctx.attributions.get(s.index)
    span = target.span.model_copy(update={"char_start": s.start, "char_end": s.end})
    update = {"mention_id": f"{span.doc_id}:{s.start}", "span": span, "fatalities": killed, "injuries": None,
              "version": ""}
    if told is not None:
        update |= {"modality": Modality.claim, "source_actor": told.speaker}
    return target.model_copy(update=update)


def toll_told_again(ctx: Context, s: Sentence, events: list[EventMention]) -> EventMention | None:
    """The report of an incident already told that a sentence with no deed of its own makes by its toll: a revision
    naming the figure it replaces ("up from 12 reported earlier"), else a named party's rival figure ("The government
    had put the toll at 12 dead": ``rival_versions``); None otherwise."""
    return revised_toll_report(ctx, s, events) or rival_version(ctx, s, events)
