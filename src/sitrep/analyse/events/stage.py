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
- ``mention_builder``: the mention of a decided sentence (``build_mention``): sides, place, date, toll, modality;
- ``raid_spoils``: a raid's looting told after it, folded into the raid;
- ``note_fight``: a note's fight told weakly beside its spoils told strongly is the note's event;
- ``last_resorts``: a short text's or a note's event when no sentence yields one on the usual evidence;
- ``background`` (run last, on the finished mentions): past references marked background, the
  article's own date and "a separate attack" flagged for fusion.
"""

from __future__ import annotations

import logging

from sitrep.analyse.road_incidents import mark_road_incidents
from sitrep.analyse.undated_news import mark_undated_news
from sitrep.analyse.background import mark_background
from sitrep.analyse.context import Context
from sitrep.analyse.statement_leads import leads_told_in_their_statement
from sitrep.analyse.events.args import sentences
from sitrep.analyse.events.headline_tense import as_reported
from sitrep.analyse.events.classifier import classify_snippet, score_texts
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.deed_day import date_deeds_told_after
from sitrep.analyse.events.mentions import masked_text
from sitrep.analyse.events.note_register import note_shaped
from sitrep.analyse.events.one_event import one_event_per_note
from sitrep.analyse.events.outcomes import background_control
from sitrep.analyse.events.sentences import decide
from sitrep.analyse.events.revised_tolls import toll_told_again
from sitrep.analyse.events.deed_told_again import fold_the_deed_told_again
from sitrep.analyse.events.tolls import fold_the_dead_again, fold_toll, share_split_tolls
from sitrep.analyse.events.missing_people import fold_the_missing
from sitrep.analyse.events.types import DISASTER_LABELS
from sitrep.model import EventMention
from sitrep.analyse.events.last_resorts import doerless_violence, note_event, short_text_event, short_text_news
from sitrep.analyse.events.mention_builder import build_mention
from sitrep.analyse.events.note_fight import fight_over_its_spoils
from sitrep.analyse.events.raid_spoils import spoils_of_the_attack

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
            if decision is not None and disaster_lead and not events and doerless_violence(ctx, s, decision):
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
                        and not spoils_of_the_attack(ctx, s, mention, events):
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
        events = short_text_event(ctx, sents, scored, attributions)
    if not events and note_shaped(ctx, len(sents)):
        events = note_event(ctx, sents, scored, attributions)
    if events and not found:
        for s in sents:  # a last resort's dead, told after it ("Dozens were killed. Fatalities coded as 77.")
            if s.start >= events[-1].span.char_end:
                fold_toll(ctx, s, None, events)
    events = fight_over_its_spoils(ctx, sents, scored, events, attributions)  # a weak fight's spoils told strongly
    events = leads_told_in_their_statement(ctx.document.text, events)  # a communiqué's lead, then the communiqué
    events = one_event_per_note(date_deeds_told_after(ctx, events), len(sents), ctx.document.text)
    events = short_text_news(ctx, mark_background(ctx, share_split_tolls(ctx, events)), len(sents))
    return mark_road_incidents(ctx, mark_undated_news(ctx, events))




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



__all__ = ["find_events", "classify_snippet", "decide", "build_mention", "background_control"]
