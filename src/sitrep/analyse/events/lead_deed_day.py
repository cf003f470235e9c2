"""The day of the story's own deed, told in a lead that reports no event of its own.

A feature or a follow-up often opens on its incident as a topic ("Survivors of an attack on the village of X earlier
this week say ...", « Les rescapés de l'attaque de X, mardi, racontent ... ») and tells the deed itself only after,
undated ("They came on motorbikes and shot at everyone they saw").  That later sentence is the lead's incident: it
takes the lead's day, not the day of publication, which would set it apart from the other outlets' reports of it.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, sentences
from sitrep.analyse.events.journey_ends import journey_end
from sitrep.analyse.events.lead_topic import INCIDENT_NOUNS
from sitrep.analyse.events.mentions import is_country, places_in, within_sentence
from sitrep.analyse.lang import vocab
from sitrep.model import DateInterval, EventMention, LEAD_DAY_EVIDENCE, Precision

# the incident named by its noun (``lead_topic``'s incident nouns), or a bombing: the deed of a lead that dates it
_DEED_NOUN = re.compile(r"\b(?:" + INCIDENT_NOUNS + r"|bombings?)\b", re.IGNORECASE)


def lead_deed_day(ctx: Context, s: Sentence, events: list[EventMention]) -> DateInterval | None:
    """The day (or the span of days) the story's lead gives its incident, for the first event of a document told
    after that lead without a day of its own and at no other place; None otherwise."""
    sents = sentences(ctx)
    if events or not sents or s.index == 0 or _party_statement(ctx, s):
        return None  # (a party's statement may tell its own deeds of other days)
    lead = sents[0]
    if _DEED_NOUN.search(lead.text) is None:
        return None
    days = [d.interval for d in within_sentence(ctx, "dates", lead)
            if d.interval is not None and d.interval.precision in (Precision.day, Precision.week)
            and d.interval != ctx.anchor]
    if len(days) != 1:
        return None
    at_lead = {p.place_id for p in places_in(ctx, lead)}
    lang = vocab(ctx.language)
    if any(p.place_id not in at_lead for p in places_in(ctx, s) if not is_country(p) and not journey_end(ctx, p, lang)):
        return None  # another place (not where people fled to): maybe another incident
    return days[0].model_copy(update={"evidence": LEAD_DAY_EVIDENCE + days[0].evidence})


def _party_statement(ctx: Context, s: Sentence) -> bool:
    """Whether ``s`` is attributed to a named party (an armed group, a government): not a witness's account."""
    told = ctx.attributions.get(s.index)
    if told is None:
        return False
    party = told.on_behalf_of or ("" if told.speaker_is_person else told.speaker)
    return bool(party) and not party.startswith("civilians")
