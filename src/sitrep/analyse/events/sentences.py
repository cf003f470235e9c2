"""The sentence finder: whether a sentence reports an event, and which.

Conflict rules written from ACLED's codebook come first (aircraft lost, territory changing hands,
diplomatic ruptures), then the sentence classifier's scores and cues (``event_classifier``), checked
against the parse: the trigger must anchor the event (a verb in the main clause, or a new noun, not
a back-reference), not a plan, threat or ongoing state.

Recall first: a sentence the classifier codes with an ACLED label (or that carries an ACLED cue)
is a candidate.  The thresholds and the syntactic checks do not veto it: each failed check
multiplies the mention's ``confidence`` by its factor (``DOUBTS``).  In a document's first event
sentence (a note, a lead) one doubt keeps the mention, flagged: an unsure model with no cue word
(0.6, less as its margin falls below 0), a weak cue word (0.7), a back-reference, an ongoing state,
a territory that is not the verb's object (0.5).  After the document has reported an event, a
doubtful sentence is more often context than news ("secondary", x0.6) and falls under
``MIN_CONFIDENCE`` (0.45), as do plans and threats (0.4: ACLED codes what happened).  These factors
are set so that the project's gold articles and seeds keep their events (tests/quality).  The model
itself says "no event" when NONE is clearly ahead, or no ACLED label and no cue word.

The first event sentence of a document that the model itself ranks first (above "no event") is a lead:
in a short text (a note, a snippet) a protest or a strategic development told there is kept down to
``LEAD_MIN_CONFIDENCE`` (0.3).  The label is then checked against the codebook (``event_codebook``): who
fought whom decides between a battle, violence against civilians and a riot; the words stay its trigger.

The parts: ``triggers`` chooses the label the sentence tells and its trigger word, ``model_doubts`` the
scores' doubts, ``sentence_doubts`` the doubts on how the sentence tells it (and what each costs),
``told_earlier`` whether it recalls an earlier event."""

from __future__ import annotations

import logging
import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import is_government_side, role_of, Sentence, sentences, SUBJ
from sitrep.analyse.events.codebook import codebook_label
from sitrep.analyse.events.note_register import coder_fields_only
from sitrep.analyse.events.classifier import is_acled, NONE, Scored, territory_side, TERRITORY
from sitrep.analyse.events.cues import (AIR_ACCIDENT, ANAPHORA, INCOMING_MUNITION, PLACE_BACK_REFERENCE, SHORT_TEXT_SENTENCES,
                                       rule_may_match, rules)
from sitrep.analyse.events.decision import acled_coding, Decision, event_type_of
from sitrep.analyse.events.mentions import actors_in, folded_text, is_country, places_in, subjects_of
from sitrep.analyse.events.model_doubts import asides, model_doubts, unsure_factor
from sitrep.analyse.events.parsed_deed import parsed_deed
from sitrep.analyse.events.outcomes import territory_change, told_after, unopposed
from sitrep.analyse.events.registers import historical
from sitrep.analyse.events.sahel_banditry import sahel_robbers_killing
from sitrep.analyse.events.gang_violence import gang_violence
from sitrep.analyse.events.blame_clause import claim_on_the_doer
from sitrep.analyse.events.scope import armed_deed, BLAME_LABELS, blame_on_the_deed_noun, blame_told_apart, claimed_dated_deed, claimed_deed_told, claimed_in_note
from sitrep.analyse.events.sentence_doubts import DOUBTS, foreign_only, reading_doubts
from sitrep.analyse.events.syntax import clause_verb, object_of
from sitrep.analyse.events.triggers import prefer_main_clause, trigger_for
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, PROTESTS, STRATEGIC, SUB_EVENT_TYPES, VAC
from sitrep.analyse.events.withdrawals import taker_past_leaving


log = logging.getLogger(__name__)


