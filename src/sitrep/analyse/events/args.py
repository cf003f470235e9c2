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
from sitrep.knowledge.actor_knowledge import in_revolt, kind_of
from sitrep.analyse.data_tables import table_rows
from sitrep.analyse.events.framing import named_in_framing, named_in_history
from sitrep.analyse.unclaimed import said_unclaimed
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS
from sitrep.analyse.events.sentence_cuts import cut_inside_a_name, cut_mid_clause

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
    names = [(m.span.char_start, m.span.char_end) for m in ctx.actors]
    for pi, para in enumerate(ctx.paragraphs):
        for sent in para.doc.sents:
            if not sent.text.strip():
                continue
            if out and out[-1].para_index == pi and (cut_mid_clause(out[-1].sent, sent)
                                                     or cut_inside_a_name(names, para.offset + sent.start_char)):
                sent = para.doc[out[-1].sent.start:sent.end]  # one sentence again
                out.pop()
            out.append(
                Sentence(len(out), pi, para, sent, para.offset + sent.start_char, para.offset + sent.end_char)
            )
    ctx.cache.sentences = out
    return out


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
# Camps: who fights beside whom (the actor base's kinds and affiliations)

def _affiliation_chain(ctx: Context, actor_id: str) -> set[str]:
    """``actor_id`` and what it belongs to or is allied with, up to three hops (VDP → the army → the government)."""
    base = ctx.knowledge.actors
    out, frontier = {actor_id}, {actor_id}
    for _hop in range(3 if base is not None else 0):
        frontier = {y for x in frontier for y in (getattr(_actor(ctx, x), "affiliations", None) or []) if y not in out}
        out |= frontier
    return out


def pro_government(ctx: Context, actor_id: str) -> bool:
    """Whether ``actor_id`` fights on the state's side: its forces, the foreign forces and contractors beside
    them, or an auxiliary the base affiliates with them (the VDP with Burkina Faso's army)."""
    if is_government_side(ctx, actor_id):
        return True
    return any(is_government_side(ctx, a) for a in _affiliation_chain(ctx, actor_id) - {actor_id})


def allied(ctx: Context, a: str, b: str) -> bool:
    """Whether two actors fight on one side: both on the state's side ("troops and VDP", "FAMa and their Wagner
    allies"), or one a unit or member of the other's movement (Katiba Macina and JNIM)."""
    if a == b:
        return True
    if b in _affiliation_chain(ctx, a) or a in _affiliation_chain(ctx, b):
        return True
    if not (pro_government(ctx, a) and pro_government(ctx, b)) or _mutinous(ctx, a) or _mutinous(ctx, b):
        return False
    # one country's forces with their auxiliaries and the foreign forces beside them; not two foreign
    # powers (Wagner and Ukraine), nor two states' forces
    states = [x for x in (a, b) if actor_kind(ctx, x) == "state_forces"]
    countries = {getattr(_actor(ctx, x), "country", None) for x in states}
    return bool(states) and len(countries) == 1


def _mutinous(ctx: Context, actor_id: str) -> bool:
    """Whether the actor is soldiers in revolt against their command (ACLED's "Mutiny of …"): no ally of the army."""
    return in_revolt(_actor(ctx, actor_id))


def _actor(ctx: Context, actor_id: str):
    base = ctx.knowledge.actors
    return base.get(actor_id) if base is not None else None


def opposed(ctx: Context, a: str, b: str) -> bool:
    """Whether two actors are enemies whatever the sentence says: one on the state's side, the other a rebel or
    jihadist group ("troops and VDP repelled an attack by JNIM": JNIM is not beside the troops).  A community's
    militia (Dozo, Dan Na Ambassagou, Koglweogo) fights beside the army or against it: the sentence decides."""
    ka, kb = actor_kind(ctx, a), actor_kind(ctx, b)
    return (pro_government(ctx, a) and kb == "rebel_group" and not pro_government(ctx, b)) or \
        (pro_government(ctx, b) and ka == "rebel_group" and not pro_government(ctx, a))


# ---------------------------------------------------------------------------------------------
# Dependency roles

