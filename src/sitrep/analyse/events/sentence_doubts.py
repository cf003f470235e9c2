"""Why a sentence was doubted: what each failed check costs (``DOUBTS``, a factor on the mention's
confidence instead of a veto) and the checks on how the sentence tells its event once its label and
trigger are chosen: a back-reference, a deed said not to have happened, an earlier event recalled, a
plan or threat, no actor nor place, a conflict's words about something else (a match, a trial, a
crime), violence inside a denial, a strategic development abroad.  The model's own doubts are
``model_doubts``'s."""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import Sentence, sentences
from sitrep.analyse.events.classifier import cue_hits, is_acled, Scored
from sitrep.analyse.events.blame_clause import attributed
from sitrep.analyse.events.cues import PETTY_CRIME, SHORT_TEXT_SENTENCES, SPORT
from sitrep.analyse.events.decision import event_type_of
from sitrep.analyse.events.diplomacy import under_diplomacy
from sitrep.analyse.events.frames import frame_doubts
from sitrep.analyse.events.lead_topic import lead_doubts
from sitrep.analyse.events.mentions import actors_in, dominant_country, places_in
from sitrep.analyse.events.past_year import named_by_a_past_year
from sitrep.analyse.events.registers import denies_a_share, main_verb, register_doubts, told_as_whose_deed
from sitrep.analyse.events.sahel_banditry import sahel_robbers_killing
from sitrep.analyse.events.scope import SCOPE_DOUBTS, scope_doubts
from sitrep.analyse.events.syntax import cue_token, is_modal, not_happened, statement_in_future
from sitrep.analyse.events.told_earlier import (background_before_dated_news, dated_well_before, NAMING_CUE_WEIGHT,
                                                told_as_earlier)
from sitrep.analyse.events.types import PROTESTS, RIOTS, SUB_EVENT_TYPES, VIOLENT
from sitrep.analyse.fatalities import find_fatalities


# what each failed check costs: a factor on the mention's confidence (instead of a veto)
DOUBTS = {
    "unsure_model": 0.6,  # no cue word and a model margin under MIN_MODEL_SCORE (lower still below 0: ``unsure_factor``)
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
    "works": 0.3,  # a blast set off by workers, engineers, a demolition crew, no hostile doer (``event_registers``)
    "historical": 0.3,  # violence dated only by years before conflict data begin, no day of news (``event_registers``)
    "interpersonal": 0.3,  # a man who shot his wife, no armed group named: domestic crime (``event_frames``)
    "attributed": 0.4,  # in a short text, violence told inside a denial or a blame (``event_codebook.attributed``)
    "negated": 0.2,  # the deed said not to have happened ("No one was arrested", "did not kill"): no event
    **SCOPE_DOUBTS,  # crime, a natural cause, a figure of speech, a verdict's matter (``event_scope``)
}


def reading_doubts(ctx: Context, s: Sentence, sc: Scored, label: str, told_as: str, trigger: str, tok) -> list[str]:
    """The doubts on how ``s`` tells its event, once the label (``told_as``: the label whose words the
    sentence uses) and its trigger (``tok``, None when no cue word anchors it) are chosen."""
    doubts: list[str] = []
    if tok is None and told_as in sc.cues:
        # every cue word is a back-reference ("the current offensive") or a modifier; a cue written
        # as lookaheads only ("protesters" + "set fire") names no word: two words met in one
        # sentence, a back-reference only when it opens on one ("The arrest came in the wake of…")
        lookahead_only = sc.cues[told_as] == told_as and not opens_with_reference(ctx, s)
        doubts.append("cooccurrence" if lookahead_only else "back_reference")
    doubts.extend(not_happened(ctx.language, s.text, tok, s.sent.root))
    anchor = tok if tok is not None else cue_token(s, trigger) if trigger else None  # a back-reference's word too
    if tok is not None and told_as_earlier(tok) or (
            (sc.cue_weights or {}).get(told_as, 0.0) < NAMING_CUE_WEIGHT and dated_well_before(ctx, s)) \
            or event_type_of(label) in VIOLENT and named_by_a_past_year(anchor) \
            or background_before_dated_news(ctx, s, tok):  # "a deadly 2017 attack"; "had halted traffic. On 16 May…"
        doubts.append("earlier_event")
    if is_modal(s, modality_anchor(tok if tok is not None else s.sent.root, label)) or (tok is None or tok.i == s.sent.root.i) and statement_in_future(s, uncued=not trigger):
        doubts.append("modal")
    if not actors_in(ctx, s) and not places_in(ctx, s) and told_as not in sc.cues and label not in sc.cues:
        doubts.append("no_arguments")
    doubts.extend(not_conflict(ctx, s, label, anchor, cued=bool(trigger)))
    if told_as not in sc.cues and event_type_of(label) in VIOLENT and under_diplomacy(main_verb(s.sent)):
        # no violent word anchors the label: the sentence's own act is its news ("Washington sanctioned three
        # commanders over attacks on civilians, the Treasury said": sanctions, not the attacks)
        doubts.append("diplomatic")
    # a short text's lead that is a claim, talks or a police raid: what follows is its matter
    doubts.extend(d for d in lead_doubts(ctx, s, event_type_of(label), anchor) if d not in doubts)
    known = "back_reference" in doubts
    if len(sentences(ctx)) <= SHORT_TEXT_SENTENCES and (attributed(anchor) or told_as_whose_deed(anchor, known)
                                                        or not trigger and denies_a_share(s.sent)) \
            and event_type_of(label) in VIOLENT and not accused_of_a_new_deed(anchor, sc, label):
        doubts.append("attributed")  # a short text's story is whose deed it was (denied, blamed; "accused the
        # rebels of planting the landmine that killed…": a back-reference's word too; with no cue word to anchor
        # the label, a share in something denied anywhere in the sentence: "were not involved in the killing")
    return doubts

