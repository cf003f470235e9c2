"""Shared helpers for the event and claim stages: sentences in document coordinates, the mentions
inside them, dependency roles of actors relative to a trigger, and generic-description coreference.

Both stages read the spaCy parses already on the context (no re-parsing) and the mentions the earlier
stages put there; everything here is pure and per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, TypeVar

from sitrep.analyse.context import Context, Paragraph
from sitrep.knowledge.actor_knowledge import kind_of
from sitrep.analyse.data_tables import table_rows

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

M = TypeVar("M")


@dataclass
class Sentence:
    index: int  # position in the document's sentence list
    para_index: int
    para: Paragraph
    sent: "SpacySpan"
    start: int  # document coordinates
    end: int

    @cached_property
    def text(self) -> str:
        # cached: spaCy rebuilds Span.text from its tokens on every access, and the event and
        # claim stages read it dozens of times per sentence (a fifth of their time)
        return self.sent.text

    def token_at(self, doc_start: int, doc_end: int) -> "Token | None":
        """The syntactic head of the tokens covering a document character range in this sentence."""
        local_s, local_e = doc_start - self.para.offset, doc_end - self.para.offset
        span = self.para.doc.char_span(local_s, local_e, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span.root

    def doc_offset(self, token: "Token") -> int:
        return self.para.offset + token.idx


def sentences(ctx: Context) -> list[Sentence]:
    """Every sentence of every kept paragraph, in document order (cached on the context)."""
    cached = ctx.cache.sentences
    if cached is not None:
        return cached
    out: list[Sentence] = []
    for pi, para in enumerate(ctx.paragraphs):
        for sent in para.doc.sents:
            if not sent.text.strip():
                continue
            if out and out[-1].para_index == pi and _cut_mid_clause(out[-1].sent, sent):
                sent = para.doc[out[-1].sent.start:sent.end]  # one sentence again
                out.pop()
            out.append(
                Sentence(len(out), pi, para, sent, para.offset + sent.start_char, para.offset + sent.end_char)
            )
    ctx.cache.sentences = out
    return out


# what may close a sentence: after one of these (or a line break) the parser's cut stands
_CLOSERS = frozenset(".!?…;:")
# what can only continue the clause before it
_CONTINUERS = frozenset(",)].;:!?…")


def _cut_mid_clause(before: "SpacySpan", after: "SpacySpan") -> bool:
    """Whether the parser cut a clause in two: the text before ends on no full stop or line break and the text
    after opens on a lowercase word or a comma ("attacked a hamlet | près de San (San, San) | , | faisant une
    dizaine de morts": a toll cut from its deed), or the text before ends on a comma or an open bracket."""
    last, first = before[-1], after[0]
    if "\n" in last.whitespace_ or "\n" in last.text or any(c in _CLOSERS for c in last.text):
        return False
    if last.text in ("(", "[", ",") or first.text in _CONTINUERS:
        return True
    return first.text[:1].isalpha() and first.text[:1].islower()


def within(mentions: Iterable[M], start: int, end: int) -> list[M]:
    """Mentions whose span lies inside [start, end), in text order."""
    found = [m for m in mentions if start <= m.span.char_start and m.span.char_end <= end]  # type: ignore[attr-defined]
    return sorted(found, key=lambda m: m.span.char_start)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# Actor kinds


def actor_kind(ctx: Context, actor_id: str) -> str:
    """The ACLED actor category of an actor id: the document's actor base (``kind_of``, the reading
    fusion shares), else what the id itself says of a state force ("" when unknown)."""
    kind = kind_of(ctx.knowledge.actors, actor_id)
    if kind is not None:
        return kind
    if re.search(r"army|armed-forces|military|government|police|gendarmerie", actor_id):
        return "state_forces"
    return ""


def is_state(ctx: Context, actor_id: str) -> bool:
    return actor_kind(ctx, actor_id) == "state_forces"


def is_government_side(ctx: Context, actor_id: str) -> bool:
    """State forces, or external forces (foreign armies, contractors, missions) — ACLED's
    "Government regains territory" covers the government and the forces fighting with it."""
    return actor_kind(ctx, actor_id) in ("state_forces", "external_other")


# ---------------------------------------------------------------------------------------------
# Dependency roles

SUBJ, OBJ, PARTNER, BETWEEN, OTHER = "subj", "obj", "partner", "between", "other"
_NOUNISH = ("compound", "amod", "appos", "nmod", "poss", "nummod", "det", "quantmod", "npadvmod")
# French (Universal Dependencies labels): a prepositional phrase is obl/nmod with a "case" child
# carrying the preposition (« par X », « contre X », « avec X », « entre X et Y »)
_UD_CASE_ROLES = {"par": "subj", "contre": "obj", "sur": "obj", "avec": "partner", "entre": "between"}


def role_of(token: "Token", trigger: "Token | None" = None) -> tuple[str, "Token"]:
    """(role, governing verb) of the noun phrase headed by ``token``.

    subj: nsubj / agent ("by X") / "fighters from X" when the phrase is a subject;
    obj: dobj / passive subject / "against X", "on X"; partner: "with X" (clashes with X);
    between: "between X and Y". Conjuncts and modifiers take their head's role.
    """
    t = token
    for _ in range(12):
        dep = t.dep_
        if dep.startswith(("obl", "nmod")):
            case = next((c.lower_ for c in t.children if c.dep_ == "case"), None)
            if case in _UD_CASE_ROLES:
                return _UD_CASE_ROLES[case], t.head
        if dep in ("nsubj:pass", "obj", "iobj"):
            return OBJ, t.head
        if dep == "obl:agent":
            return SUBJ, t.head
        if dep == "conj" or dep in _NOUNISH:
            if t.head.i == t.i:
                break
            t = t.head
            continue
        if dep in ("nsubj", "csubj", "expl"):
            return SUBJ, t.head
        if dep in ("nsubjpass", "dobj", "dative", "oprd", "attr"):
            return OBJ, t.head
        if dep == "pobj":
            prep = t.head
            p = prep.text.lower()
            if p == "by" or prep.dep_ == "agent":
                return SUBJ, prep.head
            if p in ("against", "on", "upon", "at", "targeting"):
                return OBJ, prep.head
            if p == "with":
                return PARTNER, prep.head
            if p == "between":
                return BETWEEN, prep.head
            if prep.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and prep.head.i != t.i:
                t = prep.head  # "a convoy of X", "fighters from X": the role of the whole phrase
                continue
            return OTHER, prep.head
        break
    return OTHER, t.head


# verbs whose subject loses ground: the subject is the defeated side
LOSER_VERBS = frozenset(
    "retreat withdraw flee surrender lose leave abandon pull evacuate suffer face".split()
    + "retirer replier fuir rendre perdre quitter abandonner évacuer subir".split()  # French lemmas
)
# verbs whose subject only speaks about the event: a source, not a participant
REPORTING_VERBS = frozenset(
    "say tell add state claim announce confirm report deny accuse allege write declare warn insist admit "
    "congratulate praise blame condemn describe note explain acknowledge reveal assert".split()
    + "dire déclarer affirmer annoncer confirmer indiquer préciser ajouter démentir nier accuser revendiquer "
    "assurer reconnaître souligner rapporter expliquer".split()  # French lemmas
)


def governed_by_reporting(verb: "Token") -> bool:
    return verb.lemma_.lower() in REPORTING_VERBS


# ---------------------------------------------------------------------------------------------
# Generic descriptions ("the rebels", "separatists", "the ministry") resolved to the latest actor
# of the matching kind already mentioned in the document.


@lru_cache(maxsize=4)
def generic_patterns(language: str = "en") -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(regex, re.IGNORECASE), kind) for kind, regex in table_rows("generic_actors", language))


def generic_kind(phrase: str, language: str = "en") -> str | None:
    for pattern, kind in generic_patterns(language):
        if pattern.search(phrase):
            return kind
    return None


def latest_actor_of_kind(ctx: Context, kind: str, before: int) -> str | None:
    """The most recent actor mention of ``kind`` before a document offset (kind "state_forces" also
    matches government actors)."""
    best = None
    for m in ctx.actors:
        if m.span.char_start >= before:
            continue
        if actor_kind(ctx, m.actor_id) == kind and (best is None or m.span.char_start > best.span.char_start):
            best = m
    if best is None:
        # nothing before ("… the army said" in the first sentence): the first one named after it
        after = [m for m in ctx.actors if m.span.char_start >= before and actor_kind(ctx, m.actor_id) == kind]
        best = min(after, key=lambda m: m.span.char_start) if after else None
    return best.actor_id if best else None
