"""A protest's place is not a place named in what the crowd demands or denounces.

"Residents of Seba held a march to demand the reopening of the road to Dori": the crowd marched in Seba; Dori
is part of its demand.  « Des habitants de X ont manifesté pour exiger la réouverture de l'axe X-Y »: the same.
A place reached from a protest word through its object or its cause ("demand ... of the road to Dori", "against
the closure of the Y market") is what is protested, set aside when the sentence names another place; a place the
protest word takes with a locative preposition ("demonstrated in Wahiguya against ...") is where it was.
"""

from __future__ import annotations

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.events.protest_causes import PROTEST_HEADS, PROTEST_NOUNS
from sitrep.analyse.events.syntax import token_for_match
from sitrep.analyse.lang import vocab
from sitrep.model import PlaceMention

# the protest words of both languages whose object is what is protested (the English lemmas are those the crowd
# rules read; the French ones their counterparts: « pour exiger / réclamer / dénoncer la fermeture de … »)
_DEMAND_HEADS = PROTEST_HEADS | PROTEST_NOUNS | frozenset((
    "réclamer", "exiger", "dénoncer", "protester", "demander", "revendiquer", "contester", "manifestation", "marche",
    "revendication"))
# the prepositions that say where, not what: a place hung on the protest word through one is where it happened
_WHERE = frozenset(("in", "at", "near", "outside", "around", "across", "throughout", "à", "dans", "devant", "près",
                    "au", "en"))
# the words that place something by its bearing or distance from a place ("a strike north of Nampala", "20 km from
# X", « au nord de X », the languages' ``BEARING_WORDS``) or on its edge: the place they hang on is where, never what
# is demanded
_BEARINGS = frozenset(vocab("en").BEARING_WORDS | vocab("fr").BEARING_WORDS | {"outskirts", "périphérie"})
# how far up from the place the protest word may sit ("demand the reopening of the road to Dori": to, road, of,
# reopening, demand)
_DEPTH = 6


def in_demand(s: Sentence, p: PlaceMention) -> bool:
    """Whether ``p`` is named inside what a protest word of ``s`` demands or denounces."""
    tok = token_for_match(s, p.span.char_start - s.start)
    child = tok
    t = tok.head if tok is not None else None
    for _ in range(_DEPTH):
        if t is None or child is None or t.i == child.i or _bearing(s, p, t):
            return False
        if t.lemma_.lower() in _DEMAND_HEADS or t.lower_ in _DEMAND_HEADS:
            return child.lower_ not in _WHERE and not any(c.lower_ in _WHERE for c in child.children if c.i < tok.i
                                                          and c.dep_ in ("case", "prep"))
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "acl", "pcomp", "advcl", "ccomp"):
            return False  # the clause's own verb: "residents of X held a march" holds X, no demand
        child, t = t, t.head
    return False


def _bearing(s: Sentence, p: PlaceMention, t) -> bool:
    """Whether ``t`` is a bearing word outside the place's own name: the "Est" of "Centre-Est" names a region, and
    French « est » is also the verb "is"."""
    inside = p.span.char_start <= s.para.offset + t.idx < p.span.char_end
    return t.lower_ in _BEARINGS and not inside and t.pos_ not in ("VERB", "AUX")


def without_demands(s: Sentence, here: list[PlaceMention]) -> list[PlaceMention]:
    """``here`` less the places a protest's demand names, when a place of the sentence stays."""
    kept = [p for p in here if not in_demand(s, p)]
    return kept if len(kept) != len(here) and any(p.place_id is not None for p in kept) else here
