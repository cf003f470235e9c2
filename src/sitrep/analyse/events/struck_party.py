"""Who the trigger's deed was done to, read from the trigger's own parse, not from anywhere in the sentence.

A cue keeps its trigger and the trigger keeps its side: "ambushed a passenger bus", "fired on a group of
herders", "a wedding party was attacked by militants" (the passive subject is what was struck), "a FAMa camp
was attacked by JNIM" are decided by the struck noun phrase of the verb, in either voice.  The sentence's
other nouns (the attackers, a place, an earlier clause) take no part, so "militants who had attacked a
military post ambushed a bus" reads the bus.
"""

from __future__ import annotations

import re

from sitrep.analyse.context import Context
from sitrep.analyse.events.args import actor_kind, Sentence
from sitrep.knowledge.armed_people import any_armed_forms, armed_forms
from sitrep.analyse.events.communal import communities_fighting
from sitrep.analyse.events.cues import rules
from sitrep.analyse.events.defenders import without_personal_escort
from sitrep.analyse.events.fight_words import fight_told
from sitrep.analyse.events.harm_verbs import HURTING_VERBS, KILLING_VERBS, TAKING_VERBS
from sitrep.analyse.events.mentions import actors_in
from sitrep.analyse.events.person_nouns import kin_owners, victim_kind
from sitrep.analyse.events.syntax import clause_verb
from sitrep.knowledge.actors import ARMED_KINDS

# armed, organised people (the one list of armed people's words), and their posts and columns
_ARMED_STRUCK = re.compile(
    r"\b(?:" + armed_forms("battle_target") + r"|army|military|security forces|posts?|bases?|checkpoints?|positions?|"
    r"patrols?|garrisons?|barracks|outposts?|detachments?|gendarmerie|escorts?|camps? militaires?|postes?|"
    r"armed|escorted|guarded|defended|protected)\b",
    re.IGNORECASE,
)
# the verb's dependents that are what it struck: its object, its passive subject, and the object of a
# preposition of aim ("an attack against", "fired on", "shot at": "on" and "at" only after a verb of firing with
# no object, since "killed a man at a checkpoint" and "shot dead three civilians at a checkpoint" say where)
_OBJECT_DEPS = frozenset(("dobj", "obj", "nsubjpass", "nsubj:pass"))
_AIM = frozenset(("against", "upon", "contre"))
_FIRING_AIM = frozenset(("on", "at", "sur"))
_FIRING = frozenset(("fire", "shoot", "open", "tirer", "ouvrir", "fired", "shot", "opened"))
_PASSIVE_MARKS = frozenset(("auxpass", "aux:pass"))
_CLAUSES = frozenset(("relcl", "acl:relcl", "acl", "advcl"))
# verbs of a one-sided deed, whose object is the side struck (a fight's verbs name two sides: "clashed with")
ONE_SIDED = frozenset(
    "attack ambush raid storm assault target fire shoot open strike hit besiege overrun attaquer tirer cibler "
    "attacked ambushed raided stormed assaulted targeted fired shot opened struck".split())


def _aimed_at(word) -> list:
    """The objects of the prepositions of aim that hang on ``word`` ("fire on X", "an attack against X")."""
    firing = (word.lemma_.lower() in _FIRING or word.lower_ in _FIRING) and not any(
        c.dep_ in ("dobj", "obj") and c.lower_ not in ("fire", "feu") for c in word.children)  # "shot dead X at a checkpoint"
    aims = _AIM | (_FIRING_AIM if firing else frozenset())
    # (an aim follows its verb: a preposition before it opens the sentence's when or where, "On 21 January, a man
    # was shot dead", which the parser may hang on the verb)
    preps = [p for p in word.children if p.dep_ in ("prep", "obl", "nmod") and p.lower_ in aims and p.i > word.i]
    # (one aim to a shot: a second "on"/"at" tells where it was fired, "opened fire on a car at a checkpoint")
    shot_at = [p for p in preps if p.lower_ in _FIRING_AIM and p.lower_ not in _AIM]
    preps = [p for p in preps if p not in shot_at[1:]]
    return [g for p in preps for g in p.children if g.dep_ in ("pobj", "obj")] + \
           [c for c in word.children if c.dep_ in ("obl", "nmod") and c.i > word.i
            and any(g.dep_ == "case" and g.lower_ in aims for g in c.children)]


