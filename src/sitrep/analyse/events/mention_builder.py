"""The mention of an event a sentence tells (``build_mention``): its sides from the parse or the rule that decided it,
what it lacks borrowed from the event told before, its place, date, fatalities, modality (fact, claim, denial,
background) and the source's outcome version."""

from __future__ import annotations

from sitrep.analyse import versions
from sitrep.analyse.actors import crowd_sides
from sitrep.analyse.undated_news import told_another_day, weekdays_of
from sitrep.analyse.context import Context
from sitrep.analyse.claim_words import dismisses_reports
from sitrep.analyse.events.args import actor_kind, is_government_side, Sentence
from sitrep.analyse.events.codebook_developments import carries_no_dead, grave_finders_apart, mutineers_apart
from sitrep.analyse.events.cues import EVENT_ANAPHORA, INHERITED_CONFIDENCE
from sitrep.analyse.events.dating import event_date
from sitrep.analyse.events.decision import acled_coding, Decision
from sitrep.analyse.events.detentions import coded_holding
from sitrep.analyse.events.mentions import actors_in, dedupe, dominant_country, masked_text
from sitrep.analyse.events.perpetrator import handover_receiver, perpetrator_sides
from sitrep.analyse.events.placement import event_place
from sitrep.analyse.events.attacked_facility import facility_holders
from sitrep.analyse.events.sides import other_signatory, coalition, generic_object, generic_parties, government_of, named_predecessors, sides
from sitrep.analyse.events.syntax import event_spine, trigger_reading
from sitrep.analyse.events.tolls import sentence_toll
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, STRATEGIC, VAC
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.events.toll_sources import told_before_toll
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, is_civil_government
from sitrep.model import EventMention, Modality, Span, Stance


def _borrow_sides(s: Sentence, event_type: str, side1: list[str], side2: list[str], events: list[EventMention],
                  confidence: float) -> tuple[list[str], list[str], EventMention | None, float]:
    """A battle or explosion told without one of its sides borrows it from the event told before
    (at a lower confidence), or, told as a reference back ("the offensive"), takes that event's
    orientation.  Returns the sides, the event borrowed from (if any) and the confidence."""
    inherited_from: EventMention | None = None
    if event_type in (BATTLES, EXPLOSIONS) and (not side1 or not side2):
        prev = next((e for e in reversed(events) if e.event_type in (BATTLES, EXPLOSIONS) and (e.side1 or e.side2)), None)
        if prev is not None and told_another_day(s.text, weekdays_of([prev.date])):
            prev = None  # "On Monday, four passengers were killed when their bus hit a bomb" after Tuesday's ambush
        if prev is not None:
            inherited_from = prev
            # the side the sentence names may stand on the other side of the event before, told as the same kind
            # of event ("JNIM … killed 40 soldiers and Wagner mercenaries", then "the army said it had repelled the
            # assault"): the side it lacks is then that event's opposite camp, not the named side's own allies (an
            # event of another kind, a strike the day before an ambush, is no account of the same fight)
            same_kind = prev.event_type == event_type
            if not side1:
                side1 = [a for a in (prev.side2 if same_kind and _on_side(side2, prev.side1, prev.side2) else prev.side1)
                         if a not in side2]
            if not side2:
                side2 = [a for a in (prev.side1 if same_kind and _on_side(side1, prev.side2, prev.side1) else prev.side2)
                         if a not in side1]
            confidence *= INHERITED_CONFIDENCE
    if inherited_from is None and event_type in (BATTLES, EXPLOSIONS) and EVENT_ANAPHORA.search(s.text):
        # "claimed that its forces defeated the militants" in a sentence about "the rebel offensive":
        # both sides are named, but where and when come from the event referred back to
        inherited_from = next((e for e in reversed(events) if e.event_type == event_type and e.date is not None), None)
        if inherited_from is not None and not set(side1) & set(inherited_from.side1) and (
            set(side1) & set(inherited_from.side2) or set(side2) & set(inherited_from.side1)
        ):
            # told from the defender's side ("its forces defeated the militants"): keep the
            # orientation of the event referred back to, attacker first, so that sources agree
            side1, side2 = side2, side1
    return side1, side2, inherited_from, confidence


