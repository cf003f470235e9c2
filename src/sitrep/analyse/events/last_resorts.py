"""A short text's last resorts: a snippet or a coder's note is written to report something, so when no sentence yields
an event on the usual evidence, the text as a whole (``short_text_event``) or the note's most confident candidate
(``note_event``) is its event, kept at a lower confidence; a short text whose every event reads as a past reference
keeps its most confident one as its news (``short_text_news``); and after a disaster, harm that names no doer is that
disaster's toll (``doerless_violence``)."""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.blame_clause import ATTRIBUTION_LEMMAS
from sitrep.analyse.events.communal import communities_at_arms
from sitrep.analyse.events.classifier import classify_snippet, is_acled, NONE, Scored
from sitrep.analyse.events.cues import SHORT_TEXT_SENTENCES
from sitrep.analyse.events.decision import acled_coding, Decision
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.events.note_register import still_not_an_event
from sitrep.analyse.events.protest_causes import VIOLENCE_TOLD
from sitrep.analyse.events.sentences import decide, told_inside_recalled_deed
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, RIOTS, VAC
from sitrep.knowledge.actors import ORGANISED_KINDS
from sitrep.analyse.events.mention_builder import build_mention
from sitrep.model import EventMention, Modality

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


def short_text_event(ctx: Context, sents: list[Sentence], scored: list[Scored], attributions) -> list[EventMention]:
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


# the factor on the confidence of a note's event kept by the last resort (``note_event``)
NOTE_LAST_RESORT = 0.5


def note_event(ctx: Context, sents: list[Sentence], scored: list[Scored], attributions) -> list[EventMention]:
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


def doerless_violence(ctx: Context, s: Sentence, decision: Decision) -> bool:
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



# the confidence a short text's only news keeps when its words read as a past reference
SHORT_TEXT_PAST = 0.6


def short_text_news(ctx: Context, events: list[EventMention], n_sentences: int) -> list[EventMention]:
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