def _struck_heads(tok) -> list:
    if tok.pos_ in ("NOUN", "PROPN"):
        return _aimed_at(tok)  # "an ambush on a bus"; the verb a noun hangs on tells another deed ("clashes killed")
    passive = any(c.dep_ in _PASSIVE_MARKS for c in tok.children) or _headline_passive(tok)
    heads = [c for c in tok.children if c.dep_ in _OBJECT_DEPS or passive and c.dep_ == "nsubj"]
    # a participle told of its noun with its doer ("Barangay captain gunned down by assailants"): the noun was struck
    heads += [tok.head] if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("agent", "obl:agent") for c in tok.children) else []
    # « ont tué 4 civils et 2 VDP »: the parser may hang a coordinated object's second noun on the verb as its
    # conjunct; a noun conjunct after the object, with its own "and", is struck as well
    heads += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and heads
              and c.i > heads[0].i and any(g.dep_ == "cc" for g in c.children)]
    # "shot dead the deputy mayor": the parser may hang the victim on "dead", the verb's complement
    heads += [g for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod") and c.pos_ == "ADJ"
              for g in c.children if g.dep_ in ("dobj", "obj")]
    fire = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lower_ in ("fire", "feu")]  # "opened fire on"
    return [h for h in heads if h not in fire] + _aimed_at(tok) + [g for f in fire for g in _aimed_at(f)]


def _headline_passive(verb) -> bool:
    """Whether ``verb`` is a headline's passive without its auxiliary ("Barangay captain shot dead by gunmen"): the
    parser takes the victim for the subject and "by" armed men for a plain preposition; no object of its own."""
    return verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("dobj", "obj") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" and _ARMED_ANY.search(g.text) for g in c.children)
        for c in verb.children)


def one_sided(tok) -> bool:
    """Whether the trigger is a verb of a one-sided deed (attacked, ambushed, fired), whose object is the struck side."""
    return tok is not None and (tok.lemma_.lower() in ONE_SIDED or tok.lower_ in ONE_SIDED)


def struck_words(tok, clauses: bool = False) -> str:
    """The words of what the trigger ``tok``'s verb was done to, in either voice ("a passenger bus", "a wedding
    party in Nara"), or "" when it names none; a clause about the struck people is left out unless ``clauses``
    ("a young man accused of collaborating with the army" was no soldier; "a truck carrying traders" is civilians')."""
    if tok is None:
        return ""
    words = []
    for head in _struck_heads(tok):
        skip = set() if clauses else {t.i for w in head.subtree if w.i != head.i and w.dep_ in _CLAUSES for t in w.subtree}
        skip |= kin_owners(head)  # ("fired on a VDP's wife": she was struck, not the VDP)
        words.append(" ".join(t.text for t in head.subtree if t.i not in skip))
    return " ; ".join(words)


def struck_civilians(language: str, tok) -> bool:
    """Whether the trigger's deed was done to unarmed people or their places and vehicles, named as such and
    not as armed or guarded ("ambushed a passenger bus", "fired on a group of herders", "a truck carrying traders")."""
    struck = struck_words(tok, clauses=True)
    return bool(struck) and rules(language)["civilian"].search(struck) is not None and not _ARMED_STRUCK.search(struck)


def struck_armed(tok) -> bool:
    """Whether the trigger's deed was done to armed people or their post, in either voice ("a FAMa camp was
    attacked by JNIM", "ambushed an army escort")."""
    struck = struck_words(tok)
    return bool(struck) and _ARMED_STRUCK.search(struck) is not None


# every word the armed-people table has for armed men, whatever its role in the codebook's rules
_ARMED_ANY = re.compile(r"\b(?:" + any_armed_forms()
                        + r"|peacekeepers?|casques bleus|commanders?|combatants?|elements?|recruits?|members?)\b", re.IGNORECASE)
# what a killing verb's object may be besides people: animals (their killing is the loss of property)
_ANIMALS = re.compile(r"\b(?:livestock|cattle|cows?|goats?|sheep|camels?|donkeys?|animals?|bétail|animaux|boeufs?)\b",
                      re.IGNORECASE)
# kinds of actor whose people are armed: their dead fell in a fight, not as civilians