# how far the model must rank the violent label above every label outside ACLED (a claim, a blame) to be sure of it
SURE_MARGIN = 0.6
_KNOWN_DETERMINERS = frozenset("the this that these those its their his her".split())


def accused_of_a_new_deed(tok, sc: Scored, label: str) -> bool:
    """Whether the trigger lies in an accusation of a deed told as new ("activists accused government forces of
    dropping barrels filled with chlorine on the town": "of" + a gerund whose objects are not known ones) that
    the model is sure is a violent event (its first label, ``label`` or another violent one, well above every label
    outside ACLED): an alleged attack is how such news is told (chemical weapons
    above all), not a blame for a deed told before ("accused the rebels of planting the landmine that killed…")."""
    if tok is None or event_type_of(sc.best) not in VIOLENT or event_type_of(label) not in VIOLENT:
        return False
    outside = [v for lab, v in sc.scores.items() if lab != sc.best and not is_acled(lab)]
    if outside and sc.score - max(outside) < SURE_MARGIN:
        return False
    path = [tok, *tok.ancestors]
    # "of" under "accuse" (or under its object, as the parse often hangs it: "accused forces of firing shells")
    of = next((i for i, a in enumerate(path) if i and a.lower_ == "of" and a.dep_ == "prep"
               and "accuse" in (a.head.lemma_.lower(), a.head.head.lemma_.lower())), None)
    if of is None:
        return False
    accuse = path[of].head if path[of].head.lemma_.lower() == "accuse" else path[of].head.head
    if accuse.i != main_verb(tok.sent).i:
        return False  # the accusation describes a party of other news ("struck groups it accused of a gas attack")
    deed = path[of - 1]  # the gerund or the noun "of" governs
    objects = [c for c in deed.children if c.dep_ in ("dobj", "obj")] if deed.tag_ == "VBG" else [deed]
    return bool(objects) and not any(d.lower_ in _KNOWN_DETERMINERS for o in objects for d in o.children
                                     if d.dep_ in ("det", "poss"))


# "The arrest …", "This attack …": a sentence that opens on a definite noun phrase
_DEFINITE_OPENING = re.compile(r"\s*(?:the|this|that|these|those|l[ea]s?|l['’]|cette|ces)\s*((?:[\w-]+\s+)?[\w-]+)", re.IGNORECASE)


# protests and riots: an act done "to protest", "to denounce" is itself the protest
_CROWD_EVENTS = frozenset(s.case for s in SUB_EVENT_TYPES if s.event_type in (PROTESTS, RIOTS))


def modality_anchor(tok, label: str):
    """The token whose clause decides whether the event happened: the trigger's, except for a
    protest told as the purpose of a done act ("traders vandalised the offices to protest against
    the taxes", "youths burned tyres to denounce…"): the act is the protest, its verb decides."""
    if label in _CROWD_EVENTS and tok.dep_ == "advcl" and tok.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head
    return tok


# the violent labels whose words sports reporting borrows
# (a side that "demolished" another's bowling attack destroys no property either)
_SPORT_PRONE = frozenset(("ATTACK", "ARMED_CLASH", "MOB_VIOL", "ART_MISS_ATTACK", "AIR_STRIKE", "REM_EXPLOS", "GRENADE",
                          "PROPERTY_DISTRUCT"))