# below this, the doubts together outweigh the evidence: no mention (a plan alone stays, a plan
# the model is also unsure of does not)
MIN_CONFIDENCE = 0.45
# the aircraft rule's words that say nothing of hostile fire
ACCIDENT_ONLY = re.compile(r"^(?:(?!shot|down|rammed).)*$", re.IGNORECASE | re.DOTALL)
# a document's first event sentence that the model itself ranks first (above "no event") is kept
# down to this confidence: a lead or a note's only sentence is news, its doubts lower the confidence
LEAD_MIN_CONFIDENCE = 0.3
# (only for protests and strategic developments: a violent event on weak evidence costs more than it gains)
# ("Other" names no kind of development: a model's guess at it is no news)
NON_VIOLENT_LABELS = frozenset(s.case for s in SUB_EVENT_TYPES if s.event_type in (PROTESTS, STRATEGIC)) - {"OTHER"}
# ... when a model with no cue word behind it gives the label at least this margin
LEAD_MIN_SCORE = -0.2


def decide(ctx: Context, s: Sentence, sc: Scored, told_before: bool = False, floor: float | None = None) -> Decision | None:
    """The event ``s`` reports, or None; ``told_before``: the document already reported an event (weak evidence
    then more often marks context than news: the ``secondary`` doubt); ``floor``: the confidence under which
    the doubts drop the mention, when the caller sets its own (a short text's last resort, ``event_stage``)."""
    read = _reading(ctx, s, sc, told_before)
    d = _kept(read, floor)
    if d is None:  # (the reading kept down to no floor is the probe of a recalled deed: read once, not again)
        d = _beside_the_recalled_deed(ctx, s, sc, told_before, floor, _kept(read, 0.0))
    if log.isEnabledFor(logging.DEBUG):
        log.debug("sentence %d: %s", s.index, d)
    return d


def _decide(ctx: Context, s: Sentence, sc: Scored, told_before: bool = False, floor: float | None = None) -> Decision | None:
    """The event ``s`` reports, or None: ``decide`` less the deed read beside a recalled one."""
    return _kept(_reading(ctx, s, sc, told_before), floor)


def _kept(read: tuple[Decision, float | None] | None, floor: float | None) -> Decision | None:
    """The decision of ``read`` when its confidence reaches ``floor`` (when None, the reading's own floor; a reading
    with no floor of its own, a rule's, is kept whatever the floor), else None."""
    if read is None:
        return None
    decision, own_floor = read
    if own_floor is None:
        return decision
    return None if decision.confidence < (floor if floor is not None else own_floor) else decision