SUBJ, OBJ, PARTNER, BETWEEN, OTHER = "subj", "obj", "partner", "between", "other"
# fights beside the phrase or verb returned with it ("soldiers, accompanied by Dozo hunters", "alongside Wagner")
ALLY = "ally"
# nouns of an attack, whose agent ("an attack by X") or origin ("came under fire from X") is the attacker
ATTACK_NOUNS = frozenset("attack assault ambush raid offensive incursion fire gunfire shelling onslaught".split())
# verbs of help whose agent fights beside the one helped ("supported by", "backed by", "accompanied by", "escorted by")
_HELPING = frozenset("accompany escort support back assist reinforce help aid join".split())
# nouns of help whose owner fights beside the one helped ("with the support of X")
_HELP_NOUNS = frozenset("support help backing assistance reinforcement reinforcements cover".split())
# French nouns of help (« avec l'appui de X », « avec le soutien des VDP », « sous la couverture aérienne de X »)
_HELP_NOUNS_FR = frozenset("appui soutien aide renfort renforts concours couverture accompagnement".split())
# what makes "with X" an ally's ("together with", "jointly with", "in coordination with")
_JOINT = frozenset("together jointly along coordination conjunction cooperation collaboration".split())
_NOUNISH = ("compound", "amod", "appos", "nmod", "poss", "nummod", "det", "quantmod", "npadvmod")
# French (Universal Dependencies labels): a prepositional phrase is obl/nmod with a "case" child
# carrying the preposition (« par X », « contre X », « avec X », « entre X et Y »)
# French verbs of motion conjugated with « être » (« sont arrivés », « est entré », « sont repartis »), which the parser
# reads as passives: their subject moved, it underwent nothing (« tombé », « mort » stay what befell the subject)
_MOVED_WITH_ETRE = frozenset("arriver venir revenir parvenir partir repartir entrer rentrer sortir ressortir retourner "
                             "descendre monter".split())
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
            helped = _french_ally_of(t, case)
            if helped is not None:
                return ALLY, helped
            if case in _UD_CASE_ROLES:
                return _UD_CASE_ROLES[case], t.head
        if dep == "nsubj:pass" and t.head.lemma_.lower() in _MOVED_WITH_ETRE:
            return SUBJ, t.head  # « un convoi des FAMa est arrivé à X »: a verb of motion's être, no passive
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
            ally = _ally_of(prep, p)
            if ally is not None:
                return ALLY, ally
            faced = _attacker_against(prep, p)
            if faced is not None:
                return faced
            if p == "by" or prep.dep_ == "agent":
                return SUBJ, prep.head
            if p in ("against", "on", "upon", "at", "targeting"):
                return OBJ, prep.head
            if p == "with":
                return PARTNER, prep.head
            if p == "between":
                return BETWEEN, _past_a_date(prep.head)
            if prep.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and prep.head.i != t.i:
                t = prep.head  # "a convoy of X", "fighters from X": the role of the whole phrase
                continue
            return OTHER, prep.head
        break
    return OTHER, t.head


def _past_a_date(head: "Token") -> "Token":
    """The word a "between X and Y" phrase belongs to when the parse hangs it on the date told just before it
    ("Fighting broke out on 14 July 2024 between X and Y": on "July", not on "broke"): the word the date's own
    phrase hangs on; ``head`` itself otherwise."""
    for _ in range(3):
        if head.ent_type_ not in ("DATE", "TIME") or head.dep_ != "pobj" or head.head.head.i == head.head.i:
            return head
        head = head.head.head
    return head


def _ally_of(prep: "Token", p: str) -> "Token | None":
    """The phrase or verb that the object of ``prep`` fights beside, or None: "soldiers, accompanied by Dozo
    hunters" (the soldiers), "fought alongside Wagner", "together with the VDP", "with the support of Wagner"
    (the verb)."""
    head = prep.head
    if (p == "by" or prep.dep_ == "agent") and head.lemma_.lower() in _HELPING and head.dep_ in ("acl", "advcl"):
        return head.head  # a participle on the one helped (acl: its noun; advcl: its clause's verb)
    if p == "alongside" or (p == "with" and (any(c.lower_ in _JOINT for c in prep.children)
                                            or head.lemma_.lower() in _JOINT)):
        return head if head.lemma_.lower() not in _JOINT else head.head
    if p == "of" and head.lemma_.lower() in _HELP_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "with":
        return head.head.head
    return None


def _french_ally_of(t: "Token", case: str | None) -> "Token | None":
    """The verb that the owner of a French noun of help fights beside (« les FAMa, avec l'appui de l'Africa Corps,
    ont accroché… », « grâce au soutien des VDP »), or None: the English "with the support of X" in Universal
    Dependencies labels, where « avec » would otherwise make the owner the partner fought against."""
    head = t.head
    if case not in ("de", "d'", "du", "des") or head.lemma_.lower() not in _HELP_NOUNS_FR \
            or not head.dep_.startswith(("obl", "nmod")):
        return None
    return head.head if any(c.dep_ == "case" and c.lower_ in ("avec", "grâce", "sous") for c in head.children) else None


