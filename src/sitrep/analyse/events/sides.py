"""The parties to an event: sides from each actor's dependency role in the sentence, described
targets and generic parties resolved to the latest actor of that kind, coalitions carried over from
the preceding event, and described actors mapped to the predecessor the document names."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import (
    actor_kind,
    attack_authors,
    STATEMENT_NOUNS,
    issues_a_statement,
    ALLY,
    allied,
    BETWEEN,
    generic_kind,
    governed_by_reporting,
    is_government_side,
    latest_actor_of_kind,
    LOSER_VERBS,
    french_attacker_phrase,
    meets_attack,
    named_as_parent,
    OBJ,
    opposed,
    OTHER,
    met_french_attacks,
    passive_attack_subject,
    PARTNER,
    role_of,
    Sentence,
    SUBJ,
)
from sitrep.analyse.events.cues import SUFFERED_ATTACK
from sitrep.analyse.events.doer_phrases import described_subject, repelled_first, targets_of_unnamed_doer
from sitrep.analyse.events.mentions import actors_in, dedupe, within_sentence
from sitrep.analyse.events.person_nouns import owner_of_kin
from sitrep.analyse.events.syntax import clause_verb, past_clause_of, within_clause
from sitrep.knowledge.actors import is_civil_government, ORGANISED_KINDS
from sitrep.model import EventMention


# words by which a saying's complement refers back to the one saying it ("announced that it was withdrawing", « a
# annoncé son retrait »)
_SELF_SUBJECTS = frozenset("it they il elle ils elles".split())
_SELF_POSSESSIVES = frozenset("its their son sa ses leur leurs".split())


# verbs of proclaiming whose object is the act itself ("announced a blockade", « a décrété un couvre-feu »)
_PROCLAIMING = frozenset("announce declare proclaim decree annoncer déclarer proclamer décréter".split())


def _sayer_only(role: str, verb, trig) -> bool:
    """Whether a subject of ``role`` is only the sayer of the event: of a reporting verb, unless the saying announces
    its own act where no trigger word names the event (``tells_own_act``) or proclaims the event the trigger names as
    its object (``proclaims_the_act``)."""
    return role == SUBJ and governed_by_reporting(verb) and not (trig is None and tells_own_act(verb)) \
        and not proclaims_the_act(verb, trig)


def proclaims_the_act(verb, trig) -> bool:
    """Whether ``verb`` proclaims the event its object names ("JNIM announced a blockade on Kayes", « le JNIM a
    annoncé un blocus », "declared a curfew"): a measure takes effect by being proclaimed, so the one proclaiming it
    does it; a statement about a deed (a toll announced, an attack condemned) has no trigger for its object."""
    return trig is not None and verb.lemma_.lower() in _PROCLAIMING and trig.head.i == verb.i \
        and trig.dep_ in ("dobj", "obj")


def tells_own_act(verb) -> bool:
    """Whether the saying ``verb`` announces its sayer's own act: a clause whose subject is "it" ("the Wagner Group
    announced that it was withdrawing its personnel") or an act its sayer owns (« la junte a annoncé son retrait »).
    Read only where no trigger word names the event: the sayer of an event found by its word is its source."""
    for c in verb.children:
        if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and g.lower_ in _SELF_SUBJECTS for g in c.children):
            return True
        if c.dep_ in ("dobj", "obj") and any(g.lower_ in _SELF_POSSESSIVES and g.dep_ in ("poss", "det", "det:poss") for g in c.children):
            return True
    return False


# the verbs of a pursuit after the deed, in English and French: their subject goes after the doers
_PURSUERS = frozenset("hunt track chase pursue trace traquer poursuivre pourchasser rechercher".split())


def sides(ctx: Context, s: Sentence, source_ids: set[str], battle: bool = True, spine: set[int] | None = None, trig=None) -> tuple[list[str], list[str], list[str], list[str]]:
    """(side1, side2, assoc1, assoc2) from each actor's dependency role in the sentence; only roles
    governed by the event's spine (trigger, its verb and the verbs above) count as sides."""
    side1, side2, assoc1, assoc2 = [], [], [], []  # type: list[str], list[str], list[str], list[str]
    between: list[str] = []
    other: list[str] = []
    sources: list[str] = []
    told_in = past_clause_of(trig) if trig is not None else None
    starters: list[str] = []  # "clashes broke out between X and Y after Y raided a camp": who began the fight
    for m in (named := actors_in(ctx, s)):
        if told_in is not None and not within_clause(told_in, m.span.char_start, s) or _parent_of_another(ctx, m, named) \
                or _whose_kin(s, m):
            continue  # "the army will escort convoys after militants burned trucks": the planners are no party (nor "VDP relatives")
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is None:
            other.append(m.actor_id)
            continue
        role, verb = role_of(tok)
        if role == ALLY:
            # "soldiers, accompanied by Dozo hunters, fought…", "fought alongside Wagner": beside the one helped
            # (the ally goes where the one helped ends up: "a FAMa unit accompanied by Africa Corps instructors came under
            # fire from JNIM" puts the unit, and so its helpers, second)
            side = SUBJ if verb.pos_ in ("VERB", "AUX") else _met_attack(ctx, s, battle, verb, *role_of(verb))
            (assoc1 if side in (SUBJ, OTHER) else assoc2).append(m.actor_id)
            continue
        poss = tok.dep_ == "poss"
        if _sayer_only(role, verb, trig) or _cited(tok) or _inverted_teller(role, verb, tok) or _incise_teller(tok):
            sources.append(m.actor_id)
            continue
        if role == SUBJ and verb is not trig and verb.lemma_.lower() in _PURSUERS:
            continue  # "... had been killed and the army was hunting down those responsible": no party to the deed
        if spine is not None and verb.i not in spine and role in (SUBJ, OBJ, PARTNER, BETWEEN) \
                and not _author_of_met_attack(role, verb, spine):
            # "affiliated with al-Qaeda", "coordinating the UN mission disengagement": not a party
            starters += [m.actor_id] if role == SUBJ and _began_the_fight(verb, spine) else []
            continue
        if role == OBJ and _doer_of_what_was_told(verb, tok, trig):
            role = SUBJ  # "Survivors described gunmen on motorcycles firing into the crowd": the gunmen fired
        if role == SUBJ:
            role = _met_attack(ctx, s, battle, tok, role, verb)
        elif role == OBJ and tok.i in _attackers(verb) and meets_attack(verb) and _subject_named(ctx, s, verb):
            role = SUBJ  # « des VDP ont repoussé une attaque de présumés éléments du JNIM »: the attack's author
        target = {SUBJ: (side1, assoc1), OBJ: (side2, assoc2), PARTNER: (side2, assoc2)}.get(role)
        if role == BETWEEN:
            between.append(m.actor_id)
        elif target is None:
            other.append(m.actor_id)
        else:
            (target[1] if poss else target[0]).append(m.actor_id)
    if between:
        first, rest = _between_camps(ctx, between, starters)
        side1, side2 = first + side1, rest + side2
    side1, side2 = _sides_from_others(ctx, side1, *targets_of_unnamed_doer(ctx, s, trig, side1, side2, [
        a for a in other if a not in source_ids]), s.text)  # (« des présumés jihadistes ont tendu une embuscade à X »)
    # "FaMa reported that seven of its officers were killed": the reporter is a party when the
    # sentence speaks of its own people; otherwise a source is an observer, not a side
    own = re.search(r"\b(?:its|their|our|we|us)\b", s.text, re.IGNORECASE) is not None
    for m in actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is not None and m.actor_id in side2 and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in tok.children):
            own = False  # "confirmed that its Africa Corps was forced to retreat": the source backs side 2
    sources = dedupe(sources + [x for x in source_ids if x and not x.startswith("person:")])
    armed = [x for x in sources if actor_kind(ctx, x) in ORGANISED_KINDS]
    if not side1 and trig is not None:
        # a described subject of the event verb ("militants ambushed a convoy", "they") before any reporter
        side1 = [a for a in described_subject(ctx, s, clause_verb(trig)) if a not in side2]
    if not own and battle and not side1 and armed and not _told_by_its_statement(trig):
        # "the army said a drone strike killed twenty militants": an armed reporter of its own
        # operation is its agent (not when the sentence speaks of its own losses, handled below)
        side1 = [x for x in armed if x not in side2][:1]
    if own and not side1 and sources:  # (with a side 2: the first source outside it)
        side1 = [x for x in sources if x not in side2][:1]
    side1, side2 = dedupe(side1), dedupe(side2)
    if battle and side1 and side2 and all(allied(ctx, a, b) for a in side1 for b in side2):
        side1 = []  # one camp on both sides: see ``_sides_from_others``; the attacked stay
    side1, side2 = repelled_first(ctx, s, *_opposed_order(ctx, s, side1, side2))  # "fought off gunmen who attacked"
    if battle:  # (a development's parties are not two camps: "the army collapsing, rebels declaring a siege")
        side1, side2 = camps(ctx, side1, side2)
    return side1, side2, dedupe(assoc1), dedupe(assoc2)