def _reading(ctx: Context, s: Sentence, sc: Scored, told_before: bool) -> tuple[Decision, float | None] | None:
    """The decision ``s`` tells, its doubts weighed in, and the confidence it is kept down to; None for no event."""
    text = s.text
    if coder_fields_only(text):
        return None  # (a note's "[size=no report]" on its own: the crowd's size, no event of its own)
    r = rules(ctx.language)
    places = [p for p in places_in(ctx, s) if not is_country(p)]

    folded = folded_text(ctx, s)
    m = r["aircraft"].search(text) if rule_may_match(ctx.language, "aircraft", folded) else None
    if m and historical(text):
        m = None  # an aircraft lost in years before conflict data begin: history ("shot down by a missile in 1994")
    if m and "DISR_WEAP" in sc.cues and INCOMING_MUNITION.search(text):
        m = None  # drones sent at a party and shot down by it: the weapon stopped, read by the classifier's cues
    if m and (not ACCIDENT_ONLY.search(m.group(0)) or actors_in(ctx, s) and not AIR_ACCIDENT.search(text)):
        # an aircraft shot down is lost in combat; one that merely crashed only when a party is named
        return Decision("ARMED_CLASH", m.group(0), s.start + m.start()), None

    territorial = territory_change(ctx, s, places)
    if territorial is not None:
        return territorial, None

    m = r["diplomatic"].search(text) if rule_may_match(ctx.language, "diplomatic", folded) else None
    if m:
        return Decision("DIPLO", m.group(0), s.start + m.start()), None

    label = sc.best
    blame_aside = blame_on_the_deed_noun(s, sc.cues) or claim_on_the_doer(s, sc.cues)  # "… attributed to X", « par X, qui a revendiqué »
    if label == NONE or not is_acled(label):
        label = _acled_label_beside(sc, blame_aside)
        if label is None:
            return None
    apart = blame_told_apart(s, sc.cues, label)  # "…were killed; the attack was attributed to X": the deed is told
    apart = apart or claimed_in_note(s, sc.cues, label) or blame_aside  # "On 4 May, JNIM claimed responsibility for an attack on…"
    apart = apart or claimed_deed_told(s, sc.cues, label)  # « a revendiqué des combats qui ont opposé mardi … »
    apart = apart or claimed_dated_deed(s, sc.cues, label, told_before)  # "claimed responsibility for a raid … on Tuesday"
    about = asides(s, sc, label) | armed_deed(s.text, label) | (BLAME_LABELS if apart else frozenset())
    # (a blame hung on the deed's noun is no rival reading of the sentence: the model's scores without it)
    read = sc.restricted(lambda lab: lab not in BLAME_LABELS) if blame_aside and label not in sc.cues else sc
    doubts = model_doubts(read, label, lead=_short_text_lead(ctx, told_before, read, label), about=about)
    if doubts is None:
        return None
    if "other_kind" in doubts and sc.best == "ORG_CRIME" and _armed_group_crime(ctx, text, label):
        doubts.remove("other_kind")
    told_as = prefer_main_clause(s, sc, label)  # the label whose words the sentence uses
    told_trigger = trigger_for(ctx, s, told_as, sc)
    label = codebook_label(ctx, s, sc, told_as, told_trigger[2])
    trigger, local, tok = trigger_for(ctx, s, label, sc) if label != told_as else told_trigger
    if label != told_as and (tok is None or label not in sc.cues or told_as in _TAKINGS and 0 <= told_trigger[1] < local):
        # recoded by the codebook: the words that told the event anchor it (a lookahead-only cue has none; people
        # taken, then found dead, were killed by their takers: ``_TAKINGS``)
        trigger, local, tok = told_trigger
    deed = _deed_the_parse_tells(ctx, s, sc, told_as, doubts)
    if deed is not None:
        trigger, local, tok = deed.text, s.doc_offset(deed) - s.start, deed
    doubts.extend(d for d in reading_doubts(ctx, s, sc, label, told_as, trigger, tok) if not (apart and d == "attributed")
                  and not (d == "natural_cause" and _device_of_war_named(sc, label)))
    decision = Decision(label, trigger, s.start + max(local, 0), doubts=list(dict.fromkeys(doubts)))  # each costs once
    if label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"):
        # territory changes hands only when the territory is named as the verb's object
        verb = clause_verb(tok) if tok is not None else s.sent.root
        fine = [p for p in places_in(ctx, s) if not is_country(p)]
        if not any((t := s.token_at(p.span.char_start, p.span.char_end)) is not None and object_of(t, verb) for p in fine) \
                and not ANAPHORA.search(text) \
                and not (len(sentences(ctx)) <= SHORT_TEXT_SENTENCES and PLACE_BACK_REFERENCE.search(text)):
            doubts.append("territory_not_object")
    _code_territory_sides(ctx, s, decision, tok)
    coded = acled_coding(decision.label)
    if coded is not None and coded[0] == STRATEGIC and foreign_only(ctx, s):
        doubts.append("foreign_only")
    if told_before and doubts:
        doubts.append("secondary")  # a lead is news; a later doubtful sentence is more often context
    for doubt in doubts:
        decision.confidence *= DOUBTS[doubt]
    if "unsure_model" in doubts:
        # the model's margin for what it read (the codebook's recoding by the parties says nothing
        # of whether the event happened: "soldiers killed militants" read as an attack is a clash)
        decision.confidence *= unsure_factor(max(sc.scores.get(label, -9.0), sc.scores.get(told_as, -9.0)))
    return decision, LEAD_MIN_CONFIDENCE if _lead_news(ctx, told_before, sc, label, doubts) else MIN_CONFIDENCE


