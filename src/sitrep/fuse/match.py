"""When two event mentions describe the same event.

The relation is symmetric and depends on the two mentions only (never on an event's current
consensus), so the events are the connected components of the "same event" graph: whatever order
documents arrive in, fusion ends with the same events (incremental == rebuild).

Two mentions match when their type is compatible, their dates overlap (one day of slack for
relative dates such as "on Saturday"), their places are the same or near, their actors do not
contradict, and at least one positive anchor ties them (a shared actor, or the same/near place):
two mentions with neither a place nor an actor in common would chain unrelated events together.
Within one article, a battle and the change of hands at the same named town are one event
(``_same_episode``); an aircraft's loss is always an event of its own (``_aircraft_apart``).
"""

from __future__ import annotations

import datetime as dt
import math

from sitrep.model import EventMention, PlaceMention

NEAR_KM = 50.0
DATE_SLACK = dt.timedelta(days=1)
SAME_DOC_DATE_SLACK = dt.timedelta(days=7)

# sub-event types that different sources plausibly use for one event (within one event type)
_COMPATIBLE_SUBTYPES: frozenset[frozenset[str]] = frozenset(
    frozenset(p)
    for p in (
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        ("Peaceful protest", "Protest with intervention"),
        ("Violent demonstration", "Mob violence"),
    )
)


# territorial transfers: sources classify the same change of hands differently (whether the taker
# counts as "government" is a coding choice), so they match when the taker is the same
TRANSFER_SUBTYPES = frozenset({
    "Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory",
})