def _whose_kin(s: Sentence, m) -> bool:
    """Whether the mention ``m`` only tells whose kin a noun's people are ("four VDP relatives", "a soldier's wife")."""
    tok = s.token_at(m.span.char_start, m.span.char_end)
    return tok is not None and owner_of_kin(tok)


def _told_by_its_statement(trig) -> bool:
    """The deed is told as what a statement is about (« un communiqué relatif à l'attaque perpétrée dimanche contre le
    marché », "a statement on the raid"): its issuer tells of another's deed, it is not the doer of its own."""
    return trig is not None and any(a.lemma_.lower() in STATEMENT_NOUNS and issues_a_statement(a.head)
                                    for a in trig.ancestors)


def _between_camps(ctx: Context, between: list[str], starters: list[str]) -> tuple[list[str], list[str]]:
    """"between FAMa and Wagner forces on one side and JNIM on the other": the first named and its allies, then the
    rest; the one an "after" clause says began the fight (``_began_the_fight``) goes first, wherever it was named."""
    first = next((a for a in starters if a in between), between[0])
    between = [first] + [a for a in between if a != first]
    beside = [a for a in between[1:] if allied(ctx, between[0], a)]
    return between[:1] + beside, [a for a in between[1:] if a not in beside]


def _author_of_met_attack(role: str, verb, spine: set[int]) -> bool:
    """"an attack by JNIM on the camp was repelled by FAMa": the attack's author is a party though its noun is no verb
    of the spine (``passive_attack_subject``)."""
    met = passive_attack_subject(verb) if role == SUBJ else None
    return met is not None and met.i in spine


