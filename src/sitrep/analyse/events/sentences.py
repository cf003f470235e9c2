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
fought whom decides between a battle, violence against civilians and a riot; the words stay its trigger."""

from __future__ import annotations

import logging
import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import is_government_side, Sentence, sentences
from sitrep.analyse.events.codebook import attributed, codebook_label, misparsed_subject
from sitrep.analyse.events.classifier import cue_hits, is_acled, load_cues, NONE, Scored, territory_side, TERRITORY
from sitrep.analyse.events.cues import (
    AIR_ACCIDENT, ANAPHORA, SHORT_TEXT_SENTENCES, DEFINITE,
    OCCURRENCE_VERBS,
    PATTERN_WORDS,
    PETTY_CRIME, SPORT,
    PREP_OBJECT_DEPS,
    rule_may_match,
    rules,
)
from sitrep.analyse.events.decision import acled_coding, Decision
from sitrep.analyse.events.frames import frame_doubts
from sitrep.analyse.events.mentions import actors_in, dominant_country, folded_text, is_country, places_in, subjects_of
from sitrep.analyse.events.outcomes import territory_change
from sitrep.analyse.events.protest_causes import causes_protested, crowd_over_its_cause
from sitrep.analyse.events.scope import armed_deed, SCOPE_DOUBTS, scope_doubts
from sitrep.analyse.events.syntax import clause_verb, in_main_clause, is_modal, not_happened, object_of, token_for_match
from sitrep.analyse.events.types import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, SUB_EVENT_TYPES, VAC
from sitrep.analyse.fatalities import find_fatalities


log = logging.getLogger(__name__)


# a classifier label with no cue behind it is sure at this margin (below: the "unsure_model" doubt)
MIN_MODEL_SCORE = 0.35


# a classifier decision is sure with a cue of at least this weight, or a model margin this strong
MIN_CUE_WEIGHT = 0.8


STRONG_MODEL_SCORE = 1.0

# what each failed check costs: a factor on the mention's confidence (instead of a veto)
DOUBTS = {
    "unsure_model": 0.6,  # no cue word and a model margin under MIN_MODEL_SCORE (lower still below 0: ``_unsure``)
    "rival_non_event": 0.5,  # "no event" or a non-ACLED type (disaster, crime, diplomacy) scored almost as high
    "other_kind": 0.3,  # the model sees an event outside ACLED (a disaster, a crime, a claim) ahead; a cue says ACLED
    "weak_cue": 0.7,  # only a weak cue word ("drones") and a margin under STRONG_MODEL_SCORE
    "secondary": 0.6,  # any doubt after the document already reported an event
    "unsure_strategic": 0.6,  # a non-violent development from the model alone (on top of unsure_model)
    "back_reference": 0.5,  # every cue word refers back to an event told before ("the attack")
    "cooccurrence": 0.7,  # the label's only cue is two words met in one sentence ("rally" … "detained")
    "ongoing": 0.5,  # an ongoing state ("the siege continues")
    "earlier_event": 0.6,  # told as the time of another ("a week after fighters killed…"): recalled, not new
    "modal": 0.4,  # a plan, threat or possibility ("will attack", "vowed to")
    "no_arguments": 0.5,  # neither actor nor place, and no cue word
    "territory_not_object": 0.5,  # a territory change whose territory is not the verb's object
    "foreign_only": 0.5,  # a strategic development told only with foreign places and actors
    "sport": 0.3,  # war words in a sentence about a match, with no one killed or wounded
    "petty_crime": 0.3,  # thieves' or burglars' loot: crime, not ACLED's looting
    "framed": 0.4,  # violence told as the matter of a trial, a charge, an inquiry, a condemnation (``event_frames``)
    "period_count": 0.4,  # violence counted over a period ("in the past six months"): a tally, not an incident
    "accidental": 0.3,  # harm done by mistake, no armed group named ("accidentally shot a colleague")
    "interpersonal": 0.3,  # a man who shot his wife, no armed group named: domestic crime (``event_frames``)
    "attributed": 0.4,  # in a short text, violence told inside a denial or a blame (``event_codebook.attributed``)
    "negated": 0.2,  # the deed said not to have happened ("No one was arrested", "did not kill"): no event
    **SCOPE_DOUBTS,  # crime, a natural cause, a figure of speech, a verdict's matter (``event_scope``)
}
VIOLENT = (BATTLES, EXPLOSIONS, VAC)
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
# a non-event label (NONE, or a CASE type outside ACLED) within this of the chosen label is a rival
RIVAL_MARGIN = 0.3


def decide(ctx: Context, s: Sentence, sc: Scored, told_before: bool = False, floor: float | None = None) -> Decision | None:
    """The event ``s`` reports, or None; ``told_before``: the document already reported an event (weak evidence
    then more often marks context than news: the ``secondary`` doubt); ``floor``: the confidence under which
    the doubts drop the mention, when the caller sets its own (a short text's last resort, ``event_stage``)."""
    d = _decide(ctx, s, sc, told_before, floor)
    if log.isEnabledFor(logging.DEBUG):
        log.debug("sentence %d: %s", s.index, d)
    return d


def _decide(ctx: Context, s: Sentence, sc: Scored, told_before: bool = False, floor: float | None = None) -> Decision | None:
    text = s.text
    r = rules(ctx.language)
    places = [p for p in places_in(ctx, s) if not is_country(p)]

    folded = folded_text(ctx, s)
    m = r["aircraft"].search(text) if rule_may_match(ctx.language, "aircraft", folded) else None
    if m and (not ACCIDENT_ONLY.search(m.group(0)) or actors_in(ctx, s) and not AIR_ACCIDENT.search(text)):
        # an aircraft shot down is lost in combat; one that merely crashed only when a party is named
        return Decision("ARMED_CLASH", m.group(0), s.start + m.start())

    territorial = territory_change(ctx, s, places)
    if territorial is not None:
        return territorial

    m = r["diplomatic"].search(text) if rule_may_match(ctx.language, "diplomatic", folded) else None
    if m:
        return Decision("DIPLO", m.group(0), s.start + m.start())

    label = sc.best
    if label == NONE or not is_acled(label):
        # a strong cue for an ACLED type can still win over NONE when the model is unsure
        alternatives = [(sc.scores.get(lab, -9), lab) for lab in sc.cues if is_acled(lab)]
        if not alternatives:
            return None
        score, label = max(alternatives)
        if score < sc.scores.get(NONE, 0) - 0.25:
            return None
    doubts = _model_doubts(sc, label, lead=_short_text_lead(ctx, told_before, sc, label), about=_asides(s, sc, label) | armed_deed(s.text, label))
    if doubts is None:
        return None
    told_as = _prefer_main_clause(s, sc, label)  # the label whose words the sentence uses
    told_trigger = _trigger_for(ctx, s, told_as, sc)
    label = codebook_label(ctx, s, sc, told_as, told_trigger[2])
    trigger, local, tok = _trigger_for(ctx, s, label, sc) if label != told_as else told_trigger
    if label != told_as and (tok is None or label not in sc.cues):
        # recoded by the codebook: the words that told the event anchor it (a lookahead-only cue has none)
        trigger, local, tok = told_trigger
    if tok is None and told_as in sc.cues:
        # every cue word is a back-reference ("the current offensive") or a modifier; a cue written
        # as lookaheads only ("protesters" + "set fire") names no word: two words met in one
        # sentence, a back-reference only when it opens on one ("The arrest came in the wake of…")
        lookahead_only = sc.cues[told_as] == told_as and not _opens_with_reference(ctx, s)
        doubts.append("cooccurrence" if lookahead_only else "back_reference")
    doubts.extend(not_happened(ctx.language, text, tok))
    if tok is not None and _told_as_earlier(tok) or (
            (sc.cue_weights or {}).get(told_as, 0.0) < NAMING_CUE_WEIGHT and _dated_well_before(ctx, s)):
        doubts.append("earlier_event")
    if is_modal(s, _modality_anchor(tok if tok is not None else s.sent.root, label)):
        doubts.append("modal")
    if not actors_in(ctx, s) and not places_in(ctx, s) and told_as not in sc.cues and label not in sc.cues:
        doubts.append("no_arguments")
    doubts.extend(_not_conflict(ctx, s, label, tok if tok is not None else _cue_tok(s, trigger) if trigger else None))
    if len(sentences(ctx)) <= SHORT_TEXT_SENTENCES and attributed(tok) and (acled_coding(label) or ("",))[0] in VIOLENT:
        doubts.append("attributed")  # a short text's story is whose deed it was (denied, blamed)
    decision = Decision(label, trigger, s.start + max(local, 0), doubts=list(dict.fromkeys(doubts)))  # each costs once
    if label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"):
        # territory changes hands only when the territory is named as the verb's object
        verb = clause_verb(tok) if tok is not None else s.sent.root
        fine = [p for p in places_in(ctx, s) if not is_country(p)]
        if not any((t := s.token_at(p.span.char_start, p.span.char_end)) is not None and object_of(t, verb) for p in fine) \
                and not ANAPHORA.search(text):
            doubts.append("territory_not_object")
    if label in TERRITORY:
        _code_gainer(ctx, s, decision, tok)
    coded = acled_coding(decision.label)
    if coded is not None and coded[0] == STRATEGIC and _foreign_only(ctx, s):
        doubts.append("foreign_only")
    if told_before and doubts:
        doubts.append("secondary")  # a lead is news; a later doubtful sentence is more often context
    for doubt in doubts:
        decision.confidence *= DOUBTS[doubt]
    if "unsure_model" in doubts:
        # the model's margin for what it read (the codebook's recoding by the parties says nothing
        # of whether the event happened: "soldiers killed militants" read as an attack is a clash)
        decision.confidence *= _unsure(max(sc.scores.get(label, -9.0), sc.scores.get(told_as, -9.0)))
    floor = floor if floor is not None else LEAD_MIN_CONFIDENCE if _lead_news(ctx, told_before, sc, label, doubts) else MIN_CONFIDENCE
    return None if decision.confidence < floor else decision


# "The arrest …", "This attack …": a sentence that opens on a definite noun phrase
_DEFINITE_OPENING = re.compile(r"\s*(?:the|this|that|these|those|l[ea]s?|l['’]|cette|ces)\s*((?:[\w-]+\s+)?[\w-]+)", re.IGNORECASE)


# protests and riots: an act done "to protest", "to denounce" is itself the protest
_CROWD_EVENTS = frozenset(s.case for s in SUB_EVENT_TYPES if s.event_type in (PROTESTS, RIOTS))


def _modality_anchor(tok, label: str):
    """The token whose clause decides whether the event happened: the trigger's, except for a
    protest told as the purpose of a done act ("traders vandalised the offices to protest against
    the taxes", "youths burned tyres to denounce…"): the act is the protest, its verb decides."""
    if label in _CROWD_EVENTS and tok.dep_ == "advcl" and tok.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head
    return tok


# the violent labels whose words sports reporting borrows
_SPORT_PRONE = frozenset(("ATTACK", "ARMED_CLASH", "MOB_VIOL", "ART_MISS_ATTACK", "AIR_STRIKE", "REM_EXPLOS", "GRENADE"))


def _not_conflict(ctx: Context, s: Sentence, label: str, tok=None) -> list[str]:
    """Doubts for sentences whose words are a conflict's but whose subject is not: a match told in
    war words ("crushed its rivals, a massacre on the pitch"), a burglary told as looting, violence
    told as the matter of a trial, a charge or a condemnation, or as a tally (``event_frames``; ``tok``:
    the trigger, or a back-reference's word: "an investigation into the ambush")."""
    event_type = (acled_coding(label) or ("",))[0]
    doubts = frame_doubts(s.text, tok, event_type) + scope_doubts(ctx, s, tok, event_type)
    if label in _SPORT_PRONE and SPORT.search(s.text):
        killed, injured = find_fatalities(s.text, ctx.language)
        if not killed and not injured:
            doubts.append("sport")
    if label == "PROPERTY_DISTRUCT" and PETTY_CRIME.search(s.text):
        doubts.append("petty_crime")
    return doubts


def _opens_with_reference(ctx: Context, s: Sentence) -> bool:
    """Whether ``s`` opens on a definite event noun ("The arrest came…"): it refers back."""
    m = _DEFINITE_OPENING.match(s.text)
    return m is not None and any(is_acled(label) for label in cue_hits(m.group(1), ctx.language))


def _lead_news(ctx: Context, told_before: bool, sc: Scored, label: str, doubts: list[str]) -> bool:
    """Whether the sentence is the first event of a short text (a note, a snippet), ranked first by
    the model itself (above "no event") and not a plan or threat: kept down to ``LEAD_MIN_CONFIDENCE``.
    In a long article the first doubtful sentence is as often background as the news."""
    return _short_text_lead(ctx, told_before, sc, label) and "modal" not in doubts and label in NON_VIOLENT_LABELS and (
        "unsure_model" not in doubts or sc.scores.get(label, 0.0) > LEAD_MIN_SCORE)


def _short_text_lead(ctx: Context, told_before: bool, sc: Scored, label: str) -> bool:
    """Whether the sentence is the first event candidate of a short text (a note, a snippet) and
    the model ranks ``label`` first of all labels, "no event" included: such a text is written to
    report something, so its hesitation lowers the confidence instead of vetoing."""
    return not told_before and sc.best == label and len(sentences(ctx)) <= SHORT_TEXT_SENTENCES


# clauses that hang on a deed: participles and modifiers ("…, accusing the authorities"), and a
# clause coordinated after it ("militants ambushed a convoy, and JNIM claimed responsibility")
_ASIDE_CLAUSES = frozenset(("advcl", "acl", "relcl", "xcomp", "conj"))


def _asides(s: Sentence, sc: Scored, label: str) -> frozenset[str]:
    """The labels outside ACLED whose words are an aside on the sentence's deed: a claim or accusation
    told in a clause under the main verb ("… set fire to the depot, accusing the authorities of hoarding"),
    not as the main verb ("X claimed responsibility for the bombing"), unless its matter is a change of
    hands (« a revendiqué la reprise de Boni »: a place claimed is a gain announced, coded as the gain)."""
    gain = _cue_tok(s, sc.cues[label]) if label in TERRITORY and label in sc.cues else None
    toks = {lab: _cue_tok(s, sc.cues[lab]) for lab in _ABOUT_AN_EVENT if lab in sc.cues}
    return causes_protested(s, sc.cues, label) | frozenset(lab for lab, tok in toks.items() if tok is not None and (
        clause_verb(tok).dep_ in _ASIDE_CLAUSES or gain is not None and clause_verb(gain).i == tok.i))


def _model_doubts(sc: Scored, label: str, lead: bool = False, about: frozenset[str] = frozenset()) -> list[str] | None:
    """The doubts the scores raise about ``label``; None when the model hesitates between it and
    "no ACLED event" and no cue word says which, unless the sentence is a short text's ``lead``
    (``_short_text_lead``): then the hesitation is a doubt."""
    doubts: list[str] = []
    weights = sc.cue_weights or {}
    # a claim or accusation told as an aside on the deed (``_asides``): no rival to a label a cue word names
    about = about if label in sc.cues else frozenset()
    rival = max((v for lab, v in sc.scores.items() if not is_acled(lab) and lab not in about), default=-9.0)
    other_kind = max((v for lab, v in sc.scores.items() if not is_acled(lab) and lab != NONE), default=-9.0)
    if other_kind > sc.scores.get(label, 0.0) and not (label in sc.cues and _claims_only(sc, label, about)):
        doubts.append("other_kind")
    elif rival >= sc.scores.get(label, 0.0) - RIVAL_MARGIN:
        if label not in sc.cues and not lead:
            return None
        doubts.append("rival_non_event")
    if label not in sc.cues and sc.scores.get(label, 0.0) < MIN_MODEL_SCORE:
        doubts.append("unsure_model")
        if (acled_coding(label) or ("", ""))[0] == STRATEGIC:
            doubts.append("unsure_strategic")  # no word names the development: the weakest evidence there is
    elif weights.get(label, 0.0) < MIN_CUE_WEIGHT and sc.scores.get(label, 0.0) < STRONG_MODEL_SCORE:
        doubts.append("weak_cue")  # only a weak word ("drones") and an unsure model
    return doubts


# labels outside ACLED that tell of an ACLED event rather than another kind (a claim of authorship, an accusation)
_ABOUT_AN_EVENT = frozenset(("ATTRIB",))


def _claims_only(sc: Scored, label: str, about: frozenset[str]) -> bool:
    """Whether every non-ACLED label ahead of ``label`` is an aside on the deed (``_asides``): it
    names the event, not another."""
    return bool(about) and all(lab in about for lab, v in sc.scores.items()
               if not is_acled(lab) and lab != NONE and v > sc.scores.get(label, 0.0))


def _code_gainer(ctx: Context, s: Sentence, decision: Decision, tok) -> None:
    """Who gained decides the sub-type of a territory change: the government side regains, anyone
    else overtakes; the verb's subject when the parse names an actor, else the words before it."""
    gainers, _ = subjects_of(ctx, s, clause_verb(tok)) if tok is not None else ([], None)
    if gainers:
        decision.label = "GOV_REGAINS_TERIT" if is_government_side(ctx, gainers[0]) else "NON_STATE_ACTOR_OVERTAKES_TER"
        decision.side1 = gainers
        return
    side = territory_side(s.text, ctx.language)  # "government forces seized…", no actor resolved
    if side is not None:
        decision.label = side


# the conjunctions that make a clause the time reference of the main one
EARLIER = frozenset(("after", "since", "before", "following"))


def _told_as_earlier(tok) -> bool:
    """Whether the trigger's clause is the time reference of the sentence's main clause ("the
    attack comes a week after fighters killed…")."""
    verb = clause_verb(tok)
    return verb.dep_ in ("advcl", "pcomp") and (
        any(c.dep_ in ("mark", "prep") and c.lower_ in EARLIER for c in verb.children)
        or (verb.dep_ == "pcomp" and verb.head.lower_ in EARLIER)
    )


# a cue at least this heavy names the event's kind ("ambush", "suicide bomber"); lighter ones are plain
# verbs ("gunmen killed"), which a sentence dated well before the publication uses to recall
NAMING_CUE_WEIGHT = 1.0
# how long before the publication a month or a year named in the sentence makes it a recollection
EARLIER_DAYS = 31


def _dated_well_before(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence names a month or a year that ended more than a month before the
    publication ("In March, gunmen killed…" in an October article): told on weak words only, a
    recollection (a state held "since 2022" is ``background``'s)."""
    anchor, text = ctx.anchor, ctx.document.text
    if anchor is None:
        return False
    for d in ctx.dates:
        if s.start <= d.span.char_start < s.end and d.interval.precision.value in ("month", "year") \
                and (anchor.earliest - d.interval.latest).days > EARLIER_DAYS \
                and not re.search(r"\b(?:since|depuis)\s*$", text[max(s.start, d.span.char_start - 8):d.span.char_start].lower()) \
                and not re.match(r"(?:since|depuis)\b", d.surface.lower()):
            return True
    return False


def _unsure(score: float) -> float:
    """The further an unsupported model margin lies below zero, the less it says: 1.0 at 0 and
    above, halved at -0.5, down to 0.2."""
    return max(0.2, min(1.0, 1.0 + score))


def _trigger_for(ctx: Context, s: Sentence, label: str, sc: Scored):
    """(phrase, local offset, token) of the cue occurrence that best anchors the event: a verb in
    the main clause first; a noun only when it is new ("an offensive", "fighting broke out"), not a
    back-reference to an event already told ("the current offensive was described as…")."""
    if label not in sc.cues:
        return "", -1, s.sent.root
    candidates = []
    for cue in load_cues(ctx.language):
        if cue.label != label:
            continue
        for m in cue.pattern.finditer(s.text):
            if not m.group(0):
                continue
            tok = token_for_match(s, m.start())
            last = token_for_match(s, max(m.start(), m.end() - 1))
            if tok is None:
                continue
            if last is not None and tok.pos_ != "VERB" and last.i != tok.i and tok.head.i == last.i:
                tok = last  # "drone strike": the phrase's head noun, not its modifier
            elif tok.pos_ != "VERB" and last is not None and last.i > tok.i:
                # "angry young people set fire": a cue phrase that tells its doer names its verb
                tok = next((t for t in tok.doc[tok.i : last.i + 1] if t.pos_ == "VERB"), tok)
            candidates.append((m, tok))
    best = None
    for m, tok in sorted(candidates, key=lambda c: c[0].start()):
        verb = clause_verb(tok)
        if tok.dep_ == "amod":
            continue  # "the besieged town", "an armed attack": the cue word only describes a noun
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "the fighting zone", "combat capability"
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in tok.children)
            if definite and verb.lemma_.lower() not in OCCURRENCE_VERBS and tok.dep_ not in PREP_OBJECT_DEPS:
                continue  # "analysts described the current offensive as…"
        if tok.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in PATTERN_WORDS
            for c in tok.children
        ):
            continue  # "documented several drone strikes that killed civilians": a pattern, not an event
        if tok.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("pcomp", "acl", "relcl"):
            continue  # "accused them of violating a ceasefire": the agreement is not the news
        rank = (0 if tok.pos_ == "VERB" else 1) + (0 if in_main_clause(verb) else 2)
        if best is None or rank < best[0]:
            best = (rank, m, tok)
    if best is None:
        return sc.cues[label], -1, None
    _, m, tok = best
    return m.group(0), m.start(), tok


def _prefer_main_clause(s: Sentence, sc: Scored, label: str) -> str:
    """When the chosen label's cue sits in a subordinate clause ("…, after the army said it had
    taken control of X") and another ACLED cue sits in the main clause, the main clause wins."""

    def in_main(lab: str) -> bool | None:
        phrase = sc.cues.get(lab)
        if not phrase:
            return None
        local = s.text.lower().find(phrase.lower())
        tok = token_for_match(s, local) if local >= 0 else None
        if tok is None:
            return None
        verb = clause_verb(tok)  # (a verb the parser hung on a root noun is the main clause's: "youths clashed")
        return (in_main_clause(verb) or misparsed_subject(verb) is not None) and not _after_noun(tok)

    crowd = crowd_over_its_cause(s, sc.scores, sc.cues, label)  # "women protesting the kidnapping of …"
    if crowd is not None:
        return crowd
    if in_main(label) is not False:
        return label
    not_news = _cue_not_news(s, sc.cues[label])
    if not_news:
        # the label's words sit in a subordinate clause that tells a purpose or plan ("gendarmes who
        # had come to arrest a leader") or the time of the main one ("… after a suspect died in
        # custody"): a deed the main clause tells is the event; a toll it gives ("11 were killed
        # after suicide bombers targeted…") is not a deed, the subordinate clause keeps the event
        told = [(sc.scores.get(lab, -9.0), lab) for lab in sc.cues if lab != label and is_acled(lab) and in_main(lab)
                and (not_news == "modal" or _done_by_someone(s, sc.cues[lab]))]
        if told:
            return max(told)[1]
    alternatives = [
        (sc.scores.get(lab, -9.0), lab) for lab in sc.cues if lab != label and is_acled(lab) and in_main(lab)
    ]
    if alternatives:
        score, alt = max(alternatives)
        if score >= sc.scores.get(label, 0.0) - 1.0:
            return alt
    return label


def _cue_tok(s: Sentence, phrase: str):
    local = s.text.lower().find(phrase.lower())
    return token_for_match(s, local) if local >= 0 else None


def _cue_not_news(s: Sentence, phrase: str) -> str:
    """How the cue ``phrase`` is told when not as news: "modal" (a plan, purpose or possibility:
    ``is_modal``), "earlier" (the time of another clause: ``_told_as_earlier``), else ""."""
    tok = _cue_tok(s, phrase)
    if tok is None:
        return ""
    return "modal" if is_modal(s, tok) else "earlier" if _told_as_earlier(tok) or _after_noun(tok) else ""


def _after_noun(tok) -> bool:
    """Whether the cue is a noun told as the time of the main clause ("residents attacked a patrol
    after an arrest", "following the abduction of …"): the earlier event, not the sentence's news."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in EARLIER


def _done_by_someone(s: Sentence, phrase: str) -> bool:
    """Whether the cue ``phrase`` is a verb in the active voice with a subject: a deed, not a toll."""
    tok = _cue_tok(s, phrase)
    verb = clause_verb(tok) if tok is not None else None
    return verb is not None and verb.pos_ == "VERB" and (any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
                                                         or misparsed_subject(verb) is not None) \
        and not any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children)


def _foreign_only(ctx: Context, s: Sentence) -> bool:
    """A strategic development told only with foreign places and foreign actors ("the US
    maintains a blockade against Cuba" in an article about Mali) is context, not an event here."""
    country = dominant_country(ctx)
    if country is None:
        return False
    places = places_in(ctx, s)
    if any(p.country == country for p in places):
        return False
    base = getattr(ctx.knowledge, "actors", None)
    for a in actors_in(ctx, s):
        actor = base.get(a.actor_id) if base is not None and hasattr(base, "get") else None
        if actor is None or actor.country in (None, country):
            return False
    return bool(places)
