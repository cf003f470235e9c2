"""A short text (a coder's note, a snippet) reports one event unless it clearly says otherwise.

ACLED writes one note per event and codes the most serious thing that happened: a note that opens
on an attack and goes on "the attackers looted shops", "several people were arrested", or a riot
told beside the protest it grew from, is one event, the violent one.  The sentence finder reads
each sentence alone, so such a note yields two mentions of different types, which fusion would
keep apart as two events.  This module folds the detail into the violent mention: a non-violent
development (looting, arrests, weapons seized) told after the violence, and a protest told
anywhere beside a riot, are dropped when nothing says they happened elsewhere or on another day
(another named place, another date).

Force used on protesters ("Security forces fired live ammunition at the demonstrators") is the protest's own event,
as a riot is; a note that tells a fight and the ground it won is one battle, coded by its outcome; a note that tells a
weapon stopped (an attack foiled, a device intercepted) and then its carriers held is one disrupted weapons use.

(A rule that ranked every lesser deed told after the note's gravest one under it was ablated and removed
(bench/case_ablation.py): it changed no label on the BF tune notes, the CASE tune half or the snippets written apart
from it, and with it switched off the held CASE half scored 0.7303 → 0.7309.  The fight-and-outcome fold stays: it
wins a note of the own blind Mali file and a CASE tune snippet, and costs one held CASE snippet.)
"""

from __future__ import annotations

from sitrep.analyse.contested_toll import side_named
from sitrep.analyse.side_tolls import summed
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.note_precedence import fight_takes_precedence
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC
from sitrep.model import EventMention, Modality

# the kinds of event that are the news when a note also tells a lesser one
VIOLENT_TYPES = (BATTLES, EXPLOSIONS, VAC, RIOTS)
# strategic developments that are often the detail of a violent event (its loot, its prisoners, its arms)
DETAIL_SUBTYPES = frozenset(("Looting/property destruction", "Arrests", "Disrupted weapons use"))
DISRUPTED = "Disrupted weapons use"
# a protest coded beside a riot is the riot's own crowd; force against protesters is violence of its own
CROWD_SUBTYPES = frozenset(("Peaceful protest", "Protest with intervention"))
# force the state used on a crowd: graver than the crowd's protest, which it absorbs as a riot does
FORCE_ON_CROWD = "Excessive force against protesters"


def one_event_per_note(events: list[EventMention], n_sentences: int, text: str = "") -> list[EventMention]:
    """``events`` of a short text (``text``, the document's) without the lesser mentions that detail its violent
    event, and with the acts a fight it tells outranks folded into that fight (``note_precedence``)."""
    if n_sentences > SHORT_TEXT_SENTENCES or len(events) < 2:
        return events
    news = [e for e in events if e.event_type in VIOLENT_TYPES and e.modality != Modality.background]
    force = [e for e in events if e.sub_event_type == FORCE_ON_CROWD and e.modality != Modality.background]
    if not news and not force:
        return _carriers_arrested(_protesters_arrested(events))
    first = min(news or force, key=lambda e: e.span.char_start)
    riot = next((e for e in news if e.event_type == RIOTS), None) or next(iter(force), None)
    out = []
    for e in events:
        detail = e.event_type == STRATEGIC and e.sub_event_type in DETAIL_SUBTYPES \
            and e.span.char_start > first.span.char_start and same_occasion(e, first)
        crowd = riot is not None and e.event_type == PROTESTS and e.sub_event_type in CROWD_SUBTYPES \
            and same_occasion(e, riot)
        if not (detail or crowd):
            out.append(e)
            continue
        kept = first if detail else riot
        if kept.fatalities is None and e.fatalities is not None:
            kept.fatalities = e.fatalities  # "… Two protesters died": the note's toll is its event's
    return _one_fight_told_twice(fight_takes_precedence(_battle_with_its_outcome(out), text, same_occasion))


def _one_fight_told_twice(events: list[EventMention]) -> list[EventMention]:
    """A note that tells one fight in two readings, each with one side's dead ("Three gendarmes died. The army says it
    neutralised twelve assailants in the riposte", "The army said it killed 7 assailants who attacked its post. Two
    soldiers died in the fighting") is one battle whose toll is both sides' dead, as ACLED sums them: the reading told
    as fact (else the first) keeps the fight and takes the other's dead; the other is folded into it, and so is a
    reading that only counts the fight's dead beside one that tells it with none.  Readings of
    another place or day, or counting the same side's dead (two versions of one toll), stay apart."""
    fights = [e for e in events if e.modality != Modality.background and e.event_type == BATTLES]
    if len(fights) != 2 or not same_occasion(fights[1], fights[0]):
        return events
    tolls = [e.fatalities for e in fights]
    counted = [f is not None and f.low is not None for f in tolls]
    if counted.count(True) == 1 and fights[0].modality == fights[1].modality:
        # the fight told, then its toll read as a fight of its own ("VDP and soldiers engaged the assailants. 4
        # civilians and 3 VDP were killed."): one battle, the first reading (a note names the attacker first: "MNLA
        # attacked a FAMa post, killing 3. FAMa repelled them" keeps MNLA's side 1), with the toll; a toll told on
        # the word of sources (a claim) beside the fight told as fact stays the sources' reading
        kept, folded = fights
        kept.fatalities = kept.fatalities if counted[0] else folded.fatalities
        kept.confidence = max(kept.confidence, folded.confidence)
        return [e for e in events if e is not folded]
    if not all(counted):
        return events
    sides = [side_named(f.phrase or "") for f in tolls]
    if None in sides or sides[0] == sides[1]:
        return events
    kept, folded = sorted(fights, key=lambda e: (e.modality != Modality.fact, e.span.char_start))
    both = summed([kept.fatalities, folded.fatalities])
    # (the kept reading's other marks, such as a codebook estimate, stay its own)
    kept.fatalities = kept.fatalities.model_copy(update={"low": both.low, "high": both.high, "phrase": both.phrase})
    kept.confidence = max(kept.confidence, folded.confidence)
    return [e for e in events if e is not folded]