def not_conflict(ctx: Context, s: Sentence, label: str, tok=None, cued: bool = True) -> list[str]:
    """Doubts for sentences whose words are a conflict's but whose subject is not: a match told in
    war words ("crushed its rivals, a massacre on the pitch"), a burglary told as looting, violence
    told as the matter of a trial, a charge or a condemnation, or as a tally (``event_frames``; ``tok``:
    the trigger, or a back-reference's word: "an investigation into the ambush"; ``cued``: false when no cue
    word anchors the label and ``tok`` only stands for the sentence's root)."""
    event_type = event_type_of(label)
    doubts = frame_doubts(s.text, tok, event_type) + scope_doubts(ctx, s, tok, event_type)
    if "crime" in doubts and sahel_robbers_killing(ctx, s.text):
        doubts = [d for d in doubts if d != "crime"]  # the Sahel's armed robbers who kill: an armed group's attack
    register = register_doubts(s.sent, tok if cued else None, event_type)  # a trial's, a film's, a drill's matter
    doubts += [d for d in register if d not in doubts]
    if "framed" in doubts and told_before_a_semicolon(s, tok if cued else None):
        doubts.remove("framed")  # "stabbed a teacher to death; police are investigating": the inquiry is news after it
    if label in _SPORT_PRONE and SPORT.search(s.text) and not _brawl_over_a_match(ctx, s):
        doubts.append("sport")
    if label == "PROPERTY_DISTRUCT" and PETTY_CRIME.search(s.text):
        doubts.append("petty_crime")
    return doubts


# the arms of a brawl ("clashed with sticks and stones", « à coups de gourdins »): people hurt each other, no
# match is told in war words
_BRAWL_ARMS = re.compile(r"\b(?:sticks|stones|rocks|clubs|cudgels|machetes|knives|iron bars|bâtons|pierres|gourdins|"
                         r"machettes|couteaux|coupe-coupe|barres de fer)\b", re.IGNORECASE)


def _brawl_over_a_match(ctx: Context, s: Sentence) -> bool:
    """Whether a sentence that names a match tells real violence around it: people killed or wounded, told in it
    or in the rest of a short text ("Youths clashed after a football match. Twelve people were injured."), or the
    arms of a brawl; the match is then the occasion of a riot, not its subject."""
    sents = sentences(ctx)
    told = s.text if len(sents) > SHORT_TEXT_SENTENCES else " ".join(x.text for x in sents[s.index:])
    killed, injured = find_fatalities(told, ctx.language)
    return bool(killed or injured) or _BRAWL_ARMS.search(s.text) is not None or _FANS_DAMAGE.search(s.text) is not None


# what fans wreck around a game ("smashed seats and torched a police vehicle"), or the people of the game they set on
# ("invaded the pitch and attacked the referee"): the match is the riot's occasion
_FANS_DAMAGE = re.compile(r"\b(?:torch(?:ed|ing)|set (?:on )?fire|set ablaze|vandali[sz](?:ed|ing)|loot(?:ed|ing)|"
                          r"(?:attack(?:ed|ing)|assault(?:ed|ing)|beat|beating|chased|molested) (?:the |a |an |two |several )?"
                          r"(?:\w+ )?(?:referees?|players?|officials?|coach(?:es)?|linesm[ae]n|assistants|goalkeepers?)|"
                          r"(?:smashed|burn(?:ed|t)|wrecked|ripped out|damag(?:ed|ing)) (?:the |their |several |dozens of )?(?:\w+ )?"
                          r"(?:seats?|windows?|cars?|vehicles?|buses|shops?|shopfronts?|stands?|goalposts?)|"
                          r"incendi\w+|saccag\w+|vandalis\w+)\b", re.IGNORECASE)


def told_before_a_semicolon(s: Sentence, tok) -> bool:
    """Whether the trigger's deed is a clause of its own, with its own subject, told before a semicolon that the
    sentence's main verb follows ("Armed men stabbed a teacher to death; police are investigating a Maoist link"):
    the parser hangs the deed on the inquiry, but the writer told two things, the deed first."""
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    root = s.sent.root
    if root.i <= verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(t.text == ";" and verb.i < t.i < root.i for t in s.sent)


def opens_with_reference(ctx: Context, s: Sentence) -> bool:
    """Whether ``s`` opens on a definite event noun ("The arrest came…"): it refers back."""
    m = _DEFINITE_OPENING.match(s.text)
    return m is not None and any(is_acled(label) for label in cue_hits(m.group(1), ctx.language))


def foreign_only(ctx: Context, s: Sentence) -> bool:
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