def killed_unarmed(ctx: Context, s: Sentence, tok) -> bool:
    """Whether the trigger's verb is a killing (killed, shot dead, executed) whose object, in either voice, is
    people the sentence does not call armed ("gunmen killed nine gold panners", "shot dead a transport
    operator", "the village chief was executed"): ACLED assumes the dead of a one-sided killing are unarmed
    unless the source says otherwise, whatever their trade.  An object that is armed by its words (soldiers,
    VDP, militants, peacekeepers) or by the actor it names (an army, a militia, an armed group), a pronoun or
    a bare count ("killed ten of them") says nothing of the kind and is left to the other rules."""
    if tok is None or communities_fighting(s.text):
        return False  # ("a fight between herders and farmers; three men were killed": the dead of a fight)
    killings = [v for v in _deed_verbs(clause_verb(tok)) if (v.lemma_.lower() in KILLING_VERBS or v.lower_ in KILLING_VERBS)
                and _killer_told(v)]
    # a participle told after its victims (« trois orpailleurs tués par des bandits »): the noun it qualifies
    heads = [h for v in killings for h in (_struck_heads(v) or ([v.head] if v.dep_ == "acl" else []))]
    if not heads or any(h.pos_ != "NOUN" for h in heads):
        return False
    for head in heads:
        owners = kin_owners(head)
        words = " ".join(t.text for t in head.subtree if t.i not in owners)
        if _ARMED_ANY.search(words) or _animals(head, words):
            return False
        if _names_an_armed_actor(ctx, s, head, skip=owners):
            return False
    return True


def _names_an_armed_actor(ctx: Context, s: Sentence, head, clauses: bool = True, skip: set[int] = frozenset()) -> bool:
    """Whether the noun phrase of ``head`` names an actor whose people are armed (an army, a militia, an armed group);
    without its clauses unless ``clauses`` ("residents accused of informing the army" named no soldier)."""
    told = set() if clauses else {t.i for c in head.subtree if c.i != head.i and c.dep_ in _CLAUSES for t in c.subtree}
    words = [t for t in head.subtree if t.i not in told]
    lo = s.doc_offset(words[0])
    # the kin's owner named inside the phrase ("a VDP's wife") is none of its people
    owner_starts = {s.doc_offset(t) for t in words if t.i in skip}
    hi = s.doc_offset(words[-1]) + len(words[-1].text)
    return any(lo <= m.span.char_start < hi and m.span.char_start not in owner_starts
               and actor_kind(ctx, m.actor_id) in ARMED_KINDS for m in actors_in(ctx, s))


def _animals(head, words: str) -> bool:
    """Whether the killing's object is animals: its head noun ("killed 40 goats", "40 head of cattle"), not a word
    describing people ("a livestock dealer", "three cattle herders" are people)."""
    return bool(_ANIMALS.fullmatch(head.text) or (head.lower_ in ("head", "heads", "têtes") and _ANIMALS.search(words)))


def _killer_told(verb) -> bool:
    """Whether the killing verb names its doer: an active subject ("gunmen killed") or a passive's agent ("were
    shot dead by gunmen"); "three men were killed" is a toll, which may be a fight's.  A passive's agent told
    after a coordinated verb is both verbs' (« trois orpailleurs ont été tués et deux autres blessés par des
    bandits »: the parser hangs « par des bandits » on « blessés »)."""
    return any(c.dep_ in ("nsubj", "agent") or c.dep_ == "obl:agent" for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)) or any(
        c.dep_ == "conj" and any(g.dep_ in ("agent", "obl:agent") for g in c.children) for c in verb.children) or (
        any(c.dep_ in _PASSIVE_MARKS for c in verb.children) and any(
            t.dep_ == "case" and t.lower_ in _AGENT_MARKS and t.head.pos_ == "NOUN" and _ARMED_ANY.search(t.head.text)
            for t in verb.subtree))
    # (the last: a passive's « par des bandits » the parser hung on a date inside the clause, « dans la soirée du
    # 12 par des bandits »: in a passive killing, « par »/"by" before armed men tells who did it; « par balles »,
    # "by a mine" tell how)


_AGENT_MARKS = frozenset(("par", "by"))


