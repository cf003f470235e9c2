"""Deeds an article tells as the aftermath of the incident it reports, and that incident.

Copy tells an attack with what came with it and after it: the assailants looted shops and burned
the market, seized weapons and vehicles; the army sent reinforcements, launched a pursuit or a
sweep, deployed units to secure the road.  The classifier codes each such sentence as a strategic
development of its own (looting, a change to a group's activity, weapons seized), and fusion then
counted one attack as two or three events.  ACLED codes the attack once and tells its aftermath in
the notes, so an aftermath deed told in the same article as an anchored violent incident, at a
place that does not contradict it and on days that meet, is part of that incident
(``aftermath_target``): it joins its event as one more report and never stands alone.  Told alone,
in an article that reports no violence, the same deed is still an event of its own (a looting
spree, a redeployment).
"""

from __future__ import annotations

from sitrep.fuse.match_dates import SAME_DOC_DATE_SLACK, windows_meet
from sitrep.fuse.match_kinds import STATEMENT_TYPE, VIOLENT_TYPES
from sitrep.fuse.nearness import VILLAGES_APART_KM, is_region_level, place_relation
from sitrep.geo import haversine_km
from sitrep.model import EventMention, LEAD_DAY_EVIDENCE, Modality

# the strategic developments news copy tells as the aftermath of an attack: property looted or
# burned during it, a force's movement in answer to it (reinforcement, pursuit, deployment,
# sweep), the weapons and vehicles seized in it
AFTERMATH_SUBTYPES = frozenset({"Looting/property destruction", "Change to group/activity", "Disrupted weapons use"})


def is_aftermath(m: EventMention) -> bool:
    """A deed of the kind an article tells as its incident's aftermath (``AFTERMATH_SUBTYPES``),
    reported as news (a background recall is no aftermath of this article's incident)."""
    return (m.event_type == STATEMENT_TYPE and m.sub_event_type in AFTERMATH_SUBTYPES
            and m.modality != Modality.background and not m.separate)


def _days_meet(a: EventMention, b: EventMention) -> bool:
    """The deed's days meet the incident's within the week one article's retelling may drift
    (an undated deed of the article meets any of its incidents)."""
    return windows_meet(a, b, SAME_DOC_DATE_SLACK) is not False


def aftermath_target(deed: EventMention, doc_mentions: list[EventMention]) -> EventMention | None:
    """The violent incident of its own article an aftermath deed belongs to: the nearest earlier
    violent report told as news whose place does not contradict the deed's and whose days meet it,
    else the nearest later one (a headline's "shops looted" before the attack's sentence); None
    when the article reports no such incident.  Depends only on the article's reports, so the
    choice does not depend on the order documents arrive in."""
    if not is_aftermath(deed):
        return None
    fit = [m for m in doc_mentions
           if m.span.doc_id == deed.span.doc_id and m.mention_id != deed.mention_id
           and m.event_type in VIOLENT_TYPES and m.modality != Modality.background and not m.separate
           and place_relation(deed.place, m.place) != "no" and _days_meet(deed, m)]
    before = [m for m in fit if m.span.char_start < deed.span.char_start]
    if before:
        return max(before, key=lambda m: m.span.char_start)
    after = [m for m in fit if m.span.char_start > deed.span.char_start]
    return min(after, key=lambda m: m.span.char_start) if after else None


def aftermath_told_elsewhere(a: EventMention, b: EventMention) -> bool:
    """An aftermath deed whose own text dates nothing (its article's day stands for it) and a
    violent report of another article naming the same town: the deed is that incident's aftermath
    told by an outlet whose account of the attack itself the analysis missed ("the assailants burned
    part of the camp before withdrawing", in a story whose lead tells the attack).  The deed's
    parties are no evidence either way (residents read as the burners), so the town decides: the
    very same place (the deed's own or its article's), or a neighbouring village within
    ``VILLAGES_APART_KM`` (a weekly naming the garrison town next to the post attacked), on days that
    meet (``same_event``)."""
    deed, incident = (a, b) if is_aftermath(a) else (b, a)
    if not is_aftermath(deed) or incident.event_type not in VIOLENT_TYPES or deed.span.doc_id == incident.span.doc_id:
        return False
    own_day = deed.date is not None and not deed.date.evidence.startswith(LEAD_DAY_EVIDENCE)  # (not its lead's)
    if not deed.date_from_publication and own_day or incident.modality == Modality.background or incident.separate:
        return False
    pd, pi = deed.place, incident.place
    if pd is None or pi is None or not pd.place_id:
        return False
    if pd.place_id == pi.place_id:
        return True
    if None in (pd.latitude, pd.longitude, pi.latitude, pi.longitude) or is_region_level(pd) or is_region_level(pi):
        return False
    return haversine_km(pd.latitude, pd.longitude, pi.latitude, pi.longitude) <= VILLAGES_APART_KM