# the seizures of people whose fate the codebook may recode as the violence done to them (``fate_of_the_taken``):
# "rounded up twenty men …; the bodies of eleven of them were found" was done by the takers, whose seizure, told
# first, anchors the deed rather than the finding of the dead (a killing told before it is another doer's deed:
# "after militiamen killed two farmers, soldiers arrested five suspects")
_TAKINGS = ("ARREST", "ABDUCT_DISSAP")


def _armed_group_crime(ctx: Context, text: str, label: str) -> bool:
    """Whether the crime the model reads in sentence ``text`` is an armed group's deed of the violent kind ``label``:
    the Sahel's armed robbers who kill, or a gang's own fight or killing (``gang_violence``)."""
    return sahel_robbers_killing(ctx, text) or event_type_of(label) in (BATTLES, VAC) and gang_violence(text)


def _acled_label_beside(sc: Scored, blame_aside: bool) -> str | None:
    """The ACLED label a sentence the model reads as no event, or as an event outside ACLED, still tells: a strong
    cue for an ACLED type when the model is unsure; with a blame hung on the deed's noun (``blame_aside``), also the
    model's own best ACLED reading of the deed, when it ranks it above "no event"; None when neither holds."""
    alternatives = [(sc.scores.get(lab, -9), lab) for lab in sc.cues if is_acled(lab)]
    deed = max(((v, lab) for lab, v in sc.scores.items() if is_acled(lab)), default=None)
    if blame_aside and deed is not None and deed[0] > sc.scores.get(NONE, -9.0):
        alternatives.append(deed)
    if not alternatives:
        return None
    score, label = max(alternatives)
    return None if score < sc.scores.get(NONE, 0) - 0.25 else label


# the summed weight of a sentence's explosive-device cues from which a device of war is named, not a blast alone
DEVICE_CUE_WEIGHT = 1.5


def _device_of_war_named(sc: Scored, label: str) -> bool:
    """Whether the sentence codes a remote explosive and names the device in its strong cue words (« ont été tués
    samedi par l'explosion d'une mine », « ont péri dans l'explosion d'une mine artisanale »): a mine or an IED that
    went off is somebody's weapon, never a works accident, even when the blast is told as the dead's cause in the
    words of an accident (« l'explosion d'une mine » is also a blast in a mining site)."""
    return label == "REM_EXPLOS" and (sc.cue_weights or {}).get("REM_EXPLOS", 0.0) >= DEVICE_CUE_WEIGHT


# the doubts that say the model's label names a deed the sentence recalls or blames on someone, not its news
RECALLED = frozenset(("earlier_event", "attributed"))
# the acts a violence can be told as the matter of ("framed") that ACLED codes themselves: "arrested three men for
# their role in the grenade attack on a police post" is news of an arrest, the attack its matter
FRAMING_EVENTS = frozenset(("ARREST",))


