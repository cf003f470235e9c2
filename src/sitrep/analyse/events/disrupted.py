"""A weapon that was found, seized, defused or destroyed was not used: ACLED codes it as a strategic
development (Disrupted weapons use), whatever kind of weapon the sentence names.

The classifier reads "destroyed 342 mines and 288 IEDs" or "a stash of rockets found near the river"
by its weapon words, which are the words of explosions.  What decides is the weapon's place in the
parse: the object of a verb of taking or neutralising ("cleared landmines", « ont désamorcé un engin »),
the passive subject of one ("bombs were discovered"), a noun that such a participle qualifies ("the
mines removed from the road"), or the contents of a cache that was found ("a cache of grenades").
A weapon that is the subject of such a verb did the destroying ("a drone destroyed a truck"): no.
"""

from __future__ import annotations

import re

# the lemmas of verbs whose object is a weapon taken out of use, English and French
DISRUPTING = frozenset(
    "defuse dismantle destroy clear remove seize confiscate recover find discover uncover unearth intercept "
    "neutralise neutralize disable deactivate identify locate detect impound collect hand "
    "désamorcer démanteler détruire neutraliser saisir confisquer récupérer découvrir retrouver intercepter "
    "démineur déminer localiser".split()
)
# nouns that hold weapons ("a cache of grenades", « une cache d'armes »)
CONTAINERS = frozenset("cache stash haul stockpile store depot consignment cargo shipment arsenal cachette dépôt "
                       "stock cargaison".split())
# a weapon that went off in someone's hands still hurt them: the explosion is the event
HURT = re.compile(r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ies|y|ing)|died|dead|hurt|maimed|"
                  r"tuée?s?|blessée?s?|blessures?|morts?)\b", re.IGNORECASE)
_OBJECT = frozenset(("dobj", "obj", "nsubjpass", "nsubj:pass"))
_NOUN_LINKS = frozenset(("compound", "amod", "conj", "nummod", "appos", "nmod"))


def weapon_disrupted(tok) -> bool:
    """Whether the weapon word ``tok`` (the trigger of an explosion label) names a weapon that was taken,
    found or neutralised rather than used."""
    if tok is None:
        return False
    noun = tok
    for _ in range(4):  # "improvised explosive devices" → devices; "mines and IEDs" → mines
        if noun.dep_ not in _NOUN_LINKS or noun.head.i == noun.i or noun.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head
    if noun.dep_ in ("pobj", "nmod") and noun.head.i != noun.i:
        holder = noun.head.head if noun.head.pos_ == "ADP" else noun.head
        if holder.lemma_.lower() in CONTAINERS:
            noun = holder  # "a stash of projectiles": the stash was found
    if any(c.dep_ == "acl" and c.lemma_.lower() in DISRUPTING for c in noun.children):
        return True  # "bombs discovered on Wednesday night"
    return noun.dep_ in _OBJECT and noun.head.lemma_.lower() in DISRUPTING
