"""Stage: sentences reporting events, coded in ACLED's taxonomy with their arguments.

For each sentence (from the spaCy parses already on the context):

1. decide whether it reports an event and which: conflict rules written from ACLED's codebook come
   first (territory changing hands, aircraft lost, diplomatic ruptures, background control), then
   the sentence classifier (cues + linear model, ``event_classifier``); commentary, threats and
   plans ("will", "vowed to") report nothing;
2. fill the arguments: sides from the dependency parse (subject/agent → side1; object, passive
   subject, "against X" → side2; "with X" → the other side), generic descriptions ("separatists")
   resolved to the latest actor of that kind, missing sides filled from the preceding event
   (lower confidence); place, date, fatalities, modality (fact / claim / denied / background)
   and the source's outcome ``version``.

Background statements of control ("rebel groups that had controlled Kidal since 2014") yield an
extra "Non-state actor overtakes territory" mention dated to that year.

This module is the entry point (``find_events``) and assembles each mention (``build_mention``);
the work is split, each module importing only those listed before it:

- ``event_cues``: rule regexes and word lists;
- ``event_decision``: the ``Decision`` record and the label → ACLED coding;
- ``event_syntax``: dependency-parse helpers (modality, main clause, clause verb, objects);
- ``event_mentions``: the mentions of a sentence, name masking, verb subjects;
- ``event_dating`` / ``event_placement``: when and where;
- ``event_outcomes``: territory changing hands and background control;
- ``event_codebook``: the label corrected by who fought whom (battle, attack on civilians, riot);
- ``event_sentences``: the sentence finder (``decide``);
- ``event_sides``: the parties;
- ``background`` (run last, on the finished mentions): past references marked background, the
  article's own date and "a separate attack" flagged for fusion.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from sitrep.analyse import versions
from sitrep.analyse.actors import crowd_sides
from sitrep.analyse.road_incidents import mark_road_incidents
from sitrep.analyse.undated_news import mark_undated_news, told_another_day, weekdays_of
from sitrep.analyse.background import mark_background
from sitrep.analyse.context import Context
from sitrep.analyse.claim_words import dismisses_reports
from sitrep.analyse.statement_leads import leads_told_in_their_statement
from sitrep.analyse.events.args import actor_kind, is_government_side, Sentence, sentences
from sitrep.analyse.events.blame_clause import ATTRIBUTION_LEMMAS
from sitrep.analyse.events.codebook_developments import carries_no_dead, grave_finders_apart, mutineers_apart
from sitrep.analyse.events.communal import communities_at_arms
from sitrep.analyse.events.headline_tense import as_reported
from sitrep.analyse.events.classifier import classify_snippet, is_acled, NONE, score_texts, Scored
from sitrep.analyse.events.cues import EVENT_ANAPHORA, INHERITED_CONFIDENCE, SHORT_TEXT_SENTENCES, THE_DOERS_AGAIN
from sitrep.analyse.events.dating import event_date
from sitrep.analyse.events.deed_day import date_deeds_told_after
from sitrep.analyse.events.decision import acled_coding, Decision
from sitrep.analyse.events.detentions import coded_holding
from sitrep.analyse.events.mentions import actors_in, dedupe, dominant_country, is_country, masked_text, places_in
from sitrep.analyse.events.note_register import note_shaped, still_not_an_event
from sitrep.analyse.events.one_event import one_event_per_note
from sitrep.analyse.events.outcomes import background_control
from sitrep.analyse.events.perpetrator import handover_receiver, perpetrator_sides
from sitrep.analyse.events.placement import event_place
from sitrep.analyse.events.protest_causes import VIOLENCE_TOLD
from sitrep.analyse.events.sentences import decide, told_inside_recalled_deed
from sitrep.analyse.events.attacked_facility import facility_holders
from sitrep.analyse.events.sides import (
    other_signatory,
    coalition,
    generic_object,
    generic_parties,
    government_of,
    named_predecessors,
    sides,
)
from sitrep.analyse.events.syntax import event_spine, trigger_reading
from sitrep.analyse.events.revised_tolls import toll_told_again
from sitrep.analyse.events.deed_told_again import fold_the_deed_told_again
from sitrep.analyse.events.tolls import fold_the_dead_again, fold_toll, sentence_toll, share_split_tolls
from sitrep.analyse.events.missing_people import fold_the_missing
from sitrep.analyse.events.types import BATTLES, DISASTER_LABELS, EXPLOSIONS, RIOTS, STRATEGIC, VAC
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.events.toll_sources import told_before_toll
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS, is_civil_government, ORGANISED_KINDS
from sitrep.model import EventMention, Modality, Span, Stance

log = logging.getLogger(__name__)


def find_events(ctx: Context) -> list[EventMention]:
    """The event mentions of the document's sentences, in text order (the stage's entry point)."""
    sents = sentences(ctx)
    if not sents:
        return []
    training = getattr(ctx.knowledge, "extra", {}).get("event_training")  # a user's notes (sitrep train events)
    masked = [masked_text(ctx, s) for s in sents]
    # (the cue words, written in a report's tense, read a headline as a report tells it; the model reads its own words)
    scored = score_texts(masked, ctx.language, training=training,
                         cue_texts=[as_reported(s.sent, text) for s, text in zip(sents, masked)] if ctx.language == "en" else None)
    attributions = ctx.attributions
    events: list[EventMention] = []
    other_topic = False  # an earlier sentence named an event outside ACLED (a disaster, a claim of authorship)
    disaster_lead = False  # an earlier sentence of a short text that the model reads as a disaster, no event found
    for s, sc in zip(sents, scored):
        try:
            # after a first event, ACLED or not, a doubtful sentence is more often its context than news
            decision = decide(ctx, s, sc, told_before=bool(events) or other_topic)
            if decision is not None and disaster_lead and not events and _doerless_violence(ctx, s, decision):
                decision = None  # "Explosions rocked a chemical plant. Rescuers said 47 people were killed.": its toll
            other_topic = other_topic or (decision is None and _names_other_event(sc, short=len(sents) <= SHORT_TEXT_SENTENCES))
            # (a short text's sentence the model reads first as a disaster, even with no cue word behind it)
            disaster_lead = disaster_lead or (decision is None and len(sents) <= SHORT_TEXT_SENTENCES and sc.best in DISASTER_LABELS)
            if decision is not None:
                mention = build_mention(ctx, s, decision, events, attributions.get(s.index))
                if mention is not None and not fold_toll(ctx, s, mention, events) \
                        and not fold_the_dead_again(ctx, s, mention, events) \
                        and not fold_the_deed_told_again(ctx, s, mention, events) \
                        and not fold_the_missing(ctx, s, mention, events) \
                        and not _spoils_of_the_attack(ctx, s, mention, events):
                    events.append(mention)
            elif not fold_toll(ctx, s, None, events):  # "One killed." after the incident
                rival = toll_told_again(ctx, s, events)  # "The government had put the toll at 12 dead."
                if rival is not None:
                    events.append(rival)
            bg = background_control(ctx, s, events)
            if bg is not None and all(e.mention_id != bg.mention_id for e in events):
                events.append(bg)
        except Exception:  # one odd sentence must not cost the document its other events
            log.exception("event extraction failed on sentence %d of %s", s.index, ctx.doc_id)
    found = bool(events)
    if not events and not other_topic and len(sents) <= SHORT_TEXT_SENTENCES:
        events = _short_text_event(ctx, sents, scored, attributions)
    if not events and note_shaped(ctx, len(sents)):
        events = _note_event(ctx, sents, scored, attributions)
    if events and not found:
        for s in sents:  # a last resort's dead, told after it ("Dozens were killed. Fatalities coded as 77.")
            if s.start >= events[-1].span.char_end:
                fold_toll(ctx, s, None, events)
    events = leads_told_in_their_statement(ctx.document.text, events)  # a communiqué's lead, then the communiqué
    events = one_event_per_note(date_deeds_told_after(ctx, events), len(sents), ctx.document.text)
    events = _short_text_news(ctx, mark_background(ctx, share_split_tolls(ctx, events)), len(sents))
    return mark_road_incidents(ctx, mark_undated_news(ctx, events))


# a short text that yields no event: its sentence whose best ACLED label the model ranks first, or at most this far
# below "no event", is read as its news, kept whatever its doubts (down to this floor) at this factor on its confidence
SHORT_TEXT_NONE_MARGIN = 0.75
SHORT_TEXT_FLOOR = 0.05
SHORT_TEXT_BELOW_NONE = 0.5
# doubts that say the sentence tells something else than a new event (a plan, a denial or blame, a
# match, a burglary, a recollection, another kind of event): the last resort does not overrule them
NOT_NEWS = frozenset(("modal", "attributed", "sport", "petty_crime", "other_kind", "earlier_event", "ongoing",
                      "territory_not_object",  # (a change of hands that names no territory taken)
                      "framed", "period_count", "works", "historical", "negated", "interpersonal", "accidental",
                      "crime", "natural_cause", "figurative", "verdict", "diplomatic"))  # (harm outside ACLED's scope: ``event_scope``)


def _short_text_event(ctx: Context, sents: list[Sentence], scored: list[Scored], attributions) -> list[EventMention]:
    """A short text (a snippet, a note) is written to report something: when no sentence yields an
    event because its doubts (an unsure model, no cue word, no named party) put it under the usual
    threshold, the text is classified as a whole (the classifier alone, which reads every sentence
    together), and the sentence that speaks most for that label is decided again with "no event"
    out of the running and the threshold lowered: the event is kept at a low confidence, which
    fusion and readers see, instead of being lost.  A whole text classed outside ACLED (a disaster,
    a crime, diplomacy, a claim) still says no, and so does a sentence ranking such a label higher."""
    label = classify_snippet(" ".join(s.text for s in sents), ctx.language)
    if not is_acled(label):
        return []
    best = None
    for s, sc in zip(sents, scored):
        own = sc.scores.get(label, -9.0)
        others = [v for lab, v in sc.scores.items() if lab != NONE and not is_acled(lab)]
        if own < sc.scores.get(NONE, -9.0) - SHORT_TEXT_NONE_MARGIN or (others and max(others) >= own):
            continue
        if best is None or own > best[0]:
            best = (own, s, sc)
    if best is None:
        return []
    own, s, sc = best
    scores = {lab: v for lab, v in sc.scores.items() if lab != NONE}
    decision = decide(ctx, s, replace(sc, best=label, score=own, scores=scores), floor=SHORT_TEXT_FLOOR)
    if decision is None or NOT_NEWS & set(decision.doubts) or s.sent.root.lemma_.lower() in ATTRIBUTION_LEMMAS \
            or told_inside_recalled_deed(ctx, s, sc, decision) \
            or (_violent(decision.label) and not _armed_party(ctx, s)) \
            or (_riot(decision.label) and VIOLENCE_TOLD.search(s.text) is None):
        # violence on this little evidence needs an armed party named: else a crash, a crime, a blaze; and a riot
        # needs violence told ("voters turned out in large numbers" is a crowd, not a riot)
        return []
    decision.confidence *= SHORT_TEXT_BELOW_NONE
    mention = build_mention(ctx, s, decision, [], attributions.get(s.index))
    return [mention] if mention is not None else []


# the factor on the confidence of a note's event kept by the last resort (``_note_event``)
NOTE_LAST_RESORT = 0.5


def _note_event(ctx: Context, sents: list[Sentence], scored: list[Scored], attributions) -> list[EventMention]:
    """A coder's note (``note_register.note_shaped``) describes an event by definition: when every candidate fell
    under its threshold or was vetoed (a crime's or an accident's words, a claim or accusation around the deed, an
    unsure model, "no event" or a label outside ACLED ranked first), the sentence whose best ACLED label is decided
    with the most confidence is its event, each doubt still lowering that confidence, then halved: kept, and marked
    as weak, instead of lost.  A candidate that is really no event of the conflict (ordinary crime, an accident, a
    match: ``note_register.still_not_an_event``) stays out.  [] when no sentence is left."""
    best: tuple[Decision, Sentence] | None = None
    for s, sc in zip(sents, scored):
        acled = {lab: v for lab, v in sc.scores.items() if is_acled(lab)}
        if not acled:
            continue
        label = max(acled, key=acled.__getitem__)
        ahead = max((lab for lab, v in sc.scores.items() if lab != NONE and not is_acled(lab) and v > acled[label]),
                    key=sc.scores.__getitem__, default=None)  # a kind of event outside ACLED ranked above it
        # (decided with its rivals in the running, so that their doubts are told; with them out when the model's
        # hesitation alone vetoes it)
        decision = decide(ctx, s, replace(sc, best=label, score=acled[label]), floor=0.0) or decide(
            ctx, s, sc.restricted(is_acled), floor=0.0)
        if decision is None or acled_coding(decision.label) is None or still_not_an_event(ctx, decision.doubts, ahead):
            continue
        if best is None or decision.confidence > best[0].confidence:  # (on a tie the earlier sentence)
            best = (decision, s)
    if best is None:
        return []
    decision, s = best
    decision.confidence *= NOTE_LAST_RESORT
    decision.doubts.append("note_last_resort")
    mention = build_mention(ctx, s, decision, [], attributions.get(s.index))
    return [mention] if mention is not None else []


def _doerless_violence(ctx: Context, s: Sentence, decision: Decision) -> bool:
    """Whether a violent ``decision`` names nobody who did it: no armed party, no actor of the base.  After a
    sentence that told a disaster (a blast in a works, a flood), such harm is that disaster's toll."""
    return _violent(decision.label) and not _armed_party(ctx, s) and not actors_in(ctx, s)