# the sub-types that tell who won the ground a fight was about: ACLED codes the battle by its outcome
TERRITORY_OUTCOMES = frozenset(("Government regains territory", "Non-state actor overtakes territory"))


def _battle_with_its_outcome(events: list[EventMention]) -> list[EventMention]:
    """A note that tells a fight and the ground it won ("launched a counter-offensive … The army announced it had
    regained control of the town") is one battle, coded by its outcome: the change of hands takes the fight's place
    (its rank, its toll, the side it fought), the fight is folded into it."""
    told = [e for e in events if e.modality != Modality.background and e.event_type == BATTLES]
    outcome = next((e for e in told if e.sub_event_type in TERRITORY_OUTCOMES), None)
    # (only a fight told as fact: one someone claims may be the rival version, "Our fighters repelled the attack")
    fights = [e for e in told if e.sub_event_type == "Armed clash" and outcome is not None and _same_place(e, outcome)
              and e.modality == Modality.fact]
    if not fights:
        return events
    for fight in fights:
        outcome.confidence = max(outcome.confidence, fight.confidence)
        if outcome.fatalities is None and fight.fatalities is not None:
            outcome.fatalities = fight.fatalities
        if not outcome.side2:
            outcome.side2 = [a for a in fight.side1 + fight.side2 if a not in outcome.side1][:1]
    return [e for e in events if e not in fights]


def _same_place(a: EventMention, b: EventMention) -> bool:
    """Whether nothing says ``a`` and ``b`` happened at different named places (a note's days may differ: the fight
    began on the 11th, the town was regained by the 12th)."""
    return not (a.place is not None and b.place is not None and a.place.place_id and b.place.place_id
                and a.place.place_id != b.place.place_id)


def same_occasion(detail: EventMention, news: EventMention) -> bool:
    """Whether nothing says ``detail`` happened elsewhere or on another day than ``news``: a place
    of its own that differs, or a date of its own that does not overlap."""
    if not _same_place(detail, news):
        return False
    a, b = detail.date, news.date
    if a is not None and b is not None and (a.latest < b.earliest or b.latest < a.earliest):
        return False
    return True


def _carriers_arrested(events: list[EventMention]) -> list[EventMention]:
    """A note that tells a weapon stopped and then people held ("the army foiled an attack when it intercepted a
    car loaded with explosives … The driver was taken into custody") is one event: the arrest is of the men who
    carried the weapon, part of the disruption ACLED codes (disrupted weapons use), not an arrest of its own."""
    disrupted = next((e for e in events if e.event_type == STRATEGIC and e.sub_event_type == DISRUPTED
                      and e.modality != Modality.background), None)
    if disrupted is None:
        return events
    arrests = [e for e in events if e.event_type == STRATEGIC and e.sub_event_type == "Arrests"
               and e.span.char_start > disrupted.span.char_start and same_occasion(e, disrupted)]
    if not arrests:
        return events
    disrupted.confidence = max(disrupted.confidence, *(e.confidence for e in arrests))
    if not disrupted.side1:
        disrupted.side1 = next((e.side1 for e in arrests if e.side1), [])
    return [e for e in events if e not in arrests]


def _protesters_arrested(events: list[EventMention]) -> list[EventMention]:
    """A note that tells a protest and then arrests ("police dispersed the traders … 6 protesters were
    arrested") is one event: ACLED codes arrests at a protest as the intervention, a protest with
    intervention (a peaceful protest whose people are arrested becomes one)."""
    protest = next((e for e in events if e.event_type == PROTESTS and e.sub_event_type in CROWD_SUBTYPES
                    and e.modality != Modality.background), None)
    if protest is None:
        return events
    arrests = [e for e in events if e.event_type == STRATEGIC and e.sub_event_type == "Arrests"
               and e.span.char_start > protest.span.char_start and same_occasion(e, protest)
               and _of_the_crowd(e.side2)]  # (the protesters arrested, not a named figure)
    if not arrests:
        return events
    protest.sub_event_type = "Protest with intervention"
    protest.confidence = max(protest.confidence, *(e.confidence for e in arrests))
    return [e for e in events if e not in arrests]


def _of_the_crowd(arrested: list[str]) -> bool:
    """Whether the people arrested after a protest are its crowd: protesters named as such, or people the note
    does not name as any actor ("Several students were arrested": civilians, or no side at all)."""
    return not arrested or any(a.startswith("protesters") for a in arrested) \
        or all(a.startswith("civilians") for a in arrested)