def _beside_the_recalled_deed(ctx: Context, s: Sentence, sc: Scored, told_before: bool, floor: float | None,
                              probe: Decision | None) -> Decision | None:
    """A sentence whose best label names a deed it only recalls or blames ("captured five villages, inching closer to
    a town that was the scene of a deadly 2017 chemical attack", "launched air strikes on groups it accused of a
    chlorine attack"), or tells only as the matter of an arrest ("arrested three men for their role in the grenade
    attack"): its news is the next label the model ranks (for an arrest, that one alone), decided with the recalled
    one set aside (``probe``: the sentence's own reading kept down to no floor); None when the label was dropped for
    another reason, or the next one does not hold either."""
    if probe is None or _trigger_clause(s, probe) is None:
        return None
    # a deed told only as the matter of an act ACLED codes itself: that act is the news, no other label
    framed_only = not RECALLED & set(probe.doubts)
    if framed_only and "framed" not in probe.doubts:
        return None
    recalled = {probe.label, sc.best}
    rest = sc.restricted(lambda lab: lab not in recalled and (not framed_only or lab in FRAMING_EVENTS))
    if rest is None:
        return None
    news = _decide(ctx, s, rest, told_before, floor)
    if news is None or RECALLED & set(news.doubts) or told_inside_recalled_deed(ctx, s, sc, news, probe):
        return None
    return news


def told_inside_recalled_deed(ctx: Context, s: Sentence, sc: Scored, decision: Decision, probe: Decision | None = None) -> bool:
    """Whether ``decision`` is the deed the sentence recalls or blames, told in other words ("said its commandos had
    carried out Friday's bombing of the bridge, which killed four guards": the killing is the bombing's): the
    model's own reading of ``s`` (``probe``) carries a doubt of ``RECALLED`` and ``decision``'s words sit in that
    deed's clause."""
    probe = probe if probe is not None else _decide(ctx, s, sc, False, 0.0)
    if probe is None or not RECALLED & set(probe.doubts):
        return False
    clause = _trigger_clause(s, probe)
    if clause is None:
        return False
    anchor = s.token_at(decision.trigger_offset, decision.trigger_offset + max(len(decision.trigger), 1))
    return anchor is None or anchor.i == clause.i or any(a.i == clause.i for a in anchor.ancestors)


def _trigger_clause(s: Sentence, decision: Decision):
    """The verb of the clause the decision's trigger words belong to, or None when no word anchors it."""
    # (a back-reference's words anchor no token: its offset is the sentence's start; the words are looked up)
    local = s.text.lower().find(decision.trigger.lower()) if decision.trigger else -1
    if local < 0:
        return None
    tok = s.token_at(s.start + local, s.start + local + len(decision.trigger))
    return clause_verb(tok) if tok is not None else None


# the violent event types a verb of violence with an armed subject tells (``parsed_deed``)
_DEED_TYPES = frozenset((BATTLES, VAC, EXPLOSIONS))


def _deed_the_parse_tells(ctx: Context, s: Sentence, sc: Scored, told_as: str, doubts: list[str]):
    """The verb of a deed of violence whose subject is an armed party (``parsed_deed``), when the model ranks a
    violent label first with no cue word behind it: the parse names the deed as a cue word would ("ont attaqué
    hier dimanche en fin d'après-midi une position": the time between verb and object breaks the cue's regular
    expression), so the model's unsure margin is no doubt (the "unsure_model" doubt is lifted); else None."""
    if "unsure_model" not in doubts or told_as in sc.cues or sc.best != told_as \
            or event_type_of(told_as) not in _DEED_TYPES or told_as in TERRITORY:  # (an attack takes no place)
        return None
    deed = parsed_deed(ctx, s)
    if deed is not None:
        doubts.remove("unsure_model")
    return deed


# doubts that say a sentence tells no event at all, whatever the model ranks first: a plan or threat, a game, a figure
NO_EVENT_AT_ALL = frozenset(("modal", "sport", "figurative"))


def _lead_news(ctx: Context, told_before: bool, sc: Scored, label: str, doubts: list[str]) -> bool:
    """Whether the sentence is the first event of a short text (a note, a snippet), ranked first by
    the model itself (above "no event") and not a plan or threat: kept down to ``LEAD_MIN_CONFIDENCE``.
    In a long article the first doubtful sentence is as often background as the news.  Not a lead whose doubts say
    it tells no event at all: a plan, a match told in war words ("Proteas demolish Pakistan attack"), a figure."""
    return _short_text_lead(ctx, told_before, sc, label) and not NO_EVENT_AT_ALL & set(doubts) \
        and label in NON_VIOLENT_LABELS and (
        "unsure_model" not in doubts or sc.scores.get(label, 0.0) > LEAD_MIN_SCORE)


