"""The event kinds two reports may be coded as and still tell one incident: compatible sub-event
types, changes of hands, a party's statement beside the violence it tells, violent types an incident
is coded as by different outlets (what the fusion index query asks for: ``candidate_types``)."""

from __future__ import annotations

from sitrep.model import EventMention, Modality


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


STATEMENT_TYPE = "Strategic developments"
# a party's statement the classifier read as a demonstration ("the army said in a statement that its
# aircraft had neutralised…"): attached only when its speaker is a party to the violent event
PARTY_STATEMENT_TYPES = ("Protests",)
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def candidate_types(m: EventMention) -> list[str]:
    """The event types a mention can match (what the candidate index query asks for)."""
    types = {m.event_type}
    if m.sub_event_type in TRANSFER_SUBTYPES:
        types |= set(TRANSFER_EVENT_TYPES)
    if m.event_type in (STATEMENT_TYPE, *PARTY_STATEMENT_TYPES):
        types |= set(VIOLENT_TYPES)  # a side's statement about the article's violent event
    elif m.event_type in VIOLENT_TYPES:
        types |= {STATEMENT_TYPE, *PARTY_STATEMENT_TYPES}
    if m.event_type in ("Battles", "Violence against civilians"):
        types |= {"Battles", "Violence against civilians"}  # forces read as the civilians targeted
    if m.event_type in VIOLENT_TYPES:
        types |= set(VIOLENT_TYPES)  # one incident coded two ways by two outlets (``told_two_ways``)
    if own_toll_claim(m):
        types |= set(VIOLENT_TYPES)  # a party's own account of the strike its article reports
    if m.event_type in VIOLENT_TYPES and m.date_from_publication:
        types |= set(VIOLENT_TYPES)  # the next act of its article's dated incident (``_sequel_of_dated``)
    return sorted(types)


def own_toll_claim(m: EventMention) -> bool:
    """A party's claim of what it did, with no other party named and no date of its own."""
    return (m.modality == Modality.claim and m.event_type in VIOLENT_TYPES and bool(m.source_actor)
            and m.source_actor in m.side1 and not (m.side2 or m.assoc2) and m.date_from_publication)
