"""Who did a crowd's deed, read on the parse: whether the people ACLED would call a crowd (rioters) are in fact
the other side of a fight with the law, or a village's men raiding elsewhere (its communal militia)."""

from __future__ import annotations


# those who keep order: a crowd that fights them riots (it is no communal militia)
_ORDER = frozenset("police policemen officers gendarmes gendarmerie guards security agents forces soldiers "
                   "policiers gendarmes vigiles militaires".split())


def against_the_law(verb) -> bool:
    """Whether the fight's other side is the police, gendarmes, guards or soldiers ("clashed with police")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "avec", "against", "contre")):
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
