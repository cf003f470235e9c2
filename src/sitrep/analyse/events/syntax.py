"""Dependency-parse helpers of the events stage, on the spaCy tokens of one sentence: the token at
an offset, modality (plans, threats), main vs subordinate clause, a trigger's clause verb and its
"spine" of governing verbs, and object attachment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitrep.analyse.events.args import governed_by_reporting, Sentence
from sitrep.analyse.events.cues import FACTIVE_INF_HEADS, MODAL_AUX, ONGOING, PLACE_PREPS, SUBORDINATORS

# subordinators whose clause tells what already happened, whatever the main clause plans
PAST_MARKS = frozenset(("after", "since", "because", "après", "depuis", "puisque"))


def token_for_match(s: Sentence, local_start: int):
    """The token at a character offset inside the sentence text."""
    doc_off = s.start + local_start
    for tok in s.sent:
        if s.para.offset + tok.idx <= doc_off < s.para.offset + tok.idx + len(tok.text) + 1:
            return tok
    return None


@dataclass(frozen=True)
class Trigger:
    """An event's trigger read two ways.  ``verb``: in English, its verb when the matched phrase opens on the doers
    ("Gunmen on motorcycles killed ...": killed, whose object names the victims, however the parser hung the doers),
    else the token the phrase starts at (a French phrase's doers, « des hommes armés ont fouetté », keep their old
    reading).  ``doers``: the doers' token when a participle describes them ("militants affiliated with JNIM killed",
    "gunmen dressed as soldiers killed"), whose description the side rules read; None otherwise.  Both None when no
    token stands at the phrase."""

    verb: Any
    doers: Any = None

    @property
    def for_sides(self):
        """The token the side rules, and the clause readings around them, start from: the doers a participle
        describes when there are ("gunmen dressed as soldiers killed": the soldiers they dressed as are no side),
        else the verb."""
        return self.verb if self.doers is None else self.doers


def trigger_reading(s: Sentence, local_start: int, phrase: str, language: str = "en") -> Trigger:
    """The trigger of an event whose phrase starts at ``local_start`` (see ``Trigger``)."""
    tok = token_for_match(s, local_start)
    if tok is None or tok.pos_ in ("VERB", "AUX") or language != "en":
        return Trigger(tok)
    start, end = s.start + local_start, s.start + local_start + len(phrase)
    verbs = [t for t in s.sent if t.pos_ == "VERB" and start < s.para.offset + t.idx < end]
    if not verbs:
        return Trigger(tok)
    # (doers described by a participle: the first verb inside the phrase hangs on them)
    described = len(verbs) > 1 and verbs[0].dep_ in ("acl", "amod", "relcl")
    return Trigger(verbs[0], tok if described else None)


def cue_token(s: Sentence, phrase: str):
    """The token where ``phrase`` (a cue word as the classifier matched it) first occurs in the sentence, any case."""
    local = s.text.lower().find(phrase.lower())
    return token_for_match(s, local) if local >= 0 else None


def label_cue_token(s: Sentence, cues: dict, label: str):
    """The token of the cue word the classifier matched for ``label`` in ``s``, or None when it matched none."""
    phrase = cues.get(label)
    return cue_token(s, phrase) if phrase else None


def is_modal(s: Sentence, trigger_tok) -> bool:
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
            if any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in kids):
                return True
            if "Fut" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm"):
                return True  # a simple future tells a plan as "will" does (« il poursuivra la lutte jusqu'à la libération … »)
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and t.head.i != t.i:
                # a perfect infinitive tells a deed done ("claimed to have killed 12 militants"), not a plan
                perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in kids) and t.tag_ == "VBN"
                # nor does saying: what an infinitive of telling reports happened ("Residents we spoke to say eight were
                # killed", parsed as "spoke to say"; "refused to say how many were killed")
                if t.head.lemma_.lower() not in FACTIVE_INF_HEADS and not perfect and t.lemma_.lower() not in REPORTING_LEMMAS:
                    return True
            if governed_by_reporting(t) and t.i != trigger_tok.i:
                return False
            if told_under_plan(t):
                return False
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def statement_in_future(s: Sentence, uncued: bool = False) -> bool:
    """A reported statement whose every finite verb is in the future (« Le gouvernement y affirme que « les forces
    armées … poursuivront sans relâche les groupes terroristes » », "the army said it will hunt down the attackers"):
    a plan or a vow.  Read when no cue word anchors the event but the reporting verb (the root ``is_modal`` climbs
    from, finding no future on its way); the model's tags of a quoted clause are unreliable, so every finite verb under the root counts, wherever
    it hangs.  With no cue word at all (``uncued``) the reporting verb may be coordinated with the root (« Le
    gouvernement présente ses condoléances … et assure que les auteurs … seront recherchés et traduits en justice »):
    a communiqué's closing vow, whatever its first verb."""
    root = s.sent.root
    reporters = {root.i} | ({c.i for c in root.children if c.dep_ == "conj" and governed_by_reporting(c)} if uncued else set())
    if not governed_by_reporting(root) and len(reporters) == 1:
        return False
    def with_modal(t) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in t.children)

    # (an adjective the small French model tagged a finite verb is none: « les auteurs de cet acte ignoble seront
    # traqués », « ignoble » an ``amod``)
    told = [t for t in s.sent if t.i not in reporters and t.is_alpha and t.pos_ in ("VERB", "AUX") and t.lower_ not in MODAL_AUX
            and t.dep_ != "amod" and ("Fin" in t.morph.get("VerbForm") or with_modal(t))]
    return bool(told) and all("Fut" in t.morph.get("Tense") or with_modal(t) for t in told)


