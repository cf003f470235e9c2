"""Who did a crowd's deed, read on the parse: whether the people ACLED would call a crowd (rioters) are in fact
the other side of a fight with the law, or a village's men raiding elsewhere (its communal militia); and a crowd's
violence told as a participle of its march ("took to the streets, torching the police station"), whose doer is the
crowd."""

from __future__ import annotations

import re

from sitrep.analyse.events.syntax import clause_verb

# acts of violence an unorganised crowd commits
CROWD_VIOLENCE = frozenset(
    "attack beat lynch burn vandalize vandalise loot stone kill torch ransack clash destroy set assault fight damage "
    "storm injure wound stab hack club pelt smash raze lynche attaquer brûler saccager incendier lyncher tuer frapper piller "
    # (the French forms of wound/injure, stab, beat, stone/pelt, destroy, damage and club)
    "vandaliser blesser poignarder tabasser lapider caillasser détruire endommager matraquer".split()
)

# those who keep order: a crowd that fights them riots (it is no communal militia)
_ORDER = frozenset("police policemen officers gendarmes gendarmerie guards security agents forces soldiers "
                   "policiers gendarmes vigiles militaires".split())


def against_the_law(verb) -> bool:
    """Whether the fight's other side is the police, gendarmes, guards or soldiers ("clashed with police"), told on the
    verb or on the fight it names ("fought running battles with police")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj")))
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "avec", "against", "contre")):
        if any(t.lower_ in _ORDER for t in prep.subtree):
            return True
    return False


# a raid or a killing: done by the people of a named village elsewhere, the deed of that village's militia
_RAID_VERBS = frozenset("attack raid kill shoot ambush besiege assault attaquer tuer".split())


def raid_from_named_place(verb, head) -> bool:
    """Whether ``verb`` is a raid or a killing and the crowd's noun ``head`` is told with the village it came from
    ("locals from Kantchari", "youths from the village of Koumbara", « des jeunes venus de X »): ACLED names such
    men after their village, as its militia."""
    if verb.lemma_.lower() not in _RAID_VERBS:
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "de")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in obj.subtree if t.i != obj.i):
                return True
    return False


def participle_of_its_head(verb) -> bool:
    """Whether ``verb`` is a present participle hung on its clause's verb with no subject or subordinator of its own
    ("residents took to the streets, torching the police station"): English gives it its head's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


# armed men as a deed's object ("repulsed gunmen", "chased the armed men away"): who fights them is no crowd
_ARMED_PEOPLE = re.compile(r"\b(?:armed|bandits|gunmen|militants|jihadists|terrorists|insurgents|rebels|fighters|assailants|"
                           r"attackers|combatants|jihadistes|terroristes|assaillants)\b", re.IGNORECASE)


def armed_object(verb) -> bool:
    """Whether ``verb``'s direct object names armed men."""
    objects = ("".join(t.text_with_ws for t in c.subtree) for c in verb.children if c.dep_ in ("dobj", "obj"))
    return any(_ARMED_PEOPLE.search(o) for o in objects)


def violent_participle(verb) -> bool:
    """Whether ``verb`` carries a participle of a crowd's violence that shares its doer ("chased the agents away,
    overturning their pick-up and beating one of them": any of the participles joined)."""
    return any(participle_of_its_head(c) and any(p.lemma_.lower() in CROWD_VIOLENCE for p in (c, *c.conjuncts))
               for c in verb.children)


def crowd_violence_as_participle(protest_tok) -> bool:
    """Whether the protest's verb carries a participle of a crowd's violence ("marched through the town, setting fire
    to the town hall", "took to the streets, stoning police"), which shares the marchers as its doer."""
    verb = clause_verb(protest_tok)
    # (the parser may hang the participle on the march's purpose: "marched … to denounce power cuts, setting fire …")
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"]
    return any(participle_of_its_head(c) and c.lemma_.lower() in CROWD_VIOLENCE
               for v in (verb, *purposes) for c in v.children)


def misparsed_subject(verb):
    """The noun a verb hangs on when the parser made that noun the sentence's root and the verb its
    modifier ("On 12 March, youths clashed with police": youths ROOT, clashed acl): the noun is the
    verb's subject (unless the verb has its own agent: "police attacked by youths")."""
    head = verb.head
    acts_on = any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("with", "against", "avec", "contre"))
                  for c in verb.children)  # ("residents killed in the attack" is a participle: no object, no "with")
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and acts_on \
            and not any(c.dep_ == "agent" for c in verb.children):
        return head
    return None