# the deeds that start a fight, told in an "after" clause of the fight ("… after the Dozo raided a militant camp")
_OPENING_DEEDS = frozenset("attack raid ambush storm assault strike target besiege attaquer".split())


def _began_the_fight(verb, spine: set[int]) -> bool:
    """Whether ``verb`` is an attack told in an "after" clause of the event's verb ("clashes broke out between JNIM and
    Dozo hunters after the Dozo raided a militant camp"): its subject began the fight.  ACLED's actor 1 of a clash is
    its initiator when the text says who began it, the first named otherwise."""
    return (verb.dep_ == "advcl" and verb.head.i in spine and verb.lemma_.lower() in _OPENING_DEEDS
            and any(c.dep_ == "mark" and c.lower_ in ("after", "après") for c in verb.children))


def _met_attack(ctx: Context, s: Sentence, battle: bool, tok, role: str, verb) -> str:
    """OBJ for a subject that lost or met an attack ("troops withdrew", "troops repelled an attack by JNIM": the
    attacker first, the troops second), else ``role``."""
    if role != SUBJ:
        return role
    if battle and (verb.lemma_.lower() in LOSER_VERBS or _undergoes(verb)):
        return OBJ  # « le poste a fait l'objet d'une attaque »: the attacked
    if tok.i not in _attackers(verb) and meets_attack(verb) and _attacker_named(ctx, s, verb):
        return OBJ
    return role


# "clashes opposed X to Y", « des affrontements ont opposé X à Y »: the fight is the subject and the
# parties are the object and the "to/à" phrase, which parsers attach unreliably (an infinitive "to",
# a noun modifier of X); the surface order is the one the writer chose: X first, Y second.  Not in a relative clause
# (« les combats qui ont opposé X à Y auraient fait … »): that names a fight told before, whose telling gave its sides
_OPPOSED = re.compile(
    r"\b(?:clash(?:es)?|fighting|fights?|combats?|battles?|exchanges? of (?:gun)?fire|skirmish(?:es)?|"
    r"affrontements?|accrochages?|heurts|échanges? de tirs)\b(?:(?!\b(?:qui|that|which)\b)[^.;]){0,40}?"
    r"\b(?:opposed|opposing|opposé(?:e|s|es)?|opposant|opposent|opposait)\s+(?P<first>[^.;]{2,120}?)"
    r"\s+(?:to|à|aux|au)\s+(?P<second>[^.;]{2,160})", re.IGNORECASE)