def told_under_plan(verb) -> bool:
    """A clause of what has happened ("after"/"since" without a modal of its own), which may hang on
    a plan: "will escort convoys to guarantee supplies after militants set fire to trucks".  The
    plan is the main clause's; the clause's event has happened, with its own participants."""
    return (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PAST_MARKS for c in verb.children)
            and not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children))


def past_clause_of(tok):
    """The "after"/"since" clause (``told_under_plan``) the token's event is told in, or None."""
    t = clause_verb(tok) if tok is not None else None
    for _ in range(8):
        if t is None or t.head.i == t.i:
            return None
        if told_under_plan(t):
            return t
        t = t.head
    return None


def within_clause(clause, char_start: int, s: Sentence) -> bool:
    """True when the document offset ``char_start`` falls inside ``clause``'s words."""
    lo = s.doc_offset(clause.left_edge)
    hi = s.doc_offset(clause.right_edge) + len(clause.right_edge.text)
    return lo <= char_start < hi


def in_main_clause(verb) -> bool:
    """False when the verb sits in a subordinate clause introduced by "after/when/because…", or in
    a relative or modifier clause; participial clauses (", killing 12") count as main."""
    t = verb
    for _ in range(8):
        if t.head.i == t.i:
            return True
        if t.dep_ in ("relcl", "acl"):
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in t.children):
            return False
        t = t.head
    return True


def clause_verb(tok):
    """The verb a trigger word belongs to ("clashes" in "killed in clashes" → killed)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def event_spine(tok) -> set[int]:
    """Token indices whose arguments are the event's participants: the trigger, its clause verb,
    the verbs above it up to the root, and their coordinated verbs."""
    out = {tok.i}
    v = clause_verb(tok)
    # a trigger read from its auxiliary ("were killed when …" matched at "were") tells the verb's "when" clause
    out.update(_doers_clause(v.head if v.dep_ in ("aux", "auxpass", "aux:pass") else v))
    # « ont pris pour cible un groupe de VDP »: the parser hangs the target on « cible », the verb's complement
    out.update(c.i for c in v.children if c.dep_ == "xcomp" and any(m.dep_ == "mark" and m.lower_ == "pour" for m in c.children))
    for _ in range(8):
        out.add(v.i)
        out.update(c.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        # "severed ties with X", "launched an offensive against X": the object noun carries partners
        out.update(c.i for c in v.children if c.dep_ in ("dobj", "obj", "attr") and c.pos_ in ("NOUN", "PROPN"))
        if v.head.i == v.i or told_under_plan(v):
            break  # the planners of the main clause are not the event's parties
        v = v.head
    return out


def _doers_clause(verb) -> list[int]:
    """The "when" clause of a passive deed told without its agent ("five villagers were killed when JNIM militants
    stormed the village"): its verb's subject did the deed, so it belongs to the spine."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "nsubj:pass", "aux:pass") for c in verb.children)
    if not passive or any(c.dep_ in ("agent", "obl:agent") for c in verb.children):
        return []
    return [c.i for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children)]


def governs(a, b) -> bool:
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


def object_of(tok, verb, verb_preps: bool = True) -> bool:
    """True when ``tok`` is inside the object of ``verb`` (no other verb on the way up):
    "recaptured the northern town of Kidal", "took control of Kidal".  ``verb_preps=False`` (what
    was taken): only "of"/"over" phrases inside the object lead to it; a phrase hanging on the verb
    ("seized X near Y") or locating the object ("livestock from farmers near Y") says where."""
    t = tok
    for _ in range(10):
        if t.i == verb.i:
            return True
        if t.head.i == t.i:
            return False
        if t.i != tok.i and t.pos_ in ("VERB", "AUX"):
            return False
        if t.dep_ == "prep" and t.lower_ not in PLACE_PREPS:
            return False  # "withdrew its troops on order of Bamako's leaders": not the place left
        if t.dep_ == "prep" and not verb_preps and (t.head.i == verb.i or t.lower_ not in ("of", "over")):
            return False  # "seized livestock from farmers near X": X only locates the farmers
        t = t.head
    return False