def _riot(label: str) -> bool:
    coded = acled_coding(label)
    return coded is not None and coded[0] == RIOTS


def _violent(label: str) -> bool:
    coded = acled_coding(label)
    return coded is not None and coded[0] in (BATTLES, EXPLOSIONS, VAC)


# armed, organised people described by a common noun ("Pakistani forces have taken five people"):
# an armed party even when the actor base does not know whose forces they are
ARMED_NOUNS = re.compile(
    r"\b(?:forces|troops|soldiers|army|military|police(?:men)?|gendarmes?|militants?|gunmen|rebels|insurgents|"
    r"jihadists|militi(?:a|as|amen)|fighters|armed (?:men|groups?)|soldats|militaires|hommes armés|djihadistes)\b",
    re.IGNORECASE)


# the means of war only an armed, organised party wields (aircraft, drones, barrel bombs, shelling, artillery):
# "Government helicopters dropped barrel bombs on two villages" names its doer by its weapon
WAR_MACHINES = re.compile(
    r"\b(?:warplanes?|war ?planes?|(?:fighter |military |government |army )?(?:jets?|aircraft|helicopters?)|gunships?|bombers?|"
    r"drones?|unmanned aerial|air ?strikes?|air raids?|aerial (?:bombardment|attacks?)|barrel bombs?|shell(?:s|ing|ed)|"
    r"artillery|mortars?(?: shells?| rounds?)?|rockets?|missiles?|avions?|hélicoptères?|frappes? aériennes?|obus|roquettes?)\b",
    re.IGNORECASE)