# "fighting opposed X and Y", "clashes opposing X and Y": the same fight with the parties joined by "and"
# (read only when no "to/à" names the second party: "opposed FAMa and Wagner to JNIM" is two against one)
_OPPOSED_AND = re.compile(_OPPOSED.pattern.replace(r"(?:to|à|aux|au)", r"(?:and|et)"), re.IGNORECASE)


def _opposed_order(ctx: Context, s: Sentence, side1: list[str], side2: list[str]) -> tuple[list[str], list[str]]:
    """Sides of a fight told as one party "opposed to" another, from their order around "to/à"; a party the base
    does not name leaves its side to be filled later (the country's unidentified armed group)."""
    m = _OPPOSED.search(s.text) or _OPPOSED_AND.search(s.text)
    if m is None:
        return side1, side2
    start = s.start
    first: list[str] = []
    second: list[str] = []
    for a in actors_in(ctx, s):
        at = a.span.char_start - start
        if m.start("first") <= at < m.end("first"):
            first.append(a.actor_id)
        elif m.start("second") <= at < m.end("second"):
            second.append(a.actor_id)
    if not first and not second:
        return side1, side2
    # one party told only by what it is (« ont opposé les FDS à des terroristes »): the named one keeps its place
    first, second = dedupe(first), [a for a in dedupe(second) if a not in first]
    rest1 = [a for a in side1 + side2 if a not in first and a not in second]
    return first + [a for a in rest1 if a in side1], second + [a for a in rest1 if a in side2]


def camps(ctx: Context, side1: list[str], side2: list[str]) -> tuple[list[str], list[str]]:
    """The sides regrouped by who fights beside whom (the actor base's kinds and affiliations), where the
    parse put enemies together or allies apart: the state's forces and an armed group are never one side
    ("troops and VDP repelled an attack by JNIM"), and an ally of side 1's first actor named among its
    enemies joins it ("FAMa and Wagner on one side and JNIM on the other")."""
    if not side1:
        return side1, side2
    lead = side1[0]
    enemies = [a for a in side1[1:] if opposed(ctx, lead, a)]
    side1 = [a for a in side1 if a not in enemies]
    side2 = side2 + [a for a in enemies if a not in side2]
    friends = [a for a in side2 if allied(ctx, lead, a)]
    if friends and any(opposed(ctx, lead, a) for a in side2 if a not in friends):
        side1 = side1 + friends
        side2 = [a for a in side2 if a not in friends]
    return side1, side2


def _attackers(verb) -> set[int]:
    """Token indices of the attacker phrases hanging on ``verb`` (an attack's agent or origin: "by X", "from X")."""
    french = {t.i for c in met_french_attacks(verb) if (p := french_attacker_phrase(c)) is not None
              for t in p.subtree}  # « repoussé une attaque de X », « l'attaque de X a été repoussée »
    authors = {t.i for a in attack_authors(verb) for t in a.subtree}  # "repelled a JNIM assault", "… an assault by X"
    return french | authors | {t.i for c in verb.subtree if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                               and c.head.i != verb.i or c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree}


def _subject_named(ctx: Context, s: Sentence, verb) -> bool:
    """Whether the subject of ``verb`` is a named actor ("des VDP", "the troops"), not a possessive's: « ses unités ont
    repoussé une offensive des FAMa » is a communiqué's own side, whose reading the attack's author does not change."""
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "obl:agent")}  # « … par les FAMa »
    return any((tok := s.token_at(m.span.char_start, m.span.char_end)) is not None and tok.i in subjects
               for m in actors_in(ctx, s))


def _attacker_named(ctx: Context, s: Sentence, verb) -> bool:
    """Whether an actor is named among the attacker phrases of ``verb`` (not an instrument: "by IED detonation")."""
    where = _attackers(verb)
    for m in actors_in(ctx, s):
        tok = s.token_at(m.span.char_start, m.span.char_end)
        if tok is not None and tok.i in where:
            return True
    return False