def _attacker_against(prep: "Token", p: str) -> "tuple[str, Token] | None":
    """(SUBJ, the attack's word) for the origin of an attack that the verb's subject met ("a patrol came under
    fire from militants", "came under attack from X"): the attacker, side 1 as in "was attacked by X"
    (``meets_attack`` puts the subject second), else None.  An attack's agent ("repelled an attack by X") is
    read as any agent is."""
    head = prep.head
    if p != "from":
        return None
    if head.pos_ in ("VERB", "AUX") and _under_attack(head) is not None:
        return SUBJ, head  # the origin told on the verb
    if head.lemma_.lower() in ATTACK_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "under":
        return SUBJ, head.head.head  # the verb that came under it
    return None


def _under_attack(verb: "Token") -> "Token | None":
    """The attack noun of "came under fire", "were under attack" on ``verb``, or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            noun = next((g for g in c.children if g.lemma_.lower() in ATTACK_NOUNS), None)
            if noun is not None:
                return noun
    return None


# verbs whose subject met an attack (its object): the subject was struck, whoever won
MEETING_VERBS = frozenset("repel repulse foil thwart resist withstand survive face suffer fend beat push counter "
                          "absorb endure".split()
                          + "repousser déjouer contrer résister subir essuyer".split())  # French lemmas
# the French attack nouns whose "de" phrase names the attacker (« ont repoussé une attaque de présumés éléments du JNIM »)
FRENCH_ATTACK_NOUNS = frozenset("attaque assaut embuscade incursion offensive raid tir".split())
_FRENCH_BY = frozenset(("de", "du", "des", "d'", "d’", "par"))


def french_attacker_phrase(noun: "Token") -> "Token | None":
    """The phrase of a French attack noun that names who attacked (« une attaque de X », « l'assaut des
    jihadistes »), or None."""
    if noun.lemma_.lower() not in FRENCH_ATTACK_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "nmod"
                 and any(g.dep_ == "case" and g.lower_ in _FRENCH_BY for g in c.children)), None)


def meets_attack(verb: "Token") -> bool:
    """Whether ``verb``'s subject is the side an attack struck, its attacker named: "troops repelled an attack by
    JNIM", "a patrol came under fire from militants", "the VDP foiled an assault by IS Sahel".  ACLED's actor 1
    is the attacker, as when the sentence says "JNIM attacked the troops"; the subject is the other side."""
    under = _under_attack(verb)
    if under is None and verb.lemma_.lower() not in MEETING_VERBS:
        return False  # "carried out an ambush by IED": the subject made the attack
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ATTACK_NOUNS]
    nouns += [c for c in verb.children if _met_in_passive(c, verb)]  # "an attack by X was repelled by Y"
    if under is not None:
        nouns.append(under)
    named_by = ("by", "from")
    if any(french_attacker_phrase(c) is not None for c in met_french_attacks(verb)):
        return True  # « des VDP ont repoussé une attaque de présumés éléments du JNIM »
    return any(p.dep_ in ("prep", "agent") and p.lower_ in named_by and any(g.dep_ == "pobj" for g in p.children)
               for n in nouns for p in n.children) or (
        under is not None and any(p.dep_ == "prep" and p.lower_ == "from" for p in verb.children)) or (
        bool(nouns) and bool(attack_authors(verb)))


def met_french_attacks(verb: "Token") -> list["Token"]:
    """The French attack nouns ``verb`` met: its object (« ont repoussé une attaque de X »), its passive subject
    (« l'attaque des jihadistes a été repoussée par les FAMa ») or a partitive the parser hung as a noun modifier
    (« a essuyé des tirs de terroristes »: « des » read as a preposition)."""
    return [c for c in verb.children if c.lemma_.lower() in FRENCH_ATTACK_NOUNS and (
        c.dep_ == "obj" or _met_in_passive(c, verb)
        or c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("des", "de", "du") for g in c.children))]


def _met_in_passive(noun: "Token", verb: "Token") -> bool:
    """Whether ``noun`` is an attack that ``verb`` met, told in the passive (spaCy makes a new Token on each access:
    compared by index, not identity)."""
    met = passive_attack_subject(noun)
    return met is not None and met.i == verb.i


def passive_attack_subject(noun: "Token") -> "Token | None":
    """The meeting verb whose passive subject ``noun`` is an attack ("an attack by JNIM on the camp was repelled by
    FAMa": the attack's "by" phrase names the attacker, the verb's agent the side that met it), or None."""
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "nsubj:pass") or verb.i == noun.i \
            or noun.lemma_.lower() not in ATTACK_NOUNS | FRENCH_ATTACK_NOUNS:  # « l'attaque des jihadistes a été repoussée »
        return None
    return verb if verb.lemma_.lower() in MEETING_VERBS else None


def attack_authors(verb: "Token") -> list["Token"]:
    """The phrases naming who made the attack a meeting verb's object is, where the parse hangs them off the
    attack's noun as its modifier ("repelled a JNIM assault", "JNIM's attack") or off the verb itself ("repelled an
    assault by JNIM militants", its "by" read as the verb's): each phrase's head token."""
    if verb.lemma_.lower() not in MEETING_VERBS:
        return []
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ATTACK_NOUNS]
    if not nouns:
        return []
    modifiers = [m for n in nouns for m in n.children if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN"]
    agents = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    return modifiers + agents


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
    "assurer reconnaître souligner rapporter expliquer raconter témoigner confier".split()  # French lemmas
)