def _deed_verbs(verb) -> list:
    """The trigger's verb and the verbs joined to it, which tell the same deed ("stormed a mining site and killed
    nine gold panners", "abducted and shot dead a herder")."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    out = [first]
    for v in out:
        out.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and c not in out)
    return out


# the words that make a killing's victim one of an armed side (soldiers, militiamen, fighters, peacekeepers)
_ARMED_VICTIM = re.compile(r"\b(?:" + any_armed_forms()
                           + r"|peacekeepers?|combatants?|commanders?|fighters?|members?|recruits?)\b", re.IGNORECASE)
# the objects of an active verb: a killing by manner is told in the active ("hacked a headman to death")
_ACTIVE_OBJECTS = frozenset(("dobj", "obj"))
# verbs that kill when told with "dead" or "down" ("shot dead", "gunned down", "cut down")
_KILLING_WITH_PARTICLE = frozenset(("shoot", "gun", "cut", "mow", "dead"))


def killed_by_manner(ctx: Context, s: Sentence, tok) -> bool:
    """Whether the trigger's clause tells a killing by its manner ("hacked a village headman to death", "shot dead a
    polio vaccination worker", "gunned down a health worker") with a doer named and a victim the sentence does not
    call armed: ACLED codes a one-sided killing of people of any trade as violence against civilians.  The manner
    ("to death", "shot dead") is where the parser leaves the killing verb out of a plain lemma list."""
    if tok is None:
        return False
    verb = clause_verb(tok)
    to_death = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children)
    with_particle = verb.lemma_.lower() in _KILLING_WITH_PARTICLE and (verb.lower_ == "dead" or any(
        c.lower_ in ("dead", "down") and c.dep_ in ("prt", "acomp", "oprd", "advmod", "xcomp", "ccomp") for c in verb.children))
    if not (to_death or with_particle):  # (active, with its victim as object: the doer is told, or implied)
        return False
    victims = [c for c in verb.children if c.dep_ in _ACTIVE_OBJECTS and c.pos_ == "NOUN"]
    if not victims:
        return False
    for victim in victims:
        owners = kin_owners(victim)
        # (the guard struck beside the victim is no armed victim: "a polio vaccinator and the policeman escorting her")
        if _ARMED_VICTIM.search(without_personal_escort(" ".join(t.text for t in victim.subtree if t.i not in owners))):
            return False
        if _names_an_armed_actor(ctx, s, victim, skip=owners):
            return False
    return True


def struck_unarmed(ctx: Context, s: Sentence, tok) -> bool:
    """Whether the trigger's deed struck unarmed people: named as civilians or their places ("ambushed a passenger
    bus", ``struck_civilians``), killed without being called armed (``killed_unarmed``, ``killed_by_manner``), or
    one person hurt or taken whom no lexicon lists but his noun's shape or apposition tells (``person_harmed``)."""
    return one_sided(tok) and struck_civilians(ctx.language, tok) or killed_unarmed(ctx, s, tok) \
        or killed_by_manner(ctx, s, tok) or person_harmed(ctx, s, tok) == "unarmed"


# every deed that harms a person (``harm_verbs``): what ``person_harmed`` looks for unless told otherwise
_HARMING = KILLING_VERBS | HURTING_VERBS | TAKING_VERBS


def person_harmed(ctx: Context, s: Sentence, tok, verbs: frozenset = _HARMING) -> str | None:
    """"armed" or "unarmed": the people the trigger's deed killed, hurt or carried off (one of ``verbs``, its doer
    told), in either voice, when each is named as a person by his trade, his role or a name with an apposition or a
    title ("shot a motorbike taxi driver", "seized Adama Kone, a health worker", « a enlevé un commerçant »,
    "wounded Lieutenant Keita, a FAMa officer"); None when an object is not people so named (a thing, a place,
    animals, a pronoun, a bare count), left to the other rules."""
    if tok is None or communities_fighting(s.text):
        return None
    kinds = set()
    for verb in _deed_verbs(clause_verb(tok)):
        if not (verb.lemma_.lower() in verbs or verb.lower_ in verbs) or not _killer_told(verb):
            continue
        active = any(c.dep_ in ("dobj", "obj") for c in verb.children)
        # (a verb with an object is active: a subject the parser took for a passive's is its doer, "IS Sahel
        # militants killed a farmer" read with "IS" as an auxiliary)
        for head in [h for h in _struck_heads(verb) if not (active and h.dep_ == "nsubj")] or _name_after_manner(verb):
            kind = victim_kind(head)
            if kind is None:
                return None
            kinds.add("armed" if kind == "armed" or _names_an_armed_actor(
                ctx, s, head, clauses=False, skip=kin_owners(head)) else "unarmed")
    return "armed" if "armed" in kinds else "unarmed" if kinds else None