def _parent_of_another(ctx: Context, m, named: list) -> bool:
    """« le Groupe de soutien à l'islam et aux musulmans (JNIM), affilié à Al-Qaïda, a revendiqué … »: the parent
    named after the group it is tied to is no party (``named_as_parent``)."""
    return named_as_parent(ctx.document.text, m.span.char_start, [n.span.char_end for n in named if n is not m])


def _undergoes(verb) -> bool:
    """« la position de nos forces à X a fait l'objet d'une attaque »: the subject of « faire l'objet de » undergoes
    the deed (the attacked, as the subject of a passive), as does that of a passive the parser read as a copula
    (« une patrouille de nos FDS a été prise à partie »: « été » the participle's copula)."""
    if verb.lemma_.lower() == "faire" and any(c.lower_ == "objet" for c in verb.children):
        return True
    return verb.pos_ == "VERB" and any(c.dep_ == "cop" and c.lemma_.lower() == "être" for c in verb.children)


def _sides_from_others(ctx: Context, side1: list[str], side2: list[str], other: list[str],
                       text: str) -> tuple[list[str], list[str]]:
    """Empty sides filled from the actors of no clear role (``other``, the tellers already left out: « …, a annoncé
    le ministère de la Défense » names the source).  A ministry or government beside its own forces is their camp,
    never the enemy they fought ("The Government informs that the detachment was attacked"); the state's forces
    beside an attack their post or unit suffered (``SUFFERED_ATTACK``: « l'état-major a reconnu que le poste
    militaire de X avait fait l'objet d'une attaque », the staff parsed as no verb's subject) are the attacked."""
    if not side1 and not side2 and other and is_government_side(ctx, other[0]) and SUFFERED_ATTACK.search(text):
        return [], other[:1]
    if not side1 and not side2 and other:
        return other[:1], [a for a in other[1:2] if not allied(ctx, other[0], a)]
    if not side1 and other:
        left = [o for o in other if o not in side2]
        if left and side2 and all(allied(ctx, left[0], a) for a in side2):
            # « de lourdes pertes à l'armée malienne et à ses alliés russes d'Africa Corps »: the camp of side 2
            return side1, side2 + left[:1]
        return left[:1], side2
    return side1, side2


def _inverted_teller(role: str, verb, tok) -> bool:
    """The teller put after its verb (« …, a annoncé le ministère de la Défense », "…, said the army"), which
    parsers read as the object of a verb of telling that then has no subject: the source, not a party."""
    return (role == OBJ and governed_by_reporting(verb) and tok.i > verb.i
            and not any(c.dep_.startswith("nsubj") for c in verb.children))


def _incise_teller(tok) -> bool:
    """The teller of an incise after the deed (« Ils ont égorgé le chef …, racontent des habitants joints par RFI »):
    a verb of telling right after a comma, with no subject before it, and the actor after it.  The small French model
    may tag such a verb an adverb and its teller an oblique: the words decide, not the labels."""
    verb = tok.head
    return verb.i < tok.i and verb.i > 0 and tok.doc[verb.i - 1].text == "," and governed_by_reporting(verb) \
        and not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)


def _cited(tok) -> bool:
    """Whether the actor is the one a figure is credited to ("… according to the UN", « selon l'ONU »):
    a source, not a party."""
    head = tok
    while head.dep_ in ("conj", "compound", "amod", "det") and head.head is not head:
        head = head.head
    if any(c.dep_ == "case" and (c.lower_ == "selon" or c.lower_ in ("d'", "d’") and c.nbor().lower_ == "après")
           for c in head.children):
        return True  # « Selon des habitants, … », « D'après des témoins, … »: the French model's case marker
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return (prep.lower_ == "to" and prep.head.lower_ == "according") or prep.lower_ in ("selon", "d'après")


def coalition(ctx: Context, s: Sentence, side1: list[str], events: list[EventMention]) -> list[str]:
    """A side named only by description ("rebel forces") that belongs to the coalition of the
    preceding event ("JNIM and the FLA launched an offensive") stands for that coalition."""
    descriptive = {m.actor_id for m in actors_in(ctx, s) if m.method != "alias" or m.confidence < 1.0}
    if not side1 or not set(side1) & descriptive:
        return side1
    prev = next((e for e in reversed(events) if set(side1) & set(e.side1)), None)
    if prev is None:
        return side1
    return dedupe(side1 + [a for a in prev.side1 if not is_government_side(ctx, a)])