# words that, as a subject or object, say nobody underwent the deed ("No one was arrested", "none was hurt")
NOBODY = frozenset(("nobody", "none", "noone", "nothing"))


def is_negated(tok) -> bool:
    """Whether the deed the trigger word tells is said not to have happened: its verb negated ("did not
    kill", "were never attacked"), nobody as its subject or object ("No one was arrested", "Nobody was
    hurt"), or the trigger noun itself under "no" ("No arrests were made").  Only when the trigger is its
    clause's verb or that verb's subject: "No group has claimed the attack that killed 12" reports the
    attack.  "No fewer than 12" is a number, not a negation (its "no" hangs on the number)."""
    if tok.pos_ not in ("VERB", "AUX") and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")):
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if c.lower_ in NOBODY or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)):
                return True
            if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) and c.pos_ != "NUM":
                return True
    return False


# French negation: « ne » with its second word ("n'a pas", "n'ont jamais"), nobody as subject, "aucun" on a noun
_FR_NE = frozenset(("ne", "n'", "n’"))
_FR_NOT = frozenset(("pas", "jamais", "plus", "point", "guère"))
_FR_NOBODY = frozenset(("personne", "rien", "nul", "nulle"))
_FR_NO = frozenset(("aucun", "aucune", "nul", "nulle"))


def is_negated_fr(tok) -> bool:
    """The French counterpart of ``is_negated`` (the French parse marks no "neg"): the deed's verb under « ne … pas »
    or « ne … jamais » (« n'ont pas été attaqués »), nobody as its subject (« personne n'a été tué »), or the trigger
    noun, or the verb's subject or object, under « aucun » (« aucun accrochage n'a suivi », « il n'y a eu aucun
    échange de tirs »).  « ne … que » (only) is no negation."""
    if any(c.dep_ == "det" and c.lower_ in _FR_NO for c in tok.children):
        return True
    if tok.pos_ not in ("VERB", "AUX") and not (tok.dep_.startswith("nsubj") and tok.head.pos_ in ("VERB", "AUX")):
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    words = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if words & _FR_NE and words & _FR_NOT:
        return True
    return any(c.dep_.startswith(("nsubj", "obj")) and (c.lower_ in _FR_NOBODY and words & _FR_NE
               or any(d.dep_ == "det" and d.lower_ in _FR_NO for d in c.children)) for c in verb.children)


def not_happened(language: str, text: str, tok, root=None) -> list[str]:
    """Doubts that a sentence tells a deed done: an ongoing state ("has been besieging … since"), or the
    deed denied ("No one was arrested", « personne n'a été arrêté »).  ``root``: the sentence's root, which stands for
    the deed when no trigger word anchors it."""
    negated = tok is not None and (is_negated(tok) if language == "en" else language == "fr" and is_negated_fr(tok))
    return (["ongoing"] if _ongoing_state(text, tok if tok is not None else root) else []) + (["negated"] if negated else [])


# relative clauses in the English and French parses ("Djibo, which they had been blockading since February, …")
RELATIVE_DEPS = frozenset(("relcl", "acl:relcl"))


def _ongoing_state(text: str, tok) -> bool:
    """Whether the sentence tells an ongoing state ("has been besieging … since") as its own matter: a state
    told in a relative clause that does not hold the trigger ("attacked Djibo, which they had been blockading
    since February") only describes a party or a place, and the deed of the main clause still happened."""
    if not ONGOING.search(text):
        return False
    if tok is None:
        return True
    rest = text
    for t in tok.sent:
        if t.dep_ not in RELATIVE_DEPS or t.left_edge.i <= tok.i <= t.right_edge.i:
            continue
        clause = tok.doc[t.left_edge.i:t.right_edge.i + 1].text
        if ONGOING.search(clause):
            rest = rest.replace(clause, " ")
    return ONGOING.search(rest) is not None


def deed_hung_on(verb, lemmas) -> bool:
    """Whether a verb of ``lemmas`` hangs on ``verb`` as a participle or a second verb with no subject of its own,
    so that ``verb``'s subject did it ("soldiers went from house to house, beating young men", "troops stormed
    the village and flogged the elders"): the deed belongs to whoever did the going."""
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in lemmas
               and not any(g.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for g in c.children) for c in verb.children)


# verbs that report what someone else did ("residents said soldiers beat them")
REPORTING_LEMMAS = frozenset(("say", "tell", "report", "recount", "allege", "describe", "recall", "complain"))


def reported_deed(verb, lemmas):
    """The verb of ``lemmas`` (or the one it hangs on) that a reporting verb's clause tells ("residents said soldiers beat them": beat), or
    None: the witnesses are the source, the deed and its doer are in what they said."""
    if verb.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and (c.lemma_.lower() in lemmas or deed_hung_on(c, lemmas))),
                None)  # ("residents said troops went from door to door, beating young men": went, with its beating)