# the statement a verb issues (« a rendu public un communiqué relatif à l'attaque », "released a statement on the
# raid"): its subject tells, whatever the verb
STATEMENT_NOUNS = frozenset("communiqué déclaration démenti statement".split())


def governed_by_reporting(verb: "Token") -> bool:
    return verb.lemma_.lower() in REPORTING_VERBS or issues_a_statement(verb)


def issues_a_statement(verb: "Token") -> bool:
    """The verb has an issuer for its subject and a statement for its object (« Le gouvernement a rendu public un
    communiqué »), not a statement told as the inverted subject (« …, indique un communiqué de l'état-major »)."""
    return any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in STATEMENT_NOUNS for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children)


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


def latest_actor_of_kind(ctx: Context, kind: str, before: int, news_only: bool = False) -> str | None:
    """The most recent actor mention of ``kind`` before a document offset (kind "state_forces" also
    matches government actors); ``news_only``: an armed group named after it only in a sentence framing the area
    (``framing``) does not count (a fight's unnamed other party, not the target a force's deed names generically)."""
    best = None
    ends = [m.span.char_end for m in ctx.actors]
    for m in ctx.actors:
        if m.span.char_start >= before or named_as_parent(ctx.document.text, m.span.char_start, ends):
            continue  # « le JNIM, lié à Al-Qaïda, … Le groupe affirme »: the group is JNIM, not its parent
        if actor_kind(ctx, m.actor_id) == kind and (best is None or m.span.char_start > best.span.char_start):
            best = m
    if best is None and not (kind in ARMED_NON_STATE_KINDS and said_unclaimed(ctx.document.text)):
        # nothing before ("… the army said" in the first sentence): the first one named after it, unless the article
        # says no one claimed the attack, when a group named later is one active in the area (``sitrep.analyse.unclaimed``)
        after = [m for m in ctx.actors if m.span.char_start >= before and actor_kind(ctx, m.actor_id) == kind
                 and not (kind in ARMED_NON_STATE_KINDS and (named_in_framing if news_only else named_in_history)(
                     sentences(ctx), m.span.char_start))]
        best = min(after, key=lambda m: m.span.char_start) if after else None
    return best.actor_id if best else None



# the words that name an actor as the parent another is tied to ("JNIM, affiliated with al-Qaeda, claimed the attack",
# « le JNIM, lié à Al-Qaïda, a revendiqué l'assaut », "the Sahel branch of the Islamic State"): not the claimer
PARENT_BEFORE = re.compile(
    r"(?:\b(?:affiliated|linked|allied|tied|loyal|close)\s+(?:with|to)|\b(?:affiliate|branch|arm|wing|franchise)\s+of|"
    r"\b(?:affiliée?s?|liée?s?|alliée?s?|rattachée?s?|fidèles?|proches?)\s+(?:à|au|aux|de|du|d['’])|"
    r"\b(?:branche|filiale|franchise|aile)\s+(?:[\w-]+\s+)?(?:de|du|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$",
    re.IGNORECASE)


def named_as_parent(text: str, start: int, named_before: list[int]) -> bool:
    """Whether the actor named at ``start`` is told as the parent of another actor named just before it (one of the
    ``named_before`` mention ends): « le Groupe de soutien à l'islam et aux musulmans (JNIM), affilié à Al-Qaïda, a
    revendiqué … » names JNIM as the party, al-Qaeda only as what it belongs to."""
    tie = PARENT_BEFORE.search(text[max(0, start - 40):start])
    if tie is None:
        return False
    tie_at = max(0, start - 40) + tie.start()
    return any(0 <= tie_at - end <= 12 or _PARENTHESIS_BETWEEN.fullmatch(text[end:tie_at])
               for end in named_before if end <= tie_at)


# a parenthesis between the group and its tie, or the rest of the one that names it: « le Groupe de soutien à
# l'islam et aux musulmans (JNIM, GSIM en arabe), lié à Al-Qaïda »
_PARENTHESIS_BETWEEN = re.compile(r"\s*(?:\([^()]{0,30}\)|[^()]{0,30}\))[\s,]*")