def generic_object(ctx: Context, s: Sentence, trig) -> list[str]:
    """The target when it is only described ("defeated the militants", "attacked the rebels"):
    the latest actor of that kind mentioned before."""
    verb = clause_verb(trig)
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
        if within_sentence(ctx, "actors", s, t0, t1):
            continue
        kind = generic_kind(ctx.document.text[t0:t1], ctx.language)
        found = latest_actor_of_kind(ctx, kind, t0) if kind else None
        if found:
            return [found]
    return []


def other_signatory(ctx: Context, s: Sentence, side1: list[str]) -> list[str]:
    """An agreement's second party where the parse found only the first: the first organised actor the sentence names
    beside it and not allied with it (« les chasseurs dozos et le JNIM ont conclu un cessez-le-feu »: a truce has two
    parties, whatever the parser joined)."""
    for m in actors_in(ctx, s):
        a = m.actor_id
        if a not in side1 and actor_kind(ctx, a) in ORGANISED_KINDS and not any(allied(ctx, a, x) for x in side1):
            return [a]
    return []


def generic_parties(ctx: Context, s: Sentence, exclude: set[str]) -> list[str]:
    from sitrep.analyse.events.args import generic_patterns

    out = []
    for pattern, kind in generic_patterns(ctx.language):
        if pattern.search(s.text):
            found = latest_actor_of_kind(ctx, kind, s.end, news_only=True)  # (the attackers stay unnamed, ``framing``)
            # the other party is the enemy: "troops killed militants, the government spokesman said" has the
            # government telling it, not fighting its own troops
            if found and found not in exclude and not any(allied(ctx, found, x) for x in exclude):
                out.append(found)
    return out[:1]


def named_predecessors(ctx: Context) -> dict[str, str]:
    """actor → its predecessor, for actors the document only describes ("separatists", "Azawad
    fighters") while it names their predecessor ("a spokesman for the CSP-DPA") and its date does
    not rule the predecessor out (the document may predate the succession).  The actor base moves
    descriptions to the holder at the end of the document's date interval; an undated 2024 article
    that names the CSP-DPA is about the CSP-DPA, not the FLA it merged into in November."""
    if ctx.cache.named_predecessors is not None:
        return ctx.cache.named_predecessors
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
    ctx.cache.named_predecessors = out
    return out


def _lineage_start(date: str) -> dt.date | None:
    try:
        parts = [int(x) for x in date.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def government_of(ctx: Context, country: str | None) -> list[str]:
    base = getattr(ctx.knowledge, "actors", None)
    actors = getattr(base, "actors", None)
    if not country or not isinstance(actors, dict):
        return []
    return [a.actor_id for a in actors.values() if a.kind == "state_forces" and a.country == country
            and is_civil_government(a.actor_id)][:1]


# verbs of telling or seeing whose object the parser may take for the doer of the deed told after it
_TOLD_OR_SEEN = frozenset(("say", "describe", "report", "recount", "see", "witness", "hear", "watch", "recall"))


def _doer_of_what_was_told(verb, tok, trig) -> bool:
    """Whether ``tok``, parsed as the object of a verb of telling or seeing ("Witnesses said armed men … fired",
    "Survivors described gunmen … firing"), is the doer of the deed the trigger names after it: the parser hung
    the deed's verb on the noun phrase (an ``acl``) instead of making the noun its subject."""
    if trig is None or verb.lemma_.lower() not in _TOLD_OR_SEEN or trig.i == verb.i:
        return False
    # the deed's verb follows the noun closely, hung on it or on a phrase of it ("gunmen on motorcycles firing")
    deed = next((t for t in verb.subtree if t.dep_ == "acl" and t.pos_ == "VERB" and 0 < t.i - tok.i <= _NEAR), None)
    return deed is not None and (trig.i == tok.i or trig.i in {t.i for t in tok.subtree} or trig.i == deed.i)


# how many words the deed's verb may stand after its doer's noun ("armed men on motorbikes fired")
_NEAR = 6
