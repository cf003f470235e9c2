"""An army's word about a strike: "The French army announced the strike three days later", « l'état-major a annoncé
la frappe ».

Announcing an act is most often the act itself, told by the narrator ("the group announced its withdrawal"); but a
strike announced is a statement about a deed already told, by the force that flew it: armies announce their own
strikes.  The sentence is then the speaker's statement about the strike, so fusion can read the force that tells of a
strike whose operator no report names (``sitrep.fuse.strike_teller``).
"""

from __future__ import annotations

# the verbs of making a deed known, and the nouns of a strike from the air or from afar
_ANNOUNCING = frozenset({"announce", "annoncer", "publicize", "publicise", "disclose", "révéler", "communiquer"})
_STRIKE_NOUNS = frozenset({"strike", "airstrike", "air strike", "raid", "bombing", "bombardment", "frappe", "bombardement"})


def announces_a_strike(verb) -> bool:
    """A verb of announcing whose object is a strike (« a annoncé la frappe », "announced the strike", "announced the air
    strikes"): the sentence is a statement about it."""
    if verb.lemma_.lower() not in _ANNOUNCING:
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _STRIKE_NOUNS and _told_before(c) for c in verb.children)


# the determiners of a strike already told ("the strike", « la frappe », "its strikes"); "announced a strike"
# tells a new one (« les FAMa avaient annoncé une frappe aérienne »): the narrator's news, not a statement about it
_TOLD_BEFORE = frozenset({"the", "its", "their", "this", "these", "that", "those",
                          "le", "la", "les", "l'", "l’", "sa", "ses", "leur", "leurs", "cette", "ces", "ce"})


def _told_before(noun) -> bool:
    return any(c.dep_ in ("det", "poss", "det:poss") and c.lower_ in _TOLD_BEFORE for c in noun.children)