def _short_text_lead(ctx: Context, told_before: bool, sc: Scored, label: str) -> bool:
    """Whether the sentence is the first event candidate of a short text (a note, a snippet) and
    the model ranks ``label`` first of all labels, "no event" included: such a text is written to
    report something, so its hesitation lowers the confidence instead of vetoing."""
    return not told_before and sc.best == label and len(sentences(ctx)) <= SHORT_TEXT_SENTENCES


def _code_territory_sides(ctx: Context, s: Sentence, decision: Decision, tok) -> None:
    """The parties of a place changing hands, as the sentence tells them (the label the model read)."""
    if decision.label in TERRITORY:
        _code_gainer(ctx, s, decision, tok)
        if unopposed(s.text, told_after(ctx, s), decision.label):  # the model's gain, told as met with no fight: non-violent
            decision.label = "NON_VIOL_TERRIT_TRANSFER"
    elif decision.label == "NON_VIOL_TERRIT_TRANSFER" and tok is not None:
        # "MNLA rebels entered X after the FAMa garrison pulled out": the main clause's subject took the place
        decision.side1, decision.side2 = taker_past_leaving(ctx, s, clause_verb(tok))


def _code_gainer(ctx: Context, s: Sentence, decision: Decision, tok) -> None:
    """Who gained decides the sub-type of a territory change: the government side regains, anyone
    else overtakes; the verb's subject when the parse names an actor, else the words before it."""
    if tok is not None and tok.lemma_.lower() == "fall":
        # "the town fell into the hands of the rebels": the place is the subject, the gainer is named after the verb
        fell_at = s.start + tok.idx - s.sent.start_char
        side = territory_side(s.text[tok.idx - s.sent.start_char:], ctx.language)
        if side is not None:
            decision.label = side
            decision.side1 = [m.actor_id for m in actors_in(ctx, s) if m.span.char_start > fell_at][:1] or decision.side1
            return
    # (no cue word, no trigger: the sentence's root stands for it, and every clause under the root with it; a cue
    # word in a relative clause in the pluperfect tells the losers' earlier hold, not who gained now)
    cued = tok is not None and bool(decision.trigger) and not _earlier_relative(tok)
    gainers, _ = subjects_of(ctx, s, clause_verb(tok)) if cued else (_doers_outside_relatives(ctx, s), None)
    if gainers:
        decision.label = "GOV_REGAINS_TERIT" if is_government_side(ctx, gainers[0]) else "NON_STATE_ACTOR_OVERTAKES_TER"
        decision.side1 = gainers
        return
    side = territory_side(s.text, ctx.language)  # "government forces seized…", no actor resolved
    if side is not None:
        decision.label = side


def _earlier_relative(tok) -> bool:
    """Whether ``tok`` sits in a relative clause told in the pluperfect ("fighters who had seized the camp in March"):
    what its noun had done before the sentence's news."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "relcl":
            return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in t.children)
    return False


def _doers_outside_relatives(ctx: Context, s: Sentence) -> list[str]:
    """The actors that are the subject of a verb in ``s`` outside any relative clause, in text order: with no trigger
    word to anchor a change of hands ("Control of X was restored when the army dislodged militants who had occupied
    the town"), the doers of the sentence's own clauses; a relative clause tells what its noun had done before (the
    losers' earlier hold), not who gained now."""
    doers = []
    for m in actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is None:
            continue
        role, verb = role_of(tok)
        if role == SUBJ and not any(t.dep_ in ("relcl", "acl") for t in (verb, *verb.ancestors)):
            doers.append(m.actor_id)
    return list(dict.fromkeys(doers))
