"""Who did the deed when the sentence's grammar tells it but names no actor where the parse looks for one.

- **An unnamed doer as the active subject** (« des présumés jihadistes ont tendu une embuscade à une patrouille des
  FAMa », "individuals on motorbikes stormed a gold site"): the named party sits in an object or oblique phrase the
  parse hangs loosely (« à une patrouille des FAMa »), and must not be promoted to the empty first side: it is the
  target; the doer is left for the country's unidentified armed group (``sitrep.fuse.unnamed_side``).
- **A pronoun as the doer** ("Militants preached in the mosque. The next day they killed two men", « Des combattants
  de l'EI ont encerclé le village. Ils ont exécuté cinq bergers »): the active subject "they"/« ils » stands for the
  armed actor the text named last before it.
- **A repelled party as the object** ("soldiers fought off gunmen who attacked the town", "troops beat back
  jihadists", "repelled an assault launched by X", « les FDS ont repoussé les assaillants »): the side that drove
  off another met its attack; ACLED's actor 1 is the attacker, the subject is actor 2.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.analyse.events.mentions import dedupe, resolve_subject_phrase, THEY
from sitrep.analyse.events.syntax import clause_verb
from sitrep.analyse.events.unnamed_perpetrator import UNNAMED_WORDS
from sitrep.knowledge.actors import ARMED_KINDS, ARMED_NON_STATE_KINDS

# the doer told by what it is or what it rides, never by name: the attackers' words of an unnamed passive agent
# (``UNNAMED_WORDS``), and individuals, riders and the English plain nouns a note's subject may use
UNNAMED_DOER = re.compile(
    r"\b(?:" + UNNAMED_WORDS + r"|(?:individus|individuals|(?:armed\s+)?motorcyclists|motocyclistes|hommes enturbannés|"
    r"hommes à moto|terrorists|(?:dj|j)ihadists|bandits|"
    # the English of « groupes armés terroristes »: "armed terrorist groups", "terrorist groups", "armed groups"
    r"(?:armed\s+)?terrorist\s+groups?|armed\s+groups?)\b)",
    re.IGNORECASE)
_ACTIVE_SUBJECT = ("nsubj",)
# a definite subject points back to a doer already named ("the militants", « les jihadistes », « ces hommes »)
_DEFINITE = frozenset(("the", "these", "those", "les", "ces", "le", "la", "l'", "l’"))
# the verbs of driving off an attacker ("repelled", "fought off", "beat back", « repoussé »)
_REPEL_LEMMAS = frozenset("repel repulse repousser".split())
_REPEL_WITH_PARTICLE = frozenset("fight beat drive push fend ward".split())
_PARTICLES = frozenset(("off", "back"))
# phrases of the repelled object that name its target, not its author ("an attack on the camp", « contre le poste »)
_TARGET_PREPS = frozenset("on against at contre sur".split())


def _clause_subject(verb):
    """The active subject token of ``verb`` or of the verb it is conjoined to / depends on (None when passive)."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
        if subj is not None:
            return subj if subj.dep_ in _ACTIVE_SUBJECT else None
        if v.dep_ in ("xcomp", "conj", "advcl") and v.head.i != v.i:
            v = v.head
            continue
        return None
    return None


def unnamed_doer_subject(ctx: Context, s: Sentence, verb) -> bool:
    """Whether ``verb``'s active subject is a doer told only by what it is (« des présumés jihadistes », "individuals
    on motorbikes") and names no actor the base knows."""
    subj = _clause_subject(verb)
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children):
        return False  # "the militants fired shells": the doer named before, not an unnamed one
    start, end = s.doc_offset(subj.left_edge), s.doc_offset(subj.right_edge) + len(subj.right_edge.text)
    if any(m.span.char_start < end and m.span.char_end > start and not m.actor_id.startswith("unidentified-")
           for m in ctx.actors):  # (overlap: "IS Sahel militants" is parsed with "IS" as an auxiliary)
        return False  # « des combattants du JNIM », "IS Sahel militants", "militants believed to belong to JNIM"
    return UNNAMED_DOER.search(ctx.document.text[start:end]) is not None