def _armed_party(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence names or describes an armed, organised actor (forces, a rebel group, a militia; two communities
    at arms: "a conflict between farmers and herders left one dead"), or the means of war only such an actor wields."""
    return any(actor_kind(ctx, a.actor_id) in ORGANISED_KINDS for a in actors_in(ctx, s)) \
        or ARMED_NOUNS.search(s.text) is not None or WAR_MACHINES.search(s.text) is not None or communities_at_arms(s.text)


def _spoils_of_the_attack(ctx: Context, s: Sentence, mention: EventMention, events: list[EventMention]) -> bool:
    """Fold into the attack told just before a looting or burning its doers did in the same raid ("The attackers also took
    cattle", « Le groupe affirme avoir tué trente soldats et incendié des véhicules »: its dead the attack's when it had
    none), as ACLED codes it; only when the sentence opens on the doers, names no day and no other place.  True if folded."""
    if not events or mention.event_type != STRATEGIC or not THE_DOERS_AGAIN.search(s.text):
        return False
    last = events[-1]
    if last.event_type not in (BATTLES, VAC) or last.modality == Modality.background or last.span.char_end > s.start:
        return False
    if mention.date is not None and mention.date.evidence != "published" and mention.date != last.date:
        return False
    own = last.place.place_id if last.place is not None else None
    if any(p.place_id != own for p in places_in(ctx, s) if not is_country(p)):
        return False
    killed = mention.fatalities if mention.fatalities is not None and mention.fatalities.kind == "killed" else None
    events[-1] = last.model_copy(update={"span": last.span.model_copy(update={"char_end": s.end}), "fatalities": last.fatalities or killed})
    return True


# the confidence a short text's only news keeps when its words read as a past reference
SHORT_TEXT_PAST = 0.6


def _short_text_news(ctx: Context, events: list[EventMention], n_sentences: int) -> list[EventMention]:
    """A short text (a snippet, a note, a brief) is written to report something: when every event
    it yields reads as a past reference ("…was gang-raped about five months ago", "stole the railway
    that was built in 1913", a snippet with no date of its own), its most confident one is its news,
    at a lower confidence; in an article the news lies elsewhere and the references stay background,
    and so do they in a text whose publication date is stated (they are past on that day)."""
    published = ctx.document.published
    if published is not None and published.date is not None and not published.is_estimate:
        return events
    if not events or n_sentences > SHORT_TEXT_SENTENCES or any(e.modality != Modality.background for e in events):
        return events
    news = max(events, key=lambda e: (e.confidence, -e.span.char_start))
    news.modality = Modality.fact
    news.confidence *= SHORT_TEXT_PAST
    return events


# a cue this heavy for a type outside ACLED names the sentence's event ("a gas explosion", "a flood")
OTHER_EVENT_CUE = 1.5
# the events outside ACLED that make a story's topic (a claim of authorship is about an ACLED event)
OTHER_EVENTS = DISASTER_LABELS | {"ORG_CRIME"}


# in a short text (a snippet, a note) a first sentence that blames or claims is the story: what
# follows on weak evidence is its context, not a new event (in an article a claim often precedes the news)
SHORT_TEXT_TOPICS = OTHER_EVENTS | {"ATTRIB"}


def _names_other_event(sc, short: bool = False) -> bool:
    """Whether the classifier's first label is an event outside ACLED's taxonomy, named by a cue word."""
    return sc.best in (SHORT_TEXT_TOPICS if short else OTHER_EVENTS) and (sc.cue_weights or {}).get(sc.best, 0.0) >= OTHER_EVENT_CUE


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


__all__ = ["find_events", "classify_snippet", "decide", "build_mention", "background_control"]