def _name_after_manner(verb) -> list:
    """The victim the parser ran into the verb's manner phrase, when the verb has no object (« a blessé par balle
    Oumar Diarra, conseiller municipal »): the name right after the phrase's noun, told by the person noun of its
    apposition, which stands for him."""
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return []
    doc = verb.doc
    for manner in (c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                   and any(g.dep_ == "case" and g.lower_ in _MANNER_MARKS for g in c.children)):
        i = manner.i + 1
        if i >= len(doc) or not doc[i].is_title:
            continue
        while i < len(doc) and doc[i].is_title and doc[i].pos_ != "PUNCT":
            i += 1  # (the name's words, whatever the parser tagged them)
        if i + 1 < len(doc) and doc[i].text == ",":
            noun = doc[i + 2] if doc[i + 1].pos_ == "DET" and i + 2 < len(doc) else doc[i + 1]
            return [noun] if noun.pos_ == "NOUN" else []
    return []


# the words that open a manner phrase (« par balle », "by gunfire")
_MANNER_MARKS = frozenset(("par", "by"))


# verbs that hold people for the state or an armed group (an arrest, a round-up), besides carrying them off
_HOLDING = TAKING_VERBS | frozenset("arrest detain round apprehend interpel arrêter interpeller rafler".split())


def seized_and_killed(tok) -> bool:
    """Whether the trigger's clause tells people held or carried off and killed by the same verbs' chain ("were
    rounded up and shot", "arrested eight men and executed them", « enlevés puis exécutés »): ACLED codes the
    killing, an attack, not the arrest or the abduction that came before it."""
    if tok is None:
        return False
    verbs = _deed_verbs(clause_verb(tok))
    held = [v.i for v in verbs if v.lemma_.lower() in _HOLDING or v.lower_ in _HOLDING]
    # the killing told after the holding, of the same people: no object of its own but a pronoun ("killing several
    # militants and arresting others", "arrested two and killed three fighters" are two lots of people)
    return bool(held) and any((v.lemma_.lower() in KILLING_VERBS or v.lower_ in KILLING_VERBS) and v.i > min(held) and all(
        c.pos_ == "PRON" for c in v.children if c.dep_ in ("dobj", "obj")) for v in verbs)


def animals_only_killed(tok) -> bool:
    """Whether the trigger's deed killed animals and nothing else ("killed 35 goats and sheep belonging to herders",
    « ont abattu 30 têtes de bétail »): the loss of property, not a killing of people."""
    if tok is None:
        return False
    heads = [h for v in _deed_verbs(clause_verb(tok)) if v.lemma_.lower() in _HARMING or v.lower_ in _HARMING
             for h in _struck_heads(v)]
    return bool(heads) and all(_animals(h, " ".join(t.text for t in h.subtree)) and all(
        _ANIMALS.fullmatch(c.text) for c in h.conjuncts) for h in heads)


def lone_victim_label(ctx: Context, s: Sentence, label: str, tok) -> str | None:
    """The label the deed done to one named person makes, where the model guessed another; None when it stands.

    - animals killed and nothing else: property destroyed, not an attack on people;
    - a person carried off, none hurt ("seized a marabout", "seized Adama Kone, a health worker"): an abduction,
      whatever the model made of "seized" (a fight, a raid's loot, a town taken), unless the sentence tells both sides
      fighting ("clashed with VDP and abducted three civilians": the codebook's battle, its captives its spoils);
    - a person wounded or beaten and not carried off, where the model guessed an abduction or an arrest
      (« ont blessé par balle X, conseiller municipal », "detained and beat a fisherman"): an attack."""
    if label in ("ATTACK", "ARMED_CLASH") and animals_only_killed(tok):
        return "PROPERTY_DISTRUCT"
    if tok is None:
        return None
    deeds = {v.lemma_.lower() for v in _deed_verbs(clause_verb(tok))}
    if label in ("ATTACK", "ARMED_CLASH", "PROPERTY_DISTRUCT", "NON_STATE_ACTOR_OVERTAKES_TER") and not deeds & (
            KILLING_VERBS | HURTING_VERBS) and person_harmed(ctx, s, tok, TAKING_VERBS) == "unarmed" \
            and not (label == "ARMED_CLASH" and fight_told(s.text, two_sided=True)):
        return "ABDUCT_DISSAP"  # (people carried off in a fight both sides fought are its spoils: the battle)
    if label in ("ABDUCT_DISSAP", "ARREST") and not deeds & TAKING_VERBS and person_harmed(ctx, s, tok, HURTING_VERBS) == "unarmed":
        return "ATTACK"
    return None