def _on_side(named: list[str], side: list[str], other: list[str]) -> bool:
    """Whether the actors a sentence names stand on ``side`` of the event told before, and not on ``other``."""
    return bool(set(named) & set(side)) and not set(named) & set(other)


def state_own(ctx: Context, side1: list[str]) -> bool:
    """Whether only the state acts (a junta's decree in its capital, "dissolved all parties in Bamako"): its own
    measure, which is aimed at no government."""
    return bool(side1) and all(is_government_side(ctx, a) for a in side1)


def _attributed(ctx: Context, attribution, s: Sentence, event_type: str, side1: list[str], side2: list[str]):
    """(modality, source_actor, side1, side2) of a sentence someone said: a claim (the group claiming an attack its
    author, ``_claimer_first``), or a denial; a speaker calling the reports propaganda denies and is no party of what
    they tell."""
    if attribution is None:
        return Modality.fact, None, side1, side2
    speaker = attribution.speaker
    if attribution.stance != "denies":
        if is_civil_government(speaker) and event_type != STRATEGIC:
            # « Le ministère de la Sécurité a fait état de huit morts à la suite de l'attaque … contre un hameau »: a
            # government or its ministry tells the deed; its armed forces fight, never the ministry that speaks (a
            # development it announces is its own decision: "the junta announced that it was leaving the G5 Sahel")
            side1, side2 = ([a for a in side if a != speaker] for side in (side1, side2))
        return (Modality.claim, speaker, *_claimer_first(ctx, attribution, event_type, side1, side2))
    if dismisses_reports(s.text):
        side1, side2 = ([a for a in side if a != speaker] for side in (side1, side2))
    return Modality.denied, speaker, side1, side2


def _claimer_first(ctx: Context, attribution, event_type: str, side1: list[str],
                   side2: list[str]) -> tuple[list[str], list[str]]:
    """A group claiming the attack it tells is its author: « le JNIM a revendiqué l'embuscade tendue lundi contre un
    convoi de l'armée malienne » has JNIM first and the army it names second, wherever the parse put the army."""
    if attribution is None or attribution.stance != Stance.claims_responsibility.value \
            or event_type not in (BATTLES, EXPLOSIONS, VAC):
        return side1, side2
    claimer = attribution.speaker
    if claimer in side1 or actor_kind(ctx, claimer) not in ARMED_NON_STATE_KINDS:
        return side1, side2
    attacked = [a for a in side1 if is_government_side(ctx, a)]
    return [claimer] + [a for a in side1 if a not in attacked], dedupe(attacked + [a for a in side2 if a != claimer])


