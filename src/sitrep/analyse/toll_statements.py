"""A statement that gives a toll as its object (« le gouvernement a annoncé 27 morts », "the ministry reported 12
deaths"): the attribution stage (``sitrep.analyse.attribution``) reads it as a statement, not as an act the narrator
tells ("the group announced its withdrawal")."""

from __future__ import annotations


# the nouns of the dead or wounded a statement may count as its object (« a annoncé 27 morts », "reported 12 deaths"),
# and the round numbers that may stand for their count (« une quarantaine de blessés »)
_CASUALTY_NOUNS = frozenset({"mort", "morts", "décès", "victime", "tué", "blessé", "dead", "death", "fatality", "casualty",
                             "wounded", "injured"})
_ROUND_COUNT_NOUNS = frozenset({"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
                                "cinquantaine", "centaine", "dozen", "dozens"})


def announces_a_count_of_dead(verb) -> bool:
    """A reporting verb whose object counts the dead or wounded (« le gouvernement a annoncé 27 morts », "the ministry
    reported 12 deaths"): a toll given is a statement, not an act the narrator tells."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "obj"):
            continue
        if c.lemma_.lower() in _CASUALTY_NOUNS and any(d.dep_ == "nummod" or d.like_num for d in c.children):
            return True
        if c.lemma_.lower() in _ROUND_COUNT_NOUNS and any(d.lemma_.lower() in _CASUALTY_NOUNS for d in c.children):
            return True
    return False