def targets_of_unnamed_doer(ctx: Context, s: Sentence, trig, side1: list[str], side2: list[str],
                            other: list[str]) -> tuple[list[str], list[str]]:
    """(side2, other) with the named parties of no clear role made targets when the event verb's active subject is
    an unnamed doer (``unnamed_doer_subject``) and no side 1 was found.  An armed group named beside unnamed
    "militants" may be theirs ("militants believed to belong to JNIM"): then nothing moves."""
    targets = [a for a in other if not a.startswith("unidentified-")]
    if side1 or not targets or trig is None or any(actor_kind(ctx, a) in ARMED_NON_STATE_KINDS for a in targets) \
            or not unnamed_doer_subject(ctx, s, clause_verb(trig)):
        return side2, other
    return dedupe(side2 + targets), [a for a in other if a not in targets]


def described_subject(ctx: Context, s: Sentence, verb) -> list[str]:
    """The doer of ``verb`` told by a description or a pronoun (``resolve_subject_phrase``), else by "they"/« ils »
    standing for the armed actor named before (``pronoun_doer``)."""
    return resolve_subject_phrase(ctx, s, verb) or pronoun_doer(ctx, s, verb)


def pronoun_doer(ctx: Context, s: Sentence, verb) -> list[str]:
    """The armed actor "they"/« ils », ``verb``'s active subject, stands for: the last one named before the
    sentence ([] when the subject is no such pronoun or none was named)."""
    subj = _clause_subject(verb)
    if subj is None or subj.lower_ not in THEY:
        return []
    before = [m for m in ctx.actors if m.span.char_end <= s.start and actor_kind(ctx, m.actor_id) in ARMED_KINDS]
    return [max(before, key=lambda m: m.span.char_start).actor_id] if before else []


def _repels(tok) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("VERB", "AUX") and (lemma in _REPEL_LEMMAS or lemma in _REPEL_WITH_PARTICLE and any(
        c.dep_ in ("prt", "compound:prt") and c.lower_ in _PARTICLES for c in tok.children))


def _attacker_tokens(obj) -> set[int]:
    """The tokens of a repelled object that tell its author: the object itself when it is a party, its "by"/« de »
    phrases, a relative clause's words — not the phrases that name its target ("an attack on the camp")."""
    out: set[int] = set()
    stack = [obj]
    while stack:
        t = stack.pop()
        if t.i != obj.i and t.dep_ in ("prep", "case") and t.lower_ in _TARGET_PREPS:
            continue
        if t.i != obj.i and t.dep_ in ("relcl", "acl:relcl") and t.head.i == obj.i:
            continue  # "gunmen who attacked the town": the town is the target
        if t.dep_ in ("obl", "nmod") and any(c.dep_ == "case" and c.lower_ in _TARGET_PREPS for c in t.children):
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out


def repelled_first(ctx: Context, s: Sentence, side1: list[str], side2: list[str]) -> tuple[list[str], list[str]]:
    """(side1, side2) with the party a repelling verb's object names (or the author of the attack it names) first and
    the verb's subject second, when the parse put them the other way round or left the author out as no party of
    the spine ("an assault launched by X": X hangs on a verb of its own)."""
    if not side1:
        return side1, side2
    for verb in (t for t in s.sent if _repels(t)):
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        subj = _clause_subject(verb)
        if obj is None or subj is None:
            continue
        where = _attacker_tokens(obj)
        subject_span = {t.i for t in subj.subtree}
        attackers, defenders = [], []
        for m in ctx.actors:
            tok = s.token_at(m.span.char_start, m.span.char_end) if s.start <= m.span.char_start < s.end else None
            if tok is None:
                continue
            if tok.i in where and m.actor_id not in side1 and actor_kind(ctx, m.actor_id) in ARMED_KINDS:
                attackers.append(m.actor_id)
            elif tok.i in subject_span and m.actor_id in side1:
                defenders.append(m.actor_id)
        if attackers and defenders:
            first = list(dict.fromkeys(attackers))
            rest = [a for a in side1 if a not in first]
            return first, list(dict.fromkeys(rest + [a for a in side2 if a not in first]))
    return side1, side2