def subtypes_compatible(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _COMPATIBLE_SUBTYPES


TRANSFER_EVENT_TYPES = ("Battles", "Strategic developments")


def candidate_types(m: EventMention) -> list[str]:
    """The event types a mention can match (what the candidate index query asks for)."""
    if m.sub_event_type in TRANSFER_SUBTYPES:
        return sorted({m.event_type, *TRANSFER_EVENT_TYPES})
    return [m.event_type]


def _same_transfer(a: EventMention, b: EventMention) -> bool:
    return (a.sub_event_type in TRANSFER_SUBTYPES and b.sub_event_type in TRANSFER_SUBTYPES
            and bool(set(a.side1) & set(b.side1)))


def _opposite_transfers(a: EventMention, b: EventMention) -> bool:
    """Two changes of hands in opposite directions (one's taker is the other's loser): two events,
    e.g. a town lost and retaken within days."""
    return (a.sub_event_type in TRANSFER_SUBTYPES and b.sub_event_type in TRANSFER_SUBTYPES
            and bool(set(a.side1) & set(b.side2) or set(b.side1) & set(a.side2)))


# outcome labels that only an aircraft can have: its loss is an incident of its own
AIRCRAFT_VERSIONS = frozenset({"accident", "shot_down"})


def _aircraft_apart(a: EventMention, b: EventMention) -> bool:
    """One mention tells of an aircraft lost (shot down, or an accident) and the other does not:
    two events.  A helicopter downed during a battle is an incident of its own (ACLED codes it
    apart), and its accident-vs-shoot-down dispute belongs to it, not to the battle around it."""
    return (a.version in AIRCRAFT_VERSIONS) != (b.version in AIRCRAFT_VERSIONS)


def _named_town(m: EventMention) -> bool:
    """The mention's place is a town (ACLED precision 1-2) named in the mention's own sentence, not
    inherited from an earlier sentence nor guessed from the article."""
    p = m.place
    return (p is not None and bool(p.place_id) and p.geo_precision <= 2 and p.span.doc_id == m.span.doc_id
            and m.span.char_start <= p.span.char_start and p.span.char_end <= m.span.char_end)


def _same_episode(a: EventMention, b: EventMention) -> bool:
    """A battle and the change of hands it ends in, told in one article at the same town named in
    both sentences ("fighting broke out in X" ... "fighters control X") on overlapping dates: one event, which ACLED
    codes as the transfer.  Across articles a clash and a transfer stay apart (an offensive on
    many towns is not the loss of one of them)."""
    if a.span.doc_id != b.span.doc_id:
        return False
    transfer, clash = (a, b) if a.sub_event_type in TRANSFER_SUBTYPES else (b, a)
    if transfer.sub_event_type not in TRANSFER_SUBTYPES or clash.sub_event_type in TRANSFER_SUBTYPES:
        return False
    if clash.event_type != "Battles" or not (_named_town(a) and _named_town(b)):
        return False
    # on overlapping dates, without the retelling slack: an attack on Saturday and the town taken
    # on Tuesday are two events, as ACLED codes them
    if a.date is None or b.date is None or not a.date.overlaps(b.date):
        return False
    return place_relation(a.place, b.place) == "anchor"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def is_country_level(p: PlaceMention) -> bool:
    code = (p.feature_code or "").upper()
    return code.startswith("PCL") or (p.geo_precision >= 3 and not p.admin1)


def is_region_level(p: PlaceMention) -> bool:
    code = (p.feature_code or "").upper()
    return code.startswith("ADM") or p.geo_precision >= 3


def place_relation(a: PlaceMention | None, b: PlaceMention | None) -> str:
    """"anchor" (same or near place: ties two mentions), "ok" (no contradiction, e.g. one side
    missing or country-level), or "no" (different places)."""
    if a is None or b is None:
        return "ok"
    if a.place_id and a.place_id == b.place_id:
        return "anchor"
    if a.country and b.country and a.country != b.country:
        return "no"
    if is_country_level(a) or is_country_level(b):
        return "ok"
    if is_region_level(a) or is_region_level(b):
        # a region contains many towns: compatible, but it ties nothing by itself (or one
        # "fighting in the Kidal region" would chain every event of the region together)
        if not (a.admin1 and a.admin1 == b.admin1):
            return "no"
        both_regions = is_region_level(a) and is_region_level(b)
        return "anchor" if both_regions else "ok"
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        near = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_KM
        return "anchor" if near else "no"
    if not a.place_id and not b.place_id and a.name.lower() == b.name.lower():
        return "anchor"  # both unresolved, same surface name
    return "no"


def actors_of(m: EventMention) -> set[str]:
    return set(m.side1) | set(m.side2) | set(m.assoc1) | set(m.assoc2)


def actor_relation(a: EventMention, b: EventMention) -> str:
    """"anchor" (share an actor), "ok" (one side names no actor), "no" (disjoint actor sets)."""
    xa, xb = actors_of(a), actors_of(b)
    if not xa or not xb:
        return "ok"
    return "anchor" if xa & xb else "no"


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    """Overlapping intervals, with a day of slack across articles and a week within one: an article
    that retells its event ("confirmed Tuesday that ... was forced to retreat") often dates the
    retelling rather than the event."""
    same_doc = a.span.doc_id == b.span.doc_id
    if a.date is None or b.date is None:
        return same_doc  # undated: only within one article
    slack = SAME_DOC_DATE_SLACK if same_doc else DATE_SLACK
    return a.date.earliest - slack <= b.date.latest and b.date.earliest - slack <= a.date.latest


def same_event(a: EventMention, b: EventMention) -> bool:
    """True when mentions ``a`` and ``b`` report one event (symmetric)."""
    if a.mention_id == b.mention_id:
        return True
    if _aircraft_apart(a, b):
        return False
    if not (subtypes_compatible(a.sub_event_type, b.sub_event_type) and a.event_type == b.event_type
            or _same_transfer(a, b) or _same_episode(a, b)):
        return False
    if not dates_compatible(a, b) or _opposite_transfers(a, b):
        return False
    place = place_relation(a.place, b.place)
    if place == "no":
        return False
    actors = actor_relation(a, b)
    if actors == "no":
        return False
    return "anchor" in (place, actors)