def _decided_sides(ctx: Context, s: Sentence, decision: Decision, side1: list[str],
                   side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) where a rule set the sides (``decision``), the parsed ones filling what it left; in a development,
    the receiver of a place handed over (a transfer of territory) is actor 1 whoever the rule read first."""
    side1 = decision.side1 or [a for a in side1 if a not in decision.side2]
    side2 = decision.side2 or [a for a in side2 if a not in side1]
    taker = handover_receiver(ctx, s) if decision.label == "NON_VIOL_TERRIT_TRANSFER" else []  # (not captives handed over)
    return (taker, [a for a in dict.fromkeys(side1 + side2) if a not in taker]) if taker else (side1, side2)


def build_mention(ctx: Context, s: Sentence, decision: Decision, events: list[EventMention], attribution) -> EventMention | None:
    """The mention of the event ``decide`` found in sentence ``s``: sides, place, date, fatalities, modality and
    outcome version, with what is missing borrowed from ``events`` told before; None for a label ACLED does not code."""
    coded = acled_coding(decision.label)
    if coded is None:
        return None
    event_type, sub_event_type = coded
    source_ids = {attribution.speaker, attribution.on_behalf_of or ""} if attribution is not None else set()
    trig = trigger_reading(s, decision.trigger_offset - s.start, decision.trigger, ctx.language).for_sides if decision.trigger else None
    spine = event_spine(trig) if trig is not None else None
    side1, side2, assoc1, assoc2 = sides(ctx, s, source_ids, battle=event_type == BATTLES, spine=spine, trig=trig)
    if not side1 and event_type == EXPLOSIONS:
        side1 = sides(ctx, s, source_ids, battle=True, spine=spine, trig=trig)[0]
    if decision.side1 or decision.side2:
        side1, side2 = _decided_sides(ctx, s, decision, side1, side2)
    else:
        side1, side2 = perpetrator_sides(ctx, s, event_type, side1, side2)
    side2 = [a for a in side2 if a not in side1]
    side1 = mutineers_apart(ctx, s.text, grave_finders_apart(ctx, sub_event_type, s.text, side1), side2)
    if not side2 and trig is not None:  # (or the holders of a camp told attacked: « l'attaque du camp militaire de X »)
        side2 = [a for a in generic_object(ctx, s, trig) if a not in side1] or facility_holders(ctx, s, side1, event_type)
    if not side1 and decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"):
        # the gainer named elsewhere in the sentence ("… lost control after junta forces captured X")
        want_gov = decision.label == "GOV_REGAINS_TERIT"
        side1 = dedupe([
            a.actor_id for a in actors_in(ctx, s)
            if a.actor_id not in side2 and is_government_side(ctx, a.actor_id) == want_gov
            and actor_kind(ctx, a.actor_id) not in ("civilians", "")
        ])[:2]
    side1, side2, inherited_from, confidence = _borrow_sides(s, event_type, side1, side2, events, decision.confidence)
    if side1 and not side2 and (event_type == BATTLES or decision.label == "NON_VIOL_TERRIT_TRANSFER"):
        # "Fighting broke out between troops and separatists": generic parties by kind; a place handed over
        # without a fight has two parties too ("… seized X after Malian troops withdrew"): ACLED's actor 2 is the
        # one that left, which the control timeline needs as the holder before the change
        side2 = generic_parties(ctx, s, exclude=set(side1))
    side2 = other_signatory(ctx, s, side1) if side1 and not side2 and decision.label == "AGREEMENT" else side2
    remap = named_predecessors(ctx)
    if remap:
        side1, side2, assoc1, assoc2 = (dedupe([remap.get(a, a) for a in ids]) for ids in (side1, side2, assoc1, assoc2))
        side2 = [a for a in side2 if a not in side1]
    place = event_place(ctx, s, decision, events, inherited_from, side1)
    if decision.label == "OTHER" and place is not None and (place.feature_code or "") == "PPLC" and not side2 and not state_own(ctx, side1):
        # a siege or blockade of a capital is directed at that country's government (not the state's own measure)
        side2 = [a for a in government_of(ctx, place.country) if a not in side1]
        if side2:  # the besiegers are not the besieged government's own forces
            side1 = [a for a in side1 if not is_government_side(ctx, a)]
    side1 = coalition(ctx, s, side1, events)
    side1, side2, assoc1 = crowd_sides(ctx, event_type, sub_event_type, place.country if place else dominant_country(ctx),
                                       side1, side2, assoc1, text=s.text)
    event_type, sub_event_type, side1 = coded_holding(ctx, event_type, sub_event_type, side1, trig, s.text)  # militia, police
    date, background = event_date(ctx, s, events, inherited_from)
    killed, injured = find_fatalities(s.text, ctx.language)  # (or "They were later found dead": told_before_toll)
    killed = None if carries_no_dead(sub_event_type, s.text) else sentence_toll(event_type, s.text, killed or told_before_toll(ctx, s), ctx)
    # names blanked: "Azawad Liberation Front" is no liberation
    version = versions.version_of(masked_text(ctx, s), ctx.language)
    modality, source_actor, side1, side2 = _attributed(ctx, attribution, s, event_type, side1, side2)
    if background:
        modality = Modality.background
    span = Span(doc_id=ctx.doc_id, char_start=s.start, char_end=s.end)
    mention = EventMention(
        mention_id=f"{ctx.doc_id}:{s.start}",
        span=span,
        trigger=decision.trigger,
        event_type=event_type,
        sub_event_type=sub_event_type,
        side1=side1,
        side2=side2,
        assoc1=[a for a in assoc1 if a not in side1 and a not in side2],
        assoc2=[a for a in assoc2 if a not in side1 and a not in side2],
        place=place,
        date=date,
        fatalities=killed,
        injuries=injured,
        modality=modality,
        source_actor=source_actor,
        version=version,
        confidence=confidence,
    )
    ctx.events_so_far.append(mention)
    return mention
