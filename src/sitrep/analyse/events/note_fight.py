"""A note's fight told weakly beside its spoils told strongly: the note's event is the fight.

ACLED writes one note per event and codes the fight when armed sides fought: the people carried off, the weapons,
motorbikes or cattle seized, an IED found and defused, the prisoners taken during or after it are the battle's spoils,
whichever sentence tells them and however weakly the fight is told (the Burkina Faso tune notes: "The VDP repelled the
attack, although the militants killed at least three farmers and seized livestock" is an armed clash; every tune and
held-out note that tells both a fight and such spoils is coded Armed clash).  The sentence finder reads each sentence
alone: a fight told in few words ("A firefight ensued", « Les militaires ont riposté ») may fall under its confidence
floor, or be read as an attack on the civilians it names, while the seizure or the abduction beside it is told in
strong cue words; the most confident mention would then be the note's event.

So in a short text (a note) whose sentences tell, as fact, only such spoils and attacks (``SPOILS``) beside any
armed clash, the first sentence that tells a fight (``fight_words.fight_told``: fire exchanged, an attack repelled or
answered, sides that clashed; a fight's noun: a clash, a battle, « accrochage », « affrontement », « riposte »; in a sentence
that yielded no mention, also the classifier reading an armed clash first, or by a cue word) is the note's fight:
its clash mention, or, when it yielded none or another reading (under the sentence finder's floor, or read as an
attack on the civilians it names), the sentence read again as an armed clash with no floor.  The spoils of the same
occasion (no other named place, no other day) are folded into it (their toll, place, day and doer).  Not a fight said
not to have happened, nor one recalled days before the note's news.  A note with no fight keeps its abduction, its
seizure at a checkpoint, its IED defused on a road, its arrests."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.classifier import Scored
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.fight_words import fight_told, NO_FIGHT
from sitrep.analyse.events.mention_builder import build_mention
from sitrep.analyse.events.one_event import same_occasion
from sitrep.analyse.events.sentences import decide
from sitrep.analyse.told_offsets import told_days_back
from sitrep.model import EventMention, Modality

CLASH_LABEL = "ARMED_CLASH"
CLASH = "Armed clash"
# what a fight's doers take or leave, and an attack the fight answered: the note's mentions the fight outranks
SPOILS = frozenset(("Abduction/forced disappearance", "Disrupted weapons use", "Arrests",
                    "Looting/property destruction", "Attack"))
# of those, the ones that are spoils proper (a note of an attack and its repulse alone is the codebook's to code),
# and their labels: a sentence with their cue words tells spoils even when the codebook recoded it (people carried
# off "after clashing with the VDP escort", coded as an attack on the people taken)
# (not looting or burning: a raid's own deeds on the people it struck, ``raid_spoils``)
TAKEN = SPOILS - {"Attack", "Looting/property destruction"}
TAKEN_LABELS = frozenset(("ABDUCT_DISSAP", "DISR_WEAP", "ARREST"))
# a fight named by its noun ("a clash with", "in the battle", "after the exchange of fire", « un accrochage », « des
# affrontements », « la riposte des VDP »): in a note whose only news is its spoils, the noun names the note's fight
# (elsewhere a noun may be a topic, "the reason behind the clashes", which ``fight_words`` leaves out)
FIGHT_NOUN = re.compile(r"\b(?:clash(?:es)?|battles?|fighting|firefights?|fire ?fights?|exchanges? of (?:gun)?fire|"
                        r"exchanges? of shots|accrochages?|affrontements?|combats?|ripostes?|échanges? de (?:tirs|coups de feu))\b",
                        re.IGNORECASE)
# the fewest days back that make a fight another occasion than the note's news (as ``note_precedence`` reads them)
RECALLED_DAYS = 2


def fight_over_its_spoils(ctx: Context, sents: list[Sentence], scored: list[Scored], events: list[EventMention],
                          attributions) -> list[EventMention]:
    """``events`` of a short text with its weakly told fight read as an armed clash when the note tells it beside
    spoils, and the spoils of the same occasion folded into it (see the module's docstring); ``events`` unchanged
    otherwise."""
    if len(sents) > SHORT_TEXT_SENTENCES or not _spoils_only(events, scored):
        return events
    for s, sc in zip(sents, scored):
        own = [e for e in events if e.span.char_start == s.start and e.modality == Modality.fact]
        if not _fight_of_the_day(s.text, sc, read=bool(own)):
            continue
        told = next((e for e in own if e.sub_event_type == CLASH), None)
        fight = told or _read_as_fight(ctx, s, sc, [e for e in events if e.span.char_end <= s.start],
                                       attributions.get(s.index))
        if fight is None:
            continue
        spoils = [e for e in events if e is not fight and e.modality == Modality.fact and e.sub_event_type in SPOILS
                  and same_occasion(e, fight)]
        for e in spoils:
            _take_over(fight, e)
        kept = [e for e in events if all(e is not x for x in spoils) and not (
            e is not fight and e.span.char_start == s.start and e.modality == Modality.fact)]
        return sorted(kept + ([] if told else [fight]), key=lambda e: e.span.char_start)
    return events


def _spoils_only(events: list[EventMention], scored: list[Scored]) -> bool:
    """Whether the note's events told as fact are spoils and attacks only (beside clashes), with spoils proper among
    them (a mention of them, or their cue words in a sentence)."""
    told = [e for e in events if e.modality == Modality.fact and e.sub_event_type != CLASH]
    return bool(told) and all(e.sub_event_type in SPOILS for e in told) and (
        any(e.sub_event_type in TAKEN for e in told) or any(TAKEN_LABELS & set(sc.cues) for sc in scored))


def _fight_of_the_day(text: str, sc: Scored, read: bool = False) -> bool:
    """Whether sentence ``text`` tells two sides fighting (fire exchanged, a fight's noun; when the sentence yielded no
    mention of its own, ``read`` False, also the classifier reading a clash first or by a cue word), not a fight said
    not to have happened nor one days before the note's news.  A sentence the finder read as something else (an
    attack on civilians, a weapon stopped) keeps that reading unless its words say two sides fought."""
    told = fight_told(text, two_sided=True) or FIGHT_NOUN.search(text) is not None \
        or not read and (sc.best == CLASH_LABEL or CLASH_LABEL in sc.cues)
    return told and NO_FIGHT.search(text) is None \
        and max(told_days_back(text, "en"), told_days_back(text, "fr")) < RECALLED_DAYS


def _read_as_fight(ctx: Context, s: Sentence, sc: Scored, before: list[EventMention], attribution) -> EventMention | None:
    """The mention of sentence ``s`` read as an armed clash with no confidence floor (its words say two sides
    fought, whoever the codebook reads as struck), or None when the sentence yields no such reading."""
    clash = sc.restricted(lambda lab: lab == CLASH_LABEL)
    decision = decide(ctx, s, clash, floor=0.0) if clash is not None else None
    if decision is None:
        return None
    decision.label = CLASH_LABEL
    mention = build_mention(ctx, s, decision, before, attribution)
    if mention is None or mention.modality != Modality.fact:
        return None
    return mention


def _take_over(fight: EventMention, e: EventMention) -> None:
    """What the fight lacks, from the spoils of the same occasion: their toll, place, day and doer."""
    fight.confidence = max(fight.confidence, e.confidence)
    if (fight.fatalities is None or fight.fatalities.low is None) and e.fatalities is not None:
        fight.fatalities = e.fatalities
    fight.place = fight.place or e.place
    fight.date = fight.date or e.date
    if not fight.side1 and e.side1:
        fight.side1 = list(e.side1)
