"""A statement that gives a toll as its object (« le gouvernement a annoncé 27 morts », "the ministry reported 12
deaths"): the attribution stage (``sitrep.analyse.attribution``) reads it as a statement, not as an act the narrator
tells ("the group announced its withdrawal")."""

from __future__ import annotations

from sitrep.analyse.number_words import parse_number


# the nouns of the dead or wounded a statement may count as its object (« a annoncé 27 morts », "reported 12 deaths"),
# and the round numbers that may stand for their count (« une quarantaine de blessés »)
_CASUALTY_NOUNS = frozenset({"mort", "morts", "décès", "victime", "tué", "blessé", "dead", "death", "fatality", "casualty",
                             "wounded", "injured"})
_ROUND_COUNT_NOUNS = frozenset({"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
                                "cinquantaine", "centaine", "dozen", "dozens"})
# the participles that make any counted people a toll (« neuf soldats tués », "nine soldiers killed")
_CASUALTY_PARTICIPLES = frozenset({"tuer", "tué", "blesser", "blessé", "neutraliser", "abattre", "exécuter", "assassiner",
                                   "kill", "killed", "wound", "wounded", "injure", "injured", "neutralize", "neutralise"})


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
        if _counted(c) and any(d.dep_ == "acl" and d.lemma_.lower() in _CASUALTY_PARTICIPLES for d in c.children):
            return True  # « avait annoncé neuf soldats tués »
    return False


def _counted(noun) -> bool:
    """Whether a number stands right before ``noun`` or among its children, whatever tag the model gave it (the small
    French model may tag « neuf » a verb)."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    lang = "fr" if noun.doc.lang_ == "fr" else "en"
    return any(d.like_num or parse_number(d.text, lang) is not None for d in [*noun.children, *([before] if before is not None else [])]
               if d.i < noun.i)


# the toll's own nouns: « le bilan annoncé par l'armée », "the toll given by the ministry"
_TOLL_NOUNS = frozenset({"bilan", "toll", "chiffre", "figure", "tally"})


def counts_dead(noun) -> bool:
    """Whether ``noun`` is a count of the dead or wounded (« 27 morts », « neuf soldats tués », « une vingtaine de
    blessés ») or a toll's own noun (« le bilan »)."""
    lemma = noun.lemma_.lower()
    return lemma in _TOLL_NOUNS or (lemma in _CASUALTY_NOUNS and _counted(noun)) \
        or (lemma in _ROUND_COUNT_NOUNS and any(d.lemma_.lower() in _CASUALTY_NOUNS for d in noun.children)) \
        or (_counted(noun) and any(d.dep_ == "acl" and d.lemma_.lower() in _CASUALTY_PARTICIPLES for d in noun.children))


def agent_of_a_count_given(verb):
    """The agent of a past participle that qualifies a count of the dead (« les neuf soldats tués annoncés par le
    gouvernement », « le bilan annoncé par l'armée », "the nine deaths reported by the ministry"): who gave the
    count, a statement the sentence relays as it sets another figure against it; else None."""
    if verb.dep_ not in ("acl", "amod") or "Pres" in verb.morph.get("Tense") or not counts_dead(verb.head):
        return None
    agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "agent")), None)
    if agent is not None and agent.dep_ == "agent":  # the English parser hangs the noun on "by"
        agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return agent
